"""How an office heads and signs its documents (NĐ 30/2020), with defaults by level of office."""

from __future__ import annotations

from dataclasses import dataclass, replace

from thidua_desktop.domain.units import Level, UnitKind


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The parts of a document that depend on the office, not on the report."""

    issuer_parent: str  # cơ quan chủ quản, "" when none (e.g. a UBND xã issuing itself)
    issuer: str  # cơ quan ban hành, lines separated by "\n"
    document_symbol: str  # "BC-PNV": the part after "Số: …/"
    place: str  # địa danh for the date line
    signer_authority: str  # "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "" when signing in own right
    signer_title: str  # "TRƯỞNG PHÒNG", "CHỦ TỊCH"
    signer_name: str  # "" until the office fills it in
    recipients: tuple[str, ...]  # Nơi nhận lines

    def with_values(self, **values: str | tuple[str, ...] | None) -> Letterhead:
        """This letterhead with the office's own settings where it has any (None/"" = keep)."""
        kept = {k: v for k, v in values.items() if v not in (None, "", ())}
        return replace(self, **kept)  # type: ignore[arg-type]


def default_letterhead(
    kind: UnitKind, name: str, parent: tuple[UnitKind, str] | None = None
) -> Letterhead:
    """What offices of this level usually print: a district's Phòng Nội vụ (standing body of the
    Hội đồng TĐKT), a commune's UBND, a city's Sở Nội vụ. Every part can be changed in Cài đặt.

    A body under a UBND (Phòng, Sở) prints its UBND as cơ quan chủ quản above its name; a UBND
    itself has none (DOMAIN §4.2), so `parent` is not printed for a commune: it is accepted for
    the callers that know it."""
    del parent
    upper_name = kind.full_name(name).upper()
    if kind.level is Level.PROVINCE:
        return Letterhead(
            issuer_parent=f"ỦY BAN NHÂN DÂN {upper_name}",
            issuer="SỞ NỘI VỤ",
            document_symbol="BC-SNV",
            place=name,
            signer_authority="",
            signer_title="GIÁM ĐỐC",
            signer_name="",
            recipients=("UBND thành phố (để b/c);", "Lưu: VT, TĐKT."),
        )
    if kind.level is Level.DISTRICT:
        return Letterhead(
            issuer_parent=f"ỦY BAN NHÂN DÂN {upper_name}",
            issuer="PHÒNG NỘI VỤ",
            document_symbol="BC-PNV",
            place=name,
            signer_authority="",
            signer_title="TRƯỞNG PHÒNG",
            signer_name="",
            recipients=(f"UBND {kind.label} (để b/c);", "Lưu: VT, NV."),
        )
    return Letterhead(
        issuer_parent="",  # a UBND issues in its own right: no cơ quan chủ quản (NĐ 30)
        issuer=f"ỦY BAN NHÂN DÂN\n{upper_name}",
        document_symbol="BC-UBND",
        place=name,
        signer_authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer_name="",
        recipients=("Phòng Nội vụ (để b/c);", "Lưu: VT."),
    )
