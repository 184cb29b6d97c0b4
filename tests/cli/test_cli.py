"""Command line: init is idempotent, units lists/searches in Vietnamese order, errors exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from thidua_desktop import __version__
from thidua_desktop.cli import main
from thidua_desktop.domain.text import sort_key

from .conftest import run


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    directory = str(tmp_path / "d")
    assert run(capsys, "--data-dir", directory, "init", "--demo")[0] == 0
    return directory


def test_init_demo_twice_changes_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", directory, "init", "--demo")
    assert code == 0 and "Đã tạo" in out
    db_file = tmp_path / "d" / "thidua.sqlite3"
    listing = run(capsys, "--data-dir", directory, "units", "--json")[1]
    code, out, _ = run(capsys, "--data-dir", directory, "init", "--demo")
    assert code == 0
    assert "Số bản ghi thay đổi: 0" in out
    assert run(capsys, "--data-dir", directory, "units", "--json")[1] == listing
    assert db_file.exists()


def test_units_of_cantho_in_2023_are_its_9_districts_and_83_communes_in_tree_order(
    demo_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", demo_dir, "units", "--year", "2023", "--under",
                       "92", "--json")  # fmt: skip
    assert code == 0
    units = json.loads(out)
    assert [sum(1 for u in units if u["level"] == level) for level in (2, 3)] == [9, 83]
    assert units[0]["unit_code"] == "918" and units[0]["full_name"] == "Quận Bình Thủy"
    districts = [u["unit_name"] for u in units if u["level"] == 2]
    assert districts.index("Cờ Đỏ") < districts.index("Ninh Kiều") < districts.index("Ô Môn")
    assert set(units[1]) >= {"unit_code", "unit_name", "kind", "parent_code", "valid_to"}


def test_units_of_cantho_today_are_103_communes_directly_under_the_city(
    demo_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", demo_dir, "units", "--date", "2026-01-01",
                       "--under", "92", "--json")  # fmt: skip
    assert code == 0
    units = json.loads(out)
    assert len(units) == 103 and {u["parent_code"] for u in units} == {"92"}
    kinds = [u["kind"] for u in units]
    assert (kinds.count("phuong"), kinds.count("xa")) == (31, 72)
    keys = [sort_key(u["unit_name"]) for u in units]
    assert keys == sorted(keys)  # Vietnamese order


def test_units_search_finds_thanh_quoi_without_diacritics(
    demo_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", demo_dir, "units", "--search", "thanh quoi", "--json")
    assert code == 0
    assert [(u["unit_code"], u["full_name"]) for u in json.loads(out)] == [
        ("31246", "Xã Thạnh Quới")
    ]


def test_units_text_output_is_an_indented_tree(
    demo_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", demo_dir, "units", "--year", "2023", "--under", "916")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["31150", "Phường", "An", "Bình"]
    assert lines[-1] == "(11 đơn vị, hiệu lực ngày 31/12/2023)"


def test_init_office_sets_the_profile(demo_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--data-dir", demo_dir, "init", "--office", "916", "--operator", "Nguyễn Thị Lan"
    )
    assert code == 0
    assert "Quận Ninh Kiều (cấp huyện)" in out and "Nguyễn Thị Lan" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["units", "--under", "99999"], "99999"),
        (["init", "--office", "12345"], "12345"),
        (["init", "--operator", "   "], "họ tên"),
    ],
)
def test_user_errors_exit_1_with_a_one_line_vietnamese_message(
    demo_dir: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--data-dir", demo_dir, *args)
    assert code == 1
    assert err.startswith("Lỗi: ") and message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [["khong-co-lenh"], ["units", "--bad-flag"], ["init", "--office"], ["units", "--under"]],
)
def test_bad_arguments_exit_1_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path), *args])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("Lỗi: ") and "Xem: thidua-desktop" in err and err.rstrip().endswith("--help")
    )
    # argparse's own words in Vietnamese too, never English inside a Vietnamese line
    for english in ("invalid choice", "unrecognized", "expected one argument", "required"):
        assert english not in err


def test_commands_other_than_init_do_not_create_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "units")
    assert code == 1 and "init" in err
    assert not (tmp_path / "none" / "thidua.sqlite3").exists()


def test_the_data_dir_can_come_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THIDUA_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, "init")[0] == 0
    assert (tmp_path / "env" / "thidua.sqlite3").exists()


def test_version_and_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "thidua_desktop", "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"thidua-desktop {__version__}"


def test_argparse_speaks_vietnamese_only_for_our_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from thidua_desktop.cli.common import Parser, vietnamese_argparse

    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "units", "--bad-flag"])
    assert "tham số không nhận ra" in capsys.readouterr().err
    # Another program in the same process (pytest itself, a script) keeps argparse's English.
    plain = argparse.ArgumentParser(prog="other")
    assert "show this help message and exit" in plain.format_help()
    # Plural messages too: "expected 2 arguments".
    with vietnamese_argparse():
        pair = Parser(prog="thidua-desktop")
        pair.add_argument("--pair", nargs=2)
        with pytest.raises(SystemExit):
            pair.parse_args(["--pair", "1"])
    err = capsys.readouterr().err
    assert "tham số --pair: cần 2 giá trị" in err and "expected" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["awards", "--year", "2026", "initiatives", "--json"],
        ["awards", "initiatives", "--year", "2026", "--json"],
        ["awards", "--json", "initiatives", "--year", "2026"],
    ],
)
def test_an_option_of_a_command_may_stand_before_or_after_its_sub_command(
    demo_dir: str, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", demo_dir, *args)
    assert code == 0 and out.lstrip().startswith("["), err


def test_a_required_option_missing_in_both_places_is_asked_for(
    demo_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", demo_dir, "awards", "initiatives"])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "thiếu tham số bắt buộc: --year" in err and "awards initiatives --help" in err
