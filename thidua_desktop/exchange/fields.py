"""Field types of package rows: how a value is written to JSON and strictly read back."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from thidua_desktop.exchange.errors import PackageRefused

TEXT = "text"  # required, non-empty
TEXT_OPT = "text?"
DATE = "date"
DATE_OPT = "date?"
DATETIME = "datetime"
DECIMAL = "decimal"
DECIMAL_OPT = "decimal?"
BOOL = "bool"
INT = "int"
INT_OPT = "int?"
UUID = "uuid"
CODE = "code"  # a unit or office code
KEY = "key"  # a campaign, indicator, component or criterion code
LIST = "list"  # nested rows, checked by the table itself

MAX_TEXT = 10_000
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
_CODE = re.compile(r"[0-9A-Za-z]{1,16}", re.ASCII)
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,39}", re.ASCII)

Schema = Mapping[str, str]


def check_row(row: Mapping[str, Any], schema: Schema, where: str) -> dict[str, Any]:
    """The row's values decoded (dates, decimals…); PackageRefused if a field is missing,
    unexpected or of the wrong type."""
    if row.keys() != schema.keys():
        missing = sorted(set(schema) - set(row))
        extra = sorted(set(row) - set(schema))
        if missing:
            raise PackageRefused(f"{where}: thiếu trường {', '.join(missing)}.")
        if extra:
            raise PackageRefused(f"{where}: có trường lạ {', '.join(extra)}.")
    decoded: dict[str, Any] = {}
    for name, kind in schema.items():
        value = row[name]
        fast = _FAST.get(kind)
        # The common, valid cases inline; anything else (and every refusal) goes through decode.
        if fast is not None and fast(value):
            decoded[name] = value
        else:
            decoded[name] = decode(kind, value, f"{where}, trường {name}")
    return decoded


def _short_str(value: Any) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT


def _fast_text(value: Any) -> bool:
    return _short_str(value) and bool(value.strip())


def _fast_text_opt(value: Any) -> bool:
    return value is None or _short_str(value)


def _fast_int(value: Any) -> bool:
    return type(value) is int and abs(value) <= 10**9


def _fast_int_opt(value: Any) -> bool:
    return value is None or _fast_int(value)


def _pattern_check(pattern: re.Pattern[str]) -> Any:
    def check(value: Any) -> bool:
        return _short_str(value) and pattern.fullmatch(value) is not None

    return check


# Checks that accept a value exactly as `decode` would return it unchanged (so the value is kept
# as it is); a False only means "let decode decide", which also words the refusal.
_FAST = {
    TEXT: _fast_text,
    TEXT_OPT: _fast_text_opt,
    INT: _fast_int,
    INT_OPT: _fast_int_opt,
    BOOL: lambda value: type(value) is bool,
    UUID: _pattern_check(_UUID),
    CODE: _pattern_check(_CODE),
    KEY: _pattern_check(_KEY),
}


def decode(kind: str, value: Any, where: str) -> Any:
    optional = kind.endswith("?")
    if value is None:
        if optional:
            return None
        raise PackageRefused(f"{where}: thiếu giá trị.")
    base = kind.rstrip("?")
    if base == LIST:
        if not isinstance(value, list):
            raise PackageRefused(f"{where}: phải là một danh sách.")
        return value
    if base == BOOL:
        if not isinstance(value, bool):
            raise PackageRefused(f"{where}: phải là true hoặc false.")
        return value
    if base == INT:
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 10**9:
            raise PackageRefused(f"{where}: phải là một số nguyên.")
        return value
    if not isinstance(value, str):
        raise PackageRefused(f"{where}: phải là chuỗi ký tự.")
    if len(value) > MAX_TEXT:
        raise PackageRefused(f"{where}: dài quá {MAX_TEXT} ký tự.")
    if base == TEXT:
        if not value.strip() and not optional:
            raise PackageRefused(f"{where}: không được để trống.")
        return value
    if base == UUID and _UUID.fullmatch(value):
        return value
    if base == CODE and _CODE.fullmatch(value):
        return value
    if base == KEY and _KEY.fullmatch(value):
        return value
    try:
        if base == DATE:
            return dt.date.fromisoformat(value)
        if base == DATETIME:
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError
            return moment
        if base == DECIMAL:
            number = Decimal(value)
            if not number.is_finite() or abs(number) >= Decimal(10) ** 15:
                raise ValueError
            return number
    except (ValueError, InvalidOperation):
        pass
    raise PackageRefused(f'{where}: giá trị "{value[:40]}" không hợp lệ.')


def encode(value: Any) -> Any:
    """A column value as written to JSON: dates ISO 8601, decimals as exact text."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
