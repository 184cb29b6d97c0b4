"""A proposal decided in part: its pending lines still count for the rules, and every line is
judged by its own rule version (a decided line by its decision's, a pending line by the
proposal's submission date), in the proposal's detail and in the year's overview alike."""

from __future__ import annotations

import datetime as dt

import pytest

from thidua_desktop.domain.awards.types import (
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientType,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.awards.edit import add_line, create_proposal
from thidua_desktop.services.awards.lookup import awards_overview
from thidua_desktop.services.awards.proposals import get_proposal
from thidua_desktop.services.awards.recipients import save_recipient
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
    LineEntry,
    ProposalEntry,
    RecipientEntry,
    ReviewEntry,
    WarningCode,
)
from thidua_desktop.services.awards.workflow import (
    decide_proposal,
    record_review,
    submit_proposal,
)
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database

DAY = dt.date(2023, 12, 1)
NAMES = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"]


@pytest.fixture
def office(db: Database) -> Database:
    set_profile(db, office_code="926")  # huyện Phong Điền
    return db


def people(db: Database, unit: str = "31300") -> list[int]:
    return [
        save_recipient(
            db,
            RecipientEntry(
                kind=RecipientType.INDIVIDUAL,
                unit_code=unit,
                name=name,
                gender=Gender.MALE if " Văn " in name else Gender.FEMALE,
                birth_year=1980 + n,
                position="Công chức",
                category=Category.CIVIL_SERVANT,
            ),
        ).id
        for n, name in enumerate(NAMES)
    ]


def reviewed(db: Database, entry: ProposalEntry, lines: list[LineEntry], votes: int = 5) -> int:
    pid = create_proposal(db, entry).proposal.id
    for line in lines:
        detail = add_line(db, pid, line)
    submit_proposal(db, pid, submitted_on=entry.proposal_date)
    ballots = {line.id: votes for line in detail.lines if line.needs_ballot}
    record_review(db, pid, ReviewEntry(entry.proposal_date, 5, 5, ballots))
    return pid


def texts(db: Database, pid: int) -> list[str]:
    return [w.message for w in get_proposal(db, pid).warnings]


def test_pending_lines_of_a_partly_decided_proposal_still_count(office: Database) -> None:
    ids = people(office)
    lines = [LineEntry(rid, "ldtt") for rid in ids]
    lines += [LineEntry(ids[0], "cstdcs", achievement="Sáng kiến")]
    lines += [LineEntry(ids[1], "cstdcs", achievement="Sáng kiến")]
    pid = reviewed(
        office, ProposalEntry("31300", 2023, "Đề nghị", DAY, DecidingLevel.DISTRICT), lines
    )
    before = texts(office, pid)
    (quota,) = [m for m in before if "vượt tỷ lệ" in m]
    assert "2 cá nhân “Chiến sĩ thi đua cơ sở” năm 2023 trên 5 cá nhân" in quota
    assert not any("chưa có" in m for m in before)
    overview = awards_overview(office, year=2023)
    assert [(q.count, q.base_count) for q in overview.quotas] == [(2, 5)]

    detail = get_proposal(office, pid)
    first, cstdcs = detail.lines[0].id, detail.lines[-1].id  # LĐTT of An, CSTĐCS of Bích
    detail = decide_proposal(
        office,
        pid,
        DecisionEntry("5/QĐ-UBND", dt.date(2024, 1, 5), "Lê Văn Tám", line_ids=(first, cstdcs)),
    )
    assert detail.proposal.status is ProposalStatus.DECIDED
    assert texts(office, pid) == before  # Bích's pending LĐTT still counts: no false warning
    overview = awards_overview(office, year=2023)
    assert [(q.count, q.base_count) for q in overview.quotas] == [(2, 5)]
    assert overview.proposed == len(lines)
    # The pending lines can still be decided, and then count as decided.
    detail = decide_proposal(office, pid, DecisionEntry("6/QĐ-UBND", dt.date(2024, 1, 6), "A B"))
    assert detail.proposal.decided_lines == len(lines)
    assert texts(office, pid) == before


