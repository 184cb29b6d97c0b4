"""A country-size demonstration database, for benchmarks: every unit of Việt Nam (or of chosen
provinces), five years of a campaign's targets and results, "3 không"/ANTT and nông thôn mới.

Deterministic (one seeded generator) and written with bulk inserts: SQLAlchemy Core `insert` with
lists of plain dicts, one transaction per table and year, no ORM object per row.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.paths import DataDir, resource
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.progress import NullProgress, Progress, checkpoint
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Campaign, Indicator, Result, Target
from thidua_desktop.store.models.rural import (
    RuralCriterionStatus,
    RuralPlan,
    RuralRecognition,
)
from thidua_desktop.store.models.security import (
    SecurityComponent,
    SecurityComponentStatus,
    SecurityStatus,
)
from thidua_desktop.store.seed.units import UnitDataset, part_digest, read_unit_dataset

NATIONAL_UNITS = ("data", "vn_units_2025-03.json")
SCALES = ("national", "province")
DEFAULT_PROVINCE = "92"  # --scale province: Cần Thơ, as in the small demonstration
NATIONAL_OFFICE = "01"  # --scale national: Hà Nội, the province with the most units
# Across the reform: 2021-2024 on the districts' structure, 2025-2026 on today's (a year's
# units are those of its last day); the NTM criteria sets cover 2021-2025.
YEARS = tuple(range(2021, 2027))
SEED = 20250301
CAMPAIGN_CODE = "QG-2125"
OPERATOR = "dữ liệu minh họa quy mô lớn"
NOTE = "Số liệu minh họa (sinh tự động)"


@dataclass(frozen=True)
class _Spec:
    """An indicator of the generated campaign and how its numbers are drawn."""

    code: str
    name: str
    unit: str
    decimals: int
    comparator: str
    source: str
    target: float  # the target of a commune-level unit (scaled up for sums)
    spread: float  # results fall around the target ± spread
    high: float | None = None  # upper bound of a range target


# fmt: off
_INDICATORS = (
    _Spec("01", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 2, "at_least", "manual", 6.5, 2.0),
    _Spec("02", "Thu nhập bình quân đầu người", "triệu đồng", 1, "at_least", "manual", 62, 12),
    _Spec("03", "Tỷ lệ hộ nghèo theo chuẩn đa chiều", "%", 2, "at_most", "manual", 3.5, 1.5),
    _Spec("04", "Tỷ lệ lao động qua đào tạo", "%", 1, "at_least", "manual", 68, 6),
    _Spec("05", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 1, "at_least", "manual", 92, 4),
    _Spec("06", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", 1, "at_least", "manual", 75, 10),
    _Spec("07", 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa"', "%", 1, "at_least",
          "manual", 90, 4),
    _Spec("08", 'Tỷ lệ khu dân cư đạt danh hiệu "Khu dân cư văn hóa"', "%", 1, "at_least",
          "manual", 85, 6),
    _Spec("09", "Tỷ lệ hộ dân sử dụng nước sạch", "%", 1, "at_least", "manual", 95, 3),
    _Spec("10", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", 1, "at_least",
          "manual", 90, 5),
    _Spec("11", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 1, "at_least", "manual", 25, 8),
    _Spec("12", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", 1, "at_most",
          "manual", 18, 3),
    _Spec("13", "Tỷ lệ tăng dân số tự nhiên", "%", 2, "range", "manual", 0.9, 0.3, high=1.1),
    _Spec("14", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "%", 1, "range",
          "manual", 95, 3, high=100),
    _Spec("15", "Tỷ lệ người dân hài lòng với dịch vụ hành chính công", "%", 1, "at_least",
          "manual", 85, 6),
    _Spec("16", "Tỷ lệ che phủ rừng và cây xanh", "%", 1, "at_least", "manual", 42, 8),
    _Spec("17", "Số hộ thoát nghèo trong năm", "hộ", 0, "at_least", "sum", 30, 12),
    _Spec("18", "Số lao động được tạo việc làm mới", "người", 0, "at_least", "sum", 120, 40),
    _Spec("19", 'Tỷ lệ xã, phường, thị trấn đạt "3 không" và an toàn về ANTT', "%", 2,
          "at_least", "computed:security_share", 75, 0),
    _Spec("20", "Số xã được công nhận mới đạt chuẩn nông thôn mới nâng cao", "xã", 0,
          "at_least", "computed:ntm_new_nang_cao", 1, 0),
)
# fmt: on


@dataclass(frozen=True)
class ScaleReport:
    """What was generated: counts per table, the time it took and the database's size."""

    provinces: int
    units: int
    office_code: str
    years: tuple[int, ...]
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    size_bytes: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def parse_provinces(text: str | None) -> tuple[str, ...]:
    """ "92, 95" -> ("92", "95")."""
    if not text:
        return ()
    return tuple(code.strip() for code in text.split(",") if code.strip())


