"""Cụm, khối thi đua of a year: the cluster with its giao ước and deadlines, its members with
their roles (the trưởng and phó rotate by year), and its scoring table, copied from last year
or set anew. One transaction and one audit entry per action; a published ranking, a locked
year or a unit outside the office's scope refuse the change with the reason."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.clusters import (
    ClusterKind,
    ClusterRole,
    Criterion,
    CriterionKind,
    SuggestionSource,
    check_change,
    check_table,
    check_tie_break,
)
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean
from thidua_desktop.services.clusters.rows import (
    ClusterDetail,
    ClusterEntry,
    ClusterRow,
    CriterionEntry,
    CriterionRow,
    MemberRow,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import (
    ensure_in_scope,
    full_name,
    is_within,
    unit_by_code,
)
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.clusters import (
    ClusterMember,
    ClusterScore,
    EmulationCluster,
    ScoringCriterion,
)
from thidua_desktop.store.models.core import AdminUnit, PeriodLock

ENTITY = "emulation_cluster"
MAX_CODE, MAX_NAME, MAX_NUMBER, MAX_TEXT = 40, 300, 60, 2000


# -- reading ------------------------------------------------------------------------------------
def list_clusters(db: Database, *, year: int) -> list[ClusterRow]:
    with db.reading() as session:
        clusters = session.scalars(
            select(EmulationCluster)
            .where(EmulationCluster.year == year)
            .order_by(EmulationCluster.kind, EmulationCluster.code)
        ).all()
        return [cluster_row(session, c) for c in clusters]


def get_cluster(db: Database, cluster_id: int) -> ClusterDetail:
    with db.reading() as session:
        return cluster_detail(session, cluster_by_id(session, cluster_id))


def cluster_by_id(session: Session, cluster_id: int) -> EmulationCluster:
    cluster = session.get(EmulationCluster, cluster_id)
    if cluster is None:
        raise InvalidInput(msg("Không có cụm, khối thi đua #{id}.", id=cluster_id))
    return cluster


def criteria_of(session: Session, cluster: EmulationCluster) -> list[Criterion]:
    return [
        Criterion(
            code=c.code,
            title=c.title,
            max_points=c.max_points,
            kind=CriterionKind(c.kind),
            parent=c.parent_code,
            evidence=c.evidence or "",
            source=SuggestionSource(c.source) if c.source else None,
        )
        for c in session.scalars(
            select(ScoringCriterion)
            .where(ScoringCriterion.cluster_id == cluster.id)
            .order_by(ScoringCriterion.position)
        )
    ]


def members_of(
    session: Session, cluster: EmulationCluster
) -> list[tuple[ClusterMember, AdminUnit]]:
    return [
        (member, unit)
        for member, unit in session.execute(
            select(ClusterMember, AdminUnit)
            .join(AdminUnit, AdminUnit.id == ClusterMember.unit_id)
            .where(ClusterMember.cluster_id == cluster.id)
            .order_by(AdminUnit.code)
        )
    ]


def cluster_row(session: Session, cluster: EmulationCluster) -> ClusterRow:
    council = session.get(AdminUnit, cluster.council_unit_id)
    assert council is not None
    members = members_of(session, cluster)
    head = next((full_name(u) for m, u in members if m.role == ClusterRole.HEAD), "")
    criteria = criteria_of(session, cluster)
    top = [c for c in criteria if c.parent is None and c.kind is not CriterionKind.DEDUCTION]
    reason = _read_only_reason(session, cluster)
    open_year = session.get(PeriodLock, cluster.year) is None
    return ClusterRow(
        id=cluster.id,
        year=cluster.year,
        code=cluster.code,
        name=cluster.name,
        kind=ClusterKind(cluster.kind),
        council_unit_code=council.code,
        council_unit_name=full_name(council),
        agreement_number=cluster.agreement_number or "",
        agreement_date=cluster.agreement_date,
        signatories=cluster.signatories or "",
        self_score_due=cluster.self_score_due,
        review_due=cluster.review_due,
        published_on=cluster.published_on,
        members=len(members),
        head=head,
        max_total=sum((c.max_points for c in top), start=Decimal(0)),
        note=cluster.note or "",
        editable=not reason,
        read_only_reason=reason,
        can_propose=cluster.published_on is not None
        and open_year
        and cluster.owner_code is None
        and _in_scope(session, cluster),
        proposals=tuple(sorted(json.loads(cluster.proposals or "{}").items())),
        organiser=organiser_name(session, cluster),
        table_received_at=cluster.table_received_at,
        table_sent_at=cluster.table_sent_at,
    )


def organiser_name(session: Session, cluster: EmulationCluster) -> str:
    """The office above that sent the cluster here ("" when it is organised here)."""
    if cluster.owner_code is None:
        return ""
    council = session.get(AdminUnit, cluster.council_unit_id)
    assert council is not None
    if council.code == cluster.owner_code:
        return full_name(council)
    return str(msg("cơ quan mã {code}", code=cluster.owner_code))


def own_members(session: Session, cluster: EmulationCluster) -> tuple[str, ...]:
    """The members in this office's scope (their codes): those it may self-score."""
    from thidua_desktop.services.core.scope import office_unit

    office = office_unit(session).id
    return tuple(
        unit.code
        for _member, unit in members_of(session, cluster)
        if is_within(session, unit, office)
    )


