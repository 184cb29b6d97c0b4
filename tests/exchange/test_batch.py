"""Several packages imported together: one transaction, one safety backup, a refused package
rolled back on its own, the dry run the same batch rolled back."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.operations import import_packages
from thidua_desktop.exchange.status import list_imports
from thidua_desktop.services.campaigns.results import evaluation_table, set_result
from thidua_desktop.services.safety import backups

from .conftest import COMMUNE, YEAR, MakeOffice, Office

NINH_KIEU, O_MON, BINH_THUY = "916", "917", "918"


def value_at(office: Office, indicator: str, unit: str) -> Decimal | None:
    rows = evaluation_table(office.db, year=YEAR, campaign_code="CT10-2023", unit_code=unit)
    return next(r.value for r in rows if r.indicator_code == indicator)


def districts_with_values(make_office: MakeOffice) -> list[Path]:
    """Three districts' packages, each with a value of its own."""
    packages = []
    for number, code in enumerate((NINH_KIEU, O_MON, BINH_THUY), start=1):
        office = make_office(f"huyen{code}", code)
        set_result(
            office.db,
            campaign_code="CT10-2023",
            indicator_code="VON_DT",
            unit_code=code,
            year=YEAR,
            value=f"{number}.111",
        )
        packages.append(office.export())
    return packages


def backups_of(office: Office) -> list[Path]:
    return sorted(office.data_dir.backups.glob("truoc-nhap-*"))


def test_a_batch_applies_every_package_with_one_backup(
    make_office: MakeOffice, city: Office
) -> None:
    packages = districts_with_values(make_office)

    batch = import_packages(city.db, city.data_dir, packages, replace_local=True)

    assert [item.refusal for item in batch.items] == [None, None, None]
    assert len(batch.applied) == 3 and batch.changes == batch.plan.changes > 0
    assert value_at(city, "VON_DT", NINH_KIEU) == Decimal("1111")
    assert value_at(city, "VON_DT", BINH_THUY) == Decimal("3111")
    assert [b.name for b in backups_of(city)] == [batch.backup_name]
    assert "3-goi" in str(batch.backup_name)
    assert len(list_imports(city.db)) == 3
    receipts = [item.report.receipt_path for item in batch.items if item.report]
    assert all(path is not None and path.exists() for path in receipts)
    if city.db.server:
        return  # a pg_dump archive: restored with pg_restore (tests/server)
    # The copy was taken before the batch wrote anything.
    with sqlite3.connect(
        f"file:{city.data_dir.backups / str(batch.backup_name)}?mode=ro", uri=True
    ) as copy:
        assert copy.execute("SELECT count(*) FROM exchange_import").fetchone()[0] == 0


def test_a_refused_package_is_rolled_back_alone(
    make_office: MakeOffice, city: Office, tmp_path: Path
) -> None:
    packages = districts_with_values(make_office)
    broken = tmp_path / "hong.tdkt"
    broken.write_bytes(packages[1].read_bytes()[:-200])  # cut short

    batch = import_packages(
        city.db, city.data_dir, [packages[0], broken, packages[2]], replace_local=True
    )

    assert [item.report is not None and item.report.applied for item in batch.items] == [
        True,
        False,
        True,
    ]
    refusal = batch.items[1].refusal
    assert refusal is not None and "hong.tdkt" in refusal
    assert not refusal.startswith("Gói dữ liệu bị từ chối")
    assert value_at(city, "VON_DT", NINH_KIEU) == Decimal("1111")
    assert value_at(city, "VON_DT", O_MON) != Decimal("2111")
    assert len(list_imports(city.db)) == 2
    assert len(list(city.data_dir.inbox.glob("*.tdkt"))) == 2


