"""The five annual statistics forms of the demonstration's 2026 (thành phố Cần Thơ), each
figure checked against a count made here, independently, from the tables themselves."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import text

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.core.scope import OutOfScopeError
from thidua_desktop.services.statistics.forms import year_statistics
from thidua_desktop.store.engine import Database

YEAR = 2026
STATE = ("bang_khen_ttg", "co_thi_dua_cp", "cstd_toan_quoc")
PROVINCE = {"bang_khen_tinh": 1, "cstd_tinh": 2, "co_thi_dua_tinh": 3}  # 0603 column


def _rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(sql), {"first": dt.date(2026, 1, 1), "last": dt.date(2026, 12, 31)}
            )
        ]


def _lines(db: Database, codes: tuple[str, ...]) -> list[tuple[object, ...]]:
    wanted = ", ".join(f"'{c}'" for c in codes)
    return _rows(
        db,
        "SELECT l.award_code, l.award_type, r.kind, r.stat_class, r.category "
        "FROM award_line l JOIN award_decision d ON d.id = l.decision_id "
        "JOIN award_recipient r ON r.id = l.recipient_id "
        f"WHERE d.decision_date BETWEEN :first AND :last AND l.award_code IN ({wanted})",
    )


def test_0601_counts_the_years_campaigns_and_clusters(demo_db: Database) -> None:
    campaigns = _rows(
        demo_db,
        "SELECT c.form, c.start_date, c.end_date, u.level FROM campaign c "
        "JOIN admin_unit u ON u.id = c.scope_unit_id WHERE c.status <> 'draft' "
        "AND c.start_date >= :first AND c.start_date <= :last",
    )
    clusters = _rows(
        demo_db, "SELECT id FROM emulation_cluster WHERE year = 2026 AND owner_code IS NULL"
    )
    assert len(campaigns) == 1 and len(clusters) == 1  # TD-2026 and Cụm thi đua số 2
    form = year_statistics(demo_db, YEAR).forms["0601"]
    total = len(campaigns) + len(clusters)
    province = sum(1 for c in campaigns if c[3] == 1) + len(clusters)  # the city's council
    assert [form.value("01", c) for c in range(4)] == [total, 0, province, total - province]
    assert form.value("03", 0) == sum(1 for c in campaigns if c[3] == 1)
    assert form.value("04", 0) == len(clusters)
    assert form.value("05", 0) == sum(1 for c in campaigns if c[3] != 1)
    assert form.value("02", 0) == 0  # no campaign of the Hội đồng TĐKT Trung ương here
    # TD-2026 runs 01/01-31/12: one year; a cluster's giao ước is of one year.
    assert form.value("07", 0) == total and form.value("06", 0) == 0
    thematic = sum(1 for c in campaigns if c[0] == "chuyen_de")
    assert (form.value("11", 0), form.value("12", 0)) == (thematic, total - thematic)


def test_0602_counts_state_awards_by_column_kind_class_and_method(demo_db: Database) -> None:
    lines = _lines(demo_db, STATE)
    assert len(lines) == 2  # 1512/QĐ-TTg: a Phó Giám đốc Sở and a doanh nghiệp
    form = year_statistics(demo_db, YEAR).forms["0602"]
    assert form.value("01", 0) == len(lines) == form.value("03", 0)
    assert form.value("02", 0) == 0
    by_kind = Counter(line[2] for line in lines)
    assert form.value("06", 0) == by_kind["collective"] == 1
    assert form.value("07", 0) == sum(1 for x in lines if x[3] in ("enterprise", "cooperative"))
    assert form.value("08", 0) == by_kind["household"] == 0
    assert form.value("09", 0) == by_kind["individual"] == 1
    assert form.value("11", 0) == sum(1 for x in lines if x[3] == "leader_department") == 1
    # Bằng khen của Thủ tướng: columns 9 (tập thể) and 10 (cá nhân), 1-based after Tổng số.
    assert (form.value("01", 8), form.value("01", 9)) == (1, 1)
    assert form.value("06", 8) == 1 and form.value("09", 9) == 1
    assert form.value("15", 0) == sum(1 for x in lines if x[1] == "regular") == 2


def test_0603_counts_province_awards_by_kind_class_and_method(demo_db: Database) -> None:
    lines = _lines(demo_db, tuple(PROVINCE))
    form = year_statistics(demo_db, YEAR).forms["0603"]
    # 128/QĐ-UBND (3) and 1876/QĐ-UBND (5): Bằng khen của Chủ tịch UBND thành phố.
    assert len(lines) == 8
    assert form.value("01", 0) == len(lines)
    for code, column in PROVINCE.items():
        assert form.value("01", column) == sum(1 for x in lines if x[0] == code)
    kinds = Counter(x[2] for x in lines)
    classes = Counter(x[3] for x in lines)
    assert form.value("02", 0) == kinds["collective"] == 4
    assert form.value("03", 0) == classes["enterprise"] + classes["cooperative"] == 2
    assert form.value("04", 0) == kinds["household"] == 1
    assert form.value("05", 0) == kinds["individual"] == 3
    assert form.value("06", 0) == classes["leader_province"] == 0
    assert form.value("07", 0) == classes["leader_department"] == 0
    assert form.value("08", 0) == classes["businessperson"] == 1
    assert form.value("09", 0) == classes["leader_other"] == 1
    assert form.value("10", 0) == sum(
        1 for x in lines if x[2] == "individual" and x[4] == "direct_worker"
    )
    methods = Counter(x[1] for x in lines)
    assert (
        [form.value(code, 0) for code in ("11", "12", "13")]
        == [
            methods["regular"],
            methods["campaign"],
            methods["ad_hoc"],
        ]
        == [3, 5, 0]
    )
    # The commune's Giấy khen (298/QĐ-UBND) is in neither form.
    assert all(x[0] != "giay_khen_xa" for x in lines)


def test_0604_and_0605_count_the_bodies_and_staff_of_the_year(demo_db: Database) -> None:
    bodies = _rows(demo_db, "SELECT kind, since_year, until_year FROM tdkt_body")
    staff = _rows(
        demo_db, "SELECT gender, birth_year, training, since_year, until_year FROM tdkt_staff"
    )

    def active(since: object, until: object) -> bool:
        return int(since) <= YEAR and (until is None or int(until) >= YEAR)  # type: ignore[call-overload]

    living = [b for b in bodies if active(b[1], b[2])]
    people = [s for s in staff if active(s[3], s[4])]
    stats = year_statistics(demo_db, YEAR)
    bodies_form, staff_form = stats.forms["0604"], stats.forms["0605"]
    assert bodies_form.value("01", 0) == len(living) == 1  # the Ban became a phòng in 2025
    assert bodies_form.value("05", 0) == sum(1 for b in living if b[0] == "home_affairs_section")
    assert bodies_form.value("04", 0) == 0
    assert staff_form.value("01", 0) == len(people) == 6  # one retired in 2024
    assert staff_form.value("01", 1) == sum(1 for s in people if s[0] == "female")
    ages = Counter(YEAR - int(s[1]) for s in people)  # type: ignore[call-overload]
    assert staff_form.value("02", 0) == sum(n for age, n in ages.items() if age <= 30)
    assert staff_form.value("03", 0) == sum(n for age, n in ages.items() if 31 <= age <= 40)
    assert staff_form.value("06", 0) == sum(n for age, n in ages.items() if 56 <= age <= 60)
    trainings = Counter(s[2] for s in people)
    assert [staff_form.value(c, 0) for c in ("08", "09", "10", "11", "12")] == [
        trainings[t] for t in ("so_cap", "trung_cap", "cao_dang", "dai_hoc", "tren_dai_hoc")
    ]
    years = [YEAR - int(s[3]) for s in people]  # type: ignore[call-overload]
    assert [staff_form.value(c, 0) for c in ("13", "14", "15")] == [
        sum(1 for y in years if y < 5),
        sum(1 for y in years if 5 <= y < 10),
        sum(1 for y in years if y >= 10),
    ]
    # In 2025 the Ban and the phòng both existed.
    assert year_statistics(demo_db, 2025).forms["0604"].value("01", 0) == 2


def test_a_campaign_of_several_years_is_counted_once_in_the_year_it_was_launched(
    demo_db: Database,
) -> None:
    # KH97-2023 runs from 01/01/2023 to 02/01/2024: one campaign of 2023, none of 2024.
    assert year_statistics(demo_db, 2023).forms["0601"].value("11", 0) == 1  # chuyên đề
    assert year_statistics(demo_db, 2024).forms["0601"].value("01", 0) == 0


def test_a_unit_below_the_office_has_no_bodies_or_staff_of_its_own(demo_db: Database) -> None:
    stats = year_statistics(demo_db, YEAR, "31299")
    assert stats.forms["0604"].value("01", 0) == 0 and stats.forms["0605"].value("01", 0) == 0


def test_totals_equal_the_sum_of_their_parts(demo_db: Database) -> None:
    stats = year_statistics(demo_db, YEAR)
    f = stats.forms["0601"]
    for row in ("01", "03", "04"):
        assert f.value(row, 0) == sum(f.value(row, c) for c in (1, 2, 3))
    assert f.value("01", 0) == sum(f.value(c, 0) for c in ("02", "03", "04", "05"))
    assert f.value("01", 0) == sum(f.value(c, 0) for c in ("06", "07", "08", "09", "10"))
    for code, parts in (("0602", ("06", "08", "09")), ("0603", ("02", "04", "05"))):
        form = stats.forms[code]
        assert form.value("01", 0) == sum(form.value(p, 0) for p in parts)
        assert form.value("01", 0) == sum(
            form.value("01", c) for c in range(1, len(form.form.columns))
        )


def test_a_commune_counts_its_own_scope_only(demo_db: Database) -> None:
    stats = year_statistics(demo_db, YEAR, "31299")  # xã Phong Điền
    assert stats.unit_name == "Xã Phong Điền"
    assert stats.forms["0603"].value("01", 0) == 0  # the city's proposals are not the xã's
    assert stats.forms["0601"].value("01", 0) == 0


def test_a_year_before_the_forms_and_a_unit_out_of_scope_are_refused(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match="chưa có biểu thống kê"):
        year_statistics(demo_db, 2022)
    from thidua_desktop.services.core.profile import set_profile

    set_profile(demo_db, office_code="31299")
    with pytest.raises(OutOfScopeError):
        year_statistics(demo_db, YEAR, "31135")


def test_a_commune_sends_its_forms_to_the_provinces_home_affairs_department(
    demo_db: Database,
) -> None:
    from thidua_desktop.services.core.profile import set_profile

    assert year_statistics(demo_db, 2026).receiver == "Bộ Nội vụ"
    set_profile(demo_db, office_code="31299")  # xã Phong Điền
    assert year_statistics(demo_db, 2026).receiver == "Sở Nội vụ thành phố Cần Thơ"
