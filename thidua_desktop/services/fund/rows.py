"""Plain rows of the fund book for the front ends, and the entry its form submits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from thidua_desktop.domain.fund import Category, EntryKind


@dataclass(frozen=True, slots=True)
class FundEntryInput:
    """A line as the form or the command line gives it: the amount as typed ("1.500.000");
    empty with a decision, the part of the decision's tiền thưởng not paid yet."""

    kind: EntryKind
    number: str
    day: dt.date
    amount: str
    category_code: str
    description: str = ""
    decision_id: int | None = None


@dataclass(frozen=True, slots=True)
class EntryRow:
    id: int
    kind: EntryKind
    number: str
    day: dt.date
    amount: int
    category_code: str
    category_name: str
    description: str
    decision_id: int | None
    decision_number: str  # "" when none (or the decision was removed)
    balance: int  # the fund's balance after this line
    entered_by: str
    updated_at: dt.datetime

    @property
    def signed(self) -> int:
        return self.amount * self.kind.sign


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    kind: EntryKind
    code: str
    name: str
    amount: int
    count: int


@dataclass(frozen=True, slots=True)
class Ledger:
    """The year's book of one office: opening balance, lines in date order with the running
    balance, totals per category and the closing balance."""

    year: int
    unit_code: str
    unit_name: str
    opening: int
    opening_set: bool  # set by the office for this year (else carried from the year before)
    opening_note: str
    lines: tuple[EntryRow, ...]
    totals: tuple[CategoryTotal, ...]
    categories: tuple[Category, ...]  # the active ones, for the form
    editable: bool
    read_only_reason: str

    @property
    def receipts(self) -> int:
        return sum(line.amount for line in self.lines if line.kind is EntryKind.RECEIPT)

    @property
    def payments(self) -> int:
        return sum(line.amount for line in self.lines if line.kind is EntryKind.PAYMENT)

    @property
    def closing(self) -> int:
        return self.opening + self.receipts - self.payments


@dataclass(frozen=True, slots=True)
class DecisionChoice:
    """A decision whose tiền thưởng the fund may pay: its total and what the book paid."""

    id: int
    number: str
    day: dt.date
    title: str
    total: int  # 0 when its rule version sets no tiền thưởng
    paid: int

    @property
    def remaining(self) -> int:
        return max(self.total - self.paid, 0)