def scale_units(provinces: Collection[str] = ()) -> UnitDataset:
    """The national unit list (01/03/2025), or only the given provinces' part of it.

    A part is recorded as its own data set version, so it is never mistaken for the whole list."""
    national = read_unit_dataset(resource(*NATIONAL_UNITS))
    if not provinces:
        return national
    wanted = set(provinces)
    known = {u.code for u in national.units if u.parent_code is None}
    unknown = sorted(wanted - known)
    if unknown:
        raise InvalidInput(f"Không có tỉnh, thành phố nào mã {', '.join(unknown)}.")
    kept: set[str] = set()
    units = []
    for unit in national.units:  # parents come before their children
        if unit.code in wanted or unit.parent_code in kept:
            kept.add(unit.code)
            units.append(unit)
    part = ",".join(sorted(wanted))
    return replace(
        national,
        version=f"{national.version} ({part})",
        sha256=part_digest(national.sha256, "+", wanted),
        units=tuple(units),
    )


def create_scale_workspace(
    data_dir: DataDir,
    *,
    scale: str,
    provinces: Sequence[str] = (),
    progress: Progress | None = None,
) -> ScaleReport:
    """`init --demo --scale national|province`: a new database holding the generated data set.

    `national` takes every province unless `provinces` narrows it; `province` takes one (Cần Thơ
    by default). The office is the first province (Hà Nội for the whole country)."""
    from thidua_desktop.services.core.profile import mark_demo, set_profile
    from thidua_desktop.services.core.setup import prepare
    from thidua_desktop.services.core.units import load_reference_units
    from thidua_desktop.store.schema import open_database

    if scale not in SCALES:
        raise InvalidInput(f'Quy mô "{scale}" không rõ: chọn national hoặc province.')
    if scale == "province" and not provinces:
        provinces = (DEFAULT_PROVINCE,)
    if data_dir.database.exists():
        raise UserError(
            f"Thư mục {data_dir.root} đã có cơ sở dữ liệu: bộ dữ liệu quy mô lớn chỉ tạo "
            "trong một thư mục dữ liệu mới (--data-dir)."
        )
    started = time.perf_counter()
    dataset = scale_units(provinces)
    db = open_database(data_dir)
    try:
        with db.transaction() as session:
            load_reference_units(session, dataset, progress)
        prepare(db)  # components and criteria sets; the Cần Thơ list is not needed beside this one
        office = provinces[0] if provinces else NATIONAL_OFFICE
        set_profile(db, office_code=office, operator=OPERATOR)
        mark_demo(db)
        roots = _provinces_and_successors(db, provinces) if provinces else None
        report = generate(db, office_code=office, roots=roots, progress=progress)
    finally:
        db.close()
    size = sum(
        path.stat().st_size
        for path in data_dir.root.glob(data_dir.database.name + "*")
        if path.is_file()
    )
    return replace(report, seconds=time.perf_counter() - started, size_bytes=size)


# -- the generator ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Unit:
    id: int
    code: str
    name: str
    kind: str
    level: int
    parent_id: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    def alive_in(self, year: int) -> bool:
        """Valid on the last day of `year` (a year's data belongs to its structure then)."""
        day = dt.date(year, 12, 31)
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class _Ids:
    """Version-4 UUIDs drawn from the seeded generator, so two runs write the same file."""

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._bits(128), version=4))


def _provinces_and_successors(db: Database, codes: Sequence[str]) -> set[int]:
    """The chosen provinces (as loaded from the list of 03/2025) and the provinces that
    succeeded them on 01/07/2025 (Bạc Liêu → Cà Mau; Cần Thơ continues)."""
    from thidua_desktop.store.models.core import UnitSuccession

    with db.reading() as session:
        old = set(
            session.scalars(
                select(AdminUnit.id).where(
                    AdminUnit.code.in_(codes),
                    AdminUnit.parent_id.is_(None),
                    AdminUnit.source != "units-vn-2025-07",
                )
            )
        )
        new = set(
            session.scalars(select(UnitSuccession.new_id).where(UnitSuccession.old_id.in_(old)))
        )
    return old | new


