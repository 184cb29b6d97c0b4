"""Where an indicator's value comes from: entered, aggregated from the units below, or computed
by another module ("3 không"/ANTT, nông thôn mới), named here by ordinary imports."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from thidua_desktop.services.rural import status as rural_status
from thidua_desktop.services.security import status as security_status

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
    # The function computing the value of one unit; None until the module that knows the answer
    # exists.
    compute: Compute | None = None
    # The same for several units at once (a grid's rows), reading the data once for all of them.
    compute_many: ComputeMany | None = None


_COMPUTED: dict[str, ComputedSource] = {
    source.code: source
    for source in (
        ComputedSource(
            "computed:security_share",
            'Tỷ lệ xã, phường, thị trấn đạt "an toàn về ANTT" và "3 không" (%)',
            "An ninh trật tự",
            security_status.security_share,
            security_status.security_shares,
        ),
        ComputedSource(
            "computed:ntm_new_nang_cao",
            "Số xã được công nhận mới đạt chuẩn nông thôn mới nâng cao trong năm",
            "Nông thôn mới",
            rural_status.new_nang_cao,
            rural_status.new_nang_cao_many,
        ),
        ComputedSource(
            "computed:ntm_new_kieu_mau",
            "Số xã được công nhận mới đạt chuẩn nông thôn mới kiểu mẫu trong năm",
            "Nông thôn mới",
            rural_status.new_kieu_mau,
            rural_status.new_kieu_mau_many,
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
    compute = computed.compute if computed is not None else None
    return None if compute is None else compute(session, unit_id, year)


def computed_values(
    session: Session, source: str, unit_ids: Collection[int], year: int
) -> dict[int, Decimal | None]:
    """`computed_value` of several units, in one pass where the module offers one."""
    computed = _COMPUTED.get(source)
    if computed is None:
        return dict.fromkeys(unit_ids)
    many = computed.compute_many
    if many is not None:
        return many(session, unit_ids, year)
    return {unit_id: computed_value(session, source, unit_id, year) for unit_id in unit_ids}
