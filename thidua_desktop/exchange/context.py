"""What export and import need to know about this database: units, owners, references."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.store.models.core import AdminUnit, Campaign, Indicator
from thidua_desktop.store.models.rural import RuralCriteriaSet, RuralCriterion
from thidua_desktop.store.models.security import SecurityComponent

# Above this many units a slice is read by year and filtered in Python (an IN list that long
# would pass the parameter limit of some databases).
SCOPE_IN_LIMIT = 5000


def in_scope(column: Any, unit_ids: Collection[int]) -> Any:
    """`column IN (the units)` when the list is of a sensible length, else no condition (the
    caller filters): a district's slice must not read the whole database's year."""
    if len(unit_ids) > SCOPE_IN_LIMIT:
        return true()
    return column.in_(sorted(unit_ids))


class UnitTree:
    """Every unit (one query): codes, parents, subtrees, validity."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(
                AdminUnit.id,
                AdminUnit.code,
                AdminUnit.parent_id,
                AdminUnit.valid_from,
                AdminUnit.valid_to,
            )
        ).all()
        self.code: dict[int, str] = {}
        self.parent: dict[int, int | None] = {}
        self.validity: dict[int, tuple[dt.date | None, dt.date | None]] = {}
        self.children: dict[int, list[int]] = {}
        self._all_codes: dict[int, dict[str, int]] = {}
        # One pass over plain tuples: some 14.000 units of the whole country, at every import.
        code, parent, validity, children = self.code, self.parent, self.validity, self.children
        for unit_id, unit_code, parent_id, start, end in rows:
            code[unit_id] = unit_code
            parent[unit_id] = parent_id
            validity[unit_id] = (start, end)
            if parent_id is not None:
                children.setdefault(parent_id, []).append(unit_id)

    def subtree(self, root_id: int) -> set[int]:
        found, stack = {root_id}, [root_id]
        while stack:
            for child in self.children.get(stack.pop(), []):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def ancestors(self, unit_id: int) -> list[int]:
        chain: list[int] = []
        current = self.parent.get(unit_id)
        while current is not None and current not in chain:
            chain.append(current)
            current = self.parent.get(current)
        return chain

    def valid_in(self, unit_id: int, year: int) -> bool:
        start, end = self.validity[unit_id]
        return (start is None or start <= dt.date(year, 12, 31)) and (
            end is None or end >= dt.date(year, 1, 1)
        )

    def codes_in(self, ids: set[int], year: int) -> dict[str, int]:
        """Code -> unit id among `ids`, for the units valid during `year`."""
        return {self.code[i]: i for i in sorted(ids) if self.valid_in(i, year)}

    def version_of(
        self, code: str, version: tuple[dt.date | None, dt.date | None] | None, year: int
    ) -> int | None:
        """The unit a package means by `code`: the version it names (codes are reused after
        01/07/2025), or for an older package the unit with that code in `year`."""
        if version is not None:
            for unit_id, unit_code in self.code.items():
                if unit_code == code and self.validity[unit_id] == version:
                    return int(unit_id)
        return self.all_codes_in(year).get(code)

    def all_codes_in(self, year: int) -> dict[str, int]:
        """Code -> unit id for every unit valid during `year` (kept: the packages of a batch ask
        for the same year again and again). The caller must not change the dictionary."""
        known = self._all_codes.get(year)
        if known is None:
            known = self._all_codes[year] = self.codes_in(set(self.code), year)
        return known


@dataclass
class ExportContext:
    """The exporting office and the units the package covers."""

    session: Session
    tree: UnitTree
    office_code: str
    scope_ids: set[int]
    owner_ids: set[int]  # the office's subtree: owners whose records it may pass on
    period: int

    def owner(self, owner_code: str | None) -> str:
        """The owner written into the package: the office that entered the record."""
        return owner_code or self.office_code

    @property
    def owner_codes(self) -> set[str]:
        return {self.tree.code[i] for i in self.owner_ids}


