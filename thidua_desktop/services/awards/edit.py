"""Writing khen thưởng proposals: the header and the lines of a draft (checked, audited).

Only a draft (nháp, or one returned) of a unit in the office's scope, in a year not locked, can
be changed. Audit entries of lines name the recipient by id; the achievement text, which may
name the person, is recorded as changed, not copied.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from thidua_desktop.domain.awards.rules import RuleVersion
from thidua_desktop.domain.awards.types import DecidingLevel, ProposalStatus, RecipientType
from thidua_desktop.domain.dates import MAX_YEAR, MIN_YEAR, format_date
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import TWO_TIER_FROM, districts_exist_on
from thidua_desktop.services.attachments.records import remove_owned
from thidua_desktop.services.awards import reference
from thidua_desktop.services.awards.dossiers import ensure_own_content
from thidua_desktop.services.awards.proposals import get_proposal, proposal_by_id
from thidua_desktop.services.awards.rows import LineEntry, ProposalDetail, ProposalEntry
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import ensure_in_scope, full_name, subtree_ids, unit_by_code
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import (
    AwardDecision,
    AwardLine,
    AwardProposal,
    AwardRecipient,
)
from thidua_desktop.store.models.core import AdminUnit, AuditEntry

ENTITY = "award_proposal"
LINE_ENTITY = "award_line"
MAX_TITLE = 500
MAX_NUMBER = 60
MAX_NOTE = 1000
MAX_ACHIEVEMENT = 2000
MAX_MEMBERS = 100_000


class NotADraftError(UserError):
    """Only a draft proposal's header and lines can change."""


# -- guards shared with the workflow ------------------------------------------------------------


def writable(session: Session, proposal: AwardProposal) -> AdminUnit:
    """The proposal's unit, refused unless in the office's scope and its year open."""
    unit = session.get(AdminUnit, proposal.unit_id)
    assert unit is not None
    ensure_in_scope(session, unit)
    ensure_year_open(session, proposal.year)
    return unit


def draft(
    session: Session,
    proposal_id: int,
    seen: dt.datetime | None = None,
    *,
    content: bool = True,
) -> tuple[AwardProposal, AdminUnit]:
    """The draft to change, refused unless writable; `seen` is its `updated_at` as the screen
    read it: a draft someone else changed since (several staff on one server database) is
    refused by name rather than changed on top of what the person did not see."""
    proposal = proposal_by_id(session, proposal_id)
    unit = writable(session, proposal)
    if seen is not None and proposal.updated_at != seen:
        raise audit.changed_meanwhile(
            session,
            entity=(ENTITY, LINE_ENTITY),
            unit_id=unit.id,
            narrow=_entries_of(proposal),
            template="{who} đã sửa đề nghị “{title}” ({time}) sau khi bạn mở nó: chưa lưu thay "
            "đổi của bạn. Hãy xem bản mới rồi làm lại.",
            title=proposal.title,
        )
    if content:  # its header or lines change: a dossier from below is its sender's
        ensure_own_content(session, proposal)
    if proposal.status != ProposalStatus.DRAFT:
        raise NotADraftError(
            f"Đề nghị #{proposal.id} đang ở trạng thái “{ProposalStatus(proposal.status).label}”:"
            " chỉ sửa được đề nghị nháp (đề nghị đã trình phải được trả lại trước)."
        )
    return proposal, unit


def _entries_of(proposal: AwardProposal) -> ColumnElement[bool]:
    """The audit entries of this proposal: its own; its lines' creations and removals (their
    values name the proposal); and changes of its present lines made after their creation (a
    line number freed by a removal may be given again, to a line of another proposal)."""
    # The values are JSON with sorted keys: "proposal_id" is followed by another key.
    names_it = f'%"proposal_id": {int(proposal.id)},%'
    created = aliased(AuditEntry)
    latest_creation = (
        select(func.max(created.id))
        .where(
            created.entity == LINE_ENTITY,
            created.action == "create",
            created.entity_key == AuditEntry.entity_key,
        )
        .scalar_subquery()
    )
    present = select(cast(AwardLine.id, String)).where(AwardLine.proposal_id == proposal.id)
    return or_(
        and_(AuditEntry.entity == ENTITY, AuditEntry.entity_key == str(proposal.id)),
        and_(
            AuditEntry.entity == LINE_ENTITY,
            or_(
                and_(AuditEntry.action == "create", AuditEntry.new_value.like(names_it)),
                and_(AuditEntry.action == "delete", AuditEntry.old_value.like(names_it)),
                and_(
                    AuditEntry.action == "update",
                    AuditEntry.entity_key.in_(present),
                    AuditEntry.id > latest_creation,
                ),
            ),
        ),
    )


