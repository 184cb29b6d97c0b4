"""Awards decided elsewhere, recorded without walking the workflow: a quyết định an office did not
prepare (the province's Bằng khen for a commune's people, a decision made before the application
was used) is entered with its number, date, issuer and list, so each recipient's history and the
eligibility that counts on it are complete.

The record is a proposal of source "recorded", decided at once: no trình, no Hội đồng, no
ballot (they happened elsewhere); the lines are checked against the catalogue in force on the
decision's date, the number is unique for its issuer and year, the year must be open. Either a
draft whose lines were entered with the usual tools becomes the record (`record_decision`), or
header, decision and list come in one call (`record_decided`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.types import AwardType, DecidingLevel, ProposalStatus
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.units import TWO_TIER_FROM, districts_exist_on
from thidua_desktop.services.awards.edit import (
    ENTITY,
    MAX_NUMBER,
    _line_values,
    append_line,
    draft,
    new_draft,
    text,
)
from thidua_desktop.services.awards.proposals import get_proposal
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
    LineEntry,
    ProposalDetail,
    ProposalEntry,
)
from thidua_desktop.services.awards.workflow import (
    MAX_ISSUER,
    MAX_SIGNER,
    _lines,
    add_decision,
    default_issuer,
)
from thidua_desktop.services.core import audit
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardProposal
from thidua_desktop.store.models.core import AdminUnit

RECORDED = "recorded"


def record_decision(
    db: Database, proposal_id: int, decision: DecisionEntry, *, seen: dt.datetime | None = None
) -> ProposalDetail:
    """The draft's list was decided elsewhere: record that decision for every line at once (the
    draft becomes the record; its date becomes the decision's)."""
    with db.transaction() as session:
        proposal, unit = draft(session, proposal_id, seen)
        _record(session, proposal, unit, decision)
    return get_proposal(db, proposal_id)


def record_decided(
    db: Database,
    header: ProposalEntry,
    decision: DecisionEntry,
    lines: Sequence[LineEntry],
) -> ProposalDetail:
    """Header, list and decision of an award decided elsewhere, in one step (one transaction)."""
    _not_ahead(decision.day)
    with db.transaction() as session:
        title = header.title.strip() or (
            f"Khen thưởng theo Quyết định số {decision.number.strip()} ngày "
            f"{format_date(decision.day)}"
        )
        dated = dataclasses.replace(header, title=title, proposal_date=decision.day)
        proposal, unit = new_draft(session, dated, audited={"source": RECORDED})
        for line in lines:
            append_line(session, proposal, unit, line)
        _record(session, proposal, unit, decision)
        proposal_id = proposal.id
    return get_proposal(db, proposal_id)


def _record(
    session: Session, proposal: AwardProposal, unit: AdminUnit, decision: DecisionEntry
) -> None:
    lines = _lines(session, proposal.id)
    if not lines:
        raise InvalidInput(
            "Chưa có người, tập thể nào trong danh sách: hãy thêm danh sách đã được khen thưởng "
            "rồi ghi quyết định."
        )
    number = text(decision.number, MAX_NUMBER, "Số quyết định")
    if not number:
        raise InvalidInput("Hãy nhập số quyết định (ví dụ 125/QĐ-UBND).")
    signer = text(decision.signer_name, MAX_SIGNER, "Họ tên người ký")
    position = text(decision.signer_position, MAX_SIGNER, "Chức vụ người ký")
    day = decision.day
    if day.year < proposal.year:
        raise InvalidInput(
            f"Quyết định ngày {format_date(day)} trước năm {proposal.year} mà nó khen thưởng."
        )
    _not_ahead(day)
    if DecidingLevel(proposal.to_level) is DecidingLevel.DISTRICT and not districts_exist_on(day):
        raise InvalidInput(
            f"Quyết định ngày {format_date(day)}: từ ngày {format_date(TWO_TIER_FROM)} không còn "
            "cấp huyện. Hãy chọn cấp đã quyết định (cấp xã hoặc cấp tỉnh)."
        )
    old_date = proposal.proposal_date
    proposal.proposal_date = day  # the lines are judged by the catalogue of the decision's day
    for line in lines:
        try:
            _line_values(
                session,
                proposal,
                unit,
                LineEntry(
                    line.recipient_id,
                    line.award_code,
                    AwardType(line.award_type),
                    line.achievement or "",
                    line.members,
                    line.qualified,
                ),
            )
        except InvalidInput as exc:
            raise InvalidInput(f"Dòng {line.position}: {exc.message}") from exc
    issuer = text(decision.issuer, MAX_ISSUER, "Cơ quan, người quyết định") or default_issuer(
        session, proposal
    )
    add_decision(
        session, proposal, unit, lines, number, day, issuer, signer, position,
        audited={"recorded": True},
    )  # fmt: skip
    audit.record(
        session,
        action="record_decided",
        entity=ENTITY,
        key=str(proposal.id),
        old={"status": proposal.status, "source": proposal.source, "proposal_date": old_date},
        new={"status": ProposalStatus.DECIDED.value, "source": RECORDED, "proposal_date": day},
        reason=f"Ghi lại quyết định số {number} đã ban hành",
        unit_id=unit.id,
    )
    proposal.status = ProposalStatus.DECIDED.value
    proposal.source = RECORDED
    proposal.returned_on, proposal.return_reason = None, None
    proposal.updated_at = utc_now()


def _not_ahead(day: dt.date) -> None:
    if day > dt.date.today():
        raise InvalidInput(
            f"Ngày quyết định {format_date(day)} chưa tới: chỉ ghi quyết định đã ban hành."
        )
