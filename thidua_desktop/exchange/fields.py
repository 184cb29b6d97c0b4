"""Field types of package rows: how a value is written to JSON and strictly read back."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from thidua_desktop.domain.numbers import MAX_ABS_VALUE
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
UUID_OPT = "uuid?"
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
    for name, convert, kind in _compiled(schema):
        value = convert(row[name])
        if value is _BAD:  # `decode` words the refusal
            value = decode(kind, row[name], f"{where}, trường {name}")
        decoded[name] = value
    return decoded


_BAD = object()  # a converter's "not a valid value of this kind"
Converter = Callable[[Any], Any]
_SCHEMAS: dict[int, tuple[Schema, tuple[tuple[str, Converter, str], ...]]] = {}


def _compiled(schema: Schema) -> tuple[tuple[str, Converter, str], ...]:
    """(field, converter, kind) per field, built once per schema (schemas are module constants;
    the schema itself is kept so that its id cannot be reused)."""
    known = _SCHEMAS.get(id(schema))
    if known is None or known[0] is not schema:
        known = (schema, tuple((name, _CONVERT[kind], kind) for name, kind in schema.items()))
        _SCHEMAS[id(schema)] = known
    return known[1]


# One call per field: the value as `decode` returns it, or _BAD (then `decode` refuses it).
def _text(value: Any) -> Any:
    if type(value) is str and len(value) <= MAX_TEXT and value.strip():
        return value
    return _BAD


def _text_opt(value: Any) -> Any:
    if value is None or (type(value) is str and len(value) <= MAX_TEXT):
        return value
    return _BAD


def _int(value: Any) -> Any:
    return value if type(value) is int and -(10**9) <= value <= 10**9 else _BAD


def _bool(value: Any) -> Any:
    return value if type(value) is bool else _BAD


def _list(value: Any) -> Any:
    return value if isinstance(value, list) else _BAD


def _pattern(pattern: re.Pattern[str]) -> Converter:
    def convert(value: Any) -> Any:
        if type(value) is str and len(value) <= MAX_TEXT and pattern.fullmatch(value):
            return value
        return _BAD

    return convert


def _date(value: Any) -> Any:
    if type(value) is str and len(value) <= MAX_TEXT:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return _BAD


def _datetime(value: Any) -> Any:
    if type(value) is str and len(value) <= MAX_TEXT:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return _BAD
        if moment.tzinfo is not None:
            return moment
    return _BAD


_DECIMAL_LIMIT = MAX_ABS_VALUE  # the bound every entry enforces


def _decimal(value: Any) -> Any:
    if type(value) is str and len(value) <= MAX_TEXT:
        try:
            number = Decimal(value)
        except (ValueError, InvalidOperation):
            return _BAD
        if number.is_finite() and abs(number) < _DECIMAL_LIMIT:
            return number
    return _BAD


def _optional(convert: Converter) -> Converter:
    def optional(value: Any) -> Any:
        return None if value is None else convert(value)

    return optional


_CONVERT: dict[str, Converter] = {
    TEXT: _text,
    TEXT_OPT: _text_opt,
    DATE: _date,
    DATE_OPT: _optional(_date),
    DATETIME: _datetime,
    DECIMAL: _decimal,
    DECIMAL_OPT: _optional(_decimal),
    BOOL: _bool,
    INT: _int,
    INT_OPT: _optional(_int),
    UUID: _pattern(_UUID),
    UUID_OPT: _optional(_pattern(_UUID)),
    CODE: _pattern(_CODE),
    KEY: _pattern(_KEY),
    LIST: _list,
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
            if not number.is_finite() or abs(number) >= MAX_ABS_VALUE:
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
