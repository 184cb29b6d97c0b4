"""Certificate layouts and this office's calibration of them: the layouts are bundled data
(`resources/data/certificate_layouts.json`, by version), the calibration is the office's own
(stored, audited), and what a decision's certificates say is read here for the renderer."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select

from thidua_desktop.domain.awards.types import Gender, RecipientType
from thidua_desktop.domain.certificates import (
    Calibration,
    CertField,
    FieldAdjust,
    Layout,
    Layouts,
    check_calibration,
    parse_layouts,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.units import in_sentence
from thidua_desktop.paths import resource
from thidua_desktop.services.core import audit
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.certificates import CertificateCalibration

LAYOUTS_FILE = ("data", "certificate_layouts.json")


@cache
def certificate_layouts() -> Layouts:
    """The bundled layouts (read once per process)."""
    path = resource(*LAYOUTS_FILE)
    return parse_layouts(json.loads(path.read_text(encoding="utf-8")))


def sample_texts(db: Database, layout: Layout) -> dict[CertField, str]:
    """The sample the blank's test page prints: this office as granting (a province's Bằng
    khen, a commune's Giấy khen), an award of the blank's own kind, a made-up person."""
    from thidua_desktop.domain.dates import place_and_date
    from thidua_desktop.domain.errors import UserError
    from thidua_desktop.services.awards.reference import award_catalogue
    from thidua_desktop.services.core.scope import full_name, office_unit

    today = dt.date.today()
    layouts = certificate_layouts()
    names = [
        e.name
        for e in award_catalogue().version_on(today).entries
        if layouts.for_award(e.code, today).code == layout.code
    ]
    # The blank's own kind first ("Bằng khen …" on the Bằng khen blank, not a Cờ thi đua).
    kind = layout.name.split(" (")[0].casefold()  # "bằng khen (phôi A3 ngang)" → "bằng khen"
    title = next((n for n in names if n.casefold().startswith(kind)), None)
    title = title or (names[0] if names else layout.name)
    try:
        with db.reading() as session:
            office = office_unit(session)
            name, short = full_name(office), office.name
    except UserError:  # no office chosen yet: a place-holder
        name, short = "Tên đơn vị", ""
    return {
        CertField.AUTHORITY: f"CHỦ TỊCH ỦY BAN NHÂN DÂN\n{name.upper()}",
        CertField.TITLE: title.upper(),
        CertField.NAME: "Bà Nguyễn Thị Hồng Nhung",
        CertField.DETAIL: f"Chuyên viên Văn phòng, {in_sentence(name)}",
        CertField.REASON: (
            "Đã có thành tích xuất sắc trong phong trào thi đua, góp phần vào sự nghiệp xây dựng "
            f"và phát triển {in_sentence(name)}"
        ),
        CertField.PLACE_DATE: place_and_date(short, today),
        CertField.SIGNER_TITLE: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        CertField.SIGNER_NAME: "Nguyễn Văn An",
        CertField.DECISION: f"Quyết định số 123/QĐ-UBND ngày {today:%d/%m/%Y}",
    }


# -- calibration --------------------------------------------------------------------------------
def get_calibration(db: Database, layout_code: str) -> Calibration:
    return get_calibrations(db, [layout_code])[layout_code]


def get_calibrations(db: Database, layout_codes: Iterable[str]) -> dict[str, Calibration]:
    """This office's calibration of each of these layouts (the layout as it is where none)."""
    codes = sorted(set(layout_codes))
    for code in codes:
        certificate_layouts().layout(code)
    with db.reading() as session:
        records = session.scalars(
            select(CertificateCalibration).where(CertificateCalibration.layout_code.in_(codes))
        ).all()
        found = {record.layout_code: _calibration(record) for record in records}
    return {code: found.get(code, Calibration()) for code in codes}


def save_calibration(db: Database, layout_code: str, calibration: Calibration) -> Calibration:
    """This office's adjustment of a layout (checked; audited with the old and new values)."""
    certificate_layouts().layout(layout_code)
    check_calibration(calibration)
    fields = json.dumps(
        {
            name.value: {
                "dx": adjust.dx,
                "dy": adjust.dy,
                "size": adjust.size,
                "hidden": adjust.hidden,
            }
            for name, adjust in sorted(calibration.fields.items())
            if adjust != FieldAdjust()
        },
        sort_keys=True,
    )
    with db.transaction() as session:
        operator = audit.current_operator(session)
        record = session.scalar(
            select(CertificateCalibration).where(CertificateCalibration.layout_code == layout_code)
        )
        old = None
        if record is None:
            record = CertificateCalibration(layout_code=layout_code)
            session.add(record)
        else:
            old = {"dx": record.dx, "dy": record.dy, "fields": record.fields}
        record.dx, record.dy, record.fields = calibration.dx, calibration.dy, fields
        record.updated_at = utc_now()
        record.updated_by = operator
        audit.record(
            session,
            action="update" if old else "create",
            entity="certificate_calibration",
            key=layout_code,
            old=old,
            new={"dx": calibration.dx, "dy": calibration.dy, "fields": fields},
        )
        session.flush()
        return _calibration(record)