def generate(
    db: Database,
    *,
    office_code: str,
    roots: Collection[int] | None = None,
    years: Sequence[int] = YEARS,
    seed: int = SEED,
    progress: Progress | None = None,
) -> ScaleReport:
    """Add the campaign, targets, results, "3 không"/ANTT and NTM records for every unit that
    the database holds (or only those under `roots`), each year on the structure of that year;
    returns the counts (the units must be loaded, the database otherwise empty of such
    records)."""
    progress = progress or NullProgress()
    rng = random.Random(seed)
    new_uid = _Ids(rng)
    stamp = dt.datetime(2026, 1, 15, 8, 0, tzinfo=dt.UTC)
    with db.reading() as session:
        units = [
            _Unit(*row)
            for row in session.execute(
                select(
                    AdminUnit.id,
                    AdminUnit.code,
                    AdminUnit.name,
                    AdminUnit.kind,
                    AdminUnit.level,
                    AdminUnit.parent_id,
                    AdminUnit.valid_from,
                    AdminUnit.valid_to,
                ).order_by(AdminUnit.id)
            )
        ]
    by_id = {u.id: u for u in units}
    if roots is not None:
        units = [u for u in units if _under(u, by_id, roots)]
    alive = {year: [u for u in units if u.alive_in(year)] for year in years}
    strength = {u.id: rng.gauss(0, 1) for u in units}  # good units are good at most things
    rows: dict[str, int] = {}
    steps = 4 * len(years) + 1
    done = 0

    def step(text: str) -> None:
        nonlocal done
        checkpoint(progress, done, steps, text)
        done += 1

    step("Đang tạo phong trào thi đua…")
    with db.transaction() as session:
        indicators = _campaign(session, office_code, years, new_uid, stamp)
    rows["campaign"], rows["indicator"] = 1, len(indicators)

    for year in years:
        step(f"Đang tạo chỉ tiêu và kết quả năm {year}…")
        communes_below = _communes_below(alive[year])
        targets = _targets(alive[year], indicators, communes_below, year, rng, new_uid)
        _bulk(db, rows, Target, targets)
        results = _results(alive[year], indicators, strength, year, rng, new_uid, stamp)
        _bulk(db, rows, Result, results)

    with db.reading() as session:
        components = list(session.scalars(select(SecurityComponent.id)))
    for year in years:
        step(f'Đang tạo số liệu "3 không", ANTT năm {year}…')
        communes = [u for u in alive[year] if u.level == Level.COMMUNE]
        statuses, parts = _security(communes, by_id, components, strength, year, rng, new_uid)
        _bulk(db, rows, SecurityStatus, statuses)
        with db.reading() as session:
            ids = dict(
                session.execute(
                    select(SecurityStatus.unit_id, SecurityStatus.id).where(
                        SecurityStatus.year == year
                    )
                ).all()
            )
        _bulk(
            db,
            rows,
            SecurityComponentStatus,
            [{**part, "status_id": ids[unit_id]} for unit_id, part in parts],
        )

    # Only xã are NTM subjects; a new xã of 01/07/2025 starts its own recognitions then (its
    # predecessors' stay theirs, as history).
    xa = [
        u for u in units if u.kind == UnitKind.COMMUNE and any(u.alive_in(year) for year in years)
    ]
    spans = {u.id: [year for year in years if u.alive_in(year)] for u in xa}
    levels = _rural_levels(xa, strength, spans, rng)
    step("Đang tạo quyết định công nhận nông thôn mới…")
    recognitions, plans = _recognitions(xa, by_id, levels, years, rng, new_uid, stamp)
    _bulk(db, rows, RuralRecognition, recognitions)
    _bulk(db, rows, RuralPlan, plans)
    from thidua_desktop.services.rural.data import sets_for

    for year in years:
        step(f"Đang tạo tiêu chí nông thôn mới năm {year}…")
        with db.reading() as session:
            sets = {level.value: s.ids for level, s in sets_for(session, year).items()}
        if not sets:
            continue  # no criteria set for the year yet (2026)
        living = [u for u in xa if u.alive_in(year)]
        criteria = _criteria(living, sets, levels, year, rng, new_uid, stamp)
        _bulk(db, rows, RuralCriterionStatus, criteria)

    with db.transaction() as session:
        audit.record(
            session,
            action="demo_load",
            entity="scale_demo",
            key=CAMPAIGN_CODE,
            new={"units": len(units), "years": list(years), "rows": rows, "seed": seed},
        )
    checkpoint(progress, steps, steps, "Đã tạo bộ dữ liệu minh họa.")
    provinces = sum(1 for u in units if u.parent_id is None)
    return ScaleReport(provinces, len(units), office_code, tuple(years), rows)


