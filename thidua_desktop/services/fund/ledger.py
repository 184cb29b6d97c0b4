"""The fund book of an office and year: reading it with its balances, and each change a person
makes (add, correct or remove a line, set a year's opening balance) as one audited
transaction. A change that would take the balance below zero is refused with a warning the
person may overrule (`allow_negative`)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.fund import (
    Category,
    EntryKind,
    Movement,
    carried_openings,
    check_amount,
    money_text,
    parse_amount,
    running_balances,
)
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import (
    ensure_in_scope,
    full_name,
    is_within,
    office_unit,
    unit_by_code,
)
from thidua_desktop.services.fund.categories import categories_in
from thidua_desktop.services.fund.rows import (
    CategoryTotal,
    DecisionChoice,
    EntryRow,
    FundEntryInput,
    Ledger,
)
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardDecision, AwardProposal
from thidua_desktop.store.models.core import AdminUnit, PeriodLock
from thidua_desktop.store.models.fund import FundEntry, FundOpening

ENTITY = "fund_entry"
OPENING_ENTITY = "fund_opening"
MAX_NUMBER, MAX_TEXT = 60, 1000


class NegativeBalanceError(UserError):
    """The change would leave the fund with less than nothing: said before anything is
    written; the person may confirm and write it all the same."""

    def __init__(self, message: str, *, lowest: int, day: dt.date) -> None:
        super().__init__(message)
        self.lowest = lowest
        self.day = day


# -- the unit -----------------------------------------------------------------------------------
def ledger_unit(session: Session, unit_code: str | None, year: int) -> AdminUnit:
    """The unit whose book it is: the office's own, or a unit in its scope."""
    office = office_unit(session)
    if unit_code is None or clean(unit_code) == office.code:
        return office
    unit = unit_by_code(session, unit_code, year=year)
    ensure_in_scope(session, unit)
    return unit


# -- reading ------------------------------------------------------------------------------------
def get_ledger(db: Database, *, year: int, unit_code: str | None = None) -> Ledger:
    with db.reading() as session:
        return ledger_of(session, ledger_unit(session, unit_code, year), year)


def _entries(session: Session, unit_id: int, years: Sequence[int] | None = None) -> list[FundEntry]:
    query = select(FundEntry).where(FundEntry.unit_id == unit_id)
    if years is not None:
        query = query.where(FundEntry.year.in_(list(years)))
    return list(session.scalars(query.order_by(FundEntry.entry_date, FundEntry.id)))


def _nets(session: Session, unit_id: int) -> dict[int, int]:
    """Receipts − payments of each year of the unit's book."""
    nets: dict[int, int] = {}
    for year, kind, total in session.execute(
        select(FundEntry.year, FundEntry.kind, func.sum(FundEntry.amount))
        .where(FundEntry.unit_id == unit_id)
        .group_by(FundEntry.year, FundEntry.kind)
    ):
        nets[year] = nets.get(year, 0) + int(total) * EntryKind(kind).sign
    return nets


def _openings(session: Session, unit_id: int) -> dict[int, FundOpening]:
    return {
        o.year: o
        for o in session.scalars(select(FundOpening).where(FundOpening.unit_id == unit_id))
    }


def opening_of(session: Session, unit_id: int, year: int) -> int:
    openings = {y: o.amount for y, o in _openings(session, unit_id).items()}
    return carried_openings(year, _nets(session, unit_id), openings)[0]


def _movement(entry: FundEntry) -> Movement:
    return Movement(entry.entry_date, entry.id, entry.amount * EntryKind(entry.kind).sign)


