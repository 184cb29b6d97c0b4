"""`awards initiatives|initiative-add|initiative-delete|cases|case-open|case-close` on a copy of
the demonstration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import CopyDemo, run


@pytest.fixture
def where(copy_demo: CopyDemo, tmp_path: Path) -> list[str]:
    return ["--data-dir", copy_demo(tmp_path / "demo")]


def test_an_initiative_and_a_case_through_the_command_line(
    capsys: pytest.CaptureFixture[str], where: list[str]
) -> None:
    code, out, _ = run(capsys, *where, "awards", "initiatives", "--year", "2025", "--json")
    [demo] = json.loads(out)
    author = demo["authors"][0]["id"]
    assert code == 0 and demo["title"].startswith("Quy trình tiếp nhận hồ sơ")
    code, out, err = run(
        capsys, *where, "awards", "initiative-add", "--year", "2025", "--title", "Sổ tay số",
        "--level", "tinh", "--authors", str(author), "--number", "07/QĐ-HĐSK",
        "--date", "12/12/2025",
    )  # fmt: skip
    assert code == 0, err
    assert "“Sổ tay số” (phạm vi toàn tỉnh, 07/QĐ-HĐSK ngày 12/12/2025)" in out
    for authors in ("99999999999999999999999", "a,b", "0"):
        code, _, err = run(
            capsys, *where, "awards", "initiative-add", "--year", "2025", "--title", "X",
            "--level", "co_so", "--authors", authors,
        )  # fmt: skip
        assert code == 1 and err.strip().startswith("Lỗi") and "Traceback" not in err
    code, out, _ = run(capsys, *where, "awards", "case-open", str(author), "--kind", "inspection",
                       "--since", "01/12/2026", "--note", "thanh tra công vụ")  # fmt: skip
    assert code == 0 and "đang bị thanh tra, kiểm tra từ ngày 01/12/2026" in out
    code, out, _ = run(capsys, *where, "awards", "cases", str(author), "--json")
    [case] = json.loads(out)
    assert case["open"] is True
    code, out, _ = run(
        capsys, *where, "awards", "case-close", str(case["id"]), "--on", "03/12/2026"
    )
    assert code == 0 and "đã kết thúc ngày 03/12/2026" in out
