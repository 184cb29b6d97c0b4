"""The annual statistics of TĐKT work (biểu 0601-0605.N/BNV-TĐKT of Thông tư 02/2023/TT-BNV):
the forms as versioned data (title, columns, rows, each row and column a filter), what each
counted thing is tagged with (a campaign's level, scope, duration and method; an award's
column, recipient kind and class and method; a body's kind; a civil servant's age, training
and seniority), and the cross-count that fills a form. A successor circular after 2025 is not
verified: a new version of the data is all it takes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from thidua_desktop.domain.errors import InvalidInput

FORM_CODES = ("0601", "0602", "0603", "0604", "0605")


@dataclass(frozen=True, slots=True)
class FormColumn:
    title: str
    number: str  # the column-number row: "1=(2+3+4)", "2"…
    tags: frozenset[str]  # what a counted thing must carry to count here
    group: str = ""  # the header above (adjacent columns of one group are merged)
    subgroup: str = ""


@dataclass(frozen=True, slots=True)
class FormRow:
    label: str
    code: str = ""  # Mã số; "" for a heading without figures
    tags: frozenset[str] | None = None  # None: a heading, no figures
    unit: str = ""  # Đơn vị tính of the row, when the form has that column
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Form:
    code: str  # "0601"
    number: str  # "0601.N/BNV-TĐKT"
    title: str
    unit: str  # Đơn vị tính of the whole form ("" when it is a column)
    columns: tuple[FormColumn, ...]
    rows: tuple[FormRow, ...]
    awards: Mapping[str, tuple[str, ...]]  # column group key → award codes (0602, 0603)
    unit_column: bool = False  # a "Đơn vị tính" column after "Mã số"
    signed: bool = True  # người lập biểu and the head sign it


@dataclass(frozen=True, slots=True)
class FormsVersion:
    code: str
    valid_from: dt.date
    basis: str  # "Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ"
    due: str  # "Ngày 15 tháng 12 năm báo cáo"
    receiver: str
    forms: Mapping[str, Form]
    note: str = ""


@dataclass(frozen=True, slots=True)
class StatisticsForms:
    versions: tuple[FormsVersion, ...]  # oldest first
    note: str = ""

    def for_year(self, year: int) -> FormsVersion:
        """The forms in force at the end of the report year."""
        day = dt.date(year, 12, 31)
        chosen = [v for v in self.versions if v.valid_from <= day]
        if not chosen:
            raise InvalidInput(
                f"Năm {year} chưa có biểu thống kê thi đua, khen thưởng nào (biểu sớm nhất áp "
                f"dụng từ {self.versions[0].valid_from:%d/%m/%Y})."
            )
        return chosen[-1]


def parse_forms(data: Mapping[str, Any]) -> StatisticsForms:
    """The bundled forms (resources/data/statistics_forms.json), checked; ValueError names
    what is wrong."""
    versions = []
    for raw in data["versions"]:
        forms: dict[str, Form] = {}
        for spec in raw["forms"]:
            code = str(spec["code"])
            columns = tuple(
                FormColumn(
                    title=str(c["title"]),
                    number=str(c["number"]),
                    tags=frozenset(c.get("tags", ())),
                    group=str(c.get("group", "")),
                    subgroup=str(c.get("subgroup", "")),
                )
                for c in spec["columns"]
            )
            rows = tuple(
                FormRow(
                    label=str(r["label"]),
                    code=str(r.get("code", "")),
                    tags=frozenset(r["tags"]) if "tags" in r else None,
                    unit=str(r.get("unit", "")),
                    bold=bool(r.get("bold", False)),
                    italic=bool(r.get("italic", False)),
                )
                for r in spec["rows"]
            )
            if not columns or not any(r.tags is not None for r in rows):
                raise ValueError(f"biểu {code}: không có cột hoặc dòng số liệu.")
            codes = [r.code for r in rows if r.tags is not None]
            if len(set(codes)) != len(codes) or "" in codes:
                raise ValueError(f"biểu {code}: mã số dòng trùng hoặc thiếu.")
            forms[code] = Form(
                code=code,
                number=str(spec["number"]),
                title=str(spec["title"]),
                unit=str(spec.get("unit", "")),
                columns=columns,
                rows=rows,
                awards={k: tuple(v) for k, v in spec.get("awards", {}).items()},
                unit_column=bool(spec.get("unit_column", False)),
                signed=bool(spec.get("signed", True)),
            )
        missing = [code for code in FORM_CODES if code not in forms]
        if missing:
            raise ValueError(f"phiên bản {raw['code']}: thiếu biểu {', '.join(missing)}.")
        versions.append(
            FormsVersion(
                code=str(raw["code"]),
                valid_from=dt.date.fromisoformat(raw["valid_from"]),
                basis=str(raw["basis"]),
                due=str(raw["due"]),
                receiver=str(raw["receiver"]),
                forms=forms,
                note=str(raw.get("note", "")),
            )
        )
    versions.sort(key=lambda v: v.valid_from)
    return StatisticsForms(tuple(versions), str(data.get("note", "")))


# -- what is counted, tagged ----------------------------------------------------------------------
def campaign_duration(start: dt.date, end: dt.date) -> str:
    """ "lt1", "1", "1to3", "3to5", "ge5": a campaign's length in whole months rounded (a
    campaign from 01/01 to 31/12, or to 02/01 of the next year, lasts one year)."""
    days = (end - start).days + 1
    months = round(days / 30.4375)
    if months < 12:
        return "lt1"
    if months == 12:
        return "1"
    if months < 36:
        return "1to3"
    return "3to5" if months < 60 else "ge5"


def age_band(birth_year: int, year: int) -> str:
    age = year - birth_year
    if age <= 30:
        return "le30"
    if age <= 40:
        return "31to40"
    if age <= 50:
        return "41to50"
    if age <= 55:
        return "51to55"
    return "56to60" if age <= 60 else "gt60"


def seniority_band(since_year: int, year: int) -> str:
    years = year - since_year
    if years < 5:
        return "lt5"
    return "5to10" if years < 10 else "ge10"


def active_in(year: int, since_year: int, until_year: int | None) -> bool:
    return since_year <= year and (until_year is None or until_year >= year)


@dataclass(frozen=True, slots=True)
class Counted:
    """One thing a form counts (a campaign, an award line, a body, a civil servant), with
    its tags and what it is, for the list that comes with the form."""

    tags: frozenset[str]
    text: str


@dataclass(frozen=True, slots=True)
class FilledForm:
    form: Form
    cells: Mapping[tuple[int, int], int]  # (row index, column index) → count
    counted: tuple[Counted, ...]

    def value(self, code: str, column: int) -> int:
        """The figure of the row with Mã số `code` in column `column` (0-based)."""
        for index, row in enumerate(self.form.rows):
            if row.code == code and row.tags is not None:
                return self.cells[(index, column)]
        raise KeyError(code)


def fill(form: Form, counted: Sequence[Counted]) -> FilledForm:
    """Each figure is the number of counted things carrying both its row's and its column's
    tags."""
    cells = {}
    for r, row in enumerate(form.rows):
        if row.tags is None:
            continue
        for c, column in enumerate(form.columns):
            wanted = row.tags | column.tags
            cells[(r, c)] = sum(1 for item in counted if wanted <= item.tags)
    return FilledForm(form, cells, tuple(counted))


def award_group(form: Form, award_code: str) -> str | None:
    """The column group of the form an award is counted in (None: not in this form)."""
    for group, codes in form.awards.items():
        if award_code in codes:
            return group
    return None


def tags(*parts: str | None) -> frozenset[str]:
    return frozenset(p for p in parts if p)


def all_award_codes(forms: Iterable[Form]) -> set[str]:
    return {code for form in forms for codes in form.awards.values() for code in codes}
