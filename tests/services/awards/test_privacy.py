"""Personal data of khen thưởng recipients stays in the office's database: not in the audit
trail, not in the log file (errors included), not in the data packages sent upward."""

from __future__ import annotations

import datetime as dt
import json
import logging
import traceback
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from thidua_desktop.domain.awards.types import Category, Gender, RecipientType
from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.text import fold
from thidua_desktop.exchange.operations import export_package
from thidua_desktop.paths import DataDir
from thidua_desktop.services.awards.edit import add_line, create_proposal, update_line
from thidua_desktop.services.awards.recipients import (
    delete_recipient,
    save_recipient,
)
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
    LineEntry,
    ProposalEntry,
    RecipientEntry,
    ReviewEntry,
)
from thidua_desktop.services.awards.workflow import (
    decide_proposal,
    record_review,
    return_proposal,
    submit_proposal,
)
from thidua_desktop.store.engine import Database, ServerError
from thidua_desktop.store.models.awards import AwardRecipient
from thidua_desktop.store.models.core import AuditEntry

SECRET = "Hoàng Thị Bí Mật"  # a name that must appear nowhere but in its own table
SECRET_POSITION = "Kế toán trưởng Hợp tác xã Kín Đáo"
DAY = dt.date(2023, 12, 1)


def personal_strings(db: Database) -> set[str]:
    """Every person's and household's name and position in the database, folded too."""
    with db.reading() as session:
        rows = session.execute(
            select(AwardRecipient.name, AwardRecipient.position).where(
                AwardRecipient.kind != RecipientType.COLLECTIVE.value
            )
        ).all()
    found = {value for row in rows for value in row if value}
    return found | {fold(value) for value in found}


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The application's log as the GUI sets it up: the "thidua_desktop" logger, INFO, a file."""
    path = tmp_path / "thidua.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    logger = logging.getLogger("thidua_desktop")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield path
    logger.removeHandler(handler)
    logger.setLevel(old_level)
    handler.close()


def as_the_gui_does(action: object) -> None:
    """Run `action`, logging an expected error's message as gui/errors.py does, and a bug's
    traceback as the crash handler does."""
    log = logging.getLogger("thidua_desktop")
    try:
        action()  # type: ignore[operator]
    except UserError as exc:
        log.info("user error: %s", exc.message)
    except Exception:
        log.error("unexpected error\n%s", traceback.format_exc())


def work_with_a_person(db: Database) -> None:
    """Add, change, propose, refuse and decide with a person whose name is SECRET."""
    entry = RecipientEntry(
        kind=RecipientType.INDIVIDUAL,
        unit_code="31300",
        name=SECRET,
        gender=Gender.FEMALE,
        birth_year=1977,
        position=SECRET_POSITION,
        category=Category.DIRECT_WORKER,
    )
    person = save_recipient(db, entry)
    renamed = save_recipient(
        db,
        replace(entry, birth_year=1978, position=SECRET_POSITION + " (cũ)"),
        recipient_id=person.id,
    )
    spare = save_recipient(
        db,
        RecipientEntry(
            kind=RecipientType.HOUSEHOLD,
            unit_code="31306",
            name="Hộ ông Kín Đáo Tư",
            gender=Gender.MALE,
        ),
    )
    delete_recipient(db, spare.id)
    detail = create_proposal(db, ProposalEntry("926", 2023, "Đề nghị tặng Giấy khen", DAY))
    pid = detail.proposal.id
    detail = add_line(
        db, pid, LineEntry(renamed.id, "giay_khen_huyen", achievement=f"Bà {SECRET} cứu người")
    )
    update_line(db, detail.lines[0].id, LineEntry(renamed.id, "giay_khen_huyen", achievement="x"))
    # refusals whose messages the GUI logs
    as_the_gui_does(lambda: add_line(db, pid, LineEntry(renamed.id, "giay_khen_huyen")))
    as_the_gui_does(lambda: add_line(db, pid, LineEntry(renamed.id, "ttldtt")))
    as_the_gui_does(lambda: delete_recipient(db, renamed.id))
    as_the_gui_does(lambda: save_recipient(db, replace(entry, unit_code="31117")))
    submit_proposal(db, pid, submitted_on=DAY)
    return_proposal(db, pid, reason="Thiếu báo cáo thành tích", returned_on=DAY)
    submit_proposal(db, pid, submitted_on=DAY)
    record_review(db, pid, ReviewEntry(DAY, 5, 5))
    decide_proposal(db, pid, DecisionEntry("99/QĐ-UBND", DAY, "Nguyễn Hoàng Long"))

    def bug() -> None:  # a constraint the services would never break: the database refuses
        with db.transaction() as session:
            row = session.get(AwardRecipient, renamed.id)
            assert row is not None
            row.gender = "không rõ"

    as_the_gui_does(bug)
    with pytest.raises((IntegrityError, ServerError)) as refused:
        bug()
    assert SECRET not in str(refused.value)


def test_the_audit_trail_names_recipients_by_id_only(demo_db: Database, log_file: Path) -> None:
    work_with_a_person(demo_db)
    secrets = personal_strings(demo_db)
    assert SECRET in secrets and "Trần Thị Mỹ Hạnh" in secrets  # the demo's people too
    with demo_db.reading() as session:
        entries = session.execute(
            select(
                AuditEntry.entity,
                AuditEntry.entity_key,
                AuditEntry.old_value,
                AuditEntry.new_value,
                AuditEntry.reason,
            )
        ).all()
    award_entries = [e for e in entries if e.entity.startswith("award_")]
    assert {e.entity for e in award_entries} >= {
        "award_recipient",
        "award_proposal",
        "award_line",
        "award_decision",
    }
    text = "\n".join(" ".join(str(v) for v in e if v is not None) for e in entries)
    for secret in secrets:
        assert secret not in text and secret not in fold(text), secret
    changed = [
        json.loads(e.new_value)
        for e in award_entries
        if e.entity == "award_recipient" and e.new_value and "personal_fields" in e.new_value
    ]
    assert ["birth_year", "position"] in [sorted(c["personal_fields"]) for c in changed]


def test_the_log_file_names_nobody(demo_db: Database, log_file: Path) -> None:
    work_with_a_person(demo_db)
    logged = log_file.read_text(encoding="utf-8")
    assert "user error" in logged and "unexpected error" in logged  # the log was written
    assert "IntegrityError" in logged or "ServerError: CheckViolation" in logged
    for secret in personal_strings(demo_db):
        assert secret not in logged and secret not in fold(logged), secret


def test_data_packages_carry_no_award_tables_and_no_names(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    work_with_a_person(demo_db)
    secrets = personal_strings(demo_db)
    for year in (2021, 2022, 2023):
        out = tmp_path / f"goi-{year}.tdkt"
        report = export_package(demo_db, data_dir, year=year, out=out)
        assert not [t for t in report.table_rows if t.startswith("award")]
        with zipfile.ZipFile(out) as package:
            names = package.namelist()
            assert not [n for n in names if "award" in n]
            content = b"\n".join(package.read(n) for n in names).decode("utf-8")
        for secret in secrets:
            assert secret not in content, (year, secret)
