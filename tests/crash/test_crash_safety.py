"""Crash safety: a writer killed (SIGKILL) at random moments leaves a sound database holding each
transaction whole or not at all.

Each scenario prepares a database once, then for every trial copies it, starts a child process
(crash_child.py) that writes through the real services, kills it after a random delay and checks
the survivor: it opens, passes integrity_check and foreign_key_check, and the data is all-or-
nothing. A new kind of write is one more Scenario (child function + prepare + verify).

Slow, so it runs only when selected: `pytest -m slow tests/crash` (trials per scenario:
$THIDUA_CRASH_TRIALS, default 25).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from thidua_desktop.paths import DataDir
from thidua_desktop.store.backup import backup_file
from thidua_desktop.store.engine import Database
from thidua_desktop.store.integrity import check_file
from thidua_desktop.store.models.core import AdminUnit, AuditEntry, RefDataset, Result
from thidua_desktop.store.schema import open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

CHILD = Path(__file__).with_name("crash_child.py")
TRIALS = int(os.environ.get("THIDUA_CRASH_TRIALS", "25"))
NATIONAL_UNITS = 10_801  # 63 provinces, 691 districts, 10 047 communes


@dataclass
class Outcome:
    failure: str | None
    committed: int  # transactions found whole in the survivor (the others: not at all)


@dataclass
class Scenario:
    name: str
    prepare: Callable[[DataDir], dict[str, object]]  # builds the starting database once
    verify: Callable[[Database, dict[str, object], list[str]], Outcome]
    # Seconds after "ready" in which kills are spread, from the duration of one write.
    window: Callable[[float], float]
    stats: dict[str, int] = field(default_factory=dict)


# -- scenario: the national unit list loaded in one transaction -----------------------------------
def _prepare_import(data_dir: DataDir) -> dict[str, object]:
    from thidua_desktop.services.core.setup import prepare

    db = open_database(data_dir)
    try:
        prepare(db)  # the Cần Thơ list: 93 units
        return {"units": _count(db, AdminUnit), "audit": _count(db, AuditEntry)}
    finally:
        db.close()


def _verify_import(db: Database, baseline: dict[str, object], lines: list[str]) -> Outcome:
    units, audit = _count(db, AdminUnit), _count(db, AuditEntry)
    with db.reading() as session:
        loaded = session.get(RefDataset, "units-vn-2025-03") is not None
    before, after = int(baseline["units"]), int(baseline["units"]) + NATIONAL_UNITS  # type: ignore[call-overload]
    acknowledged = any(line.startswith("committed") for line in lines)
    if units == before and not loaded and audit == baseline["audit"]:
        failure = "commit acknowledged but data missing" if acknowledged else None
        return Outcome(failure, committed=0)
    if units == after and loaded and audit == int(baseline["audit"]) + 1:  # type: ignore[call-overload]
        return Outcome(None, committed=1)
    return Outcome(f"partial import: {units} units, dataset row {loaded}, {audit} audit", 0)


# -- scenario: a results grid saved again and again (one transaction per save) --------------------
def _prepare_grid(data_dir: DataDir) -> dict[str, object]:
    from crash_child import GRID_SPEC, grid_value

    from thidua_desktop.services.campaigns.results import result_grid, save_results
    from thidua_desktop.services.campaigns.rows import ResultEdit
    from thidua_desktop.services.core.setup import prepare

    db = open_database(data_dir)
    try:
        prepare(db, demo=True)
        grid = result_grid(db, campaign_code="CT10-2023", year=2023)
        cells = [
            (unit.code, indicator.code)
            for unit in grid.units
            for indicator in grid.indicators
            if grid.cells[(unit.id, indicator.id)].editable
        ]
        assert len(cells) >= 50
        edits = [ResultEdit(u, i, grid_value(0)) for u, i in cells]
        report = save_results(db, campaign_code="CT10-2023", year=2023, edits=edits)
        assert not report.problems
        spec = {"campaign": "CT10-2023", "year": 2023, "cells": cells}
        (data_dir.root / GRID_SPEC).write_text(json.dumps(spec), encoding="utf-8")
        return {"cells": cells, "audit": _count(db, AuditEntry)}
    finally:
        db.close()


def _verify_grid(db: Database, baseline: dict[str, object], lines: list[str]) -> Outcome:
    from crash_child import grid_value

    from thidua_desktop.domain.numbers import parse_number
    from thidua_desktop.store.models.core import Campaign, Indicator

    cells: list[tuple[str, str]] = [tuple(c) for c in baseline["cells"]]  # type: ignore[attr-defined, misc]
    audit = _count(db, AuditEntry)
    written = audit - int(baseline["audit"])  # type: ignore[call-overload]
    if written % len(cells):
        return Outcome(f"a save is half there: {written} audit entries, {len(cells)} cells", 0)
    saves = written // len(cells)
    with db.reading() as session:
        stored = {
            (unit, indicator): value
            for unit, indicator, value in session.execute(
                select(AdminUnit.code, Indicator.code, Result.value)
                .join(AdminUnit, AdminUnit.id == Result.unit_id)
                .join(Indicator, Indicator.id == Result.indicator_id)
                .join(Campaign, Campaign.id == Indicator.campaign_id)
                .where(Campaign.code == "CT10-2023", Result.year == 2023)
            )
        }
    wanted = parse_number(grid_value(saves))
    wrong = [cell for cell in cells if stored.get(cell) != wanted]
    if wrong:
        return Outcome(f"{len(wrong)} of {len(cells)} cells do not hold save {saves}'s value", 0)
    acknowledged = max((int(x.split()[1]) for x in lines if x.startswith("saved")), default=0)
    if not acknowledged <= saves <= acknowledged + 1:
        return Outcome(f"{acknowledged} saves acknowledged, {saves} found", 0)
    return Outcome(None, committed=saves)


SCENARIOS = [
    Scenario("large import", _prepare_import, _verify_import, window=lambda d: 1.3 * d),
    Scenario("grid save", _prepare_grid, _verify_grid, window=lambda d: 4 * d),
]


# -- the harness --------------------------------------------------------------------------------
def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _copy(template: DataDir, target: DataDir) -> None:
    target.ensure()
    backup_file(template.database, target.database)
    for extra in template.root.glob("crash-*.json"):
        (target.root / extra.name).write_bytes(extra.read_bytes())


def _spawn(scenario: str, data_dir: DataDir) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(CHILD.parent), *sys.path])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), scenario, str(data_dir.root)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "ready", f"child did not start: {line!r}"
    return child


def _child_name(scenario: Scenario) -> str:
    return scenario.name.replace(" ", "_")


def _calibrate(scenario: Scenario, template: DataDir, tmp_path: Path) -> float:
    """How long one write takes (time from "ready" to the first acknowledgement)."""
    trial = DataDir(tmp_path / "calibration")
    _copy(template, trial)
    child = _spawn(_child_name(scenario), trial)
    started = time.perf_counter()
    assert child.stdout is not None
    child.stdout.readline()
    duration = time.perf_counter() - started
    child.kill()
    child.wait()
    return duration


def _trial(
    scenario: Scenario, template: DataDir, trial: DataDir, baseline: dict[str, object], delay: float
) -> Outcome:
    _copy(template, trial)
    child = _spawn(_child_name(scenario), trial)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    lines = out.splitlines()
    try:
        db = open_database(trial)
    except Exception as exc:  # any failure to open is what this test exists to catch
        return Outcome(f"does not open: {exc}", 0)
    try:
        found = check_file(trial.database)
        if found.integrity or found.foreign_keys or found.error:
            problem = found.integrity or found.foreign_keys or found.error
            return Outcome(f"damaged: {problem}", 0)
        return scenario.verify(db, baseline, lines)
    finally:
        db.close()


@pytest.fixture
def selected(request: pytest.FixtureRequest) -> None:
    markers = request.config.getoption("markexpr") or ""
    if "slow" not in markers and "THIDUA_CRASH_TRIALS" not in os.environ:
        pytest.skip("long test: run with -m slow (trials: $THIDUA_CRASH_TRIALS)")


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name.replace(" ", "-"))
def test_a_killed_writer_leaves_a_sound_database_with_all_or_nothing(
    selected: None,
    scenario: Scenario,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.syspath_prepend(str(CHILD.parent))
    started = time.perf_counter()
    template = DataDir(tmp_path / "template")
    baseline = scenario.prepare(template)
    window = scenario.window(_calibrate(scenario, template, tmp_path))
    rng = random.Random(int(os.environ.get("THIDUA_CRASH_SEED", "20250302")))
    failures: list[str] = []
    committed: list[int] = []
    for number in range(TRIALS):
        delay = rng.uniform(0.0, window)
        trial = DataDir(tmp_path / f"trial-{number}")
        outcome = _trial(scenario, template, trial, baseline, delay)
        committed.append(outcome.committed)
        if outcome.failure:
            failures.append(f"trial {number} (kill after {delay:.3f} s): {outcome.failure}")
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(
            f"\ncrash test, {scenario.name}: trials={TRIALS} failures={len(failures)}; "
            f"whole transactions found per trial {min(committed)}-{max(committed)} "
            f"(none in {committed.count(0)} trials); kills spread over {window:.2f} s "
            f"from the first write; {elapsed:.1f} s"
        )
    assert failures == []
