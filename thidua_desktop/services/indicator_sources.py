"""Where an indicator's value comes from: entered, aggregated from the units below, or computed
by another module ("3 không"/ANTT, nông thôn mới). Modules register their computations here."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

MANUAL = "manual"
SUM = "sum"
MEAN = "mean"

# (session, unit_id, year) -> value, or None when the module has no data for that unit and year.
Compute = Callable[[Session, int, int], Decimal | None]
# (session, unit ids, year) -> value of each unit
ComputeMany = Callable[[Session, Collection[int], int], dict[int, Decimal | None]]


@dataclass(frozen=True)
class ComputedSource:
    code: str
    label: str
    module: str
    # "package.module:function" computing the value; None until the module that knows the answer
    # exists. Resolved on first use, so the wiring is explicit here and import order never matters.
    provider: str | None = None
    # The same for several units at once (a grid's rows), reading the data once for all of them.
    many_provider: str | None = None

    def compute(self) -> Compute | None:
        return _resolve(self.provider)

    def compute_many(self) -> ComputeMany | None:
        return _resolve(self.many_provider)


def _resolve(provider: str | None) -> Any:
    if provider is None:
        return None
    module_name, function = provider.split(":")
    return getattr(importlib.import_module(module_name), function)


_COMPUTED: dict[str, ComputedSource] = {
    source.code: source
    for source in (
        ComputedSource(
            "computed:security_share",
            'Tỷ lệ xã, phường, thị trấn đạt "an toàn về ANTT" và "3 không" (%)',
            "An ninh trật tự",
            "thidua_desktop.services.security:security_share",
            "thidua_desktop.services.security:security_shares",
        ),
        ComputedSource(
            "computed:ntm_new_nang_cao",
            "Số xã được công nhận mới đạt chuẩn nông thôn mới nâng cao trong năm",
            "Nông thôn mới",
            "thidua_desktop.services.rural:new_nang_cao",
            "thidua_desktop.services.rural:new_nang_cao_many",
        ),
        ComputedSource(
            "computed:ntm_new_kieu_mau",
            "Số xã được công nhận mới đạt chuẩn nông thôn mới kiểu mẫu trong năm",
            "Nông thôn mới",
            "thidua_desktop.services.rural:new_kieu_mau",
            "thidua_desktop.services.rural:new_kieu_mau_many",
        ),
    )
}

_LABELS = {
    MANUAL: "nhập trực tiếp",
    SUM: "tổng các đơn vị trực thuộc",
    MEAN: "trung bình các đơn vị trực thuộc",
}


def valid_sources() -> set[str]:
    return set(_LABELS) | set(_COMPUTED)


def computed_sources() -> list[ComputedSource]:
    return list(_COMPUTED.values())


def source_label(source: str) -> str:
    if source in _LABELS:
        return _LABELS[source]
    computed = _COMPUTED.get(source)
    return f"tính từ mục {computed.module}" if computed else source


def computed_value(session: Session, source: str, unit_id: int, year: int) -> Decimal | None:
    """The module's value, or None ("chưa có số liệu") — never an invented number."""
    computed = _COMPUTED.get(source)
    compute = computed.compute() if computed is not None else None
    return None if compute is None else compute(session, unit_id, year)


def computed_values(
    session: Session, source: str, unit_ids: Collection[int], year: int
) -> dict[int, Decimal | None]:
    """`computed_value` of several units, in one pass where the module offers one."""
    computed = _COMPUTED.get(source)
    if computed is None:
        return dict.fromkeys(unit_ids)
    many = computed.compute_many()
    if many is not None:
        return many(session, unit_ids, year)
    return {unit_id: computed_value(session, source, unit_id, year) for unit_id in unit_ids}
