"""The nông thôn mới record tables of a data package: criteria, recognitions, plans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from sqlalchemy import select

from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.context import ExportContext, ImportContext
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.tables.core import LEVELS, RecordSpec, Row, enum_field
from thidua_desktop.store.models.rural import (
    RuralCriteriaSet,
    RuralCriterion,
    RuralCriterionStatus,
    RuralPlan,
    RuralRecognition,
)


class CriterionStatusSpec(RecordSpec):
    table = "rural_criterion_status"

    label = "Tiêu chí nông thôn mới"

    model = RuralCriterionStatus
    direct: ClassVar[dict[str, str]] = {
        "met": f.BOOL,
        "value": f.TEXT_OPT,
        "evidence_note": f.TEXT_OPT,
    }
    refs: ClassVar[dict[str, str]] = {
        "set_code": f.KEY,
        "set_first_year": f.INT,
        "criterion_code": f.KEY,
    }
    ref_columns = ("criterion_id",)

    def ref_writer(self, ctx: ExportContext) -> Callable[[Any], Row]:
        names = {
            c_id: {"set_code": s_code, "set_first_year": first, "criterion_code": c_code}
            for c_id, c_code, s_code, first in ctx.session.execute(
                select(
                    RuralCriterion.id,
                    RuralCriterion.code,
                    RuralCriteriaSet.code,
                    RuralCriteriaSet.first_year,
                ).join(RuralCriteriaSet, RuralCriteriaSet.id == RuralCriterion.set_id)
            )
        }
        return lambda obj: names[obj.criterion_id]

    def resolve(self, ctx: ImportContext, data: Row, where: str) -> Row:
        key = (data["set_code"], data["set_first_year"], data["criterion_code"])
        found = ctx.criterion_id(key)
        if found is None:
            raise PackageRefused(
                f"{where}: bộ tiêu chí {key[0]} ({key[1]}) không có tiêu chí {key[2]} ở đây."
            )
        return {"criterion_id": found}

    def key(self, values: Row) -> tuple[Any, ...]:
        return (values["unit_id"], values["year"], values["criterion_id"])

    def describe(self, ctx: ImportContext, values: Row) -> str:
        name = ctx.criterion_name(values["criterion_id"])
        return f"tiêu chí {name}, {super().describe(ctx, values)}"


class RecognitionSpec(RecordSpec):
    table = "rural_recognition"

    label = "Công nhận nông thôn mới"

    model = RuralRecognition
    direct: ClassVar[dict[str, str]] = {
        "level": f.TEXT,
        "decision_number": f.TEXT,
        "decision_date": f.DATE,
        "issuer": f.TEXT_OPT,
        "announced_on": f.DATE_OPT,
        "note": f.TEXT_OPT,
        "revoked_on": f.DATE_OPT,
        "revocation_number": f.TEXT_OPT,
        "revocation_issuer": f.TEXT_OPT,
        "revocation_reason": f.TEXT_OPT,
    }
    up_to = True  # a commune's level in a year depends on every earlier decision

    def check(self, data: Row, where: str) -> None:
        enum_field(data, "level", LEVELS, where)
        if data["revoked_on"] is not None and data["revoked_on"] < data["decision_date"]:
            raise PackageRefused(f"{where}: ngày thu hồi trước ngày quyết định công nhận.")

    def key(self, values: Row) -> tuple[Any, ...]:
        return (values["unit_id"], values["level"], values["year"], values["decision_number"])

    def describe(self, ctx: ImportContext, values: Row) -> str:
        return f"{values['decision_number']} ({values['level']}), {super().describe(ctx, values)}"


class RuralPlanSpec(RecordSpec):
    table = "rural_plan"

    label = "Kế hoạch nông thôn mới"

    model = RuralPlan
    direct: ClassVar[dict[str, str]] = {"level": f.TEXT, "note": f.TEXT_OPT}

    def check(self, data: Row, where: str) -> None:
        enum_field(data, "level", LEVELS, where)
