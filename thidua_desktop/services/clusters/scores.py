"""Scoring in a cụm, khối thi đua: each member's self-score (with its evidence), the cluster's
review (a reason for every change), the published ranking (then nothing changes), and the
proposal for Cờ thi đua / Bằng khen prefilled from it.

A stage's deadline is checked against the day the points are entered: a self-score after the
self-scoring deadline, or a review after the review deadline, is refused with the date."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.clusters import (
    ClusterRole,
    Criterion,
    check_points,
    leaves,
    rank,
    totals,
)
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean
from thidua_desktop.services.clusters.clusters import (
    ENTITY,
    MAX_TEXT,
    cluster_by_id,
    cluster_row,
    criteria_of,
    members_of,
    writable,
)
from thidua_desktop.services.clusters.rows import (
    MemberScores,
    PointsEntry,
    Ranking,
    RankingRow,
    ScoreRow,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import full_name, unit_by_code
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardProposal
from thidua_desktop.store.models.clusters import ClusterMember, ClusterScore, EmulationCluster
from thidua_desktop.store.models.core import AdminUnit, PeriodLock

SELF, REVIEW = "self", "review"


def record_self_scores(
    db: Database,
    cluster_id: int,
    unit_code: str,
    points: Mapping[str, PointsEntry],
    *,
    day: dt.date | None = None,
) -> MemberScores:
    """A member's own points, criterion by criterion, with its evidence notes (by the
    self-scoring deadline; before the cluster has reviewed it)."""
    return _record(db, cluster_id, unit_code, points, SELF, day or dt.date.today())


def review_scores(
    db: Database,
    cluster_id: int,
    unit_code: str,
    points: Mapping[str, PointsEntry],
    *,
    day: dt.date | None = None,
) -> MemberScores:
    """The cluster's points for a member after cross-checking: a reason is required wherever
    they differ from the member's own (by the review deadline)."""
    return _record(db, cluster_id, unit_code, points, REVIEW, day or dt.date.today())


def member_scores(db: Database, cluster_id: int, unit_code: str) -> MemberScores:
    with db.reading() as session:
        cluster = cluster_by_id(session, cluster_id)
        unit = member_unit(session, cluster, unit_code)
        return _scores(session, cluster, unit, criteria_of(session, cluster))


def member_unit(session: Session, cluster: EmulationCluster, unit_code: str) -> AdminUnit:
    unit = unit_by_code(session, unit_code, year=cluster.year)
    member = session.scalar(
        select(ClusterMember).where(
            ClusterMember.cluster_id == cluster.id, ClusterMember.unit_id == unit.id
        )
    )
    if member is None:
        raise InvalidInput(
            msg("{unit} không phải thành viên của {name}.", unit=full_name(unit), name=cluster.name)
        )
    return unit


def _record(
    db: Database,
    cluster_id: int,
    unit_code: str,
    points: Mapping[str, PointsEntry],
    stage: str,
    day: dt.date,
) -> MemberScores:
    with db.transaction() as session:
        cluster = cluster_by_id(session, cluster_id)
        unit = member_unit(session, cluster, unit_code)
        record_in(session, cluster, unit, points, stage, day)
        return _scores(session, cluster, unit, criteria_of(session, cluster))


