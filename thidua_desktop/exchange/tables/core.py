"""The record tables a data package carries: their JSON fields, owners and natural keys."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any, ClassVar

from sqlalchemy import select

from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.context import ExportContext, ImportContext, in_scope
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.store.base import Base
from thidua_desktop.store.models.core import Campaign, Indicator, Registration, Result
from thidua_desktop.store.models.security import (
    SecurityComponent,
    SecurityComponentStatus,
    SecurityStatus,
)

Row = dict[str, Any]
ASSESSMENT = ("met", "not_met", "pending")
LEVELS = ("ntm", "nang_cao", "kieu_mau")
REGISTRATION_STATUSES = ("registered", "approved", "returned")


class RecordSpec:
    """A table of records about units and years, each owned by the office that entered it."""

    table: ClassVar[str]
    label: ClassVar[str]
    model: ClassVar[type[Base]]
    direct: ClassVar[dict[str, str]]  # columns written as they are: name -> field type
    refs: ClassVar[dict[str, str]] = {}  # package fields naming other records
    ref_columns: ClassVar[tuple[str, ...]] = ()
    entered: ClassVar[bool] = True  # has entered_by / entered_at
    has_source: ClassVar[bool] = True
    up_to: ClassVar[bool] = False  # the period covers every year up to the package's

    @cached_property
    def schema(self) -> dict[str, str]:
        schema = {"uid": f.UUID, "unit_code": f.CODE, "year": f.INT, "owner": f.CODE}
        schema |= self.refs | self.direct
        if self.entered:
            schema |= {"entered_by": f.TEXT, "entered_at": f.DATETIME}
        return schema

    @cached_property
    def columns(self) -> tuple[str, ...]:
        names = ["uid", "unit_id", "year", "owner_code", *self.ref_columns, *self.direct]
        if self.entered:
            names += ["entered_by", "entered_at"]
        if self.has_source:
            names.append("source")
        return tuple(names)

    def in_period(self, year: int, period: int) -> bool:
        return year <= period if self.up_to else year == period

    def year_clause(self, period: int) -> Any:
        column = self.model.year  # type: ignore[attr-defined]
        return column <= period if self.up_to else column == period

    # -- export ---------------------------------------------------------------------------------
    def export(self, ctx: ExportContext) -> list[Row]:
        refs = self.ref_writer(ctx)
        rows: list[Row] = []
        model: Any = self.model
        query = select(model).where(
            self.year_clause(ctx.period), in_scope(model.unit_id, ctx.scope_ids)
        )
        for obj in ctx.session.scalars(query):
            if obj.unit_id not in ctx.scope_ids:
                continue
            row: Row = {
                "uid": obj.uid,
                "unit_code": ctx.tree.code[obj.unit_id],
                "year": obj.year,
                "owner": ctx.owner(obj.owner_code),
            }
            names = [*self.direct, *(["entered_by", "entered_at"] if self.entered else [])]
            row |= {name: f.encode(getattr(obj, name)) for name in names}
            row |= refs(obj)
            rows.append(row)
        return rows

    def ref_writer(self, ctx: ExportContext) -> Callable[[Any], Row]:
        return lambda _obj: {}

    # -- import ---------------------------------------------------------------------------------
    def decode(self, row: Row, where: str) -> Row:
        """The row's fields decoded and checked by type (needs no database)."""
        return f.check_row(row, self.schema, where)

    def values(self, ctx: ImportContext, row: Row, where: str, data: Row | None = None) -> Row:
        """The column values a package row becomes here (references resolved); `data` is the
        row already decoded, when it was."""
        if data is None:
            data = self.decode(row, where)
        if not self.in_period(data["year"], ctx.period):
            raise PackageRefused(f"{where}: năm {data['year']} nằm ngoài kỳ của gói.")
        values: Row = {
            "uid": data["uid"],
            "unit_id": ctx.unit_id(data["unit_code"], where),
            "year": data["year"],
            "owner_code": ctx.owner_code(data["owner"], where),
        }
        values |= {name: data[name] for name in self.direct}
        if self.entered:
            values |= {"entered_by": data["entered_by"][:120], "entered_at": data["entered_at"]}
        if self.has_source:
            values["source"] = "package"
        values |= self.resolve(ctx, data, where)
        self.check(data, where)
        return values

    def resolve(self, ctx: ImportContext, data: Row, where: str) -> Row:
        return {}

    def check(self, data: Row, where: str) -> None:
        return None

    def load_extra(self, ctx: ImportContext, ids: list[int]) -> dict[int, Any]:
        """Rows hanging below the records (the components of a "3 không" status)."""
        return {}

    def current(self, obj: Any, extra: dict[int, Any]) -> Row:
        return {name: getattr(obj, name) for name in self.columns}

    def key(self, values: Row) -> tuple[Any, ...]:
        return (values["unit_id"], values["year"])

    def describe(self, ctx: ImportContext, values: Row) -> str:
        return f"{ctx.tree.code.get(values['unit_id'], '?')} năm {values['year']}"