def _bulk(db: Database, counts: dict[str, int], model: Any, values: list[dict[str, Any]]) -> None:
    """One table's rows of one year: one Core executemany in one transaction (the table's
    insert, not the ORM's bulk path, which would collect every row again)."""
    if values:
        with db.transaction() as session:
            session.connection().execute(insert(model.__table__), values)
    table: str = model.__tablename__
    counts[table] = counts.get(table, 0) + len(values)


def _under(unit: _Unit, by_id: dict[int, _Unit], roots: Collection[int]) -> bool:
    current: _Unit | None = unit
    while current is not None:
        if current.id in roots:
            return True
        current = by_id.get(current.parent_id) if current.parent_id is not None else None
    return False


def _communes_below(units: Sequence[_Unit]) -> dict[int, int]:
    """How many commune-level units each unit has in its subtree (itself for a commune)."""
    below = {u.id: 0 for u in units}
    parent = {u.id: u.parent_id for u in units}
    for u in units:
        if u.level == Level.COMMUNE:
            current: int | None = u.id
            while current is not None:
                below[current] += 1
                current = parent[current]
    return below


def _campaign(
    session: Session,
    office_code: str,
    years: Sequence[int],
    new_uid: _Ids,
    stamp: dt.datetime,
) -> list[tuple[int, _Spec]]:
    from thidua_desktop.services.core.scope import unit_by_code

    scope = unit_by_code(session, office_code)
    first, last = years[0], years[-1]
    campaign_id = session.execute(
        insert(Campaign).returning(Campaign.id),
        {
            "uid": new_uid(),
            "code": CAMPAIGN_CODE,
            "title": (
                f"Phong trào thi đua thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã "
                f"hội giai đoạn {first} - {last}"
            ),
            "form": "thuong_xuyen",
            "theme": "Bộ dữ liệu minh họa quy mô cả nước, sinh tự động để đo tốc độ",
            "doc_number": None,
            "doc_date": None,
            "doc_issuer": None,
            "doc_summary": None,
            "start_date": dt.date(first, 1, 1),
            "end_date": dt.date(last, 12, 31),
            "scope_unit_id": scope.id,
            "status": "active",
            "owner_code": None,
            "demo": True,
            "created_at": stamp,
            "updated_at": stamp,
        },
    ).scalar_one()
    found = []
    for position, spec in enumerate(_INDICATORS, start=1):
        indicator_id = session.execute(
            insert(Indicator).returning(Indicator.id),
            {
                "uid": new_uid(),
                "campaign_id": campaign_id,
                "code": spec.code,
                "name": spec.name,
                "unit_of_measure": spec.unit,
                "decimals": spec.decimals,
                "comparator": spec.comparator,
                "source": spec.source,
                "min_value": Decimal(0),
                "max_value": Decimal(100) if spec.unit == "%" else None,
                "whole_number": spec.decimals == 0,
                "position": position,
                "note": NOTE,
            },
        ).scalar_one()
        found.append((indicator_id, spec))
    return found


def _number(value: float, decimals: int, *, low: float = 0.0, high: float | None = None) -> Decimal:
    value = max(low, value if high is None else min(high, value))
    return Decimal(f"{value:.{decimals}f}")


