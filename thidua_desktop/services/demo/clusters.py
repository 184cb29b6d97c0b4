"""The cụm, khối thi đua demonstration (thành phố Cần Thơ, 2026): one cluster of five wards
with its giao ước, scoring table, the wards' self-scores and part of the cluster's review.
Loaded once, idempotently; nothing when the cluster is there already or the year is locked, or
when one of its wards is in another cluster that year. Rows are written as the scoring would
have left them; the audit entry counts rows and names nobody."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.paths import resource
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.progress import Progress, checkpoint
from thidua_desktop.services.core.scope import unit_by_code
from thidua_desktop.services.demo.campaigns import DEMO_OPERATOR
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.clusters import (
    ClusterMember,
    ClusterScore,
    EmulationCluster,
    ScoringCriterion,
)
from thidua_desktop.store.models.core import PeriodLock

DEMO_CLUSTERS = ("demo", "clusters_2026.json")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_demo_clusters(session: Session, progress: Progress) -> int:
    """Add the demonstration clusters that are not there yet; returns rows added."""
    data = json.loads(resource(*DEMO_CLUSTERS).read_text(encoding="utf-8"))
    locked = set(session.scalars(select(PeriodLock.year)))
    added = 0
    specs = data["clusters"]
    for done, spec in enumerate(specs):
        checkpoint(progress, done, len(specs), "Đang nạp cụm, khối thi đua minh họa…")
        if spec["year"] in locked:
            continue
        added += _cluster(session, spec)
    if added:
        audit.record(
            session,
            action="demo_load",
            entity="emulation_cluster",
            key=data["dataset"],
            new={"rows": added, "note": data["note"]},
        )
    return added


def _cluster(session: Session, spec: dict[str, Any]) -> int:
    year = spec["year"]
    if session.scalar(
        select(EmulationCluster.id).where(
            EmulationCluster.year == year, EmulationCluster.code == spec["code"]
        )
    ):
        return 0
    units = {code: unit_by_code(session, code, year=year) for code, _role in spec["members"]}
    taken = session.scalar(
        select(ClusterMember.id).where(
            ClusterMember.year == year,
            ClusterMember.kind == spec["kind"],
            ClusterMember.unit_id.in_([u.id for u in units.values()]),
        )
    )
    if taken is not None:
        return 0  # the office grouped these wards itself: its clusters stay as they are
    now = utc_now()
    council = unit_by_code(session, spec["council"], year=year)
    cluster = EmulationCluster(
        uid=str(uuid.uuid4()),
        year=year,
        code=spec["code"],
        name=spec["name"],
        kind=spec["kind"],
        council_unit_id=council.id,
        agreement_number=spec["agreement_number"],
        agreement_date=_date(spec["agreement_date"]),
        signatories=spec["signatories"],
        self_score_due=_date(spec["self_score_due"]),
        review_due=_date(spec["review_due"]),
        tie_break=json.dumps(spec["tie_break"], ensure_ascii=False),
        note="Số liệu minh họa",
        created_at=now,
        updated_at=now,
    )
    session.add(cluster)
    session.flush()
    rows = 1
    for code, role in spec["members"]:
        session.add(
            ClusterMember(
                cluster_id=cluster.id, unit_id=units[code].id, year=year, kind=spec["kind"],
                role=role,
            )
        )  # fmt: skip
        rows += 1
    for position, (code, parent, title, points, kind, evidence, source) in enumerate(
        spec["criteria"], start=1
    ):
        session.add(
            ScoringCriterion(
                cluster_id=cluster.id, code=code, parent_code=parent, position=position,
                title=title, max_points=Decimal(points), kind=kind, evidence=evidence or None,
                source=source,
            )
        )  # fmt: skip
        rows += 1
    due = cluster.self_score_due or dt.date(year, 11, 30)
    scored_at = dt.datetime.combine(due, dt.time(9), tzinfo=dt.UTC)
    for code, points in spec["self"].items():
        reviewed = spec["review"].get(code, {})
        for criterion, value in points.items():
            review = reviewed.get(criterion)
            session.add(
                ClusterScore(
                    uid=str(uuid.uuid4()),
                    cluster_id=cluster.id,
                    unit_id=units[code].id,
                    criterion_code=criterion,
                    self_points=Decimal(value),
                    self_note="Báo cáo tổng kết năm 2026",
                    self_at=scored_at,
                    review_points=Decimal(review[0]) if review else None,
                    review_reason=review[1] if review else None,
                    review_at=now if review else None,
                    entered_by=DEMO_OPERATOR,
                )
            )
            rows += 1
    session.flush()
    return rows