def text(value: str | None, limit: int, what: str) -> str:
    cleaned = clean(value or "")
    if len(cleaned) > limit:
        raise InvalidInput(f"{what} dài quá {limit} ký tự.")
    return cleaned


def rules_for(proposal: AwardProposal) -> RuleVersion:
    return reference.award_catalogue().version_on(proposal.proposal_date)


# -- the header ---------------------------------------------------------------------------------


def _header(session: Session, entry: ProposalEntry) -> tuple[dict[str, Any], AdminUnit]:
    if not MIN_YEAR <= entry.year <= MAX_YEAR:
        raise InvalidInput(f"Năm không hợp lệ: {entry.year} (phải từ {MIN_YEAR} đến {MAX_YEAR}).")
    unit = unit_by_code(session, entry.unit_code, year=entry.year)
    ensure_in_scope(session, unit)
    own = DecidingLevel.of_unit_level(unit.level)
    to_level = entry.to_level or own
    if to_level.rank < own.rank:
        raise InvalidInput(
            f"{full_name(unit)} là đơn vị {own.label}: không trình {to_level.label} quyết định."
        )
    if unit.valid_to is not None and entry.proposal_date > unit.valid_to:
        raise InvalidInput(
            f"{full_name(unit)} kết thúc ngày {format_date(unit.valid_to)}: tờ trình ngày "
            f"{format_date(entry.proposal_date)} không thể của đơn vị này; đề nghị mới do đơn vị "
            "kế thừa lập."
        )
    if to_level is DecidingLevel.DISTRICT and not districts_exist_on(entry.proposal_date):
        raise InvalidInput(
            f"Tờ trình ngày {format_date(entry.proposal_date)}: từ ngày "
            f"{format_date(TWO_TIER_FROM)} không còn cấp huyện, hãy trình cấp xã hoặc cấp tỉnh."
        )
    title = text(entry.title, MAX_TITLE, "Trích yếu đề nghị")
    if not title:
        raise InvalidInput("Hãy nhập trích yếu của đề nghị (ví dụ: Đề nghị tặng danh hiệu …).")
    if entry.proposal_date.year < entry.year:
        raise InvalidInput(
            f"Ngày đề nghị {format_date(entry.proposal_date)} trước năm {entry.year}: đề nghị "
            "khen thưởng của một năm được lập trong năm đó hoặc năm sau."
        )
    campaign_id = None
    if entry.campaign_code:
        from thidua_desktop.services.campaigns.definitions import campaign_by_code

        campaign = campaign_by_code(session, entry.campaign_code)
        if not campaign.start_date.year <= entry.year <= campaign.end_date.year:
            raise InvalidInput(
                f"Phong trào {campaign.code} diễn ra từ {format_date(campaign.start_date)} đến "
                f"{format_date(campaign.end_date)}, không thuộc năm {entry.year}."
            )
        campaign_id = campaign.id
    return {
        "unit_id": unit.id,
        "year": entry.year,
        "campaign_id": campaign_id,
        "to_level": to_level.value,
        "title": title,
        "number": text(entry.number, MAX_NUMBER, "Số tờ trình") or None,
        "proposal_date": entry.proposal_date,
        "note": text(entry.note, MAX_NOTE, "Ghi chú") or None,
    }, unit


def new_draft(
    session: Session, entry: ProposalEntry, *, audited: dict[str, Any] | None = None
) -> tuple[AwardProposal, AdminUnit]:
    """Inside the caller's transaction: the draft checked, added and audited (with `audited`
    beside its values)."""
    values, unit = _header(session, entry)
    ensure_year_open(session, entry.year)
    now = utc_now()
    proposal = AwardProposal(
        uid=str(uuid.uuid4()),
        status=ProposalStatus.DRAFT.value,
        entered_by=audit.current_operator(session),
        created_at=now,
        updated_at=now,
        **values,
    )
    session.add(proposal)
    session.flush()
    audit.record(
        session,
        action="create",
        entity=ENTITY,
        key=str(proposal.id),
        new=values | {"status": proposal.status} | (audited or {}),
        unit_id=unit.id,
    )
    return proposal, unit


def create_proposal(db: Database, entry: ProposalEntry) -> ProposalDetail:
    """A new draft proposal of a unit for a year (and optionally a campaign)."""
    with db.transaction() as session:
        proposal, _unit = new_draft(session, entry)
        proposal_id = proposal.id
    return get_proposal(db, proposal_id)


