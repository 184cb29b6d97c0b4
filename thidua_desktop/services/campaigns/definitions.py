"""Campaigns and their indicators and targets: define, change, list (every change audited)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.evaluation import Comparator, Target, ValueRule, check_value
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.campaigns.rows import (
    CampaignForm,
    CampaignInput,
    CampaignRow,
    CampaignStatus,
    IndicatorInput,
    IndicatorRow,
)
from thidua_desktop.services.campaigns.sources import source_label, valid_sources
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import ensure_in_scope, full_name, unit_by_code
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Campaign, Indicator, Result
from thidua_desktop.store.models.core import Target as TargetRecord

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")
MAX_TITLE = 500


class UnknownCampaignError(UserError):
    """No campaign or indicator has the code given."""


class ReadOnlyDefinitionError(UserError):
    """The campaign was defined by a higher office and arrived in a package."""


# -- reading ------------------------------------------------------------------------------------


def list_campaigns(db: Database) -> list[CampaignRow]:
    with db.reading() as session:
        counts = dict(
            session.execute(
                select(Indicator.campaign_id, func.count()).group_by(Indicator.campaign_id)
            ).all()
        )
        campaigns = session.scalars(
            select(Campaign).order_by(Campaign.start_date.desc(), Campaign.code)
        ).all()
        return [campaign_row(session, c, counts.get(c.id, 0)) for c in campaigns]


def get_campaign(db: Database, code: str) -> tuple[CampaignRow, list[IndicatorRow]]:
    with db.reading() as session:
        campaign = campaign_by_code(session, code)
        indicators = indicator_rows(session, campaign)
        return campaign_row(session, campaign, len(indicators)), indicators


def campaign_by_code(session: Session, code: str) -> Campaign:
    campaign = session.scalars(select(Campaign).where(Campaign.code == clean(code))).first()
    if campaign is None:
        raise UnknownCampaignError(
            msg('Không có phong trào thi đua nào mã "{code}".', code=clean(code))
        )
    return campaign


def indicator_by_code(session: Session, campaign: Campaign, code: str) -> Indicator:
    indicator = session.scalars(
        select(Indicator).where(Indicator.campaign_id == campaign.id, Indicator.code == clean(code))
    ).first()
    if indicator is None:
        raise UnknownCampaignError(
            msg(
                'Phong trào "{campaign}" không có chỉ tiêu nào mã "{code}".',
                campaign=campaign.code,
                code=clean(code),
            )
        )
    return indicator


def campaign_row(session: Session, campaign: Campaign, indicator_count: int) -> CampaignRow:
    scope = session.get(AdminUnit, campaign.scope_unit_id)
    assert scope is not None
    return CampaignRow(
        id=campaign.id,
        uid=campaign.uid,
        code=campaign.code,
        title=campaign.title,
        form=campaign.form,
        form_label=CampaignForm(campaign.form).label,
        theme=campaign.theme or "",
        doc_number=campaign.doc_number or "",
        doc_date=campaign.doc_date,
        doc_issuer=campaign.doc_issuer or "",
        doc_summary=campaign.doc_summary or "",
        start_date=campaign.start_date,
        end_date=campaign.end_date,
        scope_code=scope.code,
        scope_name=full_name(scope),
        status=campaign.status,
        status_label=CampaignStatus(campaign.status).label,
        owner_code=campaign.owner_code,
        demo=campaign.demo,
        indicator_count=indicator_count,
    )


def indicator_rows(session: Session, campaign: Campaign) -> list[IndicatorRow]:
    indicators = session.scalars(
        select(Indicator)
        .where(Indicator.campaign_id == campaign.id)
        .order_by(Indicator.position, Indicator.id)
    )
    return [indicator_row(campaign, i) for i in indicators]


def indicator_row(campaign: Campaign, indicator: Indicator) -> IndicatorRow:
    return IndicatorRow(
        id=indicator.id,
        uid=indicator.uid,
        campaign_code=campaign.code,
        code=indicator.code,
        name=indicator.name,
        unit_of_measure=indicator.unit_of_measure,
        decimals=indicator.decimals,
        comparator=indicator.comparator,
        source=indicator.source,
        source_label=source_label(indicator.source),
        min_value=indicator.min_value,
        max_value=indicator.max_value,
        whole_number=indicator.whole_number,
        position=indicator.position,
        note=indicator.note or "",
    )


# -- campaigns ----------------------------------------------------------------------------------


def save_campaign(db: Database, data: CampaignInput, *, original_code: str | None = None) -> str:
    """Create a campaign (original_code None) or change one; returns its code."""
    values = _campaign_values(data)
    with db.transaction() as session:
        scope = unit_by_code(session, data.scope_code)
        ensure_in_scope(session, scope)
        values["scope_unit_id"] = scope.id
        clash = session.scalars(select(Campaign).where(Campaign.code == values["code"])).first()
        if original_code is None:
            if clash is not None:
                raise InvalidInput(
                    msg('Đã có phong trào mã "{code}"; hãy chọn mã khác.', code=values["code"])
                )
            now = utc_now()
            campaign = Campaign(uid=str(uuid.uuid4()), created_at=now, updated_at=now, **values)
            session.add(campaign)
            session.flush()
            audit.record(session, action="create", entity="campaign", key=campaign.code, new=values)
            return campaign.code
        campaign = campaign_by_code(session, original_code)
        _ensure_editable(campaign)
        if clash is not None and clash.id != campaign.id:
            raise InvalidInput(
                msg('Đã có phong trào mã "{code}"; hãy chọn mã khác.', code=values["code"])
            )
        years_with_data = _result_years(session, campaign)
        outside = [
            y for y in years_with_data if not data.start_date.year <= y <= data.end_date.year
        ]
        if outside:
            raise InvalidInput(
                "Không thể thu hẹp thời gian: đã có kết quả năm "
                + ", ".join(str(y) for y in outside)
                + "."
            )
        old = {k: getattr(campaign, k) for k in values if getattr(campaign, k) != values[k]}
        if old:
            for key in old:
                setattr(campaign, key, values[key])
            campaign.updated_at = utc_now()
            audit.record(
                session,
                action="update",
                entity="campaign",
                key=campaign.code,
                old=old,
                new={k: values[k] for k in old},
            )
        return campaign.code


def delete_campaign(db: Database, code: str) -> None:
    """Delete a campaign that has no results yet (a campaign with results is closed instead)."""
    with db.transaction() as session:
        campaign = campaign_by_code(session, code)
        _ensure_editable(campaign)
        if _result_years(session, campaign):
            raise InvalidInput(
                msg(
                    "Phong trào đã có kết quả nên không xóa được; hãy chuyển trạng thái sang "
                    '"đã tổng kết".'
                )
            )
        audit.record(
            session,
            action="delete",
            entity="campaign",
            key=campaign.code,
            old={"title": campaign.title, "start_date": campaign.start_date},
        )
        from thidua_desktop.services.attachments.records import remove_owned

        remove_owned(session, "campaign", campaign.uid)  # the kept files are pruned later
        session.delete(campaign)


def _campaign_values(data: CampaignInput) -> dict[str, object]:
    code = clean(data.code)
    if not CODE_PATTERN.match(code):
        raise InvalidInput(
            f'Mã phong trào "{code}" không hợp lệ: dùng chữ không dấu, số và . _ / - '
            "(tối đa 40 ký tự), ví dụ CT10-2023."
        )
    title = clean(data.title)
    if not title:
        raise InvalidInput(msg("Hãy nhập tên phong trào thi đua."))
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"Tên phong trào dài quá {MAX_TITLE} ký tự.")
    if data.form not in {f.value for f in CampaignForm}:
        raise InvalidInput(f'Hình thức thi đua không hợp lệ: "{data.form}".')
    if data.status not in {s.value for s in CampaignStatus}:
        raise InvalidInput(f'Trạng thái không hợp lệ: "{data.status}".')
    if data.start_date > data.end_date:
        raise InvalidInput(
            f"Ngày bắt đầu ({data.start_date:%d/%m/%Y}) sau ngày kết thúc "
            f"({data.end_date:%d/%m/%Y})."
        )
    return {
        "code": code,
        "title": title,
        "form": data.form,
        "theme": clean(data.theme) or None,
        "doc_number": clean(data.doc_number) or None,
        "doc_date": data.doc_date,
        "doc_issuer": clean(data.doc_issuer) or None,
        "doc_summary": clean(data.doc_summary) or None,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "status": data.status,
    }


def _ensure_editable(campaign: Campaign) -> None:
    if campaign.owner_code is not None:
        raise ReadOnlyDefinitionError(
            msg(
                'Phong trào "{campaign}" do cơ quan cấp trên (mã {owner}) ban hành nên chỉ xem '
                "được, không sửa được tại đây.",
                campaign=campaign.code,
                owner=campaign.owner_code,
            )
        )


def _result_years(session: Session, campaign: Campaign) -> list[int]:
    return sorted(
        session.scalars(
            select(Result.year)
            .join(Indicator, Indicator.id == Result.indicator_id)
            .where(Indicator.campaign_id == campaign.id)
            .distinct()
        )
    )


# -- indicators ---------------------------------------------------------------------------------


def save_indicator(
    db: Database, campaign_code: str, data: IndicatorInput, *, original_code: str | None = None
) -> str:
    values = _indicator_values(data)
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        _ensure_editable(campaign)
        clash = session.scalars(
            select(Indicator).where(
                Indicator.campaign_id == campaign.id, Indicator.code == values["code"]
            )
        ).first()
        key = f"{campaign.code}/{values['code']}"
        if original_code is None:
            if clash is not None:
                raise InvalidInput(f'Phong trào đã có chỉ tiêu mã "{values["code"]}".')
            position = session.scalar(
                select(func.coalesce(func.max(Indicator.position), 0)).where(
                    Indicator.campaign_id == campaign.id
                )
            )
            indicator = Indicator(
                uid=str(uuid.uuid4()),
                campaign_id=campaign.id,
                position=(position or 0) + 1,
                **values,
            )
            session.add(indicator)
            session.flush()
            audit.record(session, action="create", entity="indicator", key=key, new=values)
            return indicator.code
        indicator = indicator_by_code(session, campaign, original_code)
        if clash is not None and clash.id != indicator.id:
            raise InvalidInput(f'Phong trào đã có chỉ tiêu mã "{values["code"]}".')
        old = {k: getattr(indicator, k) for k in values if getattr(indicator, k) != values[k]}
        if old:
            for k in old:
                setattr(indicator, k, values[k])
            audit.record(
                session,
                action="update",
                entity="indicator",
                key=key,
                old=old,
                new={k: values[k] for k in old},
            )
        return indicator.code


def delete_indicator(db: Database, campaign_code: str, code: str) -> None:
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        _ensure_editable(campaign)
        indicator = indicator_by_code(session, campaign, code)
        results = session.scalar(
            select(func.count()).select_from(Result).where(Result.indicator_id == indicator.id)
        )
        if results:
            raise InvalidInput(
                msg(
                    'Chỉ tiêu "{name}" đã có {count} kết quả nên không xóa được.',
                    name=indicator.name,
                    count=results,
                )
            )
        audit.record(
            session,
            action="delete",
            entity="indicator",
            key=f"{campaign.code}/{indicator.code}",
            old={"name": indicator.name},
        )
        session.delete(indicator)


def _indicator_values(data: IndicatorInput) -> dict[str, object]:
    code = clean(data.code)
    if not CODE_PATTERN.match(code):
        raise InvalidInput(
            f'Mã chỉ tiêu "{code}" không hợp lệ: dùng chữ không dấu, số và . _ / - '
            "(tối đa 40 ký tự)."
        )
    name = clean(data.name)
    if not name:
        raise InvalidInput("Hãy nhập tên chỉ tiêu.")
    if len(name) > MAX_TITLE:
        raise InvalidInput(f"Tên chỉ tiêu dài quá {MAX_TITLE} ký tự.")
    unit = clean(data.unit_of_measure)
    if not unit or len(unit) > 40:
        raise InvalidInput("Hãy nhập đơn vị tính (ví dụ %, tỷ đồng, xã), tối đa 40 ký tự.")
    if not 0 <= data.decimals <= 6:
        raise InvalidInput("Số chữ số thập phân phải từ 0 đến 6.")
    if data.comparator not in {c.value for c in Comparator}:
        raise InvalidInput(f'Cách so sánh không hợp lệ: "{data.comparator}".')
    if data.source not in valid_sources():
        raise InvalidInput(f'Nguồn số liệu không hợp lệ: "{data.source}".')
    if (
        data.min_value is not None
        and data.max_value is not None
        and data.min_value > data.max_value
    ):
        raise InvalidInput("Giá trị tối thiểu lớn hơn giá trị tối đa.")
    return {
        "code": code,
        "name": name,
        "unit_of_measure": unit,
        "decimals": data.decimals,
        "comparator": data.comparator,
        "source": data.source,
        "min_value": data.min_value,
        "max_value": data.max_value,
        "whole_number": data.whole_number,
        "note": clean(data.note) or None,
    }


# -- targets ------------------------------------------------------------------------------------


def set_target(
    db: Database,
    *,
    campaign_code: str,
    indicator_code: str,
    unit_code: str,
    year: int,
    low: str | Decimal,
    high: str | Decimal | None = None,
    note: str = "",
) -> Target:
    """Set the target of an indicator for a unit (the scope, or an allocation) and year."""
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        _ensure_editable(campaign)
        indicator = indicator_by_code(session, campaign, indicator_code)
        unit = unit_by_code(session, unit_code, year=year)
        ensure_in_scope(session, unit)
        _ensure_year_in_campaign(campaign, year)
        target = _target_from_input(indicator, low, high)
        _put_target(session, campaign, indicator, unit, year, target, note)
        return target


def target_key(campaign: Campaign, indicator: Indicator, unit: AdminUnit, year: int) -> str:
    """The audit key of one target: "TD-2026/VON_DT/31135/2026"."""
    return f"{campaign.code}/{indicator.code}/{unit.code}/{year}"


def _put_target(
    session: Session,
    campaign: Campaign,
    indicator: Indicator,
    unit: AdminUnit,
    year: int,
    target: Target | None,
    note: str,
) -> bool:
    """Create, change or (target None) remove one target, audited; whether anything changed."""
    record = session.scalars(
        select(TargetRecord).where(
            TargetRecord.indicator_id == indicator.id,
            TargetRecord.unit_id == unit.id,
            TargetRecord.year == year,
        )
    ).first()
    key = target_key(campaign, indicator, unit, year)
    if target is None:
        if record is None:
            return False
        audit.record(
            session,
            action="delete",
            entity="target",
            key=key,
            old={"low": record.low, "high": record.high},
            unit_id=unit.id,
        )
        session.delete(record)
        return True
    new = {"low": target.low, "high": target.high, "note": clean(note) or None}
    if record is None:
        session.add(
            TargetRecord(
                uid=str(uuid.uuid4()), indicator_id=indicator.id, unit_id=unit.id, year=year, **new
            )
        )
        audit.record(session, action="create", entity="target", key=key, new=new, unit_id=unit.id)
        return True
    old = {k: getattr(record, k) for k in new if getattr(record, k) != new[k]}
    if not old:
        return False
    for k in old:
        setattr(record, k, new[k])
    audit.record(
        session,
        action="update",
        entity="target",
        key=key,
        old=old,
        new={k: new[k] for k in old},
        unit_id=unit.id,
    )
    return True


@dataclass(frozen=True, slots=True)
class TargetEntry:
    """One row of the targets form: empty `low` removes the target."""

    indicator_code: str
    low: str
    high: str = ""
    note: str = ""


def save_targets(
    db: Database,
    *,
    campaign_code: str,
    unit_code: str,
    year: int,
    entries: list[TargetEntry],
    seen: Mapping[str, Target] | None = None,
) -> int:
    """Save the targets form of one unit and year in one transaction (all or nothing).

    `seen` is the unit's targets as the form read them: if someone else has changed them since
    (several staff on one server database), the save is refused by name, not overwritten."""
    changed = 0
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        _ensure_editable(campaign)
        _ensure_year_in_campaign(campaign, year)
        unit = unit_by_code(session, unit_code, year=year)
        ensure_in_scope(session, unit)
        if seen is not None and _unit_targets(session, campaign, unit, year) != dict(seen):
            raise _targets_changed(session, unit, year)
        for entry in entries:
            indicator = indicator_by_code(session, campaign, entry.indicator_code)
            target = None
            if clean(entry.low):
                try:
                    target = _target_from_input(indicator, entry.low, entry.high or None)
                except InvalidInput as exc:
                    raise InvalidInput(f"{indicator.name}: {exc.message}") from None
            changed += _put_target(session, campaign, indicator, unit, year, target, entry.note)
    return changed


def targets_of(db: Database, *, campaign_code: str, unit_code: str, year: int) -> dict[str, Target]:
    """The targets set for one unit and year, by indicator code."""
    with db.reading() as session:
        campaign = campaign_by_code(session, campaign_code)
        unit = unit_by_code(session, unit_code, year=year)
        return _unit_targets(session, campaign, unit, year)


def _unit_targets(
    session: Session, campaign: Campaign, unit: AdminUnit, year: int
) -> dict[str, Target]:
    rows = session.execute(
        select(Indicator.code, Indicator.comparator, TargetRecord.low, TargetRecord.high)
        .join(TargetRecord, TargetRecord.indicator_id == Indicator.id)
        .where(
            Indicator.campaign_id == campaign.id,
            TargetRecord.unit_id == unit.id,
            TargetRecord.year == year,
        )
    )
    return {code: Target(Comparator(comp), low, high) for code, comp, low, high in rows}


def _targets_changed(session: Session, unit: AdminUnit, year: int) -> audit.ChangedMeanwhileError:
    return audit.changed_meanwhile(
        session,
        entity="target",
        unit_id=unit.id,
        template="{who} đã sửa chỉ tiêu năm {year} của {unit} ({time}) sau khi bạn mở biểu mẫu: "
        "chưa lưu thay đổi của bạn. Hãy chọn lại đơn vị để xem bản mới rồi sửa tiếp.",
        year=year,
        unit=UnitKind(unit.kind).full_name(unit.name),
    )


def _target_from_input(
    indicator: Indicator, low: str | Decimal, high: str | Decimal | None
) -> Target:
    low_value = low if isinstance(low, Decimal) else parse_number(low)
    high_value = (
        None
        if high is None or (isinstance(high, str) and not high.strip())
        else (high if isinstance(high, Decimal) else parse_number(high))
    )
    comparator = Comparator(indicator.comparator)
    target = Target(comparator, low_value, high_value)
    rule_values = [low_value] if high_value is None else [low_value, high_value]
    rule = ValueRule(
        indicator.min_value, indicator.max_value, indicator.whole_number, indicator.unit_of_measure
    )
    for value in rule_values:
        try:
            check_value(value, rule)
        except InvalidInput as exc:
            raise InvalidInput(f"Chỉ tiêu không hợp lệ: {exc.message}") from None
    return target


def _ensure_year_in_campaign(campaign: Campaign, year: int) -> None:
    if not campaign.start_date.year <= year <= campaign.end_date.year:
        raise InvalidInput(
            msg(
                "Năm {year} nằm ngoài thời gian của phong trào ({start} - {end}).",
                year=year,
                start=f"{campaign.start_date:%d/%m/%Y}",
                end=f"{campaign.end_date:%d/%m/%Y}",
            )
        )


def describe_bound(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)