def test_each_line_keeps_the_rules_of_its_own_decision_across_01_01_2024(
    office: Database,
) -> None:
    """Bằng khen TTg: 2017 rules need a Bằng khen tỉnh before; the 2024 rules also need 3 CSTĐCS
    in 5 years. A line decided on 31/12/2023 stays under 2017 when another line of the same
    proposal is decided on 01/01/2024; a pending line keeps its submission date's rules."""
    ids = people(office, "926")
    earlier = create_proposal(
        office, ProposalEntry("926", 2022, "Bằng khen 2022", DAY.replace(2022))
    )
    for rid in ids[:3]:
        add_line(office, earlier.proposal.id, LineEntry(rid, "bang_khen_tinh"))
    central = ProposalEntry("926", 2023, "Đề nghị Bằng khen Thủ tướng", DAY, DecidingLevel.CENTRAL)
    pid = reviewed(office, central, [LineEntry(rid, "bang_khen_ttg") for rid in ids[:3]])
    detail = get_proposal(office, pid)
    a, b, _ = (line.id for line in detail.lines)

    def cstdcs_missing() -> list[int]:
        return [
            line.position
            for line in get_proposal(office, pid).lines
            if any("Chiến sĩ thi đua cơ sở" in w for w in line.warnings)
        ]

    assert cstdcs_missing() == []  # submitted in 2023: 2017 rules for all three
    decide_proposal(
        office, pid, DecisionEntry("1/TTg", dt.date(2023, 12, 31), "A B", line_ids=(a,))
    )
    decide_proposal(office, pid, DecisionEntry("2/TTg", dt.date(2024, 1, 1), "A B", line_ids=(b,)))
    assert cstdcs_missing() == [2]  # only the line decided under the 2024 rules
    detail = get_proposal(office, pid)
    assert [d.rules_version for d in detail.decisions] == ["2017", "2024"]
    # The year's overview judges the lines the same way.
    overview = awards_overview(office, year=2023)
    mine = [w.message for w in overview.warnings if w.proposal_id == pid]
    assert [m for m in mine if "Chiến sĩ thi đua cơ sở" in m] == [
        m for m in texts(office, pid) if "Chiến sĩ thi đua cơ sở" in m
    ]
    assert len([m for m in mine if "Chiến sĩ thi đua cơ sở" in m]) == 1
    assert all(w.code is not WarningCode.CATALOGUE for w in overview.warnings)


def test_a_line_below_the_ballot_threshold_cannot_be_decided(office: Database) -> None:
    ids = people(office)
    lines = [LineEntry(rid, "ldtt") for rid in ids]
    lines += [LineEntry(ids[0], "cstdcs", achievement="Sáng kiến")]
    pid = reviewed(
        office, ProposalEntry("31300", 2023, "Đề nghị", DAY, DecidingLevel.DISTRICT), lines, 2
    )
    detail = get_proposal(office, pid)
    low = detail.lines[-1]
    assert low.needs_ballot and low.votes_agree == 2
    with pytest.raises(InvalidInput, match=r"Dòng 6 .*2/5 .*40%.*dưới mức 50%"):
        decide_proposal(
            office,
            pid,
            DecisionEntry("7/QĐ-UBND", DAY, "A B", line_ids=(detail.lines[0].id, low.id)),
        )
    assert get_proposal(office, pid).proposal.decided_lines == 0  # nothing written
    # Without a list, every line not decided yet — the failed ballot line is refused too.
    with pytest.raises(InvalidInput, match="Dòng 6"):
        decide_proposal(office, pid, DecisionEntry("7/QĐ-UBND", DAY, "A B"))
    detail = decide_proposal(
        office,
        pid,
        DecisionEntry("7/QĐ-UBND", DAY, "A B", line_ids=tuple(x.id for x in detail.lines[:-1])),
    )
    assert detail.proposal.decided_lines == len(lines) - 1