def update_proposal(
    db: Database, proposal_id: int, entry: ProposalEntry, *, seen: dt.datetime | None = None
) -> ProposalDetail:
    """Change a draft's header; its lines stay (they are checked again against the rules)."""
    with db.transaction() as session:
        proposal, _ = draft(session, proposal_id, seen)
        values, unit = _header(session, entry)
        ensure_year_open(session, entry.year)
        old = {k: getattr(proposal, k) for k, v in values.items() if getattr(proposal, k) != v}
        has_lines = session.scalar(
            select(AwardLine.id).where(AwardLine.proposal_id == proposal.id).limit(1)
        )
        if has_lines is not None and ({"unit_id", "year"} & set(old)):
            raise InvalidInput(
                "Đề nghị đã có dòng nên không đổi được đơn vị hay năm: hãy lập đề nghị mới."
            )
        if old:
            for key in old:
                setattr(proposal, key, values[key])
            proposal.updated_at = utc_now()
            audit.record(
                session,
                action="update",
                entity=ENTITY,
                key=str(proposal.id),
                old=old,
                new={k: values[k] for k in old},
                unit_id=unit.id,
            )
    return get_proposal(db, proposal_id)


def delete_proposal(db: Database, proposal_id: int, *, seen: dt.datetime | None = None) -> None:
    """Delete a draft and its lines (a submitted one is returned first; a dossier received from
    below, once returned to its sender)."""
    with db.transaction() as session:
        proposal, unit = draft(session, proposal_id, seen, content=False)
        lines = session.scalar(
            select(func.count()).select_from(AwardLine).where(AwardLine.proposal_id == proposal.id)
        )
        audit.record(
            session,
            action="delete",
            entity=ENTITY,
            key=str(proposal.id),
            old={"title": proposal.title, "year": proposal.year, "lines": lines},
            unit_id=unit.id,
        )
        _remove_papers(session, proposal)
        session.delete(proposal)


def _remove_papers(session: Session, proposal: AwardProposal) -> None:
    """The records of the dossier's attached papers (its own, its lines', its decisions') go
    with the proposal; their bytes are pruned later."""
    remove_owned(session, "award_proposal", proposal.uid)
    for kind, model in (("award_line", AwardLine), ("award_decision", AwardDecision)):
        for uid in session.scalars(select(model.uid).where(model.proposal_id == proposal.id)):
            remove_owned(session, kind, uid)


# -- lines --------------------------------------------------------------------------------------


def _line_values(
    session: Session, proposal: AwardProposal, unit: AdminUnit, entry: LineEntry
) -> dict[str, Any]:
    recipient = session.get(AwardRecipient, entry.recipient_id)
    if recipient is None:
        raise InvalidInput(f"Không có đối tượng khen thưởng #{entry.recipient_id}.")
    if recipient.unit_id not in subtree_ids(session, unit.id):
        place = session.get(AdminUnit, recipient.unit_id)
        assert place is not None
        raise InvalidInput(
            f"Đối tượng #{recipient.id} thuộc {full_name(place)}, ngoài phạm vi của "
            f"{full_name(unit)}: không đưa vào đề nghị của đơn vị này được."
        )
    version = rules_for(proposal)
    code = clean(entry.award_code).lower()
    award = version.entry(code)
    if award is None:
        known = ", ".join(f"{e.code} ({e.short_name})" for e in version.entries)
        raise InvalidInput(
            f"Danh mục áp dụng ngày {format_date(proposal.proposal_date)} ({version.label}) không "
            f'có danh hiệu, hình thức "{code}". Các mã: {known}.'
        )
    kind = RecipientType(recipient.kind)
    if not award.takes(kind):
        takes = ", ".join(r.label for r in award.recipients)
        raise InvalidInput(f"{award.phrase[0].upper()}{award.phrase[1:]} chỉ xét cho {takes}.")
    if entry.award_type not in award.types:
        allowed = ", ".join(t.label for t in award.types)
        raise InvalidInput(
            f"{award.quoted} không xét theo loại hình “{entry.award_type.label}” (chỉ: {allowed})."
        )
    members, qualified = entry.members, entry.qualified
    if kind is not RecipientType.COLLECTIVE and (members is not None or qualified is not None):
        raise InvalidInput("Số thành viên chỉ nhập cho tập thể.")
    if members is not None and not 0 < members <= MAX_MEMBERS:
        raise InvalidInput(f"Tổng số thành viên phải từ 1 đến {MAX_MEMBERS}.")
    if qualified is not None and (qualified < 0 or (members is not None and qualified > members)):
        raise InvalidInput(
            "Số thành viên đạt danh hiệu phải từ 0 đến tổng số thành viên"
            + (f" ({members})." if members is not None else ".")
        )
    return {
        "recipient_id": recipient.id,
        "award_code": code,
        "award_type": entry.award_type.value,
        "achievement": text(entry.achievement, MAX_ACHIEVEMENT, "Tóm tắt thành tích") or None,
        "members": members,
        "qualified": qualified,
    }