def test_a_package_refused_while_planning_leaves_the_others_applied(
    district: Office, city: Office, make_office: MakeOffice
) -> None:
    first = district.export()
    second = district.export()
    other = districts_with_values(make_office)[1]  # Ô Môn

    # The newer package first, then the older one (refused: its sequence is older), then Ô Môn.
    batch = import_packages(city.db, city.data_dir, [second, first, other], replace_local=True)

    assert batch.items[0].report is not None and batch.items[0].report.applied
    assert isinstance(batch.items[1].error, PackageRefused)
    assert "cũ hơn gói số 2" in str(batch.items[1].refusal)
    assert batch.items[2].report is not None and batch.items[2].report.applied
    assert value_at(city, "VON_DT", O_MON) == Decimal("2111")
    assert len(list(city.data_dir.inbox.glob("*.tdkt"))) == 2  # the refused one not kept


def test_the_dry_run_of_a_batch_changes_nothing_and_matches_the_import(
    make_office: MakeOffice, city: Office
) -> None:
    packages = districts_with_values(make_office)
    packages.append(packages[0])  # the same package twice: the second changes nothing
    before = city.dump()

    dry = import_packages(city.db, city.data_dir, packages, dry_run=True)

    assert city.dump() == before
    assert backups_of(city) == [] and list(city.data_dir.inbox.glob("*")) == []
    assert list(city.data_dir.outbox.glob("bien-nhan-*")) == []
    last = dry.items[3].report
    assert last is not None and last.preview.already_imported_at is not None
    assert dry.items[3].same_as == packages[0] and dry.items[0].same_as is None
    real = import_packages(city.db, city.data_dir, packages, replace_local=True)
    assert real.plan.totals() == dry.plan.totals()
    assert [i.report.preview.plan.totals() for i in real.items if i.report] == [
        i.report.preview.plan.totals() for i in dry.items if i.report
    ]


