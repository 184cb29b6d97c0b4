"""`export`, `import [--dry-run] [--json]`, `imports`, `reporting`, `keys`: the commune → district
→ city chain through the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from thidua_desktop.cli import main

from .conftest import CopyDemo, run


@pytest.fixture
def offices(
    copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, str]:
    """Three installations of the demo: Phường Cái Khế, Quận Ninh Kiều, Thành phố Cần Thơ."""
    found = {}
    for name, code in (("xa", "31117"), ("huyen", "916"), ("tp", "92")):
        target = Path(copy_demo(tmp_path / name))
        assert main(["--data-dir", str(target), "init", "--office", code]) == 0
        found[name] = str(target)
    capsys.readouterr()
    return found


def as_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_value_entered_at_the_commune_reaches_the_city(
    offices: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xa, huyen, tp = offices["xa"], offices["huyen"], offices["tp"]
    assert run(capsys, "--data-dir", xa, "result", "set", "--campaign", "KH97-2023",
               "--indicator", "CONG_TRINH", "--unit", "31117", "--year", "2023",
               "--value", "7")[0] == 0  # fmt: skip
    package = tmp_path / "xa-2023.tdkt"
    exported = as_json(capsys, "--data-dir", xa, "export", "--year", "2023", "--out", str(package))
    assert exported["sequence"] == 1 and exported["tables"]["result"] == 1

    dry = as_json(capsys, "--data-dir", huyen, "import", str(package), "--dry-run")
    assert dry["dry_run"] and not dry["applied"]
    result = next(t for t in dry["plan"]["tables"] if t["table"] == "result")
    assert result["new"] == 1
    applied = as_json(capsys, "--data-dir", huyen, "import", str(package), "--replace-local")
    assert applied["applied"] and applied["plan"]["totals"] == dry["plan"]["totals"]
    again = as_json(capsys, "--data-dir", huyen, "import", str(package))
    assert not again["applied"] and again["already_imported_at"]

    district = tmp_path / "huyen-2023.tdkt"
    code, out, err = run(
        capsys, "--data-dir", huyen, "export", "--year", "2023", "--out", str(district)
    )
    assert code == 0 and "số thứ tự 1" in out, err
    code, out, err = run(capsys, "--data-dir", tp, "import", str(district), "--dry-run")
    assert code == 0 and "chạy thử" in out and "Kết quả chỉ tiêu" in out, err
    code, out, err = run(capsys, "--data-dir", tp, "import", str(district), "--replace-local")
    assert code == 0 and "Đã nhập gói" in out, err

    targets = as_json(capsys, "--data-dir", tp, "targets", "--year", "2023",
                      "--campaign", "KH97-2023", "--unit", "31117")  # fmt: skip
    assert next(r for r in targets if r["indicator_code"] == "CONG_TRINH")["value"] == 7
    code, out, err = run(capsys, "--data-dir", tp, "result", "set", "--campaign", "KH97-2023",
                         "--indicator", "CONG_TRINH", "--unit", "31117", "--year", "2023",
                         "--value", "9")  # fmt: skip
    assert code == 1 and "chỉ xem được" in err

    status = as_json(capsys, "--data-dir", tp, "reporting", "--year", "2023")
    assert {r["unit_code"]: r["status"] for r in status}["916"] == "sent"
    history = as_json(capsys, "--data-dir", tp, "imports")
    assert history[0]["producer_code"] == "916" and history[0]["signature"] == "unverified"


def test_keys_are_registered_explicitly_and_then_verified(
    offices: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huyen, tp = offices["huyen"], offices["tp"]
    key = tmp_path / "khoa-916.json"
    code, out, err = run(capsys, "--data-dir", huyen, "keys", "export", "--out", str(key))
    assert code == 0 and "Dấu vân tay" in out, err
    code, out, err = run(capsys, "--data-dir", tp, "keys", "trust", str(key), "--fingerprint", "00")
    assert code == 1 and "không khớp" in err
    code, out, err = run(capsys, "--data-dir", tp, "keys", "trust", str(key))
    assert code == 0 and "Quận Ninh Kiều" in out, err
    assert as_json(capsys, "--data-dir", tp, "keys", "list")[0]["office_code"] == "916"

    package = tmp_path / "huyen.tdkt"
    assert (
        run(capsys, "--data-dir", huyen, "export", "--year", "2023", "--out", str(package))[0] == 0
    )
    result = as_json(capsys, "--data-dir", tp, "import", str(package), "--replace-local")
    assert result["package"]["signature"] == "verified"


def test_export_refuses_a_file_name_without_the_package_suffix(
    offices: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", offices["xa"], "export", "--year", "2023",
                       "--out", str(tmp_path / "goi.zip"))  # fmt: skip
    assert code == 1 and ".tdkt" in err


def test_importing_a_missing_file_is_a_clear_error(
    offices: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", offices["tp"], "import", str(tmp_path / "khong.tdkt"))
    assert code == 1 and err.startswith("Lỗi: Gói dữ liệu bị từ chối: không đọc được tệp")


def test_several_packages_are_imported_in_one_go(
    offices: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xa, huyen, tp = offices["xa"], offices["huyen"], offices["tp"]
    packages = []
    for name, office in (("xa", xa), ("huyen", huyen)):
        out = tmp_path / f"{name}.tdkt"
        assert (
            run(capsys, "--data-dir", office, "export", "--year", "2023", "--out", str(out))[0] == 0
        )
        packages.append(str(out))
    missing = str(tmp_path / "khong.tdkt")

    dry = as_json(capsys, "--data-dir", tp, "import", *packages, "--dry-run")
    assert dry["dry_run"] and dry["backup_name"] is None
    assert [p["refused"] for p in dry["packages"]] == [None, None]
    assert all(not p["applied"] for p in dry["packages"])

    code, out, err = run(
        capsys, "--data-dir", tp, "import", packages[0], missing, "--json", "--dry-run"
    )
    assert code == 1 and "trường refused của từng gói" in err
    assert json.loads(out)["packages"][1]["refused"].startswith("không đọc được tệp")
    code, out, err = run(
        capsys, "--data-dir", tp, "import", packages[0], missing, packages[1], "--replace-local"
    )
    assert code == 1 and err == "Lỗi: 1 gói bị từ chối (xem lý do ở trên).\n"
    assert "== khong.tdkt\nBị từ chối: không đọc được tệp" in out
    assert "Đã nhập 2/3 gói; 1 gói bị từ chối." in out
    assert out.count("Sao lưu trước khi nhập: truoc-nhap-2-goi-") == 1
    history = as_json(capsys, "--data-dir", tp, "imports")
    assert sorted(h["producer_code"] for h in history) == ["31117", "916"]
    code, out, err = run(capsys, "--data-dir", tp, "import", *packages, "--replace-local")
    assert code == 0 and "Đã nhập 0/2 gói; 2 gói đã nhập từ trước hoặc trùng" in out, err


def test_a_batch_that_would_replace_local_data_applies_nothing_and_says_how_to_confirm(
    offices: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xa, huyen, tp = offices["xa"], offices["huyen"], offices["tp"]
    packages = []
    for name, office in (("xa", xa), ("huyen", huyen)):
        assert run(capsys, "--data-dir", office, "result", "set", "--campaign", "KH97-2023",
                   "--indicator", "CONG_TRINH", "--unit", "31117", "--year", "2023",
                   "--value", "7")[0] == 0  # fmt: skip
        out = tmp_path / f"{name}.tdkt"
        exported = run(capsys, "--data-dir", office, "export", "--year", "2023", "--out", str(out))
        assert exported[0] == 0
        packages.append(str(out))
    assert run(capsys, "--data-dir", tp, "result", "set", "--campaign", "KH97-2023",
               "--indicator", "CONG_TRINH", "--unit", "31117", "--year", "2023",
               "--value", "3")[0] == 0  # fmt: skip
    code, out, err = run(capsys, "--data-dir", tp, "import", *packages)
    assert code == 1 and "--replace-local" in err and "Chưa thay đổi gì" in err
    assert as_json(capsys, "--data-dir", tp, "imports") == []
    code, out, err = run(capsys, "--data-dir", tp, "import", *packages, "--replace-local")
    assert code == 0 and "Đã nhập 2/2 gói" in out, err
