"""Attached papers: their kinds, the file types an office attaches, and the checks on a file
before it is kept (its name, its size, and that its bytes are what its name says)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import PurePath

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean

MAX_SIZE = 50 * 1024 * 1024  # a scanned decision of 30 pages at 300 dpi is about 15 MB
MAX_NAME = 200
HEADER_BYTES = 16  # enough to recognise every accepted type


class AttachmentKind(StrEnum):
    LAUNCH = "van_ban_phat_dong"
    PROPOSAL = "to_trinh"
    ACHIEVEMENT_REPORT = "bao_cao_thanh_tich"
    MINUTES = "bien_ban"
    DECISION = "quyet_dinh"
    INITIATIVE = "sang_kien"
    AGREEMENT = "giao_uoc"  # the signed giao ước thi đua of a cụm, khối
    EVIDENCE = "minh_chung"  # a member's evidence for its points on one criterion
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    AttachmentKind.LAUNCH: "Văn bản phát động",
    AttachmentKind.PROPOSAL: "Tờ trình",
    AttachmentKind.ACHIEVEMENT_REPORT: "Báo cáo thành tích",
    AttachmentKind.MINUTES: "Biên bản",
    AttachmentKind.DECISION: "Quyết định",
    AttachmentKind.INITIATIVE: "Sáng kiến",
    AttachmentKind.AGREEMENT: "Giao ước thi đua",
    AttachmentKind.EVIDENCE: "Minh chứng",
    AttachmentKind.OTHER: "Khác",
}


class PaperOwner(StrEnum):
    """What in a khen thưởng dossier a paper is attached to."""

    PROPOSAL = "award_proposal"  # the proposal itself: tờ trình, biên bản họp Hội đồng
    LINE = "award_line"  # one nominee: báo cáo thành tích, sáng kiến
    DECISION = "award_decision"  # a decision: the signed quyết định


# What a dossier's papers are (a campaign's launching document is not one of them), and the kind
# a file most likely is by what it is attached to.
DOSSIER_KINDS = (
    AttachmentKind.PROPOSAL,
    AttachmentKind.ACHIEVEMENT_REPORT,
    AttachmentKind.MINUTES,
    AttachmentKind.DECISION,
    AttachmentKind.INITIATIVE,
    AttachmentKind.OTHER,
)
# A cụm, khối's papers: its signed giao ước, and each member's evidence for a criterion.
CLUSTER_OWNER = "emulation_cluster"
SCORE_OWNER = "cluster_score"
AGREEMENT_KINDS = (AttachmentKind.AGREEMENT, AttachmentKind.OTHER)
EVIDENCE_KINDS = (AttachmentKind.EVIDENCE, AttachmentKind.ACHIEVEMENT_REPORT, AttachmentKind.OTHER)
USUAL_KIND = {
    PaperOwner.PROPOSAL: AttachmentKind.PROPOSAL,
    PaperOwner.LINE: AttachmentKind.ACHIEVEMENT_REPORT,
    PaperOwner.DECISION: AttachmentKind.DECISION,
}

# What an office attaches: PDF and scans, Word and Excel files (old and new), OpenDocument.
_PDF = (b"%PDF-",)
_ZIP = (b"PK\x03\x04",)  # .docx, .xlsx, .odt, .ods are zip files
_OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)  # .doc, .xls of Office 97-2003
SIGNATURES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("PDF", _PDF),
    ".jpg": ("JPEG", (b"\xff\xd8\xff",)),
    ".jpeg": ("JPEG", (b"\xff\xd8\xff",)),
    ".png": ("PNG", (b"\x89PNG\r\n\x1a\n",)),
    ".tif": ("TIFF", (b"II*\x00", b"MM\x00*")),
    ".tiff": ("TIFF", (b"II*\x00", b"MM\x00*")),
    ".docx": ("Word", _ZIP),
    ".xlsx": ("Excel", _ZIP),
    ".odt": ("OpenDocument", _ZIP),
    ".ods": ("OpenDocument", _ZIP),
    ".doc": ("Word 97-2003", _OLE),
    ".xls": ("Excel 97-2003", _OLE),
}
ACCEPTED = ", ".join(sorted({suffix.lstrip(".") for suffix in SIGNATURES}))


def attachment_name(path_or_name: str) -> str:
    """The name a file is listed under: its last path part, clean NFC text, not too long."""
    name = clean(PurePath(path_or_name.replace("\\", "/")).name)
    if not name:
        raise InvalidInput(msg("Tệp đính kèm chưa có tên."))
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = f"{stem[: MAX_NAME - len(suffix) - 2]}….{suffix}" if dot else name[:MAX_NAME]
    return name


def check_attachment(name: str, size: int, header: bytes) -> None:
    """Refuse a file that is empty, too large, of a type not kept, or whose first bytes are
    not those of its type (a renamed program, a damaged download)."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SIGNATURES:
        raise InvalidInput(
            msg(
                'Không đính kèm được "{name}": chỉ nhận tệp {accepted}.',
                name=name,
                accepted=ACCEPTED,
            )
        )
    if size == 0:
        raise InvalidInput(msg('Tệp "{name}" trống (0 byte).', name=name))
    if size > MAX_SIZE:
        raise InvalidInput(
            msg(
                'Tệp "{name}" quá lớn ({size}); mỗi tệp đính kèm tối đa {limit}. Hãy quét lại '
                "với độ phân giải thấp hơn (200-300 dpi) hoặc tách thành nhiều tệp.",
                name=name,
                size=size_text(size),
                limit=size_text(MAX_SIZE),
            )
        )
    kind, signatures = SIGNATURES[suffix]
    if not header.startswith(signatures):
        raise InvalidInput(
            msg(
                'Tệp "{name}" có đuôi {suffix} nhưng nội dung không phải tệp {kind}: tệp bị '
                "hỏng hoặc bị đổi tên.",
                name=name,
                suffix=suffix,
                kind=kind,
            )
        )


def size_text(size: int) -> str:
    """ "850 KB", "12,4 MB" the Vietnamese way (a comma for decimals)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " MB"
