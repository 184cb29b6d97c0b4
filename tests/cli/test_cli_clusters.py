"""`clusters`, `clusters send-table|send-scores|receive`: a cụm thi đua's table from thành phố
Cần Thơ to phường Ninh Kiều and the ward's self-scores back, through the command line."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from thidua_desktop.cli import main
from thidua_desktop.paths import DataDir, resolve_database_url
from thidua_desktop.services.clusters.rows import PointsEntry
from thidua_desktop.services.clusters.scores import record_self_scores
from thidua_desktop.store.schema import open_database

from .conftest import CopyDemo, run


def _open(folder: str):  # type: ignore[no-untyped-def]
    return open_database(DataDir(Path(folder), resolve_database_url(None, Path(folder))))


@pytest.fixture
def offices(
    copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[str, str, int]:
    """The city (organising Cụm thi đua số 1) and phường Ninh Kiều; the cluster's id."""
    from tests.exchange.clusters.test_cluster_packages import TABLE, WARDS
    from thidua_desktop.domain.clusters import ClusterKind, ClusterRole
    from thidua_desktop.services.clusters.clusters import save_cluster, set_members, set_table
    from thidua_desktop.services.clusters.rows import ClusterEntry

    found = []
    for name, code in (("tp", "92"), ("phuong", "31135")):
        target = Path(copy_demo(tmp_path / name))
        assert main(["--data-dir", str(target), "init", "--office", code]) == 0
        found.append(str(target))
    db = _open(found[0])
    try:
        entry = ClusterEntry(2026, "CUM-P1", "Cụm thi đua số 1", ClusterKind.CLUSTER, "92")
        cid = save_cluster(db, entry).cluster.id
        roles = [ClusterRole.HEAD, ClusterRole.DEPUTY] + [ClusterRole.MEMBER] * 3
        set_members(db, cid, list(zip(WARDS, roles, strict=True)))
        set_table(db, cid, TABLE, tie_break=["2"])
    finally:
        db.close()
    capsys.readouterr()
    return found[0], found[1], cid


def test_table_down_and_self_scores_up_by_command_line(
    offices: tuple[str, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tp, phuong, cid = offices
    code, out, err = run(capsys, "--data-dir", tp, "clusters", "send-table", str(cid), "--dry-run")
    assert code == 0 and "Phường Ninh Kiều" in out and "6 tiêu chí" in out, err
    table = tmp_path / "bảng #1 ?%.tdkt"
    code, out, err = run(
        capsys, "--data-dir", tp, "clusters", "send-table", str(cid), "--out", str(table), "--json"
    )
    assert code == 0 and json.loads(out)["criteria"] == 6, err
    code, out, err = run(capsys, "--data-dir", phuong, "clusters", "receive", str(table))
    assert code == 0 and "Đã nhận." in out, err
    code, out, _err = run(capsys, "--data-dir", phuong, "clusters", "--year", "2026", "--json")
    [here] = [c for c in json.loads(out) if c["code"] == "CUM-P1"]
    assert here["received"] and here["organiser"] == "Thành phố Cần Thơ"
    # Nothing scored yet: refused with the reason, no traceback.
    code, _out, err = run(
        capsys, "--data-dir", phuong, "clusters", "send-scores", str(here["id"]), "--dry-run"
    )
    assert code != 0 and "Chưa có điểm tự chấm" in err and "Traceback" not in err
    db = _open(phuong)
    try:
        values = dict(zip(("1.1", "1.2", "2"), ("39", "19", "29"), strict=True))
        record_self_scores(
            db, here["id"], "31135", {k: PointsEntry(D(v)) for k, v in values.items()},
            day=dt.date(2026, 11, 10),
        )  # fmt: skip
    finally:
        db.close()
    scores = tmp_path / "điểm.tdkt"
    code, out, err = run(
        capsys, "--data-dir", phuong, "clusters", "send-scores", str(here["id"]), "--out",
        str(scores),
    )  # fmt: skip
    assert code == 0 and "Thành phố Cần Thơ" in out, err
    code, out, err = run(capsys, "--data-dir", tp, "clusters", "receive", str(scores), "--dry-run")
    assert code == 0 and "Xem trước" in out and "Phường Ninh Kiều" in out, err
    code, out, err = run(capsys, "--data-dir", tp, "clusters", "receive", str(scores), "--json")
    assert code == 0 and json.loads(out)["applied"] and json.loads(out)["scores"] == 3, err
    code, out, _err = run(capsys, "--data-dir", tp, "clusters", "receive", str(scores))
    assert code == 0 and "không thay đổi gì" in out
    # Given to the data import, or to the dossier command, the right place is named.
    code, _out, err = run(capsys, "--data-dir", tp, "import", str(scores))
    assert code != 0 and "clusters receive" in err and "Traceback" not in err
    code, _out, err = run(capsys, "--data-dir", tp, "awards", "dossier-receive", str(scores))
    assert code != 0 and "clusters receive" in err
