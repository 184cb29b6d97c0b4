"""The year at a glance: targets by status, "3 không"/ANTT share, communes by NTM level.

One call gathers what the Tổng quan page shows, as plain rows. The figures come from the same
services as the pages and reports (each reads its module with a fixed number of queries, within
the office's scope), so the dashboard never disagrees with them; here they are only counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.rural import Level
from thidua_desktop.services.rural.rows import RuralSummary
from thidua_desktop.services.security.rows import ScopeSummary

if TYPE_CHECKING:
    # The page imports these rows at start-up: SQLAlchemy loads only when the data is read.
    from thidua_desktop.store.engine import Database

__all__ = ["DashboardRow", "LevelCounts", "NewLevel", "ShareRow", "TargetRow", "dashboard"]


@dataclass(frozen=True, slots=True)
class TargetRow:
    """An indicator given to the office's unit, with its status (for lists and tooltips)."""

    campaign_code: str
    indicator_name: str
    status: Status
    value_text: str
    target_text: str


@dataclass(frozen=True, slots=True)
class ShareRow:
    """A district's (or the scope's) share of units both "3 không" and ANTT."""

    unit_code: str
    unit_name: str
    units: int
    both: int
    both_percent: Decimal | None
    status: Status


@dataclass(frozen=True, slots=True)
class LevelCounts:
    """Xã of a district (or of the scope) by the highest NTM level they hold."""

    unit_code: str
    unit_name: str
    communes: int
    none: int  # below NTM, with criteria or a recognition recorded
    ntm: int
    nang_cao: int
    kieu_mau: int
    unknown: int = 0  # nothing recorded (a merged province's xã whose data were never entered)


@dataclass(frozen=True, slots=True)
class NewLevel:
    """Xã recognised at a level this year, against the campaign's target or the communes' plans."""

    level: Level
    new: int
    target: Decimal | None
    planned: int
    status: Status | None


@dataclass(frozen=True, slots=True)
class ClusterBars:
    """A cụm, khối's members by their reviewed total (the dashboard's ranking chart)."""

    name: str
    max_total: Decimal
    members: tuple[tuple[str, Decimal, int], ...]  # (unit name, total, rank), by rank
    published: bool


@dataclass(frozen=True, slots=True)
class DashboardRow:
    year: int
    scope_code: str
    scope_name: str
    demo: bool
    campaigns: int
    targets: tuple[TargetRow, ...]  # indicators with a target for the office's unit
    not_given: int  # indicators of the year's campaigns without a target for the unit
    security_units: int
    security_recorded: int
    three_khong_percent: Decimal | None
    antt_percent: Decimal | None
    security: ShareRow  # the whole scope
    security_target: Decimal
    security_districts: tuple[ShareRow, ...]
    rural: LevelCounts
    rural_districts: tuple[LevelCounts, ...]
    new_levels: tuple[NewLevel, ...]
    clusters: tuple[ClusterBars, ...] = ()  # the year's scored clusters organised in scope

    def count(self, status: Status) -> int:
        return sum(1 for t in self.targets if t.status is status)


def dashboard(db: Database, year: int) -> DashboardRow:
    """Key figures and chart data of the office's scope for `year`."""
    from thidua_desktop.services.campaigns.definitions import list_campaigns
    from thidua_desktop.services.campaigns.results import evaluation_table
    from thidua_desktop.services.core.profile import get_profile
    from thidua_desktop.services.core.scope import NoProfileError
    from thidua_desktop.services.rural.status import rural_overview
    from thidua_desktop.services.security.status import security_overview

    profile = get_profile(db)
    if profile is None or profile.office_code is None:
        raise NoProfileError("Chưa chọn cơ quan sử dụng cho bản cài đặt này.")
    office = profile.office_code
    running = [c for c in list_campaigns(db) if year in c.years]
    rows = [
        row
        for campaign in running
        for row in evaluation_table(db, year=year, campaign_code=campaign.code, unit_code=office)
    ]
    given = [r for r in rows if r.target is not None]
    targets = tuple(
        TargetRow(
            r.campaign_code,
            r.indicator_name,
            r.status,
            _value_text(r.value, r.decimals, r.unit_of_measure),
            r.target_text,
        )
        for r in given
    )
    security = security_overview(db, year=year, unit_code=office)
    rural = rural_overview(db, year=year, unit_code=office, criteria=False)

    several = len(security.districts) > 1
    return DashboardRow(
        year=year,
        scope_code=security.scope_code,
        scope_name=security.scope_name,
        demo=profile.demo,
        campaigns=len(running),
        targets=targets,
        not_given=len(rows) - len(given),
        security_units=security.total.units,
        security_recorded=security.total.recorded,
        three_khong_percent=security.total.three_khong_percent,
        antt_percent=security.total.antt_percent,
        security=_share(security.total),
        security_target=security.target_percent,
        security_districts=tuple(_share(d) for d in security.districts) if several else (),
        rural=_levels(rural.total),
        rural_districts=(
            tuple(_levels(d) for d in rural.districts) if len(rural.districts) > 1 else ()
        ),
        new_levels=tuple(
            NewLevel(p.level, p.new, p.target, p.planned, p.status)
            for p in rural.total.plans
            if p.new or p.planned or p.target is not None
        ),
        clusters=_cluster_bars(db, year),
    )


def _cluster_bars(db: Database, year: int) -> tuple[ClusterBars, ...]:
    """The year's clusters that have points, each with its members by rank."""
    from thidua_desktop.services.clusters.clusters import list_clusters
    from thidua_desktop.services.clusters.scores import cluster_ranking

    bars = []
    for cluster in list_clusters(db, year=year):
        ranking = cluster_ranking(db, cluster.id)
        if len(ranking.missing) == len(ranking.rows):
            continue  # nobody has scored yet
        bars.append(
            ClusterBars(
                cluster.name,
                cluster.max_total,
                tuple((r.unit_name, r.totals.total, r.rank) for r in ranking.rows),
                cluster.published,
            )
        )
    return tuple(bars)


def _share(summary: ScopeSummary) -> ShareRow:
    return ShareRow(
        summary.unit_code,
        summary.unit_name,
        summary.units,
        summary.both,
        summary.both_percent,
        summary.target_status,
    )


def _levels(summary: RuralSummary) -> LevelCounts:
    return LevelCounts(
        summary.unit_code,
        summary.unit_name,
        summary.communes,
        summary.none - summary.unknown,
        summary.ntm,
        summary.nang_cao,
        summary.kieu_mau,
        summary.unknown,
    )


def _value_text(value: Decimal | None, decimals: int, unit: str) -> str:
    if value is None:
        return "chưa có số liệu"
    suffix = unit if unit == "%" else f" {unit}" if unit else ""
    return f"{format_number(value, decimals)}{suffix}"
