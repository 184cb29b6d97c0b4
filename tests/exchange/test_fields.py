"""The one-call converters of check_row accept and refuse exactly what `decode` does."""

from __future__ import annotations

from typing import Any

import pytest

from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.errors import PackageRefused

VALUES: list[Any] = [
    None,
    "",
    "   ",
    "Phường Cái Khế",
    "x" * (f.MAX_TEXT + 1),
    "2023-01-05",
    "20230105",
    "2023-13-40",
    "2023-01-05T08:30:00+07:00",
    "2023-01-05T08:30:00",
    "9.5",
    "-0.25",
    "1e20",
    "NaN",
    "Infinity",
    "abc",
    "0b8c7e2a-1f0e-4c3b-9a55-4a6c1d2e3f40",
    "0B8C7E2A-1F0E-4C3B-9A55-4A6C1D2E3F40",
    "31117",
    "CT10-2023",
    "a b",
    0,
    7,
    -(10**9),
    10**9 + 1,
    True,
    False,
    1.5,
    [],
    [{"a": 1}],
    {"a": 1},
]
KINDS = [
    f.TEXT,
    f.TEXT_OPT,
    f.DATE,
    f.DATE_OPT,
    f.DATETIME,
    f.DECIMAL,
    f.DECIMAL_OPT,
    f.BOOL,
    f.INT,
    f.INT_OPT,
    f.UUID,
    f.CODE,
    f.KEY,
    f.LIST,
]


def outcome(call: Any) -> tuple[str, Any]:
    try:
        return "ok", call()
    except PackageRefused as exc:
        return "refused", exc.message


@pytest.mark.parametrize("kind", KINDS)
def test_check_row_agrees_with_decode(kind: str) -> None:
    for value in VALUES:
        ours = outcome(lambda v=value: f.check_row({"v": v}, {"v": kind}, "dòng 1")["v"])
        theirs = outcome(lambda v=value: f.decode(kind, v, "dòng 1, trường v"))
        assert ours == theirs, (kind, value)
        if ours[0] == "ok":
            assert type(ours[1]) is type(theirs[1])


def test_missing_and_unexpected_fields_are_refused() -> None:
    with pytest.raises(PackageRefused, match="thiếu trường b"):
        f.check_row({"a": "x"}, {"a": f.TEXT, "b": f.TEXT}, "dòng 2")
    with pytest.raises(PackageRefused, match="có trường lạ c"):
        f.check_row({"a": "x", "c": 1}, {"a": f.TEXT}, "dòng 3")


def test_package_lines_are_read_as_one_json_object_each() -> None:
    from thidua_desktop.exchange.reader import _parse_lines

    rows = _parse_lines("result", '{"a": 1}\n  {"b": "Cái Khế"}  \n{"c": 9.5}\n'.encode())
    assert [list(r) for r in rows] == [["a"], ["b"], ["c"]]
    assert str(rows[2]["c"]) == "9.5"  # decimals stay exact
    for bad, why in (
        (b'{"a": 1} {"b": 2}\n', "dòng 1 không phải JSON hợp lệ"),
        (b'{"a": 1}\n{"a": NaN}\n', "dòng 2 không phải JSON hợp lệ"),
        (b'{"a": 1}\n[1]\n', "dòng 2 không phải một đối tượng JSON"),
        ('{"a": "Cái"}\n{"a": "Ca\u0301i"}\n'.encode(), "dòng 2 có chữ không ở dạng Unicode NFC"),
        (b'{"a": 1}\n{"a": "\xff"}\n', "dòng 2 không phải JSON hợp lệ"),
    ):
        with pytest.raises(PackageRefused, match=why):
            _parse_lines("result", bad)