def ledger_of(session: Session, unit: AdminUnit, year: int) -> Ledger:
    openings = _openings(session, unit.id)
    opening = carried_openings(
        year, _nets(session, unit.id), {y: o.amount for y, o in openings.items()}
    )[0]
    entries = _entries(session, unit.id, [year])
    balances = running_balances(opening, [_movement(e) for e in entries])
    names = {(c.kind, c.code): c.name for c in categories_in(session, active_only=False)}
    numbers = {
        decision_id: number
        for decision_id, number in session.execute(
            select(AwardDecision.id, AwardDecision.number).where(
                AwardDecision.id.in_({e.decision_id for e in entries if e.decision_id})
            )
        )
    }
    lines = tuple(
        EntryRow(
            id=e.id,
            kind=EntryKind(e.kind),
            number=e.number,
            day=e.entry_date,
            amount=e.amount,
            category_code=e.category_code,
            category_name=names.get((EntryKind(e.kind), e.category_code), e.category_code),
            description=e.description,
            decision_id=e.decision_id,
            decision_number=numbers.get(e.decision_id, "") if e.decision_id else "",
            balance=balance,
            entered_by=e.entered_by,
            updated_at=e.updated_at,
        )
        for e, balance in zip(entries, balances, strict=True)
    )
    totals: dict[tuple[EntryKind, str], list[int]] = {}
    for line in lines:
        total = totals.setdefault((line.kind, line.category_code), [0, 0])
        total[0] += line.amount
        total[1] += 1
    order = {(c.kind, c.code): i for i, c in enumerate(categories_in(session, active_only=False))}
    by_category = tuple(
        CategoryTotal(kind, code, names.get((kind, code), code), amount, count)
        for (kind, code), (amount, count) in sorted(
            totals.items(),
            key=lambda item: (item[0][0] is EntryKind.PAYMENT, order.get(item[0], 999)),
        )
    )
    lock = session.get(PeriodLock, year)
    reason = msg("Năm {year} đã khóa sổ: chỉ xem.", year=year) if lock is not None else ""
    own = openings.get(year)
    return Ledger(
        year=year,
        unit_code=unit.code,
        unit_name=full_name(unit),
        opening=opening,
        opening_set=own is not None,
        opening_note=(own.note or "") if own is not None else "",
        lines=lines,
        totals=by_category,
        categories=tuple(categories_in(session, active_only=True)),
        editable=not reason,
        read_only_reason=reason,
    )


def entry_row(db: Database, entry_id: int) -> tuple[EntryRow, str]:
    """One line of the book as the screen shows it, and the code of the unit whose book it is
    (what a correction starts from)."""
    with db.reading() as session:
        entry = _entry_by_id(session, entry_id)
        unit = session.get(AdminUnit, entry.unit_id)
        assert unit is not None
        ledger = ledger_of(session, unit, entry.year)
        return next(line for line in ledger.lines if line.id == entry_id), unit.code


# -- the balance check --------------------------------------------------------------------------
def _lowest_from(session: Session, unit_id: int, year: int) -> tuple[int, dt.date] | None:
    """The lowest balance of the unit's book from `year` on (with its day), None when the
    book has no line from then on."""
    entries = list(
        session.scalars(
            select(FundEntry)
            .where(FundEntry.unit_id == unit_id, FundEntry.year >= year)
            .order_by(FundEntry.entry_date, FundEntry.id)
        )
    )
    if not entries:
        return None
    openings = {y: o.amount for y, o in _openings(session, unit_id).items()}
    nets = _nets(session, unit_id)
    lowest: tuple[int, dt.date] | None = None
    for each in sorted({e.year for e in entries}):
        mine = [e for e in entries if e.year == each]
        start = carried_openings(each, nets, openings)[0]
        for entry, balance in zip(
            sorted(mine, key=lambda e: (e.entry_date, e.id)),
            running_balances(start, [_movement(e) for e in mine]),
            strict=True,
        ):
            if lowest is None or balance < lowest[0]:
                lowest = (balance, entry.entry_date)
    return lowest


def _check_balance(
    session: Session,
    unit: AdminUnit,
    year: int,
    before: tuple[int, dt.date] | None,
    *,
    allow_negative: bool,
) -> None:
    """Refuse (unless allowed) a change after which the balance dips below zero lower than it
    did before."""
    if allow_negative:
        return
    session.flush()
    after = _lowest_from(session, unit.id, year)
    if after is None or after[0] >= 0:
        return
    if before is not None and before[0] <= after[0]:
        return  # it was as low already: this change is not what empties the fund
    raise NegativeBalanceError(
        msg(
            "Sau thay đổi này, số dư quỹ của {unit} sẽ âm {amount} vào ngày {day}: quỹ không đủ "
            "tiền để chi. Hãy kiểm tra số tiền, hoặc xác nhận vẫn ghi.",
            unit=full_name(unit),
            amount=money_text(-after[0]),
            day=format_date(after[1]),
        ),
        lowest=after[0],
        day=after[1],
    )


