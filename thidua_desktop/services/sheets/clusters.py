"""A cluster's scores read from a workbook (`sheet template cluster-scores`): one row per member
and scored criterion, with the member's own points and evidence and, once the cluster has met,
its points and the reason for each change. Every row is checked as the page checks it (the
table's maximum, the deadline, a reason for a change); one transaction for the workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from thidua_desktop.domain.clusters import check_points, leaves
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import parse_number
from thidua_desktop.domain.text import clean
from thidua_desktop.services.clusters.clusters import criteria_of, members_of
from thidua_desktop.services.clusters.rows import PointsEntry
from thidua_desktop.services.clusters.scores import REVIEW, SELF, record_in
from thidua_desktop.services.core.scope import full_name, office_unit
from thidua_desktop.services.sheets.finish import finish_import
from thidua_desktop.services.sheets.rows import SheetChange, SheetLine, SheetProblem, SheetReport
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.clusters import ClusterScore, EmulationCluster

KIND = "cluster-scores"
# (field, heading): the template's columns, in order.
COLUMNS = (
    ("unit", "Mã đơn vị"),
    ("unit_name", "Tên đơn vị"),
    ("criterion", "Mã tiêu chí"),
    ("title", "Tiêu chí"),
    ("max", "Điểm tối đa"),
    ("self", "Điểm tự chấm"),
    ("evidence", "Minh chứng"),
    ("review", "Điểm cụm chấm"),
    ("reason", "Lý do sửa điểm"),
)


@dataclass(frozen=True, slots=True)
class ScoreLine:
    unit_code: str
    unit_name: str
    criterion: str
    title: str
    max_points: Decimal
    self_points: Decimal | None
    evidence: str
    review_points: Decimal | None
    reason: str


@dataclass(frozen=True, slots=True)
class ScoresLayout:
    year: int
    cluster_code: str
    cluster_name: str
    office: str
    self_due: dt.date | None
    review_due: dt.date | None
    lines: tuple[ScoreLine, ...]


def _cluster(session: object, year: int, code: str) -> EmulationCluster:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    cluster = session.scalar(
        select(EmulationCluster).where(
            EmulationCluster.year == year, EmulationCluster.code == clean(code)
        )
    )
    if cluster is None:
        raise InvalidInput(msg("Năm {year} không có cụm, khối mã {code}.", year=year, code=code))
    return cluster


def scores_layout(db: Database, *, year: int, cluster_code: str) -> ScoresLayout:
    """Every member × scored criterion of the cluster, with the points recorded so far."""
    with db.reading() as session:
        cluster = _cluster(session, year, cluster_code)
        scored = leaves(criteria_of(session, cluster))
        if not scored:
            raise InvalidInput(msg("{name} chưa có bảng chấm điểm.", name=cluster.name))
        kept = {
            (s.unit_id, s.criterion_code): s
            for s in session.scalars(
                select(ClusterScore).where(ClusterScore.cluster_id == cluster.id)
            )
        }
        lines = []
        for _member, unit in members_of(session, cluster):
            for criterion in scored:
                score = kept.get((unit.id, criterion.code))
                lines.append(
                    ScoreLine(
                        unit_code=unit.code,
                        unit_name=full_name(unit),
                        criterion=criterion.code,
                        title=criterion.title,
                        max_points=criterion.max_points,
                        self_points=score.self_points if score else None,
                        evidence=(score.self_note or "") if score else "",
                        review_points=score.review_points if score else None,
                        reason=(score.review_reason or "") if score else "",
                    )
                )
        return ScoresLayout(
            year=cluster.year,
            cluster_code=cluster.code,
            cluster_name=cluster.name,
            office=full_name(office_unit(session)),
            self_due=cluster.self_score_due,
            review_due=cluster.review_due,
            lines=tuple(lines),
        )


def apply_cluster_scores(
    db: Database,
    *,
    year: int,
    cluster_code: str,
    lines: Sequence[SheetLine],
    workbook: str,
    sha256: str,
    day: dt.date | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    report: SheetReport | None = None,
    before_writing: Callable[[], str] | None = None,
) -> SheetReport:
    """The rows' points, member by member: a member whose rows are refused keeps nothing of
    them, and nothing at all is written unless `skip_invalid`."""
    day = day or dt.date.today()
    out = report or SheetReport(KIND, workbook, sha256, "")
    with db.transaction() as session:
        cluster = _cluster(session, year, cluster_code)
        out.title = str(msg("Chấm điểm — {name} — năm {year}", name=cluster.name, year=year))
        criteria = {c.code: c for c in leaves(criteria_of(session, cluster))}
        members = {unit.code: unit for _m, unit in members_of(session, cluster)}
        by_name = {full_name(unit).casefold(): unit for unit in members.values()}
        kept = {  # the points before the import, as values (the records change below)
            (s.unit_id, s.criterion_code): {SELF: s.self_points, REVIEW: s.review_points}
            for s in session.scalars(
                select(ClusterScore).where(ClusterScore.cluster_id == cluster.id)
            )
        }
        # Each row checked on its own first; then each member's points, one stage at a time.
        per_member: dict[str, list[tuple[SheetLine, str, dict[str, PointsEntry]]]] = {}
        for line in lines:
            texts = {k: clean(v) for k, v in line.texts.items()}
            if not (texts.get("self") or texts.get("review")):
                out.empty += 1
                continue
            try:
                unit = members.get(texts.get("unit", "")) or by_name.get(
                    texts.get("unit_name", "").casefold()
                )
                if unit is None:
                    raise InvalidInput(
                        msg(
                            "“{unit}” không phải thành viên của {name}.",
                            unit=texts.get("unit") or texts.get("unit_name", ""),
                            name=cluster.name,
                        )
                    )
                criterion = criteria.get(texts.get("criterion", ""))
                if criterion is None:
                    raise InvalidInput(
                        msg(
                            "Không có tiêu chí chấm điểm mã “{code}” trong bảng của {name}.",
                            code=texts.get("criterion", ""),
                            name=cluster.name,
                        )
                    )
                stages: dict[str, PointsEntry] = {}
                for stage, column, note in (
                    (SELF, "self", "evidence"),
                    (REVIEW, "review", "reason"),
                ):
                    if texts.get(column):
                        points = parse_number(texts[column])
                        check_points(criterion, points)
                        stages[stage] = PointsEntry(points, texts.get(note, ""))
            except UserError as exc:
                out.problems.append(SheetProblem(line.origin, exc.message))
                continue
            per_member.setdefault(unit.code, []).append((line, criterion.code, stages))
        writes = session.begin_nested()
        written = 0
        for code, rows in per_member.items():
            unit = members[code]
            # What the rows change: a value equal to the one kept is left alone (an unchanged
            # workbook imported again changes nothing, even after the cluster's review).
            changed: list[tuple[SheetLine, str, str, PointsEntry, Decimal | None]] = []
            for line, criterion_code, stages in rows:
                before = kept.get((unit.id, criterion_code), {})
                for stage, entry in stages.items():
                    if before.get(stage) == entry.points:
                        out.unchanged += 1
                    else:
                        changed.append((line, criterion_code, stage, entry, before.get(stage)))
            if not changed:
                continue
            member = session.begin_nested()
            try:
                for stage in (SELF, REVIEW):
                    given = {c: e for _l, c, st, e, _o in changed if st == stage}
                    if given:
                        record_in(session, cluster, unit, given, stage, day)
            except UserError as exc:
                member.rollback()
                out.problems.append(SheetProblem(changed[0][0].origin, exc.message))
                continue
            member.commit()
            for line, criterion_code, stage, entry, old in changed:
                label = msg(
                    "{title} ({stage})",
                    title=criteria[criterion_code].title,
                    stage="tự chấm" if stage == SELF else "cụm chấm",
                )
                out.changes.append(
                    SheetChange(
                        origin=line.origin,
                        unit_code=unit.code,
                        unit_name=full_name(unit),
                        field=criterion_code,
                        field_name=str(label),
                        old_value=old,
                        new_value=entry.points,
                        decimals=None,
                    )
                )
                written += 1
        return finish_import(
            out,
            writes,
            written=written,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            before_writing=before_writing,
            details={"kind": KIND, "cluster": cluster.id, "values": written},
        )
