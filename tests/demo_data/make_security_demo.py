"""Developer tool: (re)generate resources/demo/security_2022_2023.json, deterministically.

    .venv/bin/python tools/make_security_demo.py

The statuses are invented for demonstration: per district the number of wards/communes that are
both "3 không" and ANTT is fixed below (2023 varies around the 75% target: some districts above,
some below), a few units gain or lose the status between the years, a few are still pending in
2023, one registered late and one is "đạt" with less than 70% recognised (to show the warnings).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "resources" / "data" / "cantho_units_2023.csv"
OUT = ROOT / "resources" / "demo" / "security_2022_2023.json"

# district: (units "both" in 2022, in 2023, lost in 2023)
PLAN = {
    "916": (8, 9, 1),
    "917": (5, 5, 0),
    "918": (6, 7, 0),
    "919": (6, 6, 0),
    "923": (5, 6, 1),
    "924": (7, 8, 1),
    "925": (8, 8, 0),
    "926": (5, 6, 0),
    "927": (10, 10, 0),
}
REASONS = ["drugs"] * 8 + ["antt"] * 5 + ["crime"] * 4 + ["prostitution"]
COMPONENTS = ("crime", "drugs", "prostitution")


def _day(rng: random.Random, start: dt.date, end: dt.date) -> str:
    return (start + dt.timedelta(days=rng.randint(0, (end - start).days))).isoformat()


def _share(rng: random.Random, low: int, high: int) -> str:
    """A share that comes from counting: recognised / (khu vực or ấp + agencies, schools…)."""
    while True:
        total = rng.randint(9, 32)
        recognised = rng.randint(0, total)
        share = recognised * 100 / total
        if low <= share <= high:
            return f"{round(share + 1e-9, 2):.2f}".rstrip("0").rstrip(".")


def _unit(
    rng: random.Random,
    year: int,
    unit: dict[str, str],
    reason: str | None,
    decision: dict[str, str],
) -> dict[str, object]:
    authority = "Công an " + unit["unit_kind"]
    evidence_day = _day(rng, dt.date(year, 11, 1), dt.date(year, 11, 14))
    components: dict[str, dict[str, str]] = {}
    for code in COMPONENTS:
        components[code] = {"status": "met", "evidence": f"Báo cáo của {authority}"}
    antt = "met"
    if reason in COMPONENTS:
        count = rng.randint(1, 3)
        what = {
            "crime": f"Xảy ra {count:02d} vụ phạm pháp hình sự trên địa bàn trong kỳ",
            "drugs": f"Phát hiện {count:02d} người sử dụng trái phép chất ma túy trên địa bàn",
            "prostitution": "Phát hiện 01 cơ sở kinh doanh có hoạt động mại dâm",
        }[reason]
        components[reason] = {"status": "not_met", "evidence": f"{what} ({authority})"}
    elif reason == "antt":
        antt = "not_met"
    elif reason == "pending_drugs":
        components["drugs"] = {"status": "pending", "evidence": "Chờ báo cáo của " + authority}
    elif reason == "pending_antt":
        antt = "pending"
    for part in components.values():
        part["date"] = evidence_day
    record: dict[str, object] = {
        "unit": unit["unit_code"],
        "unit_name": f"{unit['unit_kind'].capitalize()} {unit['unit_name']}",
        "components": components,
        "antt": antt,
        "registered_on": _day(rng, dt.date(year, 1, 5), dt.date(year, 3, 25)),
        "recognised_share": _share(rng, 72, 100) if antt == "met" else _share(rng, 50, 69),
    }
    if antt == "met":
        record["decision"] = decision
    return record


def main() -> None:
    rng = random.Random(20231213)
    with UNITS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_district: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_district.setdefault(row["district_code"], []).append(row)
    years: dict[str, list[dict[str, object]]] = {"2022": [], "2023": []}
    pending_left = ["pending_drugs", "pending_antt", "pending_drugs"]
    for code, units in by_district.items():
        both22, both23, lost = PLAN[code]
        gained = lost + both23 - both22
        names = [u["unit_code"] for u in units]
        fail23 = set(rng.sample(names, len(names) - both23))
        lost_units = set(rng.sample(sorted(fail23), lost))
        gained_units = set(rng.sample(sorted(set(names) - fail23), gained))
        fail22 = (fail23 - lost_units) | gained_units
        district = units[0]
        for year, failing in ((2022, fail22), (2023, fail23)):
            decision = {
                "number": f"{rng.randint(1200, 4800)}/QĐ-UBND",
                "date": _day(rng, dt.date(year, 12, 5), dt.date(year, 12, 28)),
                "issuer": f"UBND {district['district_kind']} {district['district_name']}",
            }
            reasons = {}
            for unit_code in sorted(failing):
                reason = rng.choice(REASONS)
                if year == 2023 and pending_left and rng.random() < 0.4:
                    reason = pending_left.pop()
                reasons[unit_code] = reason
            for unit in units:
                years[str(year)].append(
                    _unit(rng, year, unit, reasons.get(unit["unit_code"]), decision)
                )
    # Two cases the office should look at again (they show the warnings).
    late = next(r for r in years["2023"] if r["antt"] == "met" and r["unit"] != "31117")
    late["registered_on"] = "2023-04-12"
    thin = next(r for r in reversed(years["2023"]) if r["antt"] == "met")
    thin["recognised_share"] = "68.42"
    data = {
        "dataset": "demo-security-2022-2023",
        "version": "1",
        "note": (
            'Dữ liệu minh họa: tình trạng "3 không" và an toàn về ANTT của 83 xã, phường, thị '
            "trấn thành phố Cần Thơ năm 2022 và 2023 là số giả định để trình diễn, không phải số "
            "liệu đã công bố."
        ),
        "years": years,
    }
    # One record per line: readable, and a regenerated file diffs line by line.
    lines = [json.dumps({k: v for k, v in data.items() if k != "years"}, ensure_ascii=False)[:-1]]
    lines[0] += ', "years": {'
    for number, (year, records) in enumerate(years.items()):
        lines.append(f' "{year}": [')
        lines.extend(
            "  " + json.dumps(r, ensure_ascii=False) + ("," if i < len(records) - 1 else "")
            for i, r in enumerate(records)
        )
        lines.append(" ]" + ("," if number < len(years) - 1 else ""))
    lines.append("}}")
    text = "\n".join(lines) + "\n"
    json.loads(text)
    OUT.write_text(text, encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