def _refuse_twice(session: Session, proposal_id: int, values: dict[str, Any], own: int) -> None:
    existing = session.scalar(
        select(AwardLine.position).where(
            AwardLine.proposal_id == proposal_id,
            AwardLine.recipient_id == values["recipient_id"],
            AwardLine.award_code == values["award_code"],
            AwardLine.id != own,
        )
    )
    if existing is not None:
        raise InvalidInput(
            f"Đối tượng #{values['recipient_id']} đã có ở dòng {existing} của đề nghị này với "
            "cùng danh hiệu, hình thức."
        )


def _line_audit(values: dict[str, Any]) -> dict[str, Any]:
    """A line's audit values: the achievement text may name the person, so only its presence."""
    kept = {k: v for k, v in values.items() if k != "achievement"}
    if "achievement" in values:
        kept["achievement_given"] = values["achievement"] is not None
    return kept


def add_line(
    db: Database, proposal_id: int, entry: LineEntry, *, seen: dt.datetime | None = None
) -> ProposalDetail:
    """Add a recipient with a title or form to a draft (checked against the rules in force on
    the proposal's date; what the rules only warn about is shown on the proposal)."""
    with db.transaction() as session:
        proposal, unit = draft(session, proposal_id, seen)
        append_line(session, proposal, unit, entry)
    return get_proposal(db, proposal_id)


def append_line(
    session: Session, proposal: AwardProposal, unit: AdminUnit, entry: LineEntry
) -> AwardLine:
    """Inside the caller's transaction: the line checked, placed last and audited (the form's
    "Thêm" and a workbook of lines alike)."""
    values = _line_values(session, proposal, unit, entry)
    _refuse_twice(session, proposal.id, values, own=0)
    position = (
        session.scalar(
            select(func.max(AwardLine.position)).where(AwardLine.proposal_id == proposal.id)
        )
        or 0
    ) + 1
    line = AwardLine(uid=str(uuid.uuid4()), proposal_id=proposal.id, position=position, **values)
    session.add(line)
    session.flush()
    proposal.updated_at = utc_now()
    audit.record(
        session,
        action="create",
        entity=LINE_ENTITY,
        key=str(line.id),
        new=_line_audit(values) | {"proposal_id": proposal.id, "position": position},
        unit_id=unit.id,
    )
    return line


def update_line(
    db: Database, line_id: int, entry: LineEntry, *, seen: dt.datetime | None = None
) -> ProposalDetail:
    with db.transaction() as session:
        line = _line(session, line_id)
        proposal, unit = draft(session, line.proposal_id, seen)
        values = _line_values(session, proposal, unit, entry)
        _refuse_twice(session, proposal.id, values, own=line.id)
        old = {k: getattr(line, k) for k, v in values.items() if getattr(line, k) != v}
        if old:
            for key in old:
                setattr(line, key, values[key])
            proposal.updated_at = utc_now()
            audit.record(
                session,
                action="update",
                entity=LINE_ENTITY,
                key=str(line.id),
                old=_line_audit(old),
                new=_line_audit({k: values[k] for k in old}),
                unit_id=unit.id,
            )
        proposal_id = proposal.id
    return get_proposal(db, proposal_id)


def remove_line(db: Database, line_id: int, *, seen: dt.datetime | None = None) -> ProposalDetail:
    """Take a line out of a draft; the lines after it move up."""
    with db.transaction() as session:
        line = _line(session, line_id)
        proposal, unit = draft(session, line.proposal_id, seen)
        audit.record(
            session,
            action="delete",
            entity=LINE_ENTITY,
            key=str(line.id),
            old={
                "proposal_id": proposal.id,
                "position": line.position,
                "recipient_id": line.recipient_id,
                "award_code": line.award_code,
            },
            unit_id=unit.id,
        )
        removed = line.position
        remove_owned(session, "award_line", line.uid)
        session.delete(line)
        session.flush()
        for later in session.scalars(
            select(AwardLine).where(
                AwardLine.proposal_id == proposal.id, AwardLine.position > removed
            )
        ):
            later.position -= 1
        proposal.updated_at = utc_now()
        proposal_id = proposal.id
    return get_proposal(db, proposal_id)


def _line(session: Session, line_id: int) -> AwardLine:
    line = session.get(AwardLine, line_id)
    if line is None:
        raise InvalidInput(f"Không có dòng đề nghị #{line_id}.")
    return line


def check_day(day: dt.date, earliest: dt.date | None, what: str, since: str) -> None:
    """Refuse a step dated before the step it follows."""
    if earliest is not None and day < earliest:
        raise InvalidInput(
            f"Ngày {what} {format_date(day)} trước ngày {since} {format_date(earliest)}."
        )
