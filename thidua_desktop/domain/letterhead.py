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


@dataclass(frozen=True, slots=True)
class LetterheadPreset:
    """One body of an office that issues TĐKT documents, as Cài đặt offers it."""

    code: str  # "snv", "btdkt", "ubnd", "vp", "pvhxh", "pnv"
    label: str  # "Sở Nội vụ"
    letterhead: Letterhead


def letterhead_presets(
    kind: UnitKind, name: str, parent: tuple[UnitKind, str] | None = None
) -> tuple[LetterheadPreset, ...]:
    """The bodies that head TĐKT documents at this level (NĐ 30/2020), the usual one first.

    A province: its Sở Nội vụ (standing body of the Hội đồng TĐKT), the Sở's Ban Thi đua - Khen
    thưởng, or the UBND itself. A district (until 30/06/2025): its Phòng Nội vụ or UBND. A
    commune: its UBND, the Văn phòng HĐND và UBND or the Phòng Văn hóa - Xã hội of a commune of
    the two-tier government. A body under a UBND (Phòng, Sở, Văn phòng) prints its UBND as cơ
    quan chủ quản above its name; a UBND itself has none (DOMAIN §4.2). A commune reports to
    the district's Phòng Nội vụ while it has a district `parent`, to the province's Sở Nội vụ
    once its parent is the province."""
    upper_name = kind.full_name(name).upper()
    ubnd = f"ỦY BAN NHÂN DÂN {upper_name}"
    own_ubnd = Letterhead(
        issuer_parent="",  # a UBND issues in its own right: no cơ quan chủ quản (NĐ 30)
        issuer=f"ỦY BAN NHÂN DÂN\n{upper_name}",
        document_symbol="BC-UBND",
        place=name,
        signer_authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer_name="",
        recipients=(),
    )
    if kind.level is Level.PROVINCE:
        department = Letterhead(
            issuer_parent=ubnd,
            issuer="SỞ NỘI VỤ",
            document_symbol="BC-SNV",
            place=name,
            signer_authority="",
            signer_title="GIÁM ĐỐC",
            signer_name="",
            recipients=(f"UBND {kind.label} (để b/c);", "Lưu: VT, TĐKT."),
        )
        board = replace(
            department,
            issuer_parent=f"SỞ NỘI VỤ {upper_name}",
            issuer="BAN THI ĐUA -\nKHEN THƯỞNG",
            document_symbol="BC-BTĐKT",
            signer_title="TRƯỞNG BAN",
            recipients=(f"Sở Nội vụ {kind.label} (để b/c);", "Lưu: VT, BTĐKT."),
        )
        return (
            LetterheadPreset("snv", "Sở Nội vụ", department),
            LetterheadPreset("btdkt", "Ban Thi đua - Khen thưởng (thuộc Sở Nội vụ)", board),
            LetterheadPreset(
                "ubnd",
                f"Ủy ban nhân dân {kind.label}",
                replace(own_ubnd, recipients=("Bộ Nội vụ (để b/c);", "Lưu: VT.")),
            ),
        )
    if kind.level is Level.DISTRICT:
        office = Letterhead(
            issuer_parent=ubnd,
            issuer="PHÒNG NỘI VỤ",
            document_symbol="BC-PNV",
            place=name,
            signer_authority="",
            signer_title="TRƯỞNG PHÒNG",
            signer_name="",
            recipients=(f"UBND {kind.label} (để b/c);", "Lưu: VT, NV."),
        )
        return (
            LetterheadPreset("pnv", "Phòng Nội vụ", office),
            LetterheadPreset(
                "ubnd",
                f"Ủy ban nhân dân {kind.label}",
                replace(own_ubnd, recipients=("Sở Nội vụ (để b/c);", "Lưu: VT.")),
            ),
        )
    two_tier = parent is not None and parent[0].level is Level.PROVINCE
    above = (
        f"Sở Nội vụ {parent[0].label} {parent[1]} (để b/c);"
        if parent is not None and two_tier
        else "Phòng Nội vụ (để b/c);"
    )
    presets = [
        LetterheadPreset(
            "ubnd",
            f"Ủy ban nhân dân {kind.label}",
            replace(own_ubnd, recipients=(above, "Lưu: VT.")),
        )
    ]
    if two_tier:
        presets += [
            LetterheadPreset(
                "vp",
                "Văn phòng HĐND và UBND",
                Letterhead(
                    issuer_parent=ubnd,
                    issuer="VĂN PHÒNG HĐND VÀ UBND",
                    document_symbol="BC-VP",
                    place=name,
                    signer_authority="",
                    signer_title="CHÁNH VĂN PHÒNG",
                    signer_name="",
                    recipients=(f"UBND {kind.label} (để b/c);", "Lưu: VT."),
                ),
            ),
            LetterheadPreset(
                "pvhxh",
                "Phòng Văn hóa - Xã hội",
                Letterhead(
                    issuer_parent=ubnd,
                    issuer="PHÒNG VĂN HÓA - XÃ HỘI",
                    document_symbol="BC-VHXH",
                    place=name,
                    signer_authority="",
                    signer_title="TRƯỞNG PHÒNG",
                    signer_name="",
                    recipients=(f"UBND {kind.label} (để b/c);", "Lưu: VT."),
                ),
            ),
        ]
    return tuple(presets)


def default_letterhead(
    kind: UnitKind, name: str, parent: tuple[UnitKind, str] | None = None
) -> Letterhead:
    """What offices of this level usually print: a province's Sở Nội vụ, a district's Phòng Nội
    vụ (each the standing body of its Hội đồng TĐKT), a commune's UBND. Every part can be
    changed in Cài đặt, or taken from another of `letterhead_presets`."""
    return letterhead_presets(kind, name, parent)[0].letterhead