def record_in(
    session: Session,
    cluster: EmulationCluster,
    unit: AdminUnit,
    points: Mapping[str, PointsEntry],
    stage: str,
    day: dt.date,
) -> None:
    """Inside the caller's transaction: one member's points of one stage (SELF or REVIEW),
    checked against the table, the deadline, the locks; audited once."""
    if stage == SELF:
        refusal = self_refusal(session, cluster, unit, day)
        if refusal:
            raise InvalidInput(refusal)
        # Audited under the organiser, or at a member's own office under the member.
        council = (
            unit
            if cluster.owner_code is not None
            else session.get(AdminUnit, cluster.council_unit_id)
        )
        assert council is not None
    else:
        council = writable(session, cluster)
        if cluster.self_score_due is not None and day <= cluster.self_score_due:
            raise InvalidInput(
                msg(
                    "Đến hết ngày {due} các đơn vị còn tự chấm điểm: cụm, khối chấm chéo sau hạn "
                    "đó (điểm ngày {day} chưa được ghi).",
                    due=format_date(cluster.self_score_due),
                    day=format_date(day),
                )
            )
        if cluster.review_due is not None and day > cluster.review_due:
            raise InvalidInput(_late("chấm chéo, xét điểm", cluster, cluster.review_due, day))
    criteria = {c.code: c for c in leaves(criteria_of(session, cluster))}
    if not criteria:
        raise InvalidInput(msg("{name} chưa có bảng chấm điểm.", name=cluster.name))
    existing = {
        s.criterion_code: s
        for s in session.scalars(
            select(ClusterScore).where(
                ClusterScore.cluster_id == cluster.id, ClusterScore.unit_id == unit.id
            )
        )
    }
    now, operator = utc_now(), audit.current_operator(session)
    changes: dict[str, object] = {}
    for code, entry in points.items():
        criterion = criteria.get(code)
        if criterion is None:
            raise InvalidInput(
                msg(
                    "Tiêu chí {code} không có trong bảng chấm điểm (hoặc có tiêu chí con: "
                    "chấm điểm từng tiêu chí con).",
                    code=code,
                )
            )
        check_points(criterion, entry.points)
        note = clean(entry.note)[:MAX_TEXT]
        score = existing.get(code)
        if score is None:
            score = ClusterScore(
                uid=str(uuid.uuid4()),
                cluster_id=cluster.id,
                unit_id=unit.id,
                criterion_code=code,
                entered_by=operator,
            )
            session.add(score)
            existing[code] = score
        old_points = score.self_points if stage == SELF else score.review_points
        old_note = score.self_note if stage == SELF else score.review_reason
        if stage == SELF:
            score.self_points, score.self_note, score.self_at = entry.points, note or None, now
        else:
            own = score.self_points
            if own != entry.points and not note:
                raise InvalidInput(
                    msg(
                        "Tiêu chí {code} của {unit}: cụm chấm {points}, khác điểm tự chấm "
                        "{own}: hãy ghi lý do.",
                        code=code,
                        unit=full_name(unit),
                        points=_text(entry.points),
                        own=_text(own) if own is not None else "—",
                    )
                )
            score.review_points, score.review_reason = entry.points, note or None
            score.review_at = now
        score.entered_by = operator
        changes[code] = (
            {
                "old": str(old_points) if old_points is not None else None,
                "new": str(entry.points),
                "self": str(score.self_points) if score.self_points is not None else None,
            }
            | ({"old_note": old_note} if old_note and old_note != (note or None) else {})
            | ({"note": note} if note else {})
        )
    audit.record(
        session,
        action="self_score" if stage == SELF else "review_score",
        entity=ENTITY,
        key=f"{cluster.id}:{unit.code}",
        new={"points": changes, "day": day},
        unit_id=council.id,
    )
    session.flush()


def self_refusal(session: Session, cluster: EmulationCluster, unit: AdminUnit, day: dt.date) -> str:
    """Why this office may not enter the member's own points on `day` ("" when it may): the
    organiser (for any member) or the member's own office, the year open, before the
    self-scoring deadline, before the cluster reviewed it, nothing published."""
    from thidua_desktop.services.clusters.clusters import organiser_name
    from thidua_desktop.services.core.scope import is_within, office_unit

    if cluster.published_on is not None:
        return msg(
            "Kết quả chấm điểm của {name} đã công bố ngày {day}: không sửa được nữa.",
            name=cluster.name,
            day=format_date(cluster.published_on),
        )
    if session.get(PeriodLock, cluster.year) is not None:
        return msg("Năm {year} đã khóa sổ: chỉ xem.", year=cluster.year)
    office = office_unit(session)
    council = session.get(AdminUnit, cluster.council_unit_id)
    assert council is not None
    organised_here = cluster.owner_code is None and is_within(session, council, office.id)
    if not organised_here and not is_within(session, unit, office.id):
        return msg(
            "{unit} không thuộc phạm vi của {office}: điểm tự chấm của đơn vị do chính đơn vị "
            "ghi và gửi lên {organiser}.",
            unit=full_name(unit),
            office=full_name(office),
            organiser=organiser_name(session, cluster) or full_name(council),
        )
    if cluster.self_score_due is not None and day > cluster.self_score_due:
        return _late("tự chấm điểm", cluster, cluster.self_score_due, day)
    reviewed = session.scalar(
        select(ClusterScore.id)
        .where(
            ClusterScore.cluster_id == cluster.id,
            ClusterScore.unit_id == unit.id,
            ClusterScore.review_points.is_not(None),
        )
        .limit(1)
    )
    if reviewed is not None:
        return msg(
            "Cụm, khối đã chấm chéo điểm của {unit}: không tự chấm lại được.",
            unit=full_name(unit),
        )
    return ""


def self_totals_given(session: Session, cluster: EmulationCluster, units: list[AdminUnit]) -> bool:
    """Whether any of `units` has given itself points in the cluster."""
    return (
        session.scalar(
            select(ClusterScore.id)
            .where(
                ClusterScore.cluster_id == cluster.id,
                ClusterScore.unit_id.in_([u.id for u in units]),
                ClusterScore.self_points.is_not(None),
            )
            .limit(1)
        )
        is not None
    )


