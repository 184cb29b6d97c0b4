"""Create or upgrade a data directory's database and load the bundled and demonstration data."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.paths import DataDir, resource
from thidua_desktop.services.core.profile import get_profile, mark_demo, set_profile
from thidua_desktop.services.core.progress import NullProgress, Progress
from thidua_desktop.services.core.rows import ProfileRow, UnitRow
from thidua_desktop.services.core.units import list_units, load_reference_units
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import RefDataset
from thidua_desktop.store.schema import open_database
from thidua_desktop.store.seed.units import (
    dataset_digest,
    part_digest,
    read_succession_dataset,
    read_unit_dataset,
    without_provinces,
)

# The unit lists every database holds: Cần Thơ as the city's own list has it (2022-2025), the
# rest of the country as of 01/03/2025, both ending 30/06/2025; the country from 01/07/2025; and
# the succession between them.
UNITS_DATASET = ("data", "cantho_units_2023.json")
OLD_NATIONAL_DATASET = ("data", "vn_units_2025-03.json")
NEW_NATIONAL_DATASET = ("data", "vn_units_2025-07.json")
SUCCESSION_DATASET = ("data", "vn_units_succession_2025-07.json")
# In date order: Cần Thơ's wards merged on 01/11/2024, then the reform of 01/07/2025.
SUCCESSION_DATASETS = (("data", "cantho_succession_2024-11.json"), SUCCESSION_DATASET)
DEMO_OFFICE_CODE = "92"  # Thành phố Cần Thơ: the demo shows the whole city
# The offices a demonstration can be seen from (the first-run dialog offers them): the city,
# a ward of its centre and a xã of the old huyện Phong Điền, as they are from 01/07/2025.
DEMO_OFFICES = ("92", "31135", "31299")
DEMO_OPERATOR = "Người dùng thử"


@dataclass(frozen=True)
class InitReport:
    database: str  # the file, or the server without its password
    created: bool
    changes: int
    profile: ProfileRow | None


def initialise(
    data_dir: DataDir,
    *,
    demo: bool = False,
    office: str | None = None,
    operator: str | None = None,
    day: dt.date | None = None,
    progress: Progress | None = None,
) -> InitReport:
    """`init`: create or upgrade the database, load reference data, optionally the demo."""
    db = open_database(data_dir, upgrade_server=True)
    try:
        changes = prepare(db, demo=demo, progress=progress)
        if office is not None or operator is not None:
            set_profile(db, office_code=office, operator=operator, day=day)
        return InitReport(data_dir.where, db.created, changes, get_profile(db))
    finally:
        db.close()


def prepare(db: Database, *, demo: bool = False, progress: Progress | None = None) -> int:
    """Load the bundled reference data (and the demonstration data); returns rows changed."""
    progress = progress or NullProgress()
    from thidua_desktop.services.security.reference import load_reference_components

    with db.transaction() as session:
        changes = load_unit_lists(session, progress)
        changes += load_reference_components(session)
    from thidua_desktop.services.rural.reference import load_reference_criteria

    with db.transaction() as session:
        changes += load_reference_criteria(session)
    from thidua_desktop.services.awards.reference import load_reference_catalogue

    with db.transaction() as session:
        changes += load_reference_catalogue(session)
    if demo:
        changes += load_demo(db, progress)
    return changes


def load_unit_lists(session: Session, progress: Progress) -> int:
    """The unit lists and their succession, each parsed and loaded only when its checksum
    differs from the loaded one (a start-up with everything current reads four small rows)."""
    loaded: dict[str, str] = dict(session.execute(select(RefDataset.name, RefDataset.sha256)).all())
    changes = 0
    city, national = resource(*UNITS_DATASET), resource(*OLD_NATIONAL_DATASET)
    city_name, national_name = _dataset_name(city), _dataset_name(national)
    # A database generated from the national list (`init --scale`) holds Cần Thơ already: the
    # city's own list beside it would give each unit twice.
    if city_name in loaded or national_name not in loaded:
        city_digest = dataset_digest(city)
        if loaded.get(city_name) != city_digest:
            changes += load_reference_units(session, read_unit_dataset(city), progress)
        root = _root_code(city)
        if loaded.get(national_name) != part_digest(dataset_digest(national), "-", [root]):
            dataset = without_provinces(read_unit_dataset(national), [root])
            changes += load_reference_units(session, dataset, progress)
    new = resource(*NEW_NATIONAL_DATASET)
    if loaded.get(_dataset_name(new)) != dataset_digest(new):
        changes += load_reference_units(session, read_unit_dataset(new), progress)
    units_now = sorted(
        session.execute(
            select(RefDataset.name, RefDataset.sha256).where(RefDataset.name.like("units-%"))
        ).all()
    )
    for name in SUCCESSION_DATASETS:
        succession = resource(*name)
        # The rows that resolve depend on the unit lists loaded: a new list reloads them.
        digest = hashlib.sha256(
            (dataset_digest(succession) + repr(units_now)).encode("utf-8")
        ).hexdigest()
        if loaded.get(_dataset_name(succession)) != digest:
            from thidua_desktop.services.core.succession import load_succession

            rows = read_succession_dataset(succession)
            changes += load_succession(session, rows, digest=digest, progress=progress).rows
    return changes


def _dataset_name(manifest: Path) -> str:
    return str(json.loads(manifest.read_bytes())["dataset"])


def _root_code(manifest: Path) -> str:
    return str(json.loads(manifest.read_bytes())["root"]["code"])


def load_demo(db: Database, progress: Progress) -> int:
    """The Cần Thơ demonstration: idempotent; the profile is only set if none was chosen."""
    profile = get_profile(db)
    changes = 0
    if profile is None or profile.office_code is None:
        set_profile(
            db,
            office_code=DEMO_OFFICE_CODE,
            operator=(profile.operator if profile and profile.operator else DEMO_OPERATOR),
        )
        changes += 1
    if profile is None or not profile.demo:
        mark_demo(db)
        changes += 1
    from thidua_desktop.services.demo.campaigns import load_demo_campaigns

    with db.transaction() as session:
        changes += load_demo_campaigns(session, progress)
    from thidua_desktop.services.demo.security import load_demo_security

    with db.transaction() as session:
        changes += load_demo_security(session, progress)
    from thidua_desktop.services.demo.rural import load_demo_rural

    with db.transaction() as session:
        changes += load_demo_rural(session, progress)
    from thidua_desktop.services.demo.awards import load_demo_awards

    with db.transaction() as session:
        changes += load_demo_awards(session, progress)
    from thidua_desktop.services.demo.clusters import load_demo_clusters

    with db.transaction() as session:
        changes += load_demo_clusters(session, progress)
    from thidua_desktop.services.demo.fund import load_demo_fund

    with db.transaction() as session:
        changes += load_demo_fund(session, progress)
    return changes


@dataclass(frozen=True)
class Workspace:
    """What the GUI needs to show its first page: the open database handle and plain rows."""

    db: Database
    profile: ProfileRow | None
    units: list[UnitRow]
    notice: str | None = None  # e.g. the day's automatic backup failed
    created: bool = False  # the database was created by this opening


def open_workspace(
    data_dir: DataDir, *, demo: bool = False, progress: Progress | None = None
) -> Workspace:
    """Open (create, migrate) the database, back it up (once a day), load bundled/demo data,
    read the profile and units."""
    from thidua_desktop.services.safety.backups import start_of_day_backup

    db = open_database(data_dir)
    try:
        # A server's backups are the server's (pg_dump), not one PC's copy of a file.
        local = data_dir.server is None
        notice = start_of_day_backup(data_dir) if local and not db.created else None
        prepare(db, demo=demo, progress=progress)
        return Workspace(
            db=db,
            profile=get_profile(db),
            units=list_units(db),
            notice=notice,
            created=db.created,
        )
    except BaseException:
        db.close()
        raise