def _targets(
    units: Sequence[_Unit],
    indicators: Sequence[tuple[int, _Spec]],
    communes_below: dict[int, int],
    year: int,
    rng: random.Random,
    new_uid: _Ids,
) -> list[dict[str, Any]]:
    rows = []
    growth = 1 + 0.03 * (year - YEARS[0])
    for unit in units:
        for indicator_id, spec in indicators:
            if spec.source.startswith("computed:") and unit.level == Level.COMMUNE:
                continue  # a share or a count of communes is a target of the offices above
            if spec.source == "sum":
                low = _number(spec.target * communes_below[unit.id] * growth, 0)
            elif spec.source == "computed:ntm_new_nang_cao":
                low = Decimal(max(1, round(communes_below[unit.id] * 0.04)))
            else:
                jitter = rng.uniform(-0.05, 0.05) * spec.target
                high_limit = 100.0 if spec.unit == "%" else None
                low = _number(spec.target + jitter, spec.decimals, high=high_limit)
            high = None
            if spec.high is not None:
                high = max(low, _number(spec.high, spec.decimals))
            rows.append(
                {
                    "uid": new_uid(),
                    "indicator_id": indicator_id,
                    "unit_id": unit.id,
                    "year": year,
                    "low": low,
                    "high": high,
                    "note": None,
                }
            )
    return rows


def _results(
    units: Sequence[_Unit],
    indicators: Sequence[tuple[int, _Spec]],
    strength: dict[int, float],
    year: int,
    rng: random.Random,
    new_uid: _Ids,
    stamp: dt.datetime,
) -> list[dict[str, Any]]:
    rows = []
    gauss = rng.gauss
    for unit in units:
        good = strength[unit.id]
        for indicator_id, spec in indicators:
            if spec.source.startswith("computed:"):
                continue
            if spec.source == "sum" and unit.level != Level.COMMUNE:
                continue  # the offices above add up their communes' values
            # Lower is better for "at most": a strong unit sits below the target.
            sign = -1 if spec.comparator == "at_most" else 1
            centre = spec.target + sign * 0.4 * spec.spread * good
            if spec.high is not None:
                centre = (spec.target + spec.high) / 2 + 0.4 * spec.spread * good
            value = gauss(centre, spec.spread * 0.6)
            rows.append(
                {
                    "uid": new_uid(),
                    "indicator_id": indicator_id,
                    "unit_id": unit.id,
                    "year": year,
                    "value": _number(
                        value, spec.decimals, high=100.0 if spec.unit == "%" else None
                    ),
                    "note": None,
                    "source": "demo",
                    "owner_code": None,
                    "entered_by": OPERATOR,
                    "entered_at": stamp,
                }
            )
    return rows


def _issuer(unit: _Unit | None) -> str | None:
    return None if unit is None else f"UBND {UnitKind(unit.kind).full_name(unit.name).lower()}"


def _security(
    communes: Sequence[_Unit],
    by_id: dict[int, _Unit],
    components: Sequence[int],
    strength: dict[int, float],
    year: int,
    rng: random.Random,
    new_uid: _Ids,
) -> tuple[list[dict[str, Any]], list[tuple[int, dict[str, Any]]]]:
    statuses: list[dict[str, Any]] = []
    parts: list[tuple[int, dict[str, Any]]] = []
    entered = dt.datetime(year, 11, 30, 9, 0, tzinfo=dt.UTC)
    for number, unit in enumerate(communes, start=1):
        good = strength[unit.id]
        share = min(100.0, max(40.0, rng.gauss(82 + 6 * good, 8)))
        pending = rng.random() < 0.02
        met = not pending and share >= 70 and rng.random() < 0.93
        result = "pending" if pending else "met" if met else "not_met"
        district = by_id.get(unit.parent_id) if unit.parent_id is not None else None
        statuses.append(
            {
                "uid": new_uid(),
                "unit_id": unit.id,
                "year": year,
                "antt_registered_on": dt.date(year, rng.randint(1, 3), rng.randint(1, 28)),
                "antt_recognised_share": _number(share, 2, high=100.0),
                "antt_result": result,
                "decision_number": f"{number}/QĐ-UBND" if met else None,
                "decision_date": dt.date(year, 12, rng.randint(5, 28)) if met else None,
                "decision_issuer": _issuer(district) if met else None,
                "note": None,
                "source": "demo",
                "owner_code": None,
                "entered_by": OPERATOR,
                "entered_at": entered,
            }
        )
        for component in components:
            state = (
                "pending" if pending else "met" if rng.random() < 0.9 + 0.03 * good else "not_met"
            )
            parts.append(
                (
                    unit.id,
                    {
                        "component_id": component,
                        "status": state,
                        "evidence_note": None,
                        "evidence_date": None,
                    },
                )
            )
    return statuses, parts


_RANKS = {"": 0, "ntm": 1, "nang_cao": 2, "kieu_mau": 3}