def test_an_unexpected_failure_rolls_back_the_whole_batch(
    make_office: MakeOffice, city: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    packages = districts_with_values(make_office)
    from thidua_desktop.exchange import apply

    real_record = apply.record_import
    calls = []

    def failing(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("ổ đĩa đầy")
        return real_record(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(apply, "record_import", failing)
    before = city.dump()

    with pytest.raises(OSError):
        import_packages(city.db, city.data_dir, packages, replace_local=True)

    assert city.dump() == before
    assert list(city.data_dir.inbox.glob("*.tdkt")) == []  # the kept copies were removed


def test_a_batch_of_packages_imported_before_takes_no_backup(
    make_office: MakeOffice, city: Office
) -> None:
    packages = districts_with_values(make_office)
    import_packages(city.db, city.data_dir, packages, replace_local=True)
    taken = backups_of(city)

    again = import_packages(city.db, city.data_dir, packages, replace_local=True)

    assert again.backup_name is None and backups_of(city) == taken
    assert all(item.same_as is None for item in again.items)  # imported by an earlier batch
    assert all(i.report and i.report.preview.already_imported_at for i in again.items)


def test_the_backup_module_is_called_once_per_batch(
    make_office: MakeOffice, city: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    packages = districts_with_values(make_office)
    calls: list[str] = []
    real = backups.backup_before_import

    def counting(data_dir: object, label: str) -> object:
        calls.append(label)
        return real(data_dir, label)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "backup_before_import", counting)
    import_packages(city.db, city.data_dir, packages, replace_local=True)
    assert calls == ["3 goi"]


def commune_value(office: Office) -> Decimal | None:
    rows = evaluation_table(office.db, year=YEAR, campaign_code="KH97-2023", unit_code=COMMUNE)
    return next(r.value for r in rows if r.indicator_code == "CONG_TRINH")


def set_commune_value(commune: Office, value: str) -> None:
    set_result(
        commune.db,
        campaign_code="KH97-2023",
        indicator_code="CONG_TRINH",
        unit_code=COMMUNE,
        year=YEAR,
        value=value,
    )


def test_the_lowest_office_wins_whatever_order_the_files_come_in(
    commune: Office, district: Office, city: Office
) -> None:
    set_commune_value(commune, "7")
    district.import_(commune.export())
    from_district = district.export()  # carries the commune's 7, owned by the commune
    set_commune_value(commune, "8")
    from_commune = commune.export()  # the commune's own, newer figure

    batch = import_packages(
        city.db, city.data_dir, [from_commune, from_district], replace_local=True
    )

    assert [item.path for item in batch.items] == [from_commune, from_district]  # as given
    assert len(batch.applied) == 2
    assert commune_value(city) == Decimal("8")


def test_a_receipt_that_cannot_be_written_is_a_warning_not_a_failure(
    district: Office, city: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from thidua_desktop.exchange import receipts
    from thidua_desktop.exchange.writer import PackageWriteError

    def refuse(*_args: object, **_kwargs: object) -> Path:
        raise PackageWriteError("Không ghi được tệp biên nhận: ổ đĩa đầy.")

    monkeypatch.setattr(receipts, "write_receipt", refuse)

    report = city.import_(district.export())

    assert report.applied and report.receipt_path is None
    assert report.warning is not None and "chưa ghi được biên nhận" in report.warning
    assert len(list_imports(city.db)) == 1  # the data and the import record are kept


def test_packages_imported_before_are_not_pending_in_a_dry_run(
    make_office: MakeOffice, city: Office
) -> None:
    packages = districts_with_values(make_office)
    import_packages(city.db, city.data_dir, packages[:1], replace_local=True)

    dry = import_packages(city.db, city.data_dir, packages, dry_run=True)

    assert [item.path for item in dry.pending] == packages[1:]


def test_a_relayed_copy_of_figures_sent_here_directly_is_flagged(
    commune: Office, district: Office, city: Office
) -> None:
    set_commune_value(commune, "7")
    district.import_(commune.export())
    from_district = district.export()
    set_commune_value(commune, "8")
    city.import_(commune.export())  # the commune's newer figure, sent straight to the city

    preview = city.preview(from_district)

    # Nothing in the packages says which copy is newer: the plan says so before "Áp dụng".
    [warning] = [w for w in preview.plan.warnings if COMMUNE in w]
    assert "gửi gói trực tiếp lên đây (gói số 2" in warning and "có thể cũ hơn" in warning
    report = city.import_(from_district)
    assert warning in report.preview.plan.warnings


def test_no_flag_when_the_lower_office_sent_nothing_here_itself(
    commune: Office, district: Office, city: Office
) -> None:
    set_commune_value(commune, "7")
    district.import_(commune.export())
    city.import_(district.export())
    set_commune_value(commune, "8")
    district.import_(commune.export())

    preview = city.preview(district.export())

    assert preview.plan.tables["result"].counts["changed"] >= 1
    assert not [w for w in preview.plan.warnings if COMMUNE in w]


def test_a_package_waiting_for_confirmation_stops_the_whole_batch(
    make_office: MakeOffice, city: Office
) -> None:
    """Applying the others now and the waiting one after its confirmation would apply a
    district after its communes: nothing is applied until the person confirms."""
    from thidua_desktop.exchange.operations import LocalDataWouldBeReplaced

    packages = districts_with_values(make_office)
    set_result(  # entered at the city for a unit the first package covers
        city.db,
        campaign_code="CT10-2023",
        indicator_code="VON_DT",
        unit_code=NINH_KIEU,
        year=YEAR,
        value="9",
    )
    before = city.dump()
    with pytest.raises(LocalDataWouldBeReplaced) as asked:
        import_packages(city.db, city.data_dir, packages)
    assert "VON_DT" in " ".join(asked.value.examples) or asked.value.replaced
    assert city.dump() == before and list_imports(city.db) == []
    batch = import_packages(city.db, city.data_dir, packages, replace_local=True)
    assert len(batch.applied) == 3
    assert value_at(city, "VON_DT", NINH_KIEU) == Decimal("1111")
