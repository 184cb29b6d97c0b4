"""The record tables of a data package, in the order they are planned and applied."""

from __future__ import annotations

from thidua_desktop.exchange.tables.core import (
    RecordSpec,
    RegistrationSpec,
    ResultSpec,
    SecuritySpec,
)
from thidua_desktop.exchange.tables.rural import (
    CriterionStatusSpec,
    RecognitionSpec,
    RuralPlanSpec,
)

# Khen thưởng (the award_* tables) is deliberately not exchanged: its recipients are people, with
# their names, gender, year of birth and position, and personal data stays in the office that
# recorded it. A test exports every demo year and finds no award table and no name.
RECORD_SPECS: tuple[RecordSpec, ...] = (
    ResultSpec(),
    RegistrationSpec(),
    SecuritySpec(),
    CriterionStatusSpec(),
    RecognitionSpec(),
    RuralPlanSpec(),
)
# Tables whose natural key is unique (a recognition's is not: a decision may be recorded twice).
UNIQUE_KEYS = frozenset(s.table for s in RECORD_SPECS if not isinstance(s, RecognitionSpec))