def _in_scope(session: Session, cluster: EmulationCluster) -> bool:
    from thidua_desktop.services.core.scope import office_unit

    council = session.get(AdminUnit, cluster.council_unit_id)
    assert council is not None
    return is_within(session, council, office_unit(session).id)


def cluster_detail(session: Session, cluster: EmulationCluster) -> ClusterDetail:
    criteria = criteria_of(session, cluster)
    parents = {c.parent for c in criteria if c.parent}
    by_code = {c.code: c for c in criteria}

    def depth(item: Criterion) -> int:
        return 1 if item.parent is None else 1 + depth(by_code[item.parent])

    return ClusterDetail(
        cluster=cluster_row(session, cluster),
        members=tuple(
            MemberRow(unit.code, full_name(unit), ClusterRole(member.role))
            for member, unit in members_of(session, cluster)
        ),
        criteria=tuple(
            CriterionRow(
                code=c.code,
                title=c.title,
                max_points=c.max_points,
                kind=c.kind,
                parent=c.parent,
                evidence=c.evidence,
                depth=depth(c),
                scored=c.code not in parents,
                source=c.source,
            )
            for c in criteria
        ),
        tie_break=tuple(json.loads(cluster.tie_break or "[]")),
        own_members=own_members(session, cluster),
    )


def _read_only_reason(session: Session, cluster: EmulationCluster) -> str:
    from thidua_desktop.services.core.scope import office_unit

    if cluster.published_on is not None:
        return msg(
            "Kết quả chấm điểm đã công bố ngày {day}: chỉ xem.",
            day=format_date(cluster.published_on),
        )
    if session.get(PeriodLock, cluster.year) is not None:
        return msg("Năm {year} đã khóa sổ: chỉ xem.", year=cluster.year)
    if cluster.owner_code is not None:
        received = cluster.table_received_at
        return msg(
            "Cụm, khối do {organiser} tổ chức, bảng chấm điểm nhận từ cơ quan đó lúc {when}: ở "
            "đây các đơn vị tự chấm điểm rồi gửi lên.",
            organiser=organiser_name(session, cluster),
            when=f"{received.astimezone():%d/%m/%Y %H:%M}" if received else "—",
        )
    council = session.get(AdminUnit, cluster.council_unit_id)
    assert council is not None
    if not is_within(session, council, office_unit(session).id):
        return msg("Cụm, khối do Hội đồng TĐKT ngoài phạm vi cơ quan này tổ chức: chỉ xem.")
    return ""