# -- the decisions a payment may pay ------------------------------------------------------------
def decision_choices(
    db: Database, *, year: int, unit_code: str | None = None
) -> list[DecisionChoice]:
    """The decisions of the unit's scope signed in `year` or the year before, each with its
    tiền thưởng and what the unit's book has paid of it; newest first."""
    from thidua_desktop.services.awards.money import year_money

    pays = [
        *year_money(db, year, unit_code).decisions,
        *year_money(db, year - 1, unit_code).decisions,
    ]
    with db.reading() as session:
        ledger_unit(session, unit_code, year)  # checks the unit and the scope
        paid = _paid(session)
        found = session.execute(
            select(
                AwardDecision.id,
                AwardDecision.number,
                AwardDecision.decision_date,
                AwardProposal.title,
            )
            .join(AwardProposal, AwardProposal.id == AwardDecision.proposal_id)
            .where(
                AwardDecision.decision_date >= dt.date(year - 1, 1, 1),
                AwardDecision.decision_date <= dt.date(year, 12, 31),
            )
        ).all()
    totals = {p.decision_id: p.total for p in pays}
    in_scope = {p.decision_id for p in pays}
    choices = [
        DecisionChoice(id_, number, day, title, totals.get(id_, 0), paid.get(id_, 0))
        for id_, number, day, title in found
        if id_ in in_scope or id_ in paid
    ]
    return sorted(choices, key=lambda c: (c.day, c.id), reverse=True)


def _paid(session: Session, *, besides: int | None = None) -> dict[int, int]:
    """What every fund book of this database has paid of each decision: a decision's tiền
    thưởng is paid once, whichever office's fund pays it (a commune's, or the city's)."""
    query = (
        select(FundEntry.decision_id, func.sum(FundEntry.amount))
        .where(
            FundEntry.decision_id.is_not(None),
            FundEntry.kind == EntryKind.PAYMENT.value,
        )
        .group_by(FundEntry.decision_id)
    )
    if besides is not None:
        query = query.where(FundEntry.id != besides)
    return {int(d): int(total) for d, total in session.execute(query) if d is not None}


def decision_total(db: Database, decision_id: int) -> int | None:
    """The tiền thưởng the decision pays (None: no such decision, or it pays none)."""
    from thidua_desktop.services.awards.money import decision_money
    from thidua_desktop.services.awards.proposals import get_proposal
    from thidua_desktop.services.awards.reference import award_catalogue

    with db.reading() as session:
        proposal_id = session.scalar(
            select(AwardDecision.proposal_id).where(AwardDecision.id == decision_id)
        )
    if proposal_id is None:
        return None
    detail = get_proposal(db, proposal_id)
    decision = next((d for d in detail.decisions if d.id == decision_id), None)
    if decision is None:
        return None
    lines = [line for line in detail.lines if line.decision_id == decision_id]
    money = decision_money(award_catalogue(), decision, lines)
    return money.total if money is not None else None


def _linked_decision(session: Session, unit: AdminUnit, decision_id: int) -> AwardDecision:
    decision = session.get(AwardDecision, decision_id)
    if decision is None:
        raise InvalidInput(msg("Không có quyết định khen thưởng #{id}.", id=decision_id))
    proposal = session.get(AwardProposal, decision.proposal_id)
    assert proposal is not None
    proposer = session.get(AdminUnit, proposal.unit_id)
    assert proposer is not None
    if not is_within(session, proposer, unit.id):
        raise InvalidInput(
            msg(
                "Quyết định số {number} khen thưởng theo đề nghị của {proposer}, không thuộc "
                "{unit}: quỹ của {unit} không chi tiền thưởng của quyết định này.",
                number=decision.number,
                proposer=full_name(proposer),
                unit=full_name(unit),
            )
        )
    return decision


# -- writing ------------------------------------------------------------------------------------
def _checked(entry: FundEntryInput) -> tuple[str, str, str]:
    number = clean(entry.number)
    if not number:
        raise InvalidInput(msg("Hãy nhập số chứng từ (phiếu thu, phiếu chi)."))
    if len(number) > MAX_NUMBER:
        raise InvalidInput(msg("Số chứng từ dài quá {n} ký tự.", n=MAX_NUMBER))
    description = clean(entry.description)
    if len(description) > MAX_TEXT:
        raise InvalidInput(msg("Nội dung dài quá {n} ký tự.", n=MAX_TEXT))
    if entry.decision_id is not None and entry.kind is not EntryKind.PAYMENT:
        raise InvalidInput(msg("Chỉ khoản chi mới gắn với quyết định khen thưởng."))
    return number, description, clean(entry.category_code)