def _rural_levels(
    xa: Sequence[_Unit],
    strength: dict[int, float],
    spans: dict[int, list[int]],
    rng: random.Random,
) -> dict[int, list[tuple[str, int]]]:
    """Each xã's recognitions: (level, year) in order, within the years it exists; most xã of
    the districts' time were NTM before the period, a new xã of 2025 is recognised anew."""
    found: dict[int, list[tuple[str, int]]] = {}
    for unit in xa:
        years = spans[unit.id]
        first, last = years[0], years[-1]
        before = (2013, 2020) if unit.valid_from is None else (first, first)
        good = strength[unit.id]
        events: list[tuple[str, int]] = []
        draw = rng.random() - 0.08 * good
        if draw < 0.72:
            events.append(("ntm", rng.randint(*before)))
        elif draw < 0.9:
            events.append(("ntm", rng.randint(first, last)))
        if events and rng.random() < 0.3 + 0.1 * good:
            events.append(("nang_cao", rng.randint(max(events[0][1] + 1, 2019), last + 1)))
            if rng.random() < 0.2:
                events.append(("kieu_mau", rng.randint(events[-1][1] + 1, last + 2)))
        found[unit.id] = [e for e in events if e[1] <= last]
    return found


def _level_in(events: Sequence[tuple[str, int]], year: int) -> str:
    level = ""
    for name, when in events:
        if when <= year:
            level = name
    return level


def _recognitions(
    xa: Sequence[_Unit],
    by_id: dict[int, _Unit],
    levels: dict[int, list[tuple[str, int]]],
    years: Sequence[int],
    rng: random.Random,
    new_uid: _Ids,
    stamp: dt.datetime,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    recognitions: list[dict[str, Any]] = []
    plans: list[dict[str, Any]] = []
    common = {"source": "demo", "owner_code": None, "entered_by": OPERATOR, "entered_at": stamp}
    for number, unit in enumerate(xa, start=1):
        district = by_id.get(unit.parent_id) if unit.parent_id is not None else None
        province = (
            by_id.get(district.parent_id)
            if district is not None and district.parent_id is not None
            else district
        )
        for level, year in levels[unit.id]:
            day = dt.date(year, 12, rng.randint(10, 28))
            recognitions.append(
                {
                    "uid": new_uid(),
                    "unit_id": unit.id,
                    "level": level,
                    "year": year,
                    "decision_number": f"{_RANKS[level]}{number:05d}/QĐ-UBND",
                    "decision_date": day,
                    "issuer": _issuer(province),
                    "announced_on": day,
                    "note": None,
                    "revoked_on": None,
                    "revocation_number": None,
                    "revocation_issuer": None,
                    "revocation_reason": None,
                    **common,
                }
            )
            if year in years and rng.random() < 0.8:  # most were planned; some came early
                plans.append(
                    {
                        "uid": new_uid(),
                        "unit_id": unit.id,
                        "year": year,
                        "level": level,
                        "note": None,
                        **common,
                    }
                )
    return recognitions, plans


def _criteria(
    xa: Sequence[_Unit],
    sets: dict[str, dict[str, int]],
    levels: dict[int, list[tuple[str, int]]],
    year: int,
    rng: random.Random,
    new_uid: _Ids,
    stamp: dt.datetime,
) -> list[dict[str, Any]]:
    """Each xã's criteria of the NTM and nâng cao sets (and kiểu mẫu once it is nâng cao)."""
    rows = []
    random_ = rng.random
    entered = min(stamp, dt.datetime(year, 12, 1, 8, 0, tzinfo=dt.UTC))
    for unit in xa:
        rank = _RANKS[_level_in(levels[unit.id], year)]
        for code, ids in sets.items():
            set_rank = _RANKS[code]
            if set_rank == 3 and rank < 2:
                continue
            chance = 1.0 if rank >= set_rank else 0.55 if rank + 1 == set_rank else 0.3
            for criterion_id in ids.values():
                rows.append(
                    {
                        "uid": new_uid(),
                        "unit_id": unit.id,
                        "year": year,
                        "criterion_id": criterion_id,
                        "met": chance >= 1.0 or random_() < chance,
                        "value": None,
                        "evidence_note": None,
                        "source": "demo",
                        "owner_code": None,
                        "entered_by": OPERATOR,
                        "entered_at": entered,
                    }
                )
    return rows