def writable(session: Session, cluster: EmulationCluster) -> AdminUnit:
    """The organising unit, refused unless in scope, organised here, the year open and nothing
    published."""
    council = session.get(AdminUnit, cluster.council_unit_id)
    assert council is not None
    if cluster.owner_code is not None:
        raise InvalidInput(
            msg(
                "{name} do {organiser} tổ chức: thành viên, bảng chấm điểm, chấm chéo và công bố "
                "là việc của cơ quan đó (ở đây chỉ tự chấm điểm các đơn vị của mình).",
                name=cluster.name,
                organiser=organiser_name(session, cluster),
            )
        )
    ensure_in_scope(session, council)
    ensure_year_open(session, cluster.year)
    if cluster.published_on is not None:
        raise InvalidInput(
            msg(
                "Kết quả chấm điểm của {name} đã công bố ngày {day}: không sửa được nữa.",
                name=cluster.name,
                day=format_date(cluster.published_on),
            )
        )
    return council


# -- the cluster --------------------------------------------------------------------------------
def save_cluster(
    db: Database, entry: ClusterEntry, *, cluster_id: int | None = None
) -> ClusterDetail:
    """Add a cluster for a year, or change one (its giao ước, deadlines, name)."""
    code = clean(entry.code)
    name = clean(entry.name)
    if not code or len(code) > MAX_CODE:
        raise InvalidInput(msg("Hãy nhập mã cụm, khối (tối đa {n} ký tự).", n=MAX_CODE))
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(msg("Hãy nhập tên cụm, khối (tối đa {n} ký tự).", n=MAX_NAME))
    number = clean(entry.agreement_number)
    if len(number) > MAX_NUMBER:
        raise InvalidInput(msg("Số giao ước dài quá {n} ký tự.", n=MAX_NUMBER))
    for day, what in ((entry.agreement_date, "ký giao ước"), (entry.self_score_due, "tự chấm")):
        if day is not None and day.year != entry.year:
            raise InvalidInput(
                msg("Ngày {what} phải trong năm {year}.", what=what, year=entry.year)
            )
    if (
        entry.self_score_due is not None
        and entry.review_due is not None
        and entry.review_due < entry.self_score_due
    ):
        raise InvalidInput(msg("Hạn chấm chéo (cụm xét) phải sau hạn tự chấm điểm."))
    with db.transaction() as session:
        council = unit_by_code(session, entry.council_unit_code, year=entry.year)
        ensure_in_scope(session, council)
        ensure_year_open(session, entry.year)
        clash = session.scalar(
            select(EmulationCluster.id).where(
                EmulationCluster.year == entry.year,
                EmulationCluster.code == code,
                EmulationCluster.id != (cluster_id or -1),
            )
        )
        if clash is not None:
            raise InvalidInput(
                msg("Năm {year} đã có cụm, khối mã {code}.", year=entry.year, code=code)
            )
        values = {
            "year": entry.year,
            "code": code,
            "name": name,
            "kind": ClusterKind(entry.kind).value,
            "council_unit_id": council.id,
            "agreement_number": number or None,
            "agreement_date": entry.agreement_date,
            "signatories": clean(entry.signatories)[:MAX_TEXT] or None,
            "self_score_due": entry.self_score_due,
            "review_due": entry.review_due,
            "note": clean(entry.note)[:MAX_TEXT] or None,
        }
        now = utc_now()
        if cluster_id is None:
            cluster = EmulationCluster(
                uid=str(uuid.uuid4()), created_at=now, updated_at=now, **values
            )
            session.add(cluster)
            session.flush()
            audit.record(
                session, action="create", entity=ENTITY, key=str(cluster.id), new=values,
                unit_id=council.id,
            )  # fmt: skip
        else:
            cluster = cluster_by_id(session, cluster_id)
            writable(session, cluster)
            moved = cluster.year != entry.year or cluster.kind != values["kind"]
            if moved and session.scalar(
                select(func.count())
                .select_from(ClusterMember)
                .where(ClusterMember.cluster_id == cluster.id)
            ):
                raise InvalidInput(msg("Cụm, khối đã có thành viên: không đổi năm hay loại được."))
            old = {k: getattr(cluster, k) for k, v in values.items() if getattr(cluster, k) != v}
            for key in old:
                setattr(cluster, key, values[key])
            cluster.updated_at = now
            if old:
                audit.record(
                    session, action="update", entity=ENTITY, key=str(cluster.id), old=old,
                    new={k: values[k] for k in old}, unit_id=council.id,
                )  # fmt: skip
        session.flush()
        return cluster_detail(session, cluster)