def _late(stage: str, cluster: EmulationCluster, due: dt.date, day: dt.date) -> str:
    return msg(
        "Đã quá hạn {stage} ngày {due} của {name}: điểm ngày {day} không được ghi. "
        "Nếu Hội đồng gia hạn, hãy sửa hạn trong thông tin cụm, khối trước.",
        stage=stage,
        due=format_date(due),
        name=cluster.name,
        day=format_date(day),
    )


def _text(value: Decimal) -> str:
    from thidua_desktop.domain.numbers import format_number

    return format_number(value)


def _scores(
    session: Session, cluster: EmulationCluster, unit: AdminUnit, criteria: list[Criterion]
) -> MemberScores:
    from sqlalchemy import func

    from thidua_desktop.domain.attachments import SCORE_OWNER
    from thidua_desktop.store.models.attachments import Attachment

    records = session.scalars(
        select(ClusterScore).where(
            ClusterScore.cluster_id == cluster.id, ClusterScore.unit_id == unit.id
        )
    ).all()
    files: dict[str, int] = {
        owner: count
        for owner, count in session.execute(
            select(Attachment.owner_uid, func.count())
            .where(
                Attachment.owner_kind == SCORE_OWNER,
                Attachment.owner_uid.in_([s.uid for s in records]),
            )
            .group_by(Attachment.owner_uid)
        )
    }
    rows = {
        s.criterion_code: ScoreRow(
            criterion_code=s.criterion_code,
            self_points=s.self_points,
            self_note=s.self_note or "",
            review_points=s.review_points,
            review_reason=s.review_reason or "",
            evidence=files.get(s.uid, 0),
        )
        for s in records
    }
    ordered = tuple(rows[c.code] for c in criteria if c.code in rows)
    own = {code: r.self_points for code, r in rows.items() if r.self_points is not None}
    counted = {code: r.points for code, r in rows.items() if r.points is not None}
    member = session.scalar(
        select(ClusterMember).where(
            ClusterMember.cluster_id == cluster.id, ClusterMember.unit_id == unit.id
        )
    )
    refusal = self_refusal(session, cluster, unit, dt.date.today())
    return MemberScores(
        unit_code=unit.code,
        unit_name=full_name(unit),
        scores=ordered,
        self_totals=totals(criteria, own),
        totals=totals(criteria, counted),
        self_editable=not refusal,
        self_reason=refusal,
        scores_sent_at=member.scores_sent_at if member else None,
        scores_received_at=member.scores_received_at if member else None,
    )


# -- ranking and publication --------------------------------------------------------------------
def cluster_ranking(db: Database, cluster_id: int) -> Ranking:
    """Members by reviewed total, ties broken by the table's rule."""
    with db.reading() as session:
        return _ranking(session, cluster_by_id(session, cluster_id))


def _ranking(session: Session, cluster: EmulationCluster) -> Ranking:
    criteria = criteria_of(session, cluster)
    tie_break = tuple(json.loads(cluster.tie_break or "[]"))
    members = members_of(session, cluster)
    scores = list(
        session.scalars(select(ClusterScore).where(ClusterScore.cluster_id == cluster.id))
    )
    counted: dict[str, dict[str, Decimal]] = {unit.code: {} for _m, unit in members}
    own: dict[str, dict[str, Decimal]] = {unit.code: {} for _m, unit in members}
    changed: dict[str, int] = {unit.code: 0 for _m, unit in members}
    code_of = {unit.id: unit.code for _m, unit in members}
    for score in scores:
        code = code_of.get(score.unit_id)
        if code is None:
            continue
        points = score.review_points if score.review_points is not None else score.self_points
        if points is not None:
            counted[code][score.criterion_code] = points
        if score.self_points is not None:
            own[code][score.criterion_code] = score.self_points
        if score.review_points is not None and score.review_points != score.self_points:
            changed[code] += 1
    ranked = rank(criteria, counted, tie_break)
    by_code = {unit.code: (member, unit) for member, unit in members}
    rows = tuple(
        RankingRow(
            rank=r.rank,
            tied=r.tied,
            unit_code=r.key,
            unit_name=full_name(by_code[r.key][1]),
            role=ClusterRole(by_code[r.key][0].role),
            self_total=totals(criteria, own[r.key]).total,
            totals=r.totals,
            changed=changed[r.key],
            points=tuple(sorted(counted[r.key].items())),
        )
        for r in ranked
    )
    missing = tuple(
        full_name(unit) for _m, unit in members if not own[unit.code] and not counted[unit.code]
    )
    return Ranking(cluster_row(session, cluster), rows, tie_break, missing)


