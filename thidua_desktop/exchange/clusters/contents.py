"""What the packages of a cụm, khối thi đua carry, row by row: written from this office's
records and read back strictly (every field typed and bounded, every reference inside the
package or in the table it carries).

`cluster_table` goes down from the organiser to the members' offices: the cluster with its
giao ước and deadlines, its members and roles, its scoring table, its own papers (the signed
giao ước), and once the ranking is published every member's self-score and reviewed points.
`cluster_scores` goes up from a member's office: the self-scores of its members in the cluster
(points and evidence notes) with their evidence files. Units are named by code and version:
codes are reused after 01/07/2025.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import (
    AGREEMENT_KINDS,
    CLUSTER_OWNER,
    EVIDENCE_KINDS,
    SCORE_OWNER,
)
from thidua_desktop.domain.clusters import (
    ClusterKind,
    ClusterRole,
    Criterion,
    CriterionKind,
    SuggestionSource,
    check_points,
    check_table,
    check_tie_break,
    leaves,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.outgoing import Gathered
from thidua_desktop.exchange.papers import (
    attachment_row,
    attachments_of,
    choice,
    read_attachments,
    read_rows,
)
from thidua_desktop.exchange.reader import Package
from thidua_desktop.store.models.clusters import (
    ClusterMember,
    ClusterScore,
    EmulationCluster,
    ScoringCriterion,
)
from thidua_desktop.store.models.core import AdminUnit

UNIT = {"unit_code": f.CODE, "unit_valid_from": f.DATE_OPT, "unit_valid_to": f.DATE_OPT}
CLUSTER = {
    "uid": f.UUID,
    "year": f.INT,
    "code": f.TEXT,
    "name": f.TEXT,
    "kind": f.TEXT,
    **UNIT,  # the unit whose Hội đồng TĐKT organises it
    "agreement_number": f.TEXT_OPT,
    "agreement_date": f.DATE_OPT,
    "signatories": f.TEXT_OPT,
    "self_score_due": f.DATE_OPT,
    "review_due": f.DATE_OPT,
    "published_on": f.DATE_OPT,
    "tie_break": f.TEXT,  # JSON list of criterion codes
    "note": f.TEXT_OPT,
}
MEMBER = {**UNIT, "role": f.TEXT}
CRITERION = {
    "code": f.TEXT,
    "parent_code": f.TEXT_OPT,
    "position": f.INT,
    "title": f.TEXT,
    "max_points": f.DECIMAL,
    "kind": f.TEXT,
    "evidence": f.TEXT_OPT,
    "source": f.TEXT_OPT,
}
SCORE = {
    "uid": f.UUID,
    **UNIT,
    "criterion_code": f.TEXT,
    "self_points": f.DECIMAL_OPT,
    "self_note": f.TEXT_OPT,
    "review_points": f.DECIMAL_OPT,
    "review_reason": f.TEXT_OPT,
}
# The columns' own limits (as the forms and the server keep them).
LIMITS = {
    "code": 40,
    "name": 300,
    "agreement_number": 60,
    "signatories": 2000,
    "note": 2000,
    "tie_break": 2000,
    "parent_code": 20,
    "title": 500,
    "evidence": 2000,
    "criterion_code": 20,
    "self_note": 2000,
    "review_reason": 2000,
    "role": 10,
    "kind": 10,
    "source": 20,
}


# -- writing ------------------------------------------------------------------------------------
def _unit(unit: AdminUnit) -> dict[str, Any]:
    return {
        "unit_code": unit.code,
        "unit_valid_from": f.encode(unit.valid_from),
        "unit_valid_to": f.encode(unit.valid_to),
    }


def _score_row(score: ClusterScore, unit: AdminUnit) -> dict[str, Any]:
    return {
        "uid": score.uid,
        **_unit(unit),
        "criterion_code": score.criterion_code,
        "self_points": f.encode(score.self_points),
        "self_note": score.self_note,
        "review_points": f.encode(score.review_points),
        "review_reason": score.review_reason,
    }


def table_rows(session: Session, cluster: EmulationCluster) -> Gathered:
    """The cluster as the organiser sends it down (every member's points once published)."""
    council = session.get(AdminUnit, cluster.council_unit_id)
    assert council is not None
    members = session.execute(
        select(ClusterMember, AdminUnit)
        .join(AdminUnit, AdminUnit.id == ClusterMember.unit_id)
        .where(ClusterMember.cluster_id == cluster.id)
    ).all()
    units = {unit.id: unit for _member, unit in members}
    scores = (
        session.scalars(select(ClusterScore).where(ClusterScore.cluster_id == cluster.id)).all()
        if cluster.published_on is not None
        else []
    )
    papers = attachments_of(session, [(CLUSTER_OWNER, cluster.uid)])
    rows = {
        "cluster": [
            {
                "uid": cluster.uid,
                "year": cluster.year,
                "code": cluster.code,
                "name": cluster.name,
                "kind": cluster.kind,
                **_unit(council),
                "agreement_number": cluster.agreement_number,
                "agreement_date": f.encode(cluster.agreement_date),
                "signatories": cluster.signatories,
                "self_score_due": f.encode(cluster.self_score_due),
                "review_due": f.encode(cluster.review_due),
                "published_on": f.encode(cluster.published_on),
                "tie_break": cluster.tie_break or "[]",
                "note": cluster.note,
            }
        ],
        "member": [{**_unit(unit), "role": member.role} for member, unit in members],
        "criterion": [
            {
                "code": c.code,
                "parent_code": c.parent_code,
                "position": c.position,
                "title": c.title,
                "max_points": f.encode(c.max_points),
                "kind": c.kind,
                "evidence": c.evidence,
                "source": c.source,
            }
            for c in session.scalars(
                select(ScoringCriterion).where(ScoringCriterion.cluster_id == cluster.id)
            )
        ],
        "score": [_score_row(s, units[s.unit_id]) for s in scores if s.unit_id in units],
        "attachment": [attachment_row(a) for a in papers],
    }
    return Gathered(rows, papers)


def score_rows(session: Session, cluster: EmulationCluster, units: Iterable[AdminUnit]) -> Gathered:
    """The self-scores of `units` (members in this office's scope) with their evidence."""
    by_id = {unit.id: unit for unit in units}
    scores = session.scalars(
        select(ClusterScore).where(
            ClusterScore.cluster_id == cluster.id, ClusterScore.unit_id.in_(list(by_id))
        )
    ).all()
    papers = attachments_of(session, [(SCORE_OWNER, s.uid) for s in scores])
    rows = [
        _score_row(s, by_id[s.unit_id]) | {"review_points": None, "review_reason": None}
        for s in scores
    ]
    return Gathered({"score": rows, "attachment": [attachment_row(a) for a in papers]}, papers)


# -- reading ------------------------------------------------------------------------------------
Version = tuple[dt.date | None, dt.date | None]


def unit_version(row: dict[str, Any]) -> Version:
    return (row["unit_valid_from"], row["unit_valid_to"])


@dataclass(frozen=True)
class TableContent:
    cluster: dict[str, Any]
    tie_break: tuple[str, ...]
    members: list[dict[str, Any]]
    criteria: list[Criterion]
    positions: dict[str, int]
    scores: list[dict[str, Any]]
    attachments: list[dict[str, Any]]

    @property
    def published(self) -> bool:
        return self.cluster["published_on"] is not None


def read_table(package: Package) -> TableContent:
    """The cluster's rows, typed and checked as the organiser's forms check them."""
    m = package.manifest
    clusters = read_rows(package, LIMITS, "cluster", CLUSTER)
    if len(clusters) != 1 or clusters[0]["uid"] != m.cluster:
        raise PackageRefused("gói phải có đúng một cụm, khối, đúng mã ghi trong manifest.json.")
    cluster = clusters[0]
    choice(cluster["kind"], (k.value for k in ClusterKind), "bảng cluster, kind")
    if cluster["year"] != m.period:
        raise PackageRefused(f"bảng cluster: năm {cluster['year']} khác năm của gói.")
    due, review = cluster["self_score_due"], cluster["review_due"]
    if due is not None and review is not None and review < due:
        raise PackageRefused("bảng cluster: hạn chấm chéo trước hạn tự chấm điểm.")
    members = read_rows(package, LIMITS, "member", MEMBER)
    roles = [ClusterRole(m_["role"]) if _is_role(m_["role"]) else None for m_ in members]
    if None in roles:
        raise PackageRefused("bảng member: vai trò thành viên không hợp lệ.")
    if roles.count(ClusterRole.HEAD) > 1 or roles.count(ClusterRole.DEPUTY) > 1:
        raise PackageRefused("bảng member: nhiều hơn một trưởng cụm hoặc một phó cụm.")
    criteria, positions = _criteria(package)
    try:
        check_table(criteria)
        tie_break = tuple(_codes(cluster["tie_break"]))
        check_tie_break(criteria, tie_break)
    except InvalidInput as exc:
        raise PackageRefused(f"bảng chấm điểm trong gói không hợp lệ: {exc}") from exc
    scores = read_rows(package, LIMITS, "score", SCORE)
    if scores and cluster["published_on"] is None:
        raise PackageRefused("gói mang điểm của các thành viên nhưng kết quả chưa công bố.")
    _check_scores(scores, criteria, {_key(m_) for m_ in members}, review=True)
    attachments = read_attachments(package, {(CLUSTER_OWNER, m.cluster)}, AGREEMENT_KINDS)
    return TableContent(cluster, tie_break, members, criteria, positions, scores, attachments)


def read_scores(
    package: Package, criteria: list[Criterion]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A member office's self-scores (no review points) and their evidence rows, checked
    against the table held here."""
    scores = read_rows(package, LIMITS, "score", SCORE)
    _check_scores(scores, criteria, None, review=False)
    owners = {(SCORE_OWNER, s["uid"]) for s in scores}
    return scores, read_attachments(package, owners, EVIDENCE_KINDS)


def _is_role(value: str) -> bool:
    return value in {r.value for r in ClusterRole}


def _key(row: dict[str, Any]) -> tuple[str, Version]:
    return (row["unit_code"], unit_version(row))


def _codes(text: str) -> list[str]:
    try:
        codes = json.loads(text)
    except ValueError:
        codes = None
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise PackageRefused("bảng cluster: thứ tự xét khi bằng điểm (tie_break) không hợp lệ.")
    return codes


def _criteria(package: Package) -> tuple[list[Criterion], dict[str, int]]:
    rows = read_rows(package, LIMITS, "criterion", CRITERION)
    criteria, positions = [], {}
    for number, row in enumerate(sorted(rows, key=lambda r: r["position"]), start=1):
        where = f"bảng criterion, dòng {number}"
        choice(row["kind"], (k.value for k in CriterionKind), f"{where}, kind")
        choice(row["source"], (s.value for s in SuggestionSource), f"{where}, source")
        criteria.append(
            Criterion(
                code=row["code"],
                title=row["title"],
                max_points=row["max_points"],
                kind=CriterionKind(row["kind"]),
                parent=row["parent_code"],
                evidence=row["evidence"] or "",
                source=SuggestionSource(row["source"]) if row["source"] else None,
            )
        )
        positions[row["code"]] = row["position"]
    return criteria, positions


def _check_scores(
    scores: list[dict[str, Any]],
    criteria: list[Criterion],
    members: set[tuple[str, Version]] | None,
    *,
    review: bool,
) -> None:
    """Each score names a member (when the members are in the package), a criterion scored
    directly, points within its maximum; one score per member and criterion."""
    scored = {c.code: c for c in leaves(criteria)}
    seen: set[tuple[tuple[str, Version], str]] = set()
    for number, row in enumerate(scores, start=1):
        where = f"bảng score, dòng {number}"
        member = _key(row)
        if members is not None and member not in members:
            raise PackageRefused(f"{where}: đơn vị {row['unit_code']} không phải thành viên.")
        criterion = scored.get(row["criterion_code"])
        if criterion is None:
            raise PackageRefused(
                f"{where}: tiêu chí {row['criterion_code'][:20]} không được chấm điểm trực tiếp "
                "trong bảng chấm điểm."
            )
        if (member, criterion.code) in seen:
            raise PackageRefused(f"{where}: một đơn vị có hai điểm cho cùng tiêu chí.")
        seen.add((member, criterion.code))
        if not review and (row["review_points"] is not None or row["review_reason"] is not None):
            raise PackageRefused(f"{where}: điểm tự chấm không mang điểm cụm chấm.")
        for name in ("self_points", "review_points"):
            if row[name] is not None:
                try:
                    check_points(criterion, row[name])
                except InvalidInput as exc:
                    raise PackageRefused(f"{where}: {exc}") from exc
