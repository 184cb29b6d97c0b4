"""The five annual statistics forms of a year, computed from what the application holds:
campaigns launched in the year and the cụm, khối organised in it (0601); the award lines of
decisions signed in the year, at state level (0602) and at ministry/province level (0603),
by recipient kind and class and by method; the TĐKT bodies (0604) and civil servants (0605)
entered in Cài đặt (the office's own: none for a unit below it). Everything in the office's
scope, or a unit's within it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select

from thidua_desktop.domain.awards.types import RecipientClass, RecipientType
from thidua_desktop.domain.statistics import (
    Counted,
    FilledForm,
    FormsVersion,
    StatisticsForms,
    active_in,
    age_band,
    award_group,
    campaign_duration,
    fill,
    parse_forms,
    seniority_band,
    tags,
)
from thidua_desktop.domain.units import Level
from thidua_desktop.paths import resource
from thidua_desktop.store.engine import Database

FORMS_FILE = ("data", "statistics_forms.json")
BUSINESS = (RecipientClass.ENTERPRISE.value, RecipientClass.COOPERATIVE.value)


@cache
def statistics_forms() -> StatisticsForms:
    return parse_forms(json.loads(resource(*FORMS_FILE).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class YearStatistics:
    year: int
    unit_code: str
    unit_name: str  # the reporting unit ("Thành phố Cần Thơ")
    version: FormsVersion
    forms: dict[str, FilledForm]  # "0601" … "0605"
    # Who receives them: the Bộ Nội vụ from a province (the form's own), the province's Sở Nội
    # vụ from an office below it.
    receiver: str = ""


def year_statistics(db: Database, year: int, unit_code: str | None = None) -> YearStatistics:
    """The five forms of `year` for the office (or `unit_code`, within its scope)."""
    from thidua_desktop.domain.units import in_sentence
    from thidua_desktop.services.core.scope import (
        ensure_in_scope,
        full_name,
        office_unit,
        subtree_query,
        unit_by_code,
    )
    from thidua_desktop.store.models.awards import (
        AwardDecision,
        AwardLine,
        AwardProposal,
        AwardRecipient,
    )
    from thidua_desktop.store.models.clusters import EmulationCluster
    from thidua_desktop.store.models.core import AdminUnit, Campaign
    from thidua_desktop.store.models.statistics import TdktBody, TdktStaff

    version = statistics_forms().for_year(year)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.reading() as session:
        unit = office = office_unit(session)
        if unit_code is not None and unit_code != unit.code:
            unit = unit_by_code(session, unit_code, year=year)
            ensure_in_scope(session, unit)
        scope = subtree_query([unit.id])
        campaigns = session.execute(
            select(Campaign.code, Campaign.title, Campaign.form, Campaign.start_date)
            .add_columns(Campaign.end_date, AdminUnit.level)
            .join(AdminUnit, AdminUnit.id == Campaign.scope_unit_id)
            .where(
                Campaign.scope_unit_id.in_(scope),
                Campaign.status != "draft",
                # Launched in the year: a campaign of several years is counted once, in the
                # duration class of its whole length.
                Campaign.start_date >= first,
                Campaign.start_date <= last,
            )
            .order_by(Campaign.start_date, Campaign.code)
        ).all()
        clusters = session.execute(
            select(EmulationCluster.code, EmulationCluster.name, AdminUnit.level)
            .join(AdminUnit, AdminUnit.id == EmulationCluster.council_unit_id)
            .where(
                EmulationCluster.year == year,
                EmulationCluster.council_unit_id.in_(scope),
                EmulationCluster.owner_code.is_(None),  # received: counted by its organiser
            )
            .order_by(EmulationCluster.code)
        ).all()
        lines = session.execute(
            select(
                AwardLine.award_code,
                AwardLine.award_type,
                AwardRecipient.kind,
                AwardRecipient.stat_class,
                AwardRecipient.category,
                AwardRecipient.name,
                AwardDecision.number,
            )
            .join(AwardDecision, AwardDecision.id == AwardLine.decision_id)
            .join(AwardProposal, AwardProposal.id == AwardLine.proposal_id)
            .join(AwardRecipient, AwardRecipient.id == AwardLine.recipient_id)
            .where(
                AwardDecision.decision_date >= first,
                AwardDecision.decision_date <= last,
                AwardProposal.unit_id.in_(scope),
            )
            .order_by(AwardDecision.decision_date, AwardLine.proposal_id, AwardLine.position)
        ).all()
        # The bodies and staff entered in Cài đặt are the office's own: a unit below it has
        # none recorded here.
        own = unit.id == office.id
        bodies = (
            session.execute(
                select(TdktBody.name, TdktBody.kind, TdktBody.since_year, TdktBody.until_year)
            ).all()
            if own
            else []
        )
        staff = (
            session.execute(
                select(
                    TdktStaff.full_name,
                    TdktStaff.gender,
                    TdktStaff.birth_year,
                    TdktStaff.training,
                    TdktStaff.since_year,
                    TdktStaff.until_year,
                )
            ).all()
            if own
            else []
        )
        unit_name, code = full_name(unit), unit.code
        receiver = version.receiver
        province = office
        while province.level > Level.PROVINCE and province.parent_id is not None:
            parent = session.get(AdminUnit, province.parent_id)
            if parent is None:
                break
            province = parent
        if office.level > Level.PROVINCE and province.level == Level.PROVINCE:
            receiver = f"Sở Nội vụ {in_sentence(full_name(province))}"

    counted: dict[str, list[Counted]] = {form: [] for form in version.forms}
    for c_code, title, form, start, end, level in campaigns:
        province = level == Level.PROVINCE
        counted["0601"].append(
            Counted(
                tags(
                    "level:province" if province else "level:unit",
                    "scope:local" if province else "scope:unit",
                    f"duration:{campaign_duration(start, end)}",
                    f"form:{form}",
                ),
                f"Phong trào {c_code}: {title}",
            )
        )
    for k_code, name, level in clusters:
        counted["0601"].append(
            Counted(
                tags(
                    "level:province" if level == Level.PROVINCE else "level:unit",
                    "scope:cluster",
                    "duration:1",
                    "form:thuong_xuyen",
                ),
                f"Cụm, khối {k_code}: {name}",
            )
        )
    for award, method, kind, stat_class, category, recipient, number in lines:
        for form_code in ("0602", "0603"):
            group = award_group(version.forms[form_code], award)
            if group is None:
                continue
            person = kind == RecipientType.INDIVIDUAL.value
            counted[form_code].append(
                Counted(
                    tags(
                        f"award:{group}",
                        f"side:{'individual' if person else 'collective'}",
                        f"kind:{kind}",
                        f"class:{stat_class}" if stat_class else None,
                        "org:business" if stat_class in BUSINESS else None,
                        f"category:{category}" if category else None,
                        f"method:{method}",
                        "proposer:province",
                    ),
                    f"{number}: {recipient or 'tập thể đơn vị'} ({award})",
                )
            )
    for name, kind, since, until in bodies:
        if active_in(year, since, until):
            counted["0604"].append(Counted(tags(f"kind:{kind}"), name))
    for name, gender, born, training, since, until in staff:
        if active_in(year, since, until):
            counted["0605"].append(
                Counted(
                    tags(
                        f"gender:{gender}",
                        f"age:{age_band(born, year)}",
                        f"training:{training}",
                        f"seniority:{seniority_band(since, year)}",
                    ),
                    name,
                )
            )
    forms = {code: fill(form, counted[code]) for code, form in version.forms.items()}
    return YearStatistics(year, code, unit_name, version, forms, receiver)