@dataclass
class ImportContext:
    """The receiving side of one import: what the package may touch, and how its codes resolve.

    `write` is False for the dry run: the same code then only counts what it would change."""

    session: Session
    tree: UnitTree
    write: bool
    period: int
    producer_code: str
    scope_ids: set[int]
    units: dict[str, int]  # codes of the scope's units valid in the period
    owners: set[str]  # codes a record's owner may have: the producer's office and below
    above: set[str]  # the producer's office and the offices above it (definitions' owners)
    package_ref: str
    # The package's rows already decoded by field type (table -> rows), shared by its runs.
    decoded: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    components: dict[str, int] = field(default_factory=dict)
    # Campaign and indicator references resolved to ids (negative: created by this package in a
    # dry run, so nothing exists yet).
    campaigns: dict[str, int] = field(default_factory=dict)  # uid and "code:X" -> id
    indicators: dict[tuple[int, str], int] = field(default_factory=dict)  # (campaign id, uid/code)
    # ("indicator" | "campaign" | "criterion", id) -> a code people recognise, for the plan.
    names: dict[tuple[str, int], str] = field(default_factory=dict)
    # The units valid in the period, by code (every unit, not only the scope's).
    all_units: dict[str, int] = field(default_factory=dict)
    # When planning for an apply in the same transaction: the writes the plan decided, in order,
    # to run once the safety backup is taken (None: a dry run that only counts).
    deferred: list[Callable[[], None]] | None = None
    _criteria: dict[tuple[str, int, str], int] | None = None
    _placeholder: int = 0
    # Record table -> the unit codes the package declares it covers (its manifest's coverage);
    # a table missing here covers the units its rows are about.
    coverage: dict[str, set[str]] = field(default_factory=dict)
    # Owner code -> rows of that lower office this package changes or removes here, when the
    # package is not that office's own (a district relaying its communes' data).
    relayed_changes: dict[str, int] = field(default_factory=dict)

    def note_relayed_change(self, owner_code: str | None) -> None:
        if owner_code is not None and owner_code != self.producer_code:
            self.relayed_changes[owner_code] = self.relayed_changes.get(owner_code, 0) + 1

    def covered_units(self, table: str, incoming: list[dict[str, Any]]) -> set[int]:
        """The units whose records of `table` the package supersedes: those it declares, and
        every row it carries must be about one of them."""
        about = {row["unit_id"] for row in incoming}
        declared = self.coverage.get(table)
        if declared is None:
            return about
        covered = {self.units[code] for code in declared if code in self.units}
        outside = about - covered
        if outside:
            code = next(c for c, i in self.units.items() if i in outside)
            raise PackageRefused(
                f"bảng {table} có số liệu của đơn vị {code}, không nằm trong phạm vi dữ liệu "
                "(coverage) mà gói khai báo."
            )
        return covered

    def placeholder(self) -> int:
        self._placeholder -= 1
        return self._placeholder

    @property
    def placeholders_used(self) -> bool:
        """A dry run made up ids for rows it would create: its writes cannot be replayed."""
        return self._placeholder != 0

    def defer(self, write: Callable[[], None]) -> None:
        """Run `write` now when applying, keep it for later when planning an apply, else drop it."""
        if self.write:
            write()
        elif self.deferred is not None:
            self.deferred.append(write)

    def unit_id(self, code: str, where: str) -> int:
        unit_id = self.units.get(code)
        if unit_id is None:
            raise PackageRefused(
                f"{where}: đơn vị mã {code} không thuộc phạm vi của gói "
                "(hoặc không có trong danh mục đơn vị hành chính năm này)."
            )
        return unit_id

    def owner_code(self, code: str, where: str) -> str:
        if code not in self.owners:
            raise PackageRefused(
                f"{where}: cơ quan sở hữu mã {code} không thuộc phạm vi của cơ quan gửi "
                f"(mã {self.producer_code})."
            )
        return code

    def load_references(self) -> None:
        """Campaigns, indicators and components as they are here before the import."""
        campaign_codes: dict[int, str] = {}
        for c_id, uid, code in self.session.execute(
            select(Campaign.id, Campaign.uid, Campaign.code)
        ):
            self.remember_campaign(c_id, uid, code)
            campaign_codes[c_id] = code
        for i_id, c_id, uid, code in self.session.execute(
            select(Indicator.id, Indicator.campaign_id, Indicator.uid, Indicator.code)
        ):
            self.remember_indicator(i_id, c_id, uid, code, campaign_codes[c_id])
        self.components = {
            code: c_id
            for code, c_id in self.session.execute(
                select(SecurityComponent.code, SecurityComponent.id)
            )
        }

    def remember_campaign(self, campaign_id: int, uid: str, code: str) -> None:
        self.campaigns[uid] = campaign_id
        self.campaigns[f"code:{code}"] = campaign_id
        self.names[("campaign", campaign_id)] = code

    def remember_indicator(
        self, indicator_id: int, campaign_id: int, uid: str, code: str, campaign_code: str
    ) -> None:
        self.indicators[(campaign_id, uid)] = indicator_id
        self.indicators[(campaign_id, f"code:{code}")] = indicator_id
        self.names[("indicator", indicator_id)] = f"{campaign_code}/{code}"

    def criterion_id(self, key: tuple[str, int, str]) -> int | None:
        if self._criteria is None:
            rows = self.session.execute(
                select(
                    RuralCriteriaSet.code,
                    RuralCriteriaSet.first_year,
                    RuralCriterion.code,
                    RuralCriterion.id,
                ).join(RuralCriterion, RuralCriterion.set_id == RuralCriteriaSet.id)
            )
            self._criteria = {}
            for s_code, first, c_code, c_id in rows:
                self._criteria[(s_code, first, c_code)] = c_id
                self.names[("criterion", c_id)] = f"{s_code} {c_code}"
        return self._criteria.get(key)

    def criterion_name(self, criterion_id: int) -> str:
        """ "ntm 17": how the plan names a criterion, loaded on first use (a package without
        criteria rows may still remove some here, and the plan must say which)."""
        if self._criteria is None:
            self.criterion_id(("", 0, ""))  # reads every criterion once, with its name
        return self.names.get(("criterion", criterion_id), f"#{criterion_id}")

    def campaign_id(self, uid: str, code: str, where: str) -> int:
        found = self.campaigns.get(uid) or self.campaigns.get(f"code:{code}")
        if found is None:
            raise PackageRefused(
                f'{where}: phong trào "{code}" chưa có ở đây. Hãy nhập gói định nghĩa '
                "(phong trào, chỉ tiêu) của cấp trên trước."
            )
        return found

    def indicator_id(self, campaign_id: int, uid: str, code: str, where: str) -> int:
        found = self.indicators.get((campaign_id, uid)) or self.indicators.get(
            (campaign_id, f"code:{code}")
        )
        if found is None:
            raise PackageRefused(f'{where}: chỉ tiêu "{code}" của phong trào chưa có ở đây.')
        return found
