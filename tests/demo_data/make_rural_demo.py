"""Developer tool: (re)generate resources/demo/rural_2021_2023.json, deterministically.

    .venv/bin/python tools/make_rural_demo.py

What comes from sources (DOMAIN.md §3.6) and what is invented is said in each record's note:
- all 36 xã NTM before 2021 (years and decisions invented);
- NTM nâng cao: the 6 communes recognised by 24/12/2020 and the 4 recognised for 2020 (named in
  the source), 18/36 at the end of 2021 and 24/36 early 2023 (counts from the source; the
  communes added in 2021 and three of those added for 2022 are invented), Tân Thạnh, Trường
  Xuân A, Xuân Thắng for 2022 by QĐ 331, 332, 333/QĐ-UBND (dates invented); 4 more for 2023
  (invented, against the target of 5);
- NTM kiểu mẫu: Định Môn announced 11/4/2023 (decision date invented), Thạnh Lợi (probable),
  Trường Long, Mỹ Khánh, Đông Hiệp announced 28/12 (year probable);
- criteria 2022-2023: a commune holding a level meets that set's 19 criteria, the others miss a
  few; plans 2023: +5 nâng cao, +2 kiểu mẫu split by district.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "resources" / "data" / "cantho_units_2023.csv"
OUT = ROOT / "resources" / "demo" / "rural_2021_2023.json"
ISSUER = "UBND thành phố Cần Thơ"
INVENTED = "Số và ngày quyết định là giả định để trình diễn."

# name: (year, decision number, decision date, announced on, source note)
NANG_CAO = {
    "Trung An": (2019, None, None, None, "Công nhận trước 24/12/2020 (theo nguồn)."),
    "Định Môn": (2019, None, None, None, "Công nhận trước 24/12/2020 (theo nguồn)."),
    "Trung Thạnh": (2020, None, None, None, "Công nhận trước 24/12/2020 (theo nguồn)."),
    "Thới Hưng": (2020, None, None, None, "Công nhận trước 24/12/2020 (theo nguồn)."),
    "Trường Thành": (2020, None, None, None, "Công nhận trước 24/12/2020 (theo nguồn)."),
    "Tân Thới": (2020, None, None, None, "Công nhận trước 24/12/2020 (theo nguồn)."),
    "Mỹ Khánh": (2020, None, "2020-12-30", None, "Đạt 19/19 tiêu chí, công nhận năm 2020."),
    "Nhơn Ái": (2020, None, "2020-12-30", None, "Đạt 19/19 tiêu chí, công nhận năm 2020."),
    "Thạnh Thắng": (2020, None, "2020-12-30", None, "Đạt 19/19 tiêu chí, công nhận năm 2020."),
    "Thạnh Lợi": (2020, None, "2020-12-30", None, "Đạt 19/19 tiêu chí, công nhận năm 2020."),
    "Tân Thạnh": (2022, "331/QĐ-UBND", "2023-02-14", None, "NTM nâng cao năm 2022, QĐ 331."),
    "Trường Xuân A": (2022, "332/QĐ-UBND", "2023-02-14", None, "NTM nâng cao năm 2022, QĐ 332."),
    "Xuân Thắng": (2022, "333/QĐ-UBND", "2023-02-14", None, "NTM nâng cao năm 2022, QĐ 333."),
}
# Invented to reach the source's totals (18/36 end 2021, 24/36 early 2023) and 2023's result.
INVENTED_NANG_CAO = {
    2021: [
        *("Trường Long", "Nhơn Nghĩa", "Giai Xuân"),  # Phong Điền
        *("Thạnh Mỹ", "Vĩnh Trinh"),  # Vĩnh Thạnh
        *("Đông Hiệp", "Thới Xuân"),  # Cờ Đỏ
        "Trường Xuân",  # Thới Lai
    ],
    2022: ["Thới Đông", "Thạnh Tiến", "Thạnh An"],
    2023: ["Trung Hưng", "Vĩnh Bình", "Đông Thuận", "Trường Thắng"],
}
KIEU_MAU = {
    "Định Môn": ("640/QĐ-UBND", "2023-03-28", "2023-04-11", "Công bố ngày 11/4/2023 (theo nguồn)."),
    "Thạnh Lợi": ("641/QĐ-UBND", "2023-03-28", None, "Xã kiểu mẫu thứ hai (có thể, chưa chắc)."),
    "Trường Long": ("3120/QĐ-UBND", "2023-12-15", "2023-12-28", "Công bố ngày 28/12 (năm có thể)."),
    "Mỹ Khánh": ("3121/QĐ-UBND", "2023-12-15", "2023-12-28", "Công bố ngày 28/12 (năm có thể)."),
    "Đông Hiệp": ("3122/QĐ-UBND", "2023-12-15", "2023-12-28", "Công bố ngày 28/12 (năm có thể)."),
}
PLANS_2023 = {
    "Trung Hưng": "nang_cao",
    "Vĩnh Bình": "nang_cao",
    "Thạnh Quới": "nang_cao",  # missed: two criteria short at the end of 2023
    "Đông Thuận": "nang_cao",
    "Trường Thắng": "nang_cao",
    "Định Môn": "kieu_mau",
    "Thạnh Lợi": "kieu_mau",
}
SHORT_OF_NANG_CAO = ["13", "18", "10", "15", "8", "2", "17", "12", "16", "5"]


def main() -> None:
    with UNITS.open(encoding="utf-8") as f:
        xa = [row for row in csv.DictReader(f) if row["unit_kind"] == "xã"]
    assert len(xa) == 36
    code = {row["unit_name"]: row["unit_code"] for row in xa}
    nang_cao: dict[str, int] = {name: spec[0] for name, spec in NANG_CAO.items()}
    for year, names in INVENTED_NANG_CAO.items():
        nang_cao |= dict.fromkeys(names, year)
    assert len(nang_cao) == 28 and set(nang_cao) <= set(code)
    assert sum(1 for y in nang_cao.values() if y <= 2021) == 18
    assert sum(1 for y in nang_cao.values() if y <= 2022) == 24

    recognitions: list[dict[str, object]] = []
    for i, row in enumerate(sorted(xa, key=lambda r: r["unit_code"])):
        name = row["unit_name"]
        # NTM well before nâng cao; the whole city finished in 2019.
        ntm_year = min(2019, nang_cao.get(name, 2021) - 2) - (i % 4)
        recognitions.append(
            _record(
                row, "ntm", ntm_year, f"{2100 + 37 * i}/QĐ-UBND", f"{ntm_year}-12-{10 + i % 15}"
            )
            | {"note": "Cả 36 xã đạt chuẩn NTM trước năm 2021 (theo nguồn). " + INVENTED}
        )
    for i, (name, year) in enumerate(sorted(nang_cao.items(), key=lambda item: (item[1], item[0]))):
        row = next(r for r in xa if r["unit_name"] == name)
        number, day, announced, fact = (
            NANG_CAO[name][1:] if name in NANG_CAO else (None, None, None, None)
        )
        note = fact or "Xã và năm công nhận là giả định (nguồn chỉ cho biết tổng số)."
        if number is None or day is None:
            note += " " + INVENTED
        else:
            note += " Ngày quyết định là giả định."
        recognitions.append(
            _record(
                row,
                "nang_cao",
                year,
                number or f"{2800 + 11 * i}/QĐ-UBND",
                day or f"{year}-12-{12 + i % 12}",
                announced,
            )
            | {"note": note}
        )
    for name, (number, day, announced, fact) in KIEU_MAU.items():
        row = next(r for r in xa if r["unit_name"] == name)
        recognitions.append(
            _record(row, "kieu_mau", 2023, number, day, announced) | {"note": f"{fact} {INVENTED}"}
        )

    criteria: dict[str, dict[str, object]] = {}
    for year in (2022, 2023):
        by_unit: dict[str, object] = {}
        for i, row in enumerate(sorted(xa, key=lambda r: r["unit_code"])):
            name = row["unit_name"]
            has_nc = nang_cao.get(name, 9999) <= year
            has_km = name in KIEU_MAU and year >= 2023
            income = 58.0 + (i * 7 % 13) + (4.5 if has_nc else 0) + (3.2 if year == 2023 else 0)
            entry: dict[str, object] = {"income": f"{income:.1f}".replace(".", ",")}
            entry["ntm"] = []
            if has_nc:
                entry["nang_cao"] = []
            else:
                soon = nang_cao.get(name) == year + 1 or PLANS_2023.get(name) == "nang_cao"
                short = 2 if name == "Thạnh Quới" else (1 + i % 2 if soon else 2 + i % 4)
                start = i % len(SHORT_OF_NANG_CAO)
                entry["nang_cao"] = sorted((SHORT_OF_NANG_CAO * 2)[start : start + short], key=int)
            if has_km:
                entry["kieu_mau"] = []
            elif has_nc:
                entry["kieu_mau"] = ["c", "d"] if name in KIEU_MAU else ["b", "c", "d"][i % 3 :]
            by_unit[row["unit_code"]] = entry
        criteria[str(year)] = by_unit

    data = {
        "dataset": "demo-rural-2021-2023",
        "version": "1",
        "note": "Dữ liệu minh họa: công nhận nông thôn mới của 36 xã thành phố Cần Thơ. Các xã, "
        "năm và số quyết định có nguồn được ghi rõ trong ghi chú từng bản ghi; các số liệu "
        "khác (ngày, số quyết định, tiêu chí từng xã, kế hoạch) là giả định để trình diễn.",
        "criteria_note": "Số liệu minh họa",
        "recognitions": recognitions,
        "criteria": criteria,
        "plans": {"2023": {code[name]: level for name, level in PLANS_2023.items()}},
    }
    OUT.write_text(_dump(data), encoding="utf-8")
    print(OUT, len(recognitions), "recognitions")


def _dump(data: dict[str, object]) -> str:
    """JSON with one record per line: readable, and small diffs when regenerated."""

    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["{"]
    for key in ("dataset", "version", "note", "criteria_note"):
        lines.append(f" {one(key)}: {one(data[key])},")
    records = [f"  {one(r)}" for r in data["recognitions"]]  # type: ignore[attr-defined]
    lines += [' "recognitions": [', ",\n".join(records), " ],", ' "criteria": {']
    years = []
    for year, units in data["criteria"].items():  # type: ignore[attr-defined]
        rows = ",\n".join(f"   {one(code)}: {one(entry)}" for code, entry in units.items())
        years.append(f"  {one(year)}: {{\n{rows}\n  }}")
    lines += [",\n".join(years), " },", f' "plans": {one(data["plans"])}', "}"]
    return "\n".join(lines) + "\n"


def _record(
    row: dict[str, str],
    level: str,
    year: int,
    number: str,
    day: str,
    announced: str | None = None,
) -> dict[str, object]:
    return {
        "unit": row["unit_code"],
        "unit_name": f"Xã {row['unit_name']}",
        "level": level,
        "year": year,
        "decision": number,
        "date": day,
        "issuer": ISSUER,
        "announced_on": announced,
    }


if __name__ == "__main__":
    main()