def set_members(
    db: Database, cluster_id: int, members: Sequence[tuple[str, ClusterRole]]
) -> ClusterDetail:
    """The cluster's members and roles (one trưởng, at most one phó a year): a unit is in one
    cụm and one khối a year, within the organising Hội đồng's units."""
    heads = [code for code, role in members if role is ClusterRole.HEAD]
    deputies = [code for code, role in members if role is ClusterRole.DEPUTY]
    if len(heads) > 1 or len(deputies) > 1:
        raise InvalidInput(msg("Mỗi năm một cụm, khối có một trưởng và một phó."))
    codes = [clean(code) for code, _role in members]
    if len(set(codes)) != len(codes):
        raise InvalidInput(msg("Một đơn vị có hai lần trong danh sách thành viên."))
    with db.transaction() as session:
        cluster = cluster_by_id(session, cluster_id)
        council = writable(session, cluster)
        wanted: dict[int, ClusterRole] = {}
        for code, role in zip(codes, (r for _c, r in members), strict=True):
            unit = unit_by_code(session, code, year=cluster.year)
            if not is_within(session, unit, council.id) or unit.id == council.id:
                raise InvalidInput(
                    msg(
                        "{unit} không thuộc {council}: thành viên của cụm, khối là đơn vị thuộc "
                        "cơ quan tổ chức.",
                        unit=full_name(unit),
                        council=full_name(council),
                    )
                )
            other = session.scalar(
                select(EmulationCluster.name)
                .join(ClusterMember, ClusterMember.cluster_id == EmulationCluster.id)
                .where(
                    ClusterMember.unit_id == unit.id,
                    ClusterMember.year == cluster.year,
                    ClusterMember.kind == cluster.kind,
                    ClusterMember.cluster_id != cluster.id,
                )
            )
            if other is not None:
                raise InvalidInput(
                    msg(
                        "{unit} đã là thành viên của {other} năm {year}: mỗi năm một đơn vị "
                        "thuộc một cụm (khối).",
                        unit=full_name(unit),
                        other=other,
                        year=cluster.year,
                    )
                )
            wanted[unit.id] = role
        existing = {m.unit_id: m for m in session.scalars(
            select(ClusterMember).where(ClusterMember.cluster_id == cluster.id)
        )}  # fmt: skip
        scored = set(session.scalars(
            select(ClusterScore.unit_id).where(ClusterScore.cluster_id == cluster.id)
        ))  # fmt: skip
        gone = set(existing) - set(wanted)
        if gone & scored:
            leaving = session.get(AdminUnit, min(gone & scored))
            assert leaving is not None
            raise InvalidInput(
                msg(
                    "{unit} đã có điểm trong cụm, khối này: không bỏ khỏi danh sách được.",
                    unit=full_name(leaving),
                )
            )
        old = {str(k): m.role for k, m in existing.items()}
        for unit_id in gone:
            session.delete(existing[unit_id])
        for unit_id, role in wanted.items():
            member = existing.get(unit_id)
            if member is None:
                session.add(
                    ClusterMember(
                        cluster_id=cluster.id,
                        unit_id=unit_id,
                        year=cluster.year,
                        kind=cluster.kind,
                        role=role.value,
                    )
                )
            else:
                member.role = role.value
        cluster.updated_at = utc_now()
        audit.record(
            session,
            action="set_members",
            entity=ENTITY,
            key=str(cluster.id),
            old=old,
            new={str(k): r.value for k, r in wanted.items()},
            unit_id=council.id,
        )
        session.flush()
        return cluster_detail(session, cluster)


