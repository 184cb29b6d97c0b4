"""Developer tool: (re)generate the demonstration of the new Cần Thơ, deterministically:
resources/demo/campaigns_2025_2026.json, security_2025_2026.json, rural_2025_2026.json and
awards_2025_2026.json.

    .venv/bin/python tests/demo_data/make_new_cantho_demo.py

The units are the city's 103 from 01/07/2025 (resources/data/vn_units_2025-07.csv). What DOMAIN
§5.4 sources is used as it is (2025 GRDP growth estimated 8,3%, GRDP per person 99,56 triệu đồng,
the 2026 growth target 10 - 10,5%, QĐ 3109/QĐ-UBND of 18/12/2025 assigning the 2026 targets to the
xã, phường); everything else is invented for demonstration and the files say so. The xã of the old
Cần Thơ (those whose predecessors were in province 92 before 01/07/2025) carry the NTM history of
the 2021-2023 demonstration; the others have none, as a province that merged would find.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "resources" / "data"
OUT = ROOT / "resources" / "demo"
R = random.Random(20260101)


def _read_units() -> list[tuple[str, str, str]]:
    with (DATA / "vn_units_2025-07.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["province_code"] == "92"]
    kinds = {"phường": "phuong", "xã": "xa", "đặc khu": "dac_khu"}
    return sorted((r["unit_code"], kinds[r["unit_kind"]], r["unit_name"]) for r in rows)


def _from_old_cantho() -> set[str]:
    """The new units with a predecessor in the old Cần Thơ (province 92 before 01/07/2025)."""
    with (DATA / "vn_units_succession_2025-07.csv").open(encoding="utf-8") as f:
        return {
            r["new_code"]
            for r in csv.DictReader(f)
            if r["level"] != "tỉnh"
            and r["old_province_code"] == "92"
            and r["new_province_code"] == "92"
        }


units = _read_units()
codes = [u[0] for u in units]
kinds = {u[0]: u[1] for u in units}
names = {u[0]: u[2] for u in units}
OLD_CT = _from_old_cantho()  # the 32 units of the old Cần Thơ


def full(c):
    return ("Phường " if kinds[c] == "phuong" else "Xã ") + names[c]


def dump(name, data):
    (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# -- campaigns ------------------------------------------------------------------------------
def ind(code, name, unit, decimals, comparator, source, **kw):
    d = {
        "code": code,
        "name": name,
        "unit": unit,
        "decimals": decimals,
        "comparator": comparator,
        "source": source,
        "min": kw.pop("min", "0"),
    }
    d.update(kw)
    return d


def r2(x, d=2):
    return f"{x:.{d}f}"


def campaign(year):
    inds = [
        ind(
            "GRDP",
            "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)",
            "%",
            2,
            "range" if year == 2026 else "at_least",
            "manual",
            min="-100",
        ),
        ind("GRDP_BQ", "GRDP bình quân đầu người", "triệu đồng", 2, "at_least", "manual"),
        ind("VON_DT", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", 0, "at_least", "sum"),
        ind("THU_NS", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 0, "at_least", "sum"),
        ind("HO_NGHEO", "Tỷ lệ hộ nghèo", "%", 2, "at_most", "manual", max="100"),
        ind("BHYT", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 2, "at_least", "mean", max="100"),
        ind(
            "ANTT_3KHONG",
            'Tỷ lệ xã, phường, đặc khu đạt chuẩn "an toàn về an ninh, trật tự" và "3 không"',
            "%",
            2,
            "at_least",
            "computed:security_share",
            max="100",
        ),
    ]
    targets, results = {}, {}
    if year == 2025:
        targets["92"] = {
            "GRDP": ["10"],
            "GRDP_BQ": ["100"],
            "HO_NGHEO": ["1.5"],
            "BHYT": ["94"],
            "ANTT_3KHONG": ["75"],
            "VON_DT": ["70000"],
            "THU_NS": ["24000"],
        }
        results["92"] = {"GRDP": "8.3", "GRDP_BQ": "99.56", "HO_NGHEO": "1.42"}
    else:
        targets["92"] = {
            "GRDP": ["10", "10.5"],
            "GRDP_BQ": ["110"],
            "HO_NGHEO": ["1.2"],
            "BHYT": ["95"],
            "ANTT_3KHONG": ["75"],
            "VON_DT": ["82000"],
            "THU_NS": ["27000"],
        }
        results["92"] = {"GRDP": "10.2", "GRDP_BQ": "111.5", "HO_NGHEO": "1.15"}
    for c in codes:
        old = c in OLD_CT
        base_von = R.randint(450, 1400) if old else R.randint(300, 900)
        base_thu = R.randint(120, 480) if old else R.randint(60, 260)
        pov = R.uniform(0.1, 0.9) if old else R.uniform(0.6, 3.5)
        bhyt = R.uniform(91, 96)
        grow = 1.0 if year == 2025 else 1.12
        t = {
            "VON_DT": [str(round(base_von * grow))],
            "THU_NS": [str(round(base_thu * grow))],
            "HO_NGHEO": [r2(pov)],
            "BHYT": [r2(bhyt + (0.5 if year == 2026 else 0))],
        }
        targets[c] = t
        if year == 2026 and R.random() < 0.08 and c not in ("31135", "31299", "31315", "31120"):
            continue  # not reported yet
        f = R.uniform(0.9, 1.15)
        results[c] = {
            "VON_DT": str(round(base_von * grow * f)),
            "THU_NS": str(round(base_thu * grow * R.uniform(0.9, 1.1))),
            "HO_NGHEO": r2(pov * R.uniform(0.8, 1.1)),
            "BHYT": r2(bhyt + R.uniform(-1.2, 1.5)),
        }
    for code in ("VON_DT", "THU_NS"):  # the city's target: what its communes were given
        total = sum(int(targets[c][code][0]) for c in codes)
        targets["92"][code] = [str(round(total * 0.97, -2))[:-2]]
    regs = []
    for i, c in enumerate(["31135", "31120", "31299", "31315", "31309", "31321", "31507", "31186"]):
        titles = (
            "Cờ thi đua của UBND thành phố; Bằng khen của Chủ tịch UBND thành phố"
            if i % 3 == 0
            else "Bằng khen của Chủ tịch UBND thành phố"
        )
        reg = {
            "unit": c,
            "titles": titles,
            "registered_on": f"{year}-0{2 + i % 2}-{10 + i:02d}",
            "status": "approved" if i % 2 == 0 else "registered",
        }
        if reg["status"] == "approved":
            reg["decided_on"] = f"{year}-03-{20 + i:02d}"
        regs.append(reg)
    if year == 2025:
        spec = {
            "code": "TD-2025",
            "title": "Phong trào thi đua yêu nước năm 2025 của thành phố Cần Thơ",
            "form": "thuong_xuyen",
            "theme": (
                "Thi đua hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2025, năm cuối "
                "nhiệm kỳ và năm sắp xếp đơn vị hành chính"
            ),
            "doc_number": None,
            "doc_date": None,
            "doc_issuer": None,
            "doc_summary": None,
            "start_date": "2025-01-01",
            "end_date": "2025-12-31",
            "scope": "92",
            "status": "closed",
        }
        regs = []
    else:
        spec = {
            "code": "TD-2026",
            "title": (
                "Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm "
                "2026 của thành phố Cần Thơ"
            ),
            "form": "thuong_xuyen",
            "theme": (
                "Thi đua hoàn thành các chỉ tiêu kinh tế - xã hội năm 2026 giao cho các sở, ngành "
                "và Ủy ban nhân dân xã, phường"
            ),
            "doc_number": "3109/QĐ-UBND",
            "doc_date": "2025-12-18",
            "doc_issuer": "UBND thành phố Cần Thơ",
            "doc_summary": "Quyết định giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026",
            "start_date": "2026-01-01",
            "end_date": "2026-12-31",
            "scope": "92",
            "status": "active",
        }
    spec.update({"indicators": inds, "targets": targets, "results": results, "registrations": regs})
    return spec


dump(
    "campaigns_2025_2026.json",
    {
        "dataset": "demo-campaigns-2025-2026",
        "version": "1",
        "note": (
            "Dữ liệu minh họa của thành phố Cần Thơ mới (từ 01/7/2025: 103 xã, phường). Có "
            "nguồn: tăng trưởng GRDP năm 2025 ước 8,3% và GRDP bình quân đầu người ước 99,56 "
            "triệu đồng; "
            "chỉ tiêu tăng trưởng GRDP năm 2026 từ 10 - 10,5% trở lên; Quyết định "
            "3109/QĐ-UBND ngày 18/12/2025 giao chỉ tiêu năm 2026 cho các sở, ngành và UBND "
            "xã, phường. "
            "Mọi số khác (chỉ tiêu năm 2025, chỉ tiêu và kết quả của từng xã, phường, kết quả "
            "năm 2026) là số giả định để trình diễn."
        ),
        "campaigns": [campaign(2025), campaign(2026)],
    },
)


# -- security -------------------------------------------------------------------------------
def security_year(year):
    out = []
    for c in codes:
        police = "Báo cáo của Công an " + ("phường" if kinds[c] == "phuong" else "xã")
        roll = R.random()
        comps = {}
        for comp in ("crime", "drugs", "prostitution"):
            st = "met" if R.random() < (0.97 if comp != "drugs" else 0.92) else "not_met"
            if year == 2026 and roll < 0.12:
                st = "pending"
            comps[comp] = {
                "status": st,
                "evidence": police,
                # In the evaluation window (to 15/11), the random stream kept as it was.
                "date": f"{year}-11-{2 + (R.randint(2, 25) - 2) % 13:02d}",
            }
            if st == "pending":
                comps[comp] = {"status": st}
        all_met = all(p["status"] == "met" for p in comps.values())
        share = R.uniform(70, 100) if all_met else R.uniform(45, 75)
        rec = {
            "unit": c,
            "unit_name": full(c),
            "components": comps,
            "registered_on": f"{year}-0{R.randint(2, 3)}-{R.randint(1, 28):02d}",
            "recognised_share": r2(share),
        }
        if year == 2026 and roll < 0.12:
            rec["antt"] = "pending"
        else:
            met = all_met and share >= 70
            rec["antt"] = "met" if met else "not_met"
            if met:
                rec["decision"] = {
                    "number": f"{3390 if year == 2025 else 3015}/QĐ-UBND",
                    "date": f"{year}-12-{26 if year == 2025 else 1:02d}"
                    if year == 2025
                    else "2026-12-01",
                    "issuer": "UBND thành phố Cần Thơ",
                }
        out.append(rec)
    return out


dump(
    "security_2025_2026.json",
    {
        "dataset": "demo-security-2025-2026",
        "version": "1",
        "note": (
            'Dữ liệu minh họa: tình trạng "3 không" và an toàn về ANTT của 103 xã, phường '
            "thành phố Cần Thơ năm 2025 và 2026 là số giả định để trình diễn; "
            "năm 2026 một số xã, phường chưa được xét. Cơ quan công nhận sau 01/7/2025 (ở đây "
            "UBND thành phố) chưa được xác minh."
        ),
        "years": {"2025": security_year(2025), "2026": security_year(2026)},
    },
)

# -- nông thôn mới --------------------------------------------------------------------------
xa_old = [c for c in codes if kinds[c] == "xa" and c in OLD_CT]
recs, criteria, plans = [], {}, {}
for c in xa_old:
    recs.append(
        {
            "unit": c,
            "unit_name": full(c),
            "level": "ntm",
            "year": 2025,
            "decision": "3402/QĐ-UBND",
            "date": "2025-12-29",
            "issuer": "UBND thành phố Cần Thơ",
            "announced_on": None,
            "note": (
                "Xã mới hình thành từ các xã, thị trấn đã đạt chuẩn nông thôn mới (xem Đơn vị › "
                "Số liệu qua các năm); quyết định công nhận lại là giả định để trình diễn."
            ),
        }
    )
nang_cao_2025 = ["31315", "31309"]
for c in nang_cao_2025:
    recs.append(
        {
            "unit": c,
            "unit_name": full(c),
            "level": "nang_cao",
            "year": 2025,
            "decision": "3403/QĐ-UBND",
            "date": "2025-12-29",
            "issuer": "UBND thành phố Cần Thơ",
            "announced_on": None,
            "note": "Số và ngày quyết định là giả định để trình diễn.",
        }
    )
for c in xa_old:
    fails_nc = (
        []
        if c in nang_cao_2025
        else R.sample(["2", "5", "6", "13", "14", "17", "18"], R.randint(1, 3))
    )
    criteria[c] = {
        "income": f"{R.uniform(62, 86):.1f}".replace(".", ","),
        "ntm": [],
        "nang_cao": fails_nc,
    }
for c in xa_old[:6]:
    if c not in nang_cao_2025:
        plans[c] = "nang_cao"
plans["31315"] = "kieu_mau"
for c in [c for c in plans if plans[c] == "nang_cao"][:2]:
    recs.append(
        {
            "unit": c,
            "unit_name": full(c),
            "level": "nang_cao",
            "year": 2026,
            "decision": "2871/QĐ-UBND",
            "date": "2026-11-20",
            "issuer": "UBND thành phố Cần Thơ",
            "announced_on": None,
            "note": "Số và ngày quyết định là giả định để trình diễn.",
        }
    )
dump(
    "rural_2025_2026.json",
    {
        "dataset": "demo-rural-2025-2026",
        "version": "1",
        "as_of": "2025-12-31",
        "note": (
            "Dữ liệu minh họa: nông thôn mới của 16 xã thành phố Cần Thơ mới hình thành từ "
            "các xã của huyện Phong Điền, Thới Lai, Cờ Đỏ, Vĩnh Thạnh cũ, năm 2025 (bộ tiêu "
            "chí 2021-2025) "
            "và kế hoạch năm 2026. Quyết định, tiêu chí và kế hoạch là giả định để trình diễn."
        ),
        "criteria_note": "Số liệu minh họa",
        "recognitions": recs,
        "criteria": {"2025": criteria},
        "plans": {"2026": plans},
    },
)


# -- khen thưởng ----------------------------------------------------------------------------
def P(name: str, g: str, by: int, pos: str, cat: str, unit: str = "31135") -> dict[str, object]:
    """An invented person of the demonstration."""
    return {
        "kind": "individual",
        "unit": unit,
        "year": 2025,
        "name": name,
        "gender": g,
        "birth_year": by,
        "position": pos,
        "category": cat,
    }


rec = {
    "k01": P("Trần Minh Tuấn", "male", 1983, "Phó Chủ tịch UBND phường", "cadre")
    | {"stat_class": "leader_other"},
    "k02": P(
        "Nguyễn Thị Bảo Ngọc", "female", 1990, "Chuyên viên Phòng Văn hóa - Xã hội", "civil_servant"
    ),
    "k03": P(
        "Lê Quốc Thịnh", "male", 1987, "Chuyên viên Văn phòng HĐND và UBND phường", "civil_servant"
    ),
    "k04": P(
        "Phan Thị Thu Hà",
        "female",
        1992,
        "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị",
        "civil_servant",
    ),
    "k05": P("Huỳnh Văn Đức", "male", 1979, "Trưởng Khu vực 3", "direct_worker"),
    "k06": P(
        "Đoàn Thị Mỹ Duyên",
        "female",
        1995,
        "Viên chức Trung tâm Phục vụ hành chính công phường",
        "public_employee",
    ),
    "k07": P("Võ Thanh Sang", "male", 1985, "Chuyên viên Phòng Văn hóa - Xã hội", "civil_servant"),
    "kc1": {
        "kind": "collective",
        "unit": "31135",
        "year": 2025,
        "name": "Khu vực 3, phường Ninh Kiều",
    },
    "kh1": {
        "kind": "household",
        "unit": "31135",
        "year": 2025,
        "name": "Hộ ông Nguyễn Văn Hai",
        "gender": "male",
    },
    "p01": P("Lâm Thị Kiều Oanh", "female", 1986, "Phó Chủ tịch UBND xã", "cadre", "31299")
    | {"stat_class": "leader_other"},
    "p02": P(
        "Trương Hoàng Nam",
        "male",
        1991,
        "Chuyên viên Văn phòng HĐND và UBND xã",
        "civil_servant",
        "31299",
    ),
    "p03": P(
        "Ngô Thị Cẩm Tú", "female", 1989, "Chuyên viên Phòng Kinh tế", "civil_servant", "31299"
    ),
    "p04": P("Dương Văn Lợi", "male", 1977, "Trưởng ấp Nhơn Lộc 1", "direct_worker", "31299"),
    "p05": P(
        "Châu Ngọc Hân",
        "female",
        1993,
        "Chuyên viên Phòng Văn hóa - Xã hội",
        "civil_servant",
        "31299",
    ),
    "p06": P("Phạm Minh Khôi", "male", 1990, "Chuyên viên Phòng Kinh tế", "civil_servant", "31299"),
    "p07": P(
        "Lý Thị Ngọc Trâm", "female", 1994, "Viên chức Trạm Y tế xã", "public_employee", "31299"
    ),
    "pc1": {
        "kind": "collective",
        "unit": "31299",
        "year": 2025,
        "name": "Phòng Văn hóa - Xã hội xã Phong Điền",
    },
    "ph1": {
        "kind": "household",
        "unit": "31299",
        "year": 2026,
        "name": "Hộ bà Trần Thị Lựa",
        "gender": "female",
    },
    "pc2": {
        "kind": "collective",
        "unit": "31299",
        "year": 2026,
        "name": "Đội dân quân thường trực xã Phong Điền",
    },
    "cc1": {
        "kind": "collective",
        "unit": "31315",
        "year": 2025,
        "name": "Ủy ban nhân dân xã Nhơn Ái",
    },
    "cc2": {
        "kind": "collective",
        "unit": "31135",
        "year": 2025,
        "name": "Công an phường Ninh Kiều",
    },
    # 2026: a doanh nghiệp, a hợp tác xã and a doanh nhân of xã Phong Điền, a leader of the
    # city's Sở Nội vụ (the statistics count them by class: biểu 0602, 0603).
    "dn1": {
        "kind": "collective",
        "unit": "31299",
        "year": 2026,
        "name": "Công ty TNHH Nông sản sạch Phong Điền",
        "stat_class": "enterprise",
    },
    "htx1": {
        "kind": "collective",
        "unit": "31299",
        "year": 2026,
        "name": "Hợp tác xã Nông nghiệp Nhơn Lộc",
        "stat_class": "cooperative",
    },
    "dnh1": P(
        "Trương Quốc Bảo",
        "male",
        1975,
        "Giám đốc Công ty TNHH Nông sản sạch Phong Điền",
        "other",
        "31299",
    )
    | {"year": 2026, "stat_class": "businessperson"},
    "tp1": P(
        "Nguyễn Thị Thanh Xuân", "female", 1974, "Phó Giám đốc Sở Nội vụ", "civil_servant", "92"
    )
    | {"year": 2026, "stat_class": "leader_department"},
}
good = "Hoàn thành tốt nhiệm vụ năm {y}; tích cực tham gia phong trào thi đua."
props = [
    {
        "key": "2025-NK",
        "unit": "31135",
        "year": 2025,
        "to_level": "commune",
        "title": (
            "Đề nghị tặng danh hiệu “Lao động tiên tiến” và Giấy khen năm 2025 cho tập thể, cá "
            "nhân, hộ gia đình phường Ninh Kiều"
        ),
        "number": "08/TTr-HĐTĐKT",
        "date": "2025-12-10",
        "submitted_on": "2025-12-10",
        "review": {"date": "2025-12-16", "members": 7, "present": 7},
        "decision": {
            "number": "412/QĐ-UBND",
            "date": "2025-12-22",
            "signer": "Nguyễn Thanh Phong",
            "position": "Chủ tịch",
        },
        "awarded_on": "2025-12-31",
        "lines": [
            *(
                {"r": r, "award": "ldtt", "achievement": good.format(y=2025)}
                for r in ("k01", "k02", "k03", "k04", "k06", "k07")
            ),
            {
                "r": "k02",
                "award": "giay_khen_xa",
                "achievement": (
                    "Có thành tích xuất sắc trong sắp xếp, vận hành chính quyền phường mới từ "
                    "01/7/2025."
                ),
            },
            {
                "r": "k05",
                "award": "giay_khen_xa",
                "achievement": "Vận động nhân dân hiến đất mở rộng hẻm 12 Khu vực 3.",
            },
            {
                "r": "kc1",
                "award": "giay_khen_xa",
                "achievement": "Khu vực đạt chuẩn an toàn về an ninh, trật tự năm 2025.",
            },
            {
                "r": "kh1",
                "award": "giay_khen_xa",
                "achievement": (
                    "Hộ gia đình tiêu biểu trong phong trào “Toàn dân đoàn kết xây dựng đời sống "
                    "văn hóa”."
                ),
            },
        ],
    },
    {
        "key": "2025-PD",
        "unit": "31299",
        "year": 2025,
        "to_level": "commune",
        "title": "Đề nghị công nhận danh hiệu thi đua năm 2025 cho tập thể, cá nhân xã Phong Điền",
        "number": "11/TTr-HĐTĐKT",
        "date": "2025-12-12",
        "submitted_on": "2025-12-12",
        "review": {"date": "2025-12-18", "members": 7, "present": 6},
        "decision": {
            "number": "356/QĐ-UBND",
            "date": "2025-12-26",
            "signer": "Lê Văn Hiếu",
            "position": "Chủ tịch",
        },
        "lines": [
            *(
                {"r": r, "award": "ldtt", "achievement": good.format(y=2025)}
                for r in ("p01", "p02", "p03", "p04", "p05", "p06", "p07")
            ),
            {
                "r": "p01",
                "award": "cstdcs",
                "votes": 6,
                "achievement": (
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến “Quy trình tiếp nhận hồ "
                    "sơ một cửa liên thông sau sáp nhập xã” được Hội đồng sáng kiến xã công nhận."
                ),
            },
            {
                "r": "pc1",
                "award": "ttldtt",
                "members": 8,
                "qualified": 6,
                "achievement": (
                    "Hoàn thành tốt nhiệm vụ năm 2025; 6/8 thành viên đạt danh hiệu “Lao động "
                    "tiên tiến”."
                ),
            },
        ],
    },
    {
        "key": "2025-TP",
        "unit": "92",
        "year": 2025,
        "to_level": "province",
        "title": (
            "Đề nghị tặng Bằng khen của Chủ tịch UBND thành phố năm 2025 cho tập thể, cá nhân các "
            "xã, phường"
        ),
        "number": "45/TTr-SNV",
        "date": "2026-01-08",
        "submitted_on": "2026-01-08",
        "review": {"date": "2026-01-13", "members": 11, "present": 10},
        "decision": {
            "number": "128/QĐ-UBND",
            "date": "2026-01-20",
            "signer": "Phạm Văn Quang",
            "position": "Chủ tịch",
        },
        "lines": [
            {
                "r": "cc1",
                "award": "bang_khen_tinh",
                "achievement": (
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025; xã đạt chuẩn nông thôn mới nâng cao."
                ),
            },
            {
                "r": "cc2",
                "award": "bang_khen_tinh",
                "achievement": "Thành tích xuất sắc trong bảo đảm an ninh, trật tự năm 2025.",
            },
            {
                "r": "k01",
                "award": "bang_khen_tinh",
                "achievement": (
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025; chỉ đạo sắp xếp bộ máy phường Ninh "
                    "Kiều bảo đảm thông suốt."
                ),
            },
        ],
    },
    {
        "key": "2026-NK",
        "unit": "31135",
        "year": 2026,
        "to_level": "commune",
        "title": (
            "Đề nghị tặng danh hiệu “Lao động tiên tiến” năm 2026 cho cá nhân phường Ninh Kiều"
        ),
        "number": "05/TTr-HĐTĐKT",
        "date": "2026-11-30",
        "submitted_on": "2026-11-30",
        "lines": [
            {"r": r, "award": "ldtt", "achievement": good.format(y=2026)}
            for r in ("k01", "k02", "k03", "k04", "k06")
        ],
    },
    {
        "key": "2026-PD",
        "unit": "31299",
        "year": 2026,
        "to_level": "province",
        "title": (
            "Đề nghị tặng Bằng khen của Chủ tịch UBND thành phố năm 2026 cho cá nhân xã Phong Điền"
        ),
        "date": "2026-12-02",
        "lines": [
            {
                "r": "p01",
                "award": "bang_khen_tinh",
                "achievement": (
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025 và 2026; sáng kiến được áp dụng."
                ),
            }
        ],
    },
    {
        # Đột xuất: the commune's Giấy khen after the flood of October 2026, with its tiền thưởng
        # (individual, household and collective levels of the version from 01/7/2025).
        "key": "2026-PD-DX",
        "unit": "31299",
        "year": 2026,
        "to_level": "commune",
        "title": (
            "Đề nghị tặng Giấy khen đột xuất cho tập thể, cá nhân, hộ gia đình có thành tích "
            "trong ứng phó lũ tháng 10 năm 2026 ở xã Phong Điền"
        ),
        "number": "14/TTr-HĐTĐKT",
        "date": "2026-10-20",
        "submitted_on": "2026-10-20",
        "decision": {
            "number": "298/QĐ-UBND",
            "date": "2026-10-26",
            "signer": "Lê Văn Hiếu",
            "position": "Chủ tịch",
        },
        "awarded_on": "2026-10-30",
        "lines": [
            {
                "r": r,
                "award": "giay_khen_xa",
                "type": "ad_hoc",
                "achievement": achievement,
            }
            for r, achievement in (
                ("p03", "Trực tiếp tổ chức di dời 36 hộ dân khỏi vùng ngập ấp Nhơn Lộc 1."),
                ("p04", "Huy động người dân gia cố 1,2 km bờ bao, bảo vệ 40 ha lúa."),
                ("ph1", "Cho mượn nhà, thuyền và lương thực để đón 12 hộ dân sơ tán."),
                ("pc2", "Cứu hộ, cứu nạn liên tục 5 ngày đêm, không để thiệt hại về người."),
            )
        ],
    },
]
props += [
    {
        # Chuyên đề: the city's Bằng khen for the new-rural campaign, with a doanh nghiệp, a hợp
        # tác xã, a doanh nhân, a direct worker and a household.
        "key": "2026-TP-CD",
        "unit": "92",
        "year": 2026,
        "to_level": "province",
        "title": (
            "Đề nghị tặng Bằng khen của Chủ tịch UBND thành phố cho tập thể, cá nhân, hộ gia đình "
            "có thành tích trong phong trào “Cần Thơ chung sức xây dựng nông thôn mới” giai đoạn "
            "2021-2025"
        ),
        "number": "212/TTr-SNV",
        "date": "2026-08-10",
        "submitted_on": "2026-08-10",
        "review": {"date": "2026-08-14", "members": 11, "present": 10},
        "decision": {
            "number": "1876/QĐ-UBND",
            "date": "2026-08-20",
            "signer": "Phạm Văn Quang",
            "position": "Chủ tịch",
        },
        "awarded_on": "2026-08-28",
        "lines": [
            {"r": r, "award": "bang_khen_tinh", "type": "campaign", "achievement": achievement}
            for r, achievement in (
                ("dn1", "Liên kết tiêu thụ lúa sạch cho 320 hộ dân, hỗ trợ làm đường giao thông."),
                ("htx1", "Đạt chuẩn hợp tác xã kiểu mới; sản phẩm đạt chứng nhận OCOP 4 sao."),
                ("dnh1", "Đóng góp 1,5 tỷ đồng xây dựng cầu, đường nông thôn xã Phong Điền."),
                ("k05", "Vận động nhân dân hiến đất mở rộng hẻm, chỉnh trang khu dân cư."),
                ("kh1", "Hiến 300 m² đất làm đường, tham gia tích cực xây dựng nông thôn mới."),
            )
        ],
    },
    {
        # The Thủ tướng's Bằng khen on the city's tờ trình: cấp Nhà nước (biểu 0602).
        "key": "2026-TP-TTG",
        "unit": "92",
        "year": 2026,
        "to_level": "central",
        "title": (
            "Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tập thể, cá nhân thành phố Cần Thơ "
            "có thành tích xuất sắc năm 2025"
        ),
        "number": "230/TTr-UBND",
        "date": "2026-03-05",
        "submitted_on": "2026-03-05",
        "review": {"date": "2026-03-02", "members": 11, "present": 11},
        "decision": {
            "number": "1512/QĐ-TTg",
            "date": "2026-06-16",
            "signer": "Phạm Quốc Hưng",
            "position": "Phó Thủ tướng",
            "issuer": "Thủ tướng Chính phủ",
        },
        "lines": [
            {
                "r": "tp1",
                "award": "bang_khen_ttg",
                "achievement": "Tham mưu sắp xếp tổ chức bộ máy chính quyền địa phương hai cấp.",
            },
            {
                "r": "dn1",
                "award": "bang_khen_ttg",
                "achievement": "Dẫn đầu chuỗi liên kết lúa gạo bền vững của thành phố năm 2025.",
            },
        ],
    },
]
# Sổ sáng kiến: the initiative behind Lâm Thị Kiều Oanh's Chiến sĩ thi đua cơ sở 2025; a pending
# case that holds the 2026 proposal line of Lê Quốc Thịnh (tạm dừng xét khen thưởng).
initiatives = [
    {
        "year": 2025,
        "title": "Quy trình tiếp nhận hồ sơ một cửa liên thông sau sáp nhập xã",
        "field": "Cải cách hành chính",
        "level": "co_so",
        "unit": "31299",
        "document_number": "05/QĐ-HĐSK",
        "document_date": "2025-11-20",
        "authors": ["p01"],
    },
]
cases = [
    {
        "r": "k03",
        "kind": "discipline",
        "opened_on": "2026-11-20",
        "note": "xem xét trách nhiệm trong thẩm định hồ sơ đất đai",
    },
]
# Biểu 0604, 0605: the city's TĐKT bodies and the civil servants doing TĐKT work (invented).
tdkt = {
    "bodies": [
        {
            "key": "ban",
            "name": "Ban Thi đua - Khen thưởng thành phố Cần Thơ (thuộc Sở Nội vụ)",
            "kind": "home_affairs_board",
            "since_year": 2008,
            "until_year": 2025,
        },
        {
            "key": "phong",
            "name": "Phòng Thi đua - Khen thưởng, Sở Nội vụ thành phố Cần Thơ",
            "kind": "home_affairs_section",
            "since_year": 2025,
        },
    ],
    "staff": [
        # name, gender, birth year, training, since, until, body
        ["Lê Hoàng Phúc", "male", 1970, "tren_dai_hoc", 2008, None, "phong"],
        ["Trần Thị Mỹ Linh", "female", 1982, "dai_hoc", 2012, None, "phong"],
        ["Nguyễn Văn Tài", "male", 1966, "dai_hoc", 2010, None, "phong"],
        ["Võ Ngọc Hân", "female", 1997, "dai_hoc", 2023, None, "phong"],
        ["Phạm Thanh Tùng", "male", 1988, "tren_dai_hoc", 2019, None, "phong"],
        ["Huỳnh Thị Kim Ngân", "female", 1993, "cao_dang", 2021, None, "phong"],
        ["Đặng Văn Lực", "male", 1963, "trung_cap", 2005, 2024, "ban"],
    ],
}
(OUT / "awards_2025_2026.json").write_text(
    json.dumps(
        {
            "dataset": "demo-awards-2025-2026",
            "version": "1",
            "note": (
                "DỮ LIỆU MINH HỌA: đề nghị, quyết định khen thưởng năm 2025-2026 của phường "
                "Ninh Kiều, xã Phong Điền và thành phố Cần Thơ theo quy định từ 01/7/2025 "
                "(Nghị định 152/2025/NĐ-CP) là giả định để trình diễn; "
                "họ tên người là hư cấu, không phải người thật; số, ngày văn bản là số giả định."
            ),
            "recipients": rec,
            "proposals": props,
            "tdkt": tdkt,
            "initiatives": initiatives,
            "cases": cases,
        },
        ensure_ascii=False,
        indent=1,
    )
    + "\n",
    encoding="utf-8",
)