def enum_field(data: Row, name: str, allowed: tuple[str, ...], where: str) -> None:
    if data[name] is not None and data[name] not in allowed:
        raise PackageRefused(f'{where}: giá trị "{data[name]}" của trường {name} không hợp lệ.')


class ResultSpec(RecordSpec):
    table = "result"

    label = "Kết quả chỉ tiêu"

    model = Result
    direct: ClassVar[dict[str, str]] = {"value": f.DECIMAL, "note": f.TEXT_OPT}
    refs: ClassVar[dict[str, str]] = {
        "campaign_uid": f.UUID,
        "campaign_code": f.KEY,
        "indicator_uid": f.UUID,
        "indicator_code": f.KEY,
    }
    ref_columns = ("indicator_id",)

    def ref_writer(self, ctx: ExportContext) -> Callable[[Any], Row]:
        names = {
            i_id: {
                "campaign_uid": c_uid,
                "campaign_code": c_code,
                "indicator_uid": i_uid,
                "indicator_code": i_code,
            }
            for i_id, i_uid, i_code, c_uid, c_code in ctx.session.execute(
                select(
                    Indicator.id, Indicator.uid, Indicator.code, Campaign.uid, Campaign.code
                ).join(Campaign, Campaign.id == Indicator.campaign_id)
            )
        }
        return lambda obj: names[obj.indicator_id]

    def resolve(self, ctx: ImportContext, data: Row, where: str) -> Row:
        campaign = ctx.campaign_id(data["campaign_uid"], data["campaign_code"], where)
        return {
            "indicator_id": ctx.indicator_id(
                campaign, data["indicator_uid"], data["indicator_code"], where
            )
        }

    def key(self, values: Row) -> tuple[Any, ...]:
        return (values["indicator_id"], values["unit_id"], values["year"])

    def describe(self, ctx: ImportContext, values: Row) -> str:
        name = ctx.names.get(("indicator", values["indicator_id"]), "?")
        return f"{name}/{ctx.tree.code.get(values['unit_id'], '?')}/{values['year']}"


class RegistrationSpec(RecordSpec):
    table = "registration"

    label = "Đăng ký thi đua"

    model = Registration
    direct: ClassVar[dict[str, str]] = {
        "titles": f.TEXT,
        "registered_on": f.DATE,
        "status": f.TEXT,
        "decided_on": f.DATE_OPT,
        "return_reason": f.TEXT_OPT,
    }
    refs: ClassVar[dict[str, str]] = {"campaign_uid": f.UUID, "campaign_code": f.KEY}
    ref_columns = ("campaign_id",)
    entered = False
    has_source = False

    def ref_writer(self, ctx: ExportContext) -> Callable[[Any], Row]:
        names = {
            c_id: {"campaign_uid": uid, "campaign_code": code}
            for c_id, uid, code in ctx.session.execute(
                select(Campaign.id, Campaign.uid, Campaign.code)
            )
        }
        return lambda obj: names[obj.campaign_id]

    def resolve(self, ctx: ImportContext, data: Row, where: str) -> Row:
        return {"campaign_id": ctx.campaign_id(data["campaign_uid"], data["campaign_code"], where)}

    def check(self, data: Row, where: str) -> None:
        enum_field(data, "status", REGISTRATION_STATUSES, where)

    def key(self, values: Row) -> tuple[Any, ...]:
        return (values["campaign_id"], values["unit_id"], values["year"])

    def describe(self, ctx: ImportContext, values: Row) -> str:
        name = ctx.names.get(("campaign", values["campaign_id"]), "?")
        return f"{name}/{ctx.tree.code.get(values['unit_id'], '?')}/{values['year']}"


