"""Errors of the nông thôn mới services, shared by reading and writing."""

from __future__ import annotations

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.units import Level as UnitLevel
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core.scope import full_name
from thidua_desktop.store.models.core import AdminUnit


class NotRuralSubjectError(UserError):
    """Only xã are nông thôn mới subjects (not phường, thị trấn or the districts)."""


class ReadOnlyRuralError(UserError):
    """The record was sent by a lower office and is read-only here."""


def not_a_commune(unit: AdminUnit) -> NotRuralSubjectError:
    kind = UnitKind(unit.kind)
    if unit.level == UnitLevel.COMMUNE:
        return NotRuralSubjectError(
            f"{full_name(unit)} ({unit.code}) là {kind.label}: chỉ xã là đối tượng xét công nhận "
            "nông thôn mới; phường và thị trấn không áp dụng bộ tiêu chí này."
        )
    return NotRuralSubjectError(
        f"{full_name(unit)} ({unit.code}) là đơn vị {UnitLevel(unit.level).office_label}: "
        "tiêu chí, công nhận và kế hoạch nông thôn mới được ghi cho từng xã."
    )