# -- the scoring table --------------------------------------------------------------------------
def set_table(
    db: Database,
    cluster_id: int,
    criteria: Sequence[CriterionEntry],
    *,
    tie_break: Sequence[str] = (),
) -> ClusterDetail:
    """The cluster's scoring table, checked as a whole (sub-items within their parent's points),
    and the criteria that break a tie. Refused once members have scored a criterion it drops."""
    items = [
        Criterion(
            code=clean(c.code),
            title=clean(c.title),
            max_points=c.max_points,
            kind=CriterionKind(c.kind),
            parent=clean(c.parent) if c.parent else None,
            evidence=clean(c.evidence),
            source=SuggestionSource(c.source) if c.source else None,
        )
        for c in criteria
    ]
    check_table(items)
    check_tie_break(items, list(tie_break))
    for item in items:
        if len(item.title) > 500:
            raise InvalidInput(msg("Nội dung tiêu chí {code} dài quá 500 ký tự.", code=item.code))
    with db.transaction() as session:
        cluster = cluster_by_id(session, cluster_id)
        council = writable(session, cluster)
        highest: dict[str, Decimal] = {}
        for score in session.scalars(
            select(ClusterScore).where(ClusterScore.cluster_id == cluster.id)
        ):
            given = [p for p in (score.self_points, score.review_points) if p is not None]
            top = max(given, default=Decimal(0))
            highest[score.criterion_code] = max(highest.get(score.criterion_code, top), top)
        check_change(criteria_of(session, cluster), items, highest)
        _replace_table(session, cluster, items)
        cluster.tie_break = json.dumps(list(tie_break), ensure_ascii=False)
        cluster.updated_at = utc_now()
        audit.record(
            session,
            action="set_table",
            entity=ENTITY,
            key=str(cluster.id),
            new={
                "criteria": len(items),
                "codes": [c.code for c in items],
                "tie_break": list(tie_break),
            },
            unit_id=council.id,
        )
        session.flush()
        return cluster_detail(session, cluster)


def copy_table(db: Database, cluster_id: int) -> ClusterDetail:
    """Last year's table of the cluster with the same code, as this year's starting point."""
    with db.transaction() as session:
        cluster = cluster_by_id(session, cluster_id)
        council = writable(session, cluster)
        earlier = session.scalars(
            select(EmulationCluster)
            .where(EmulationCluster.code == cluster.code, EmulationCluster.year < cluster.year)
            .order_by(EmulationCluster.year.desc())
        ).first()
        items = criteria_of(session, earlier) if earlier is not None else []
        if not items:
            raise InvalidInput(
                msg(
                    "Chưa có bảng chấm điểm của cụm, khối mã {code} năm trước để chép.",
                    code=cluster.code,
                )
            )
        if session.scalar(select(func.count()).select_from(ClusterScore).where(
            ClusterScore.cluster_id == cluster.id
        )):  # fmt: skip
            raise InvalidInput(msg("Thành viên đã chấm điểm theo bảng hiện có: không chép đè."))
        assert earlier is not None
        _replace_table(session, cluster, items)
        cluster.tie_break = earlier.tie_break
        cluster.updated_at = utc_now()
        audit.record(
            session,
            action="copy_table",
            entity=ENTITY,
            key=str(cluster.id),
            new={"from_year": earlier.year, "criteria": len(items)},
            unit_id=council.id,
        )
        session.flush()
        return cluster_detail(session, cluster)


def _replace_table(session: Session, cluster: EmulationCluster, items: Sequence[Criterion]) -> None:
    for old in session.scalars(
        select(ScoringCriterion).where(ScoringCriterion.cluster_id == cluster.id)
    ):
        session.delete(old)
    session.flush()
    session.add_all(
        ScoringCriterion(
            cluster_id=cluster.id,
            code=item.code,
            parent_code=item.parent,
            position=position,
            title=item.title,
            max_points=item.max_points,
            kind=item.kind.value,
            evidence=item.evidence or None,
            source=item.source.value if item.source else None,
        )
        for position, item in enumerate(items, start=1)
    )


def today() -> dt.date:
    return dt.date.today()