class SecuritySpec(RecordSpec):
    """ "3 không"/ANTT of a unit and year, its components nested (by component code)."""

    table = "security_status"

    label = "“3 không” và an toàn về ANTT"

    model = SecurityStatus
    direct: ClassVar[dict[str, str]] = {
        "antt_registered_on": f.DATE_OPT,
        "antt_recognised_share": f.DECIMAL_OPT,
        "antt_result": f.TEXT,
        "decision_number": f.TEXT_OPT,
        "decision_date": f.DATE_OPT,
        "decision_issuer": f.TEXT_OPT,
        "note": f.TEXT_OPT,
    }
    refs: ClassVar[dict[str, str]] = {"components": f.LIST}
    ref_columns = ("components",)
    _PART: ClassVar[dict[str, str]] = {
        "code": f.KEY,
        "status": f.TEXT,
        "evidence_note": f.TEXT_OPT,
        "evidence_date": f.DATE_OPT,
    }

    def ref_writer(self, ctx: ExportContext) -> Callable[[Any], Row]:
        parts: dict[int, list[Row]] = {}
        for status_id, code, status, note, day in ctx.session.execute(
            select(
                SecurityComponentStatus.status_id,
                SecurityComponent.code,
                SecurityComponentStatus.status,
                SecurityComponentStatus.evidence_note,
                SecurityComponentStatus.evidence_date,
            )
            .join(SecurityComponent, SecurityComponent.id == SecurityComponentStatus.component_id)
            .join(SecurityStatus, SecurityStatus.id == SecurityComponentStatus.status_id)
            .where(self.year_clause(ctx.period), in_scope(SecurityStatus.unit_id, ctx.scope_ids))
        ):
            parts.setdefault(status_id, []).append(
                {
                    "code": code,
                    "status": status,
                    "evidence_note": note,
                    "evidence_date": f.encode(day),
                }
            )
        return lambda obj: {"components": sorted(parts.get(obj.id, []), key=lambda p: p["code"])}

    def resolve(self, ctx: ImportContext, data: Row, where: str) -> Row:
        components: dict[int, tuple[Any, ...]] = {}
        for number, raw in enumerate(data["components"], start=1):
            if not isinstance(raw, dict):
                raise PackageRefused(f"{where}: thành phần thứ {number} không hợp lệ.")
            part = f.check_row(raw, self._PART, f"{where}, thành phần {number}")
            enum_field(part, "status", ASSESSMENT, where)
            component = ctx.components.get(part["code"])
            if component is None:
                raise PackageRefused(
                    f'{where}: tiêu chí "3 không" mã "{part["code"]}" chưa có ở đây. Hãy nhập '
                    "gói định nghĩa của cấp trên trước."
                )
            if component in components:
                raise PackageRefused(f'{where}: tiêu chí "{part["code"]}" ghi hai lần.')
            components[component] = (part["status"], part["evidence_note"], part["evidence_date"])
        return {"components": components}

    def check(self, data: Row, where: str) -> None:
        enum_field(data, "antt_result", ASSESSMENT, where)

    def load_extra(self, ctx: ImportContext, ids: list[int]) -> dict[int, Any]:
        parts: dict[int, dict[int, tuple[Any, ...]]] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):  # the slice's statuses only
            for p in ctx.session.execute(
                select(
                    SecurityComponentStatus.status_id,
                    SecurityComponentStatus.component_id,
                    SecurityComponentStatus.status,
                    SecurityComponentStatus.evidence_note,
                    SecurityComponentStatus.evidence_date,
                ).where(SecurityComponentStatus.status_id.in_(ordered[start : start + 500]))
            ):
                parts.setdefault(p.status_id, {})[p.component_id] = (
                    p.status,
                    p.evidence_note,
                    p.evidence_date,
                )
        return parts

    def current(self, obj: Any, extra: dict[int, Any]) -> Row:
        values = {name: getattr(obj, name) for name in self.columns if name != "components"}
        values["components"] = extra.get(obj.id, {})
        return values
