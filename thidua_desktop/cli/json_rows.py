"""Values in the commands' JSON output: one number type, ISO dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def number(value: Decimal | None) -> float | int | None:
    """JSON has one number type: whole values as int, others as float (the exact decimal is
    also given as text where it matters, e.g. `value_text`)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