def _calibration(record: CertificateCalibration) -> Calibration:
    fields: dict[CertField, FieldAdjust] = {}
    try:
        raw: dict[str, Any] = json.loads(record.fields or "{}")
        for name, value in raw.items():
            size = value.get("size")
            fields[CertField(name)] = FieldAdjust(
                float(value.get("dx", 0)),
                float(value.get("dy", 0)),
                float(size) if size is not None else None,
                bool(value.get("hidden", False)),
            )
    except (ValueError, TypeError, AttributeError):
        fields = {}  # unreadable: the layout as it is (the page shift still applies)
    return Calibration(record.dx, record.dy, fields)


# -- what a decision's certificates say ---------------------------------------------------------
@dataclass(frozen=True)
class Certificate:
    """The texts printed on one blank."""

    line_id: int
    layout: Layout
    texts: dict[CertField, str]
    recipient: str  # for lists and file names


@dataclass(frozen=True)
class DecisionCertificates:
    decision_id: int
    decision_number: str
    decision_day: dt.date
    certificates: tuple[Certificate, ...]

    @property
    def layouts(self) -> tuple[Layout, ...]:
        """The blanks the batch needs, in order of first use."""
        seen: dict[str, Layout] = {}
        for certificate in self.certificates:
            seen.setdefault(certificate.layout.code, certificate.layout)
        return tuple(seen.values())


def decision_certificates(
    db: Database, decision_id: int, *, layout_code: str | None = None
) -> DecisionCertificates:
    """One certificate per line of the decision, on the blank of its award (by the layouts'
    version in force on the decision's date) or on `layout_code` for all."""
    from thidua_desktop.domain.dates import format_date, place_and_date
    from thidua_desktop.services.awards.documents import (
        award_document_data,
        decision_proposal_id,
    )

    proposal_id = decision_proposal_id(db, decision_id)
    data = award_document_data(db, proposal_id)
    row = next(d for d in data.detail.decisions if d.id == decision_id)
    lines = [line for line in data.detail.lines if line.decision_id == decision_id]
    if not lines:
        raise InvalidInput(msg("Quyết định {number} chưa khen thưởng dòng nào.", number=row.number))
    decider = data.decider
    if decider is None:
        raise InvalidInput(
            msg(
                "Quyết định {number} là khen thưởng cấp Nhà nước: bằng, huy chương, danh hiệu do "
                "Trung ương in và gửi về; ứng dụng chỉ in phôi Bằng khen, Giấy khen của Ủy ban "
                "nhân dân các cấp.",
                number=row.number,
            )
        )
    layouts = certificate_layouts()
    chosen = layouts.layout(layout_code) if layout_code else None
    # The Chủ tịch grants; a Phó Chủ tịch signs for the Chủ tịch ("KT. CHỦ TỊCH").
    authority = f"CHỦ TỊCH ỦY BAN NHÂN DÂN\n{decider.upper}"
    position = row.signer_position.strip()
    signer_title = position.upper()
    if not position.casefold().startswith("chủ tịch"):
        signer_title = f"KT. CHỦ TỊCH\n{position.upper()}"
    place = decider.name
    day = row.day
    certificates = []
    for line in lines:
        r = line.recipient
        name = r.name
        if r.kind is RecipientType.INDIVIDUAL and r.gender is not None:
            name = f"{'Ông' if r.gender is Gender.MALE else 'Bà'} {r.name}"
        detail = ""
        unit = in_sentence(r.unit_name) if r.unit_name else ""
        if r.kind is RecipientType.INDIVIDUAL:
            detail = ", ".join(part for part in (r.position, unit) if part)
        elif (
            r.kind is RecipientType.COLLECTIVE
            and not r.is_unit
            and unit.casefold() not in r.name.casefold()
        ):
            detail = r.unit_name  # a line of its own: "Xã Nhơn Ái"
        reason = line.achievement.strip() or (
            f"Đã có thành tích trong phong trào thi đua năm {data.detail.proposal.year}."
        )
        texts = {
            CertField.AUTHORITY: authority,
            CertField.TITLE: line.award_name.upper(),
            CertField.NAME: name,
            CertField.DETAIL: detail,
            CertField.REASON: reason,
            CertField.PLACE_DATE: place_and_date(place, day),
            CertField.SIGNER_TITLE: signer_title,
            CertField.SIGNER_NAME: row.signer_name,
            CertField.DECISION: f"Quyết định số {row.number} ngày {format_date(day)}",
        }
        layout = chosen or layouts.for_award(line.award_code, day)
        certificates.append(Certificate(line.id, layout, texts, r.name or name))
    return DecisionCertificates(decision_id, row.number, day, tuple(certificates))


@dataclass(frozen=True)
class PrintSetup:
    """What the printing dialog opens with: the decision's certificates and this office's
    calibration of each blank they need."""

    batch: DecisionCertificates
    calibrations: dict[str, Calibration]


def print_setup(db: Database, decision_id: int) -> PrintSetup:
    batch = decision_certificates(db, decision_id)
    return PrintSetup(batch, get_calibrations(db, (layout.code for layout in batch.layouts)))
