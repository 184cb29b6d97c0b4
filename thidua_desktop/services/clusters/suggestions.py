"""Points the application suggests for a member's self-score, from its own records of the
year: full points when the member was recognised "an toàn về an ninh, trật tự", full points when
it holds a nông thôn mới recognition in force, or the share of its evaluated targets met or
exceeded. A suggestion is only that: the member (or the office) types the points it claims."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from thidua_desktop.domain.clusters import SuggestionSource, leaves
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.messages import msg
from thidua_desktop.services.clusters.clusters import cluster_by_id, criteria_of
from thidua_desktop.services.clusters.rows import Suggestion
from thidua_desktop.services.clusters.scores import member_unit
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.rural import RuralRecognition
from thidua_desktop.store.models.security import SecurityStatus

CENT = Decimal("0.01")


def suggested_points(db: Database, cluster_id: int, unit_code: str) -> list[Suggestion]:
    """For each criterion of the table that names a source, the member's suggested points and
    their basis; a criterion whose source holds nothing for the member is left out."""
    with db.reading() as session:
        cluster = cluster_by_id(session, cluster_id)
        unit = member_unit(session, cluster, unit_code)
        year = cluster.year
        found: list[Suggestion] = []
        targets: tuple[int, int] | None = None
        for criterion in leaves(criteria_of(session, cluster)):
            source = criterion.source
            if source is SuggestionSource.SECURITY:
                status = session.scalar(
                    select(SecurityStatus).where(
                        SecurityStatus.unit_id == unit.id, SecurityStatus.year == year
                    )
                )
                if status is None or status.antt_result == "pending":
                    continue
                met = status.antt_result == "met"
                basis = (
                    msg(
                        "Công nhận an toàn về ANTT năm {year}{decision}",
                        year=year,
                        decision=f" (QĐ {status.decision_number})"
                        if status.decision_number
                        else "",
                    )
                    if met
                    else msg("Chưa đạt an toàn về ANTT năm {year}", year=year)
                )
                points = criterion.max_points if met else Decimal(0)
            elif source is SuggestionSource.RURAL:
                end = dt.date(year, 12, 31)
                held = session.scalars(
                    select(RuralRecognition)
                    .where(RuralRecognition.unit_id == unit.id, RuralRecognition.year <= year)
                    .order_by(RuralRecognition.year.desc())
                ).all()
                valid = [r for r in held if r.revoked_on is None or r.revoked_on > end]
                if valid:
                    r = valid[0]
                    points = criterion.max_points
                    basis = msg(
                        "Công nhận nông thôn mới (QĐ {number} ngày {day})",
                        number=r.decision_number,
                        day=format_date(r.decision_date),
                    )
                else:
                    points, basis = Decimal(0), msg("Chưa có công nhận nông thôn mới còn hiệu lực")
            elif source is SuggestionSource.TARGETS:
                if targets is None:
                    targets = _targets(db, year, unit.code)
                met_count, evaluated = targets
                if not evaluated:
                    continue
                points = (criterion.max_points * met_count / evaluated).quantize(
                    CENT, ROUND_HALF_UP
                )
                basis = msg(
                    "{met}/{evaluated} chỉ tiêu đạt, vượt năm {year}",
                    met=met_count,
                    evaluated=evaluated,
                    year=year,
                )
            else:
                continue
            found.append(Suggestion(criterion.code, points, str(basis)))
        return found


def _targets(db: Database, year: int, unit_code: str) -> tuple[int, int]:
    """(met or exceeded, evaluated) over the member's targets of the campaigns of the year."""
    from thidua_desktop.services.campaigns.results import evaluation_table

    rows = evaluation_table(db, year=year, unit_code=unit_code)
    evaluated = [r for r in rows if r.status is not Status.NO_DATA]
    met = [r for r in evaluated if r.status in (Status.MET, Status.EXCEEDED)]
    return len(met), len(evaluated)
