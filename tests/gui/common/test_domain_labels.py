"""The labels of the domain and services layers are translated at the interface's edge.

Those layers stay Vietnamese (reports, command line) and free of Qt; ``gui/common/domain_labels.py``
lists their labels for lupdate. These tests enumerate every enum and label table, so a new value
fails here until it is catalogued (and then translated in thidua_en.ts by the translation tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from thidua_desktop import translations_build
from thidua_desktop.domain import clusters, evaluation, rural, security, units
from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.domain.awards import types as awards
from thidua_desktop.domain.awards.dossiers import DossierRole, DossierStatus
from thidua_desktop.domain.awards.initiatives import CaseKind, InitiativeLevel
from thidua_desktop.domain.certificates import CertField
from thidua_desktop.exchange import manifest, verify
from thidua_desktop.exchange.definitions import campaigns as exchange_campaigns
from thidua_desktop.exchange.definitions import reference, targets
from thidua_desktop.exchange.tables import specs
from thidua_desktop.gui.common import domain_labels, i18n
from thidua_desktop.services.audit import trail as audit_log
from thidua_desktop.services.awards import reference as awards_reference
from thidua_desktop.services.campaigns import rows as campaign_rows
from thidua_desktop.services.campaigns import sources as indicator_sources
from thidua_desktop.services.safety import backups
from thidua_desktop.services.security import rows as security_rows
from thidua_desktop.services.statistics.tdkt import BodyKind, Training

VIETNAMESE = re.compile(r"[À-ỹĐđ]")


def _domain_labels() -> dict[str, set[str]]:
    """Every label the interface may show, by where it comes from."""
    found: dict[str, set[str]] = {
        "evaluation.Status": {s.label for s in evaluation.Status},
        "evaluation.Comparator": {c.label for c in evaluation.Comparator},
        "units.UnitKind": {k.label for k in units.UnitKind},
        "units.Level.office_label": {level.office_label for level in units.Level},
        "rural.Level": {level.label for level in rural.Level}
        | {level.long_label for level in rural.Level},
        "security.Assessment": {a.label for a in security.Assessment},
        "security.AreaKind": {k.label for k in security.AreaKind},
        "security_rows.Change": {c.label for c in security_rows.Change}
        | {security_rows.ANTT_LABEL},
        "campaign_rows": {
            member.label
            for enum in (
                campaign_rows.CampaignForm,
                campaign_rows.CampaignStatus,
                campaign_rows.RegistrationStatus,
                campaign_rows.ValueOrigin,
            )
            for member in enum
        },
        "indicator_sources": {
            indicator_sources.source_label(code) for code in indicator_sources.valid_sources()
        }
        | {source.label for source in indicator_sources.computed_sources()},
        "awards": {
            member.label
            for enum in (
                awards.ProposalStatus,
                awards.RecipientType,
                awards.AwardType,
                awards.DecidingLevel,
                awards.Category,
                awards.Gender,
                awards.RecipientClass,
                BodyKind,
                Training,
            )
            for member in enum
        }
        | {field.label for field in CertField}
        | {level.label for level in InitiativeLevel}
        | {kind.label for kind in CaseKind}
        | {"Trả lại (nháp)", "Đã quyết định (ghi lại)"}
        | {member.label for enum in (DossierRole, DossierStatus) for member in enum},
        "clusters": {
            member.label
            for enum in (
                clusters.ClusterKind,
                clusters.ClusterRole,
                clusters.CriterionKind,
                clusters.SuggestionSource,
            )
            for member in enum
        },
        "awards catalogue": {
            entry.name
            for version in awards_reference.catalogue_versions()
            for entry in version.entries
        },
        "attachments": {kind.label for kind in AttachmentKind},
        "audit_log.ACTION_LABELS": set(audit_log.ACTION_LABELS.values()),
        "audit_log.ENTITY_LABELS": set(audit_log.ENTITY_LABELS.values()),
        "backups.KIND_LABELS": set(backups.KIND_LABELS.values()),
        "exchange.KIND_LABELS": set(manifest.KIND_LABELS.values()),
        "exchange.SIGNATURE_LABELS": set(verify.SIGNATURE_LABELS.values()),
        "exchange tables": {spec.label for spec in specs.RECORD_SPECS}
        | {
            exchange_campaigns.CAMPAIGN_LABEL,
            exchange_campaigns.INDICATOR_LABEL,
            reference.COMPONENT_LABEL,
            reference.CRITERIA_LABEL,
            targets.TARGET_LABEL,
        },
    }
    return found


def test_every_domain_label_is_catalogued() -> None:
    missing = {
        source: sorted(labels - domain_labels.CATALOGUE)
        for source, labels in _domain_labels().items()
        if labels - domain_labels.CATALOGUE
    }
    assert not missing, (
        "Add these labels to thidua_desktop/gui/common/domain_labels.py (QT_TRANSLATE_NOOP), run "
        f"python -m thidua_desktop.translations_build update and translate them: {missing}"
    )


def test_the_catalogue_holds_only_domain_labels() -> None:
    known = set().union(*_domain_labels().values())
    stale = sorted(domain_labels.CATALOGUE - known)
    assert not stale, f"No longer a label of the domain or services: {stale}"


def test_without_a_translator_labels_stay_vietnamese() -> None:
    assert domain_labels.label("đạt") == "đạt"
    assert domain_labels.capitalised("chưa đạt") == "Chưa đạt"
    assert domain_labels.capitalised("xã đạt chuẩn nông thôn mới") == (
        "xã đạt chuẩn nông thôn mới".capitalize()
    )


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    translations_build.release(folder)
    return folder


@pytest.fixture
def english(qapp: QApplication, compiled: Path) -> Iterator[None]:
    i18n.install(qapp, i18n.ENGLISH, folder=compiled)
    yield
    # The other tests read the Vietnamese source text: leave no translator behind.
    i18n.install(qapp, i18n.VIETNAMESE, folder=compiled / "none")
    QLocale.setDefault(QLocale.system())


@pytest.mark.usefixtures("english")
def test_labels_speak_english_when_chosen() -> None:
    label = domain_labels.label
    assert label(evaluation.Status.MET.label) == "met"
    assert label(evaluation.Status.EXCEEDED.label) == "exceeded"
    assert label(evaluation.Status.BELOW.label) == "not met"
    assert label(evaluation.Status.NO_DATA.label) == "no data"
    assert label(units.UnitKind.COMMUNE.label) == "commune"
    assert label(units.Level.PROVINCE.office_label) == "provincial level"
    assert label(rural.Level.NANG_CAO.label) == "Advanced NTM"
    assert domain_labels.capitalised(rural.Level.NTM.long_label).startswith("Commune meeting")
    assert domain_labels.capitalised(rural.Level.NANG_CAO.long_label).endswith("(NTM)")
    assert label(security.Assessment.PENDING.label) == "not assessed"
    # Data is never translated: names come back as they are.
    assert label("Ninh Kiều") == "Ninh Kiều"
    untranslated = sorted(t for t in domain_labels.CATALOGUE if VIETNAMESE.search(label(t)))
    assert not untranslated, untranslated