def _category(session: Session, kind: EntryKind, code: str, kept: str | None) -> Category:
    every = categories_in(session, active_only=False)
    active = {c.code: c for c in categories_in(session, active_only=True) if c.kind is kind}
    if code in active:
        return active[code]
    if code and code == kept:  # a line keeps the category it has, even one no longer used
        return next(c for c in every if c.kind is kind and c.code == code)
    retired = next((c for c in every if c.kind is kind and c.code == code), None)
    if retired is not None:
        raise InvalidInput(
            msg(
                'Mục {kind} "{name}" đã thôi dùng. Chọn một trong: {choices}.',
                kind=kind.label.lower(),
                name=retired.name,
                choices=", ".join(f"{c.code} ({c.name})" for c in active.values()),
            )
        )
    raise InvalidInput(
        msg(
            'Không có mục {kind} "{code}". Chọn một trong: {choices}.',
            kind=kind.label.lower(),
            code=code,
            choices=", ".join(f"{c.code} ({c.name})" for c in active.values()),
        )
    )


def save_entry(
    db: Database,
    entry: FundEntryInput,
    *,
    unit_code: str | None = None,
    entry_id: int | None = None,
    seen: dt.datetime | None = None,
    allow_negative: bool = False,
) -> Ledger:
    """Add a line to the book of the entry's year, or correct one (`entry_id`; `seen` is its
    `updated_at` as the screen read it). An empty amount with a decision: what of the
    decision's tiền thưởng the book has not paid yet."""
    number, description, code = _checked(entry)
    total = decision_total(db, entry.decision_id) if entry.decision_id is not None else None
    typed = clean(entry.amount)
    amount = parse_amount(typed) if typed else None
    year = entry.day.year
    with db.transaction() as session:
        unit = ledger_unit(session, unit_code, year)
        ensure_year_open(session, year)
        old: FundEntry | None = None
        if entry_id is not None:
            old = _entry_by_id(session, entry_id)
            if old.unit_id != unit.id:
                unit = session.get(AdminUnit, old.unit_id) or unit
                ensure_in_scope(session, unit)
            ensure_year_open(session, old.year)
            if seen is not None and old.updated_at != seen:
                raise audit.changed_meanwhile(
                    session,
                    entity=ENTITY,
                    unit_id=unit.id,
                    records=[(ENTITY, str(old.id))],
                    template="{who} đã sửa chứng từ {number} ({time}) sau khi bạn mở sổ quỹ: "
                    "chưa lưu thay đổi của bạn. Hãy xem bản mới rồi làm lại.",
                    number=old.number,
                )
        category = _category(session, entry.kind, code, old.category_code if old else None)
        if entry.decision_id is not None:
            decision = _linked_decision(session, unit, entry.decision_id)
            paid = _paid(session, besides=entry_id).get(decision.id, 0)
            if amount is None:
                if total is None:
                    raise InvalidInput(
                        msg(
                            "Quyết định số {number} không kèm tiền thưởng: hãy nhập số tiền.",
                            number=decision.number,
                        )
                    )
                if total - paid <= 0:
                    raise InvalidInput(
                        msg(
                            "Tiền thưởng của quyết định số {number} ({total}) đã chi hết.",
                            number=decision.number,
                            total=money_text(total),
                        )
                    )
                amount = total - paid
            elif total is not None and paid + amount > total:
                raise InvalidInput(
                    msg(
                        "Quyết định số {number} có tổng tiền thưởng {total}, sổ quỹ đã chi "
                        "{paid}: khoản chi {amount} vượt quá phần còn lại ({left}).",
                        number=decision.number,
                        total=money_text(total),
                        paid=money_text(paid),
                        amount=money_text(amount),
                        left=money_text(max(total - paid, 0)),
                    )
                )
        if amount is None:
            raise InvalidInput(msg("Hãy nhập số tiền (đồng), ví dụ 1.500.000."))
        check_amount(amount)
        first_year = min(year, old.year) if old else year
        before = _lowest_from(session, unit.id, first_year)
        values = {
            "year": year,
            "kind": entry.kind.value,
            "number": number,
            "entry_date": entry.day,
            "amount": amount,
            "category_code": category.code,
            "description": description,
            "decision_id": entry.decision_id,
        }
        now = utc_now()
        if old is None:
            line = FundEntry(
                uid=str(uuid.uuid4()),
                unit_id=unit.id,
                entered_by=audit.current_operator(session),
                created_at=now,
                updated_at=now,
                **values,
            )
            session.add(line)
            session.flush()
            audit.record(
                session, action="create", entity=ENTITY, key=str(line.id), new=values,
                unit_id=unit.id,
            )  # fmt: skip
        else:
            changed = {k: getattr(old, k) for k, v in values.items() if getattr(old, k) != v}
            for key in changed:
                setattr(old, key, values[key])
            if changed:
                old.updated_at = now
                audit.record(
                    session, action="update", entity=ENTITY, key=str(old.id), old=changed,
                    new={k: values[k] for k in changed}, unit_id=unit.id,
                )  # fmt: skip
        _check_balance(session, unit, first_year, before, allow_negative=allow_negative)
        return ledger_of(session, unit, year)