def publish_ranking(db: Database, cluster_id: int, *, day: dt.date | None = None) -> Ranking:
    """Publish the ranking: from then on the year's scoring of the cluster is read-only."""
    day = day or dt.date.today()
    with db.transaction() as session:
        cluster = cluster_by_id(session, cluster_id)
        council = writable(session, cluster)
        ranking = _ranking(session, cluster)
        if ranking.missing:
            raise InvalidInput(
                msg(
                    "Chưa công bố được: {names} chưa có điểm.",
                    names=", ".join(ranking.missing),
                )
            )
        if day.year < cluster.year:
            raise InvalidInput(msg("Ngày công bố phải từ năm {year}.", year=cluster.year))
        if cluster.self_score_due is not None and day <= cluster.self_score_due:
            raise InvalidInput(
                msg(
                    "Các đơn vị còn tự chấm điểm đến hết ngày {due}: chưa công bố được.",
                    due=format_date(cluster.self_score_due),
                )
            )
        cluster.published_on = day
        cluster.updated_at = utc_now()
        audit.record(
            session,
            action="publish_ranking",
            entity=ENTITY,
            key=str(cluster.id),
            new={
                "published_on": day,
                "ranking": [(r.rank, r.unit_code, str(r.totals.total)) for r in ranking.rows],
            },
            unit_id=council.id,
        )
        session.flush()
        return _ranking(session, cluster)


def propose_from_ranking(
    db: Database,
    cluster_id: int,
    *,
    award_code: str,
    places: int = 1,
    proposal_date: dt.date | None = None,
) -> int:
    """A draft đề nghị of the organising office for `award_code` (Cờ thi đua, Bằng khen…),
    one line per member ranked in the first `places` (members sharing the last place included),
    each with its rank and points as the achievement. Returns the proposal's id."""
    from thidua_desktop.domain.awards.types import DecidingLevel, RecipientType
    from thidua_desktop.services.awards import reference
    from thidua_desktop.services.awards.edit import append_line, new_draft
    from thidua_desktop.services.awards.recipients import find_or_add_recipient
    from thidua_desktop.services.awards.rows import LineEntry, ProposalEntry, RecipientEntry

    if places < 1:
        raise InvalidInput(msg("Số vị trí đề nghị phải từ 1."))
    day = proposal_date or dt.date.today()
    with db.transaction() as session:
        cluster = cluster_by_id(session, cluster_id)
        if cluster.published_on is None:
            raise InvalidInput(
                msg(
                    "Hãy công bố kết quả chấm điểm của {name} trước khi lập đề nghị.",
                    name=cluster.name,
                )
            )
        council = session.get(AdminUnit, cluster.council_unit_id)
        assert council is not None
        made: dict[str, int] = json.loads(cluster.proposals or "{}")
        earlier = made.get(award_code)
        if earlier is not None and session.get(AwardProposal, earlier) is not None:
            raise InvalidInput(
                msg(
                    "Đã lập đề nghị #{id} từ kết quả của {name} cho danh hiệu, hình thức này: hãy "
                    "sửa đề nghị đó ở trang Khen thưởng.",
                    id=earlier,
                    name=cluster.name,
                )
            )
        ranking = _ranking(session, cluster)
        chosen = [r for r in ranking.rows if r.rank <= places]
        entry = reference.award_catalogue().version_on(day).entry(award_code)
        if entry is None:
            raise InvalidInput(
                msg(
                    "Danh hiệu, hình thức “{code}” không áp dụng ngày {day}.",
                    code=award_code,
                    day=format_date(day),
                )
            )
        title = msg(
            "Đề nghị tặng {award} năm {year} cho đơn vị dẫn đầu {name}",
            award=entry.name,
            year=cluster.year,
            name=cluster.name,
        )
        level = DecidingLevel.of_unit_level(council.level)
        proposal, unit = new_draft(
            session,
            ProposalEntry(council.code, cluster.year, title, day, to_level=level),
            audited={"from_cluster": cluster.id},
        )
        for row in chosen:
            recipient, _unit, _new = find_or_add_recipient(
                session, RecipientEntry(RecipientType.COLLECTIVE, row.unit_code)
            )
            achievement = msg(
                "Xếp thứ {rank} {name} năm {year} với {points} điểm.",
                rank=row.rank,
                name=cluster.name,
                year=cluster.year,
                points=_text(row.totals.total),
            )
            append_line(
                session,
                proposal,
                unit,
                LineEntry(recipient.id, award_code, achievement=achievement),
            )
        made[award_code] = proposal.id
        cluster.proposals = json.dumps(made, sort_keys=True)
        return proposal.id