def _entry_by_id(session: Session, entry_id: int) -> FundEntry:
    entry = session.get(FundEntry, entry_id)
    if entry is None:
        raise InvalidInput(msg("Không có dòng #{id} trong sổ quỹ.", id=entry_id))
    return entry


def delete_entry(
    db: Database,
    entry_id: int,
    *,
    seen: dt.datetime | None = None,
    reason: str | None = None,
    allow_negative: bool = False,
) -> Ledger:
    """Remove a line (a receipt removed may leave later payments unfunded: warned)."""
    with db.transaction() as session:
        entry = _entry_by_id(session, entry_id)
        unit = session.get(AdminUnit, entry.unit_id)
        assert unit is not None
        ensure_in_scope(session, unit)
        ensure_year_open(session, entry.year)
        if seen is not None and entry.updated_at != seen:
            raise audit.changed_meanwhile(
                session,
                entity=ENTITY,
                unit_id=unit.id,
                records=[(ENTITY, str(entry.id))],
                template="{who} đã sửa chứng từ {number} ({time}) sau khi bạn mở sổ quỹ: chưa "
                "xóa. Hãy xem bản mới rồi làm lại.",
                number=entry.number,
            )
        before = _lowest_from(session, unit.id, entry.year)
        old = {
            "year": entry.year,
            "kind": entry.kind,
            "number": entry.number,
            "entry_date": entry.entry_date,
            "amount": entry.amount,
            "category_code": entry.category_code,
            "description": entry.description,
            "decision_id": entry.decision_id,
        }
        year = entry.year
        session.delete(entry)
        audit.record(
            session, action="delete", entity=ENTITY, key=str(entry_id), old=old,
            reason=clean(reason or "")[:MAX_TEXT] or None, unit_id=unit.id,
        )  # fmt: skip
        _check_balance(session, unit, year, before, allow_negative=allow_negative)
        return ledger_of(session, unit, year)


def set_opening(
    db: Database,
    *,
    year: int,
    amount: str | None,
    unit_code: str | None = None,
    note: str = "",
) -> Ledger:
    """Set the balance on 1 January of `year` (the book's first year, or after a settlement);
    `amount` None (or empty) goes back to carrying the year before's closing balance."""
    typed = clean(amount or "")
    value: int | None = None
    if typed:
        parsed = parse_amount(typed) if typed not in {"0", "-0"} else 0
        value = parsed
    with db.transaction() as session:
        unit = ledger_unit(session, unit_code, year)
        ensure_year_open(session, year)
        own = session.scalar(
            select(FundOpening).where(FundOpening.unit_id == unit.id, FundOpening.year == year)
        )
        old = {"amount": own.amount, "note": own.note} if own is not None else None
        if value is None:
            if own is not None:
                session.delete(own)
            new = None
        else:
            operator = audit.current_operator(session)
            if own is None:
                own = FundOpening(unit_id=unit.id, year=year, amount=value)
                session.add(own)
            own.amount = value
            own.note = clean(note)[:MAX_TEXT] or None
            own.updated_at = utc_now()
            own.updated_by = operator
            new = {"amount": value, "note": own.note}
        if old != new:
            audit.record(
                session, action="set" if new else "delete", entity=OPENING_ENTITY,
                key=f"{unit.code}/{year}", old=old, new=new, unit_id=unit.id,
            )  # fmt: skip
        session.flush()
        return ledger_of(session, unit, year)
