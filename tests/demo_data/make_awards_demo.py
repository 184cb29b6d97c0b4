"""Developer tool: (re)generate resources/demo/awards_2021_2023.json, deterministically.

    .venv/bin/python tests/demo_data/make_awards_demo.py

Khen thưởng of huyện Phong Điền (926), invented for demonstration: every person's name is
fictitious. 2021 and 2022 give the history (one civil servant with CSTĐCS in 2021, 2022 and
2023, so the eligibility for CSTĐ thành phố shows; one school with TTLĐXS two years running).
The 2023 proposals show every status: awarded (A), reviewed with a quota and a ballot warning
(B, xã Nhơn Ái: 2 CSTĐCS for 7 LĐTT), returned with its reason (C), decided and waiting for the
ceremony (D, đột xuất and theo đợt awards to farmers and workers), decided by the city on
20/02/2024 under the 2022 law (E), a commune's draft (F) and one just submitted (G).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "demo" / "awards_2021_2023.json"


def person(
    unit: str, name: str, gender: str, born: int, position: str, category: str
) -> dict[str, Any]:
    return {
        "kind": "individual",
        "unit": unit,
        "name": name,
        "gender": gender,
        "birth_year": born,
        "position": position,
        "category": category,
    }


def collective(unit: str, name: str | None) -> dict[str, Any]:
    return {"kind": "collective", "unit": unit, "name": name}


def household(unit: str, name: str, gender: str) -> dict[str, Any]:
    return {"kind": "household", "unit": unit, "name": name, "gender": gender}


F, M = "female", "male"
RECIPIENTS = {
    # Huyện Phong Điền: district agencies
    "d01": person("926", "Trần Thị Mỹ Hạnh", F, 1984, "Chuyên viên Phòng Nội vụ", "civil_servant"),
    "d02": person(
        "926", "Nguyễn Văn Tâm", M, 1979, "Phó Trưởng phòng Tài chính - Kế hoạch", "civil_servant"
    ),
    "d03": person(
        "926", "Lê Hoàng Phúc", M, 1988, "Chuyên viên Văn phòng HĐND và UBND huyện", "civil_servant"
    ),
    "d04": person("926", "Phạm Thị Ngọc Lan", F, 1990, "Kế toán Phòng Nội vụ", "civil_servant"),
    "d05": person(
        "926",
        "Võ Minh Khang",
        M,
        1985,
        "Chuyên viên Phòng Nông nghiệp và Phát triển nông thôn",
        "civil_servant",
    ),
    "d06": person(
        "31300",
        "Huỳnh Thị Thu Trang",
        F,
        1992,
        "Giáo viên Trường Tiểu học Nhơn Ái 1",
        "public_employee",
    ),
    "d07": person("926", "Đặng Quốc Bảo", M, 1976, "Phó Chủ tịch Hội Nông dân huyện", "cadre"),
    "d08": person(
        "926",
        "Bùi Thị Kim Ngân",
        F,
        1987,
        "Viên chức Trung tâm Văn hóa - Thể thao và Truyền thanh huyện",
        "public_employee",
    ),
    "d09": person("926", "Trương Văn Lộc", M, 1970, "Nhân viên bảo vệ cơ quan", "other"),
    "d10": person(
        "926",
        "Ngô Thị Bích Tuyền",
        F,
        1994,
        "Chuyên viên Phòng Văn hóa và Thông tin",
        "civil_servant",
    ),
    # Xã Nhơn Ái
    "n01": person("31300", "Lâm Văn Hùng", M, 1978, "Phó Chủ tịch UBND xã", "cadre"),
    "n02": person(
        "31300", "Nguyễn Thị Thanh Thủy", F, 1986, "Công chức Văn hóa - Xã hội", "civil_servant"
    ),
    "n03": person(
        "31300", "Châu Minh Trí", M, 1989, "Công chức Tư pháp - Hộ tịch", "civil_servant"
    ),
    "n04": person(
        "31300", "Lý Thị Hồng Nhung", F, 1991, "Công chức Tài chính - Kế toán", "civil_servant"
    ),
    "n05": person(
        "31300", "Tô Văn Nghĩa", M, 1983, "Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "civil_servant"
    ),
    "n06": person(
        "31300", "Dương Thị Cẩm Tú", F, 1995, "Công chức Văn phòng - Thống kê", "civil_servant"
    ),
    "n07": person("31300", "Phan Thanh Sang", M, 1980, "Chủ tịch Hội Nông dân xã", "cadre"),
    # Xã Giai Xuân
    "g01": person("31303", "Hồ Văn Thắng", M, 1981, "Phó Chủ tịch UBND xã", "cadre"),
    "g02": person(
        "31303", "Mai Thị Diễm", F, 1988, "Công chức Địa chính - Xây dựng", "civil_servant"
    ),
    "g03": person(
        "31303", "Quách Văn Tài", M, 1985, "Công chức Văn phòng - Thống kê", "civil_servant"
    ),
    "g04": person(
        "31303", "Thái Thị Ngọc Hân", F, 1993, "Công chức Văn hóa - Xã hội", "civil_servant"
    ),
    "g05": person(
        "31303", "Kiều Minh Luân", M, 1990, "Công chức Tư pháp - Hộ tịch", "civil_servant"
    ),
    "g06": person(
        "31303", "La Thị Mỹ Duyên", F, 1987, "Công chức Tài chính - Kế toán", "civil_servant"
    ),
    "g07": person("31303", "Đoàn Văn Hiếu", M, 1975, "Phó Chủ tịch Hội Cựu chiến binh xã", "cadre"),
    # People working directly (nông dân, công nhân, thợ) and others
    "w01": person("31300", "Nguyễn Văn Chín", M, 1968, "Nông dân", "direct_worker"),
    "w02": person("31309", "Trần Văn Út", M, 1972, "Nông dân trồng cây ăn trái", "direct_worker"),
    "w03": person(
        "31306", "Lê Thị Hoa", F, 1979, "Công nhân cơ sở chế biến nông sản", "direct_worker"
    ),
    "w04": person("31312", "Phạm Văn Đông", M, 1985, "Thợ xây dựng", "direct_worker"),
    "w05": person("31299", "Võ Thị Lệ", F, 1990, "Tiểu thương", "other"),
    # Collectives
    "c01": collective("926", "Phòng Nội vụ huyện Phong Điền"),
    "c02": collective("926", "Phòng Tài chính - Kế hoạch huyện Phong Điền"),
    "c03": collective("31300", "Trường Tiểu học Nhơn Ái 1"),
    "c04": collective("31306", "Công an xã Tân Thới"),
    "c05": collective("31309", "Tổ hợp tác trồng cây ăn trái Trường Long"),
    "c06": collective("31312", "Ấp Mỹ Long"),
    "c07": collective("31312", "Ấp Mỹ Nhơn"),
    # Households of xã Tân Thới
    "h01": household("31306", "Hộ ông Lê Văn Bảy", M),
    "h02": household("31306", "Hộ bà Nguyễn Thị Sáu", F),
    "h03": household("31306", "Hộ ông Trần Văn Mười", M),
}

DISTRICT_STAFF = [f"d{n:02d}" for n in range(1, 11)]
CHAIR = ("Nguyễn Hoàng Long", "Chủ tịch")
VICE_CHAIR = ("Trần Văn Hiền", "Phó Chủ tịch")
CITY_VICE_CHAIR = ("Lê Minh Quang", "Phó Chủ tịch")
GOOD = "Hoàn thành tốt nhiệm vụ năm {year}; tích cực tham gia phong trào thi đua."
INITIATIVE = (
    "Hoàn thành xuất sắc nhiệm vụ năm {year}; có sáng kiến “{topic}” được Hội đồng sáng kiến "
    "huyện công nhận."
)


def line(key: str, award: str, **extra: Any) -> dict[str, Any]:
    return {"r": key, "award": award, **extra}


def decision(number: str, day: str, signer: tuple[str, str], **extra: str) -> dict[str, Any]:
    return {"number": number, "date": day, "signer": signer[0], "position": signer[1], **extra}


def district_year(
    year: int,
    staff: list[str],
    dates: dict[str, str],
    numbers: dict[str, str],
    school: tuple[int, int],
    extra: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The district agencies' yearly proposal: LĐTT, one CSTĐCS (d01), TTLĐTT for the school."""
    topic = {
        2021: "Số hóa hồ sơ thi đua, khen thưởng của huyện",
        2022: "Theo dõi đăng ký thi đua của các xã, thị trấn bằng bảng tính dùng chung",
        2023: "Quy trình xét khen thưởng hằng năm rút gọn thời gian xử lý hồ sơ",
    }[year]
    lines = [line(k, "ldtt", achievement=GOOD.format(year=year)) for k in staff]
    lines.append(
        line("d01", "cstdcs", votes=8, achievement=INITIATIVE.format(year=year, topic=topic))
    )
    members, qualified = school
    lines.append(
        line(
            "c03",
            "ttldtt",
            members=members,
            qualified=qualified,
            achievement=f"Hoàn thành tốt nhiệm vụ năm học; {qualified}/{members} thành viên đạt "
            "danh hiệu “Lao động tiên tiến”.",
        )
    )
    lines += extra or []
    return {
        "key": f"{year}-A",
        "unit": "926",
        "year": year,
        "to_level": "district",
        "title": f"Đề nghị tặng danh hiệu thi đua năm {year} cho tập thể, cá nhân khối cơ quan "
        "huyện",
        "number": numbers["proposal"],
        "date": dates["proposal"],
        "submitted_on": dates["proposal"],
        "review": {"date": dates["review"], "members": 9, "present": 8},
        "decision": decision(numbers["decision"], dates["decision"], CHAIR),
        "awarded_on": dates["awarded"],
        "lines": lines,
    }


def school_upward(
    year: int,
    school: tuple[int, int],
    dates: dict[str, str],
    numbers: dict[str, str],
) -> dict[str, Any]:
    members, qualified = school
    return {
        "key": f"{year}-B",
        "unit": "926",
        "year": year,
        "to_level": "province",
        "title": f"Đề nghị Chủ tịch UBND thành phố tặng danh hiệu “Tập thể lao động xuất sắc” năm "
        f"{year}",
        "number": numbers["proposal"],
        "date": dates["proposal"],
        "submitted_on": dates["proposal"],
        "review": {"date": dates["review"], "members": 9, "present": 8},
        "decision": decision(numbers["decision"], dates["decision"], CITY_VICE_CHAIR),
        "awarded_on": dates["awarded"],
        "lines": [
            line(
                "c03",
                "ttldxs",
                members=members,
                qualified=qualified,
                achievement=f"Hoàn thành xuất sắc nhiệm vụ năm học; 100% thành viên hoàn thành "
                f"nhiệm vụ, {qualified}/{members} đạt “Lao động tiên tiến”.",
            )
        ],
    }


PROPOSALS = [
    district_year(
        2021,
        DISTRICT_STAFF[:8],
        {
            "proposal": "2021-12-06",
            "review": "2021-12-14",
            "decision": "2021-12-20",
            "awarded": "2021-12-30",
        },
        {"proposal": "112/TTr-PNV", "decision": "1456/QĐ-UBND"},
        (30, 24),
    ),
    school_upward(
        2021,
        (30, 24),
        {
            "proposal": "2021-12-15",
            "review": "2021-12-17",
            "decision": "2022-02-25",
            "awarded": "2022-03-10",
        },
        {"proposal": "245/TTr-UBND", "decision": "520/QĐ-UBND"},
    ),
    district_year(
        2022,
        DISTRICT_STAFF[:8],
        {
            "proposal": "2022-12-05",
            "review": "2022-12-13",
            "decision": "2022-12-19",
            "awarded": "2022-12-29",
        },
        {"proposal": "98/TTr-PNV", "decision": "1502/QĐ-UBND"},
        (31, 25),
    ),
    school_upward(
        2022,
        (31, 25),
        {
            "proposal": "2022-12-14",
            "review": "2022-12-16",
            "decision": "2023-02-20",
            "awarded": "2023-03-08",
        },
        {"proposal": "251/TTr-UBND", "decision": "415/QĐ-UBND"},
    ),
    district_year(
        2023,
        DISTRICT_STAFF,
        {
            "proposal": "2023-12-04",
            "review": "2023-12-12",
            "decision": "2023-12-20",
            "awarded": "2023-12-29",
        },
        {"proposal": "105/TTr-PNV", "decision": "1525/QĐ-UBND"},
        (32, 26),
        extra=[
            line(
                "c01",
                "ttldtt",
                members=9,
                qualified=8,
                achievement="Hoàn thành tốt nhiệm vụ năm 2023; 8/9 thành viên đạt “Lao động "
                "tiên tiến”.",
            ),
            line(
                "c02",
                "ttldtt",
                members=8,
                qualified=6,
                achievement="Hoàn thành tốt nhiệm vụ năm 2023; 6/8 thành viên đạt “Lao động "
                "tiên tiến”.",
            ),
        ],
    ),
    {
        "key": "2023-B",
        "unit": "31300",
        "year": 2023,
        "to_level": "district",
        "title": "Đề nghị Chủ tịch UBND huyện tặng danh hiệu thi đua năm 2023 cho cán bộ, công "
        "chức xã Nhơn Ái",
        "number": "45/TTr-UBND",
        "date": "2023-12-08",
        "submitted_on": "2023-12-08",
        "review": {"date": "2023-12-26", "members": 7, "present": 6},
        "lines": [
            *(line(f"n{n:02d}", "ldtt", achievement=GOOD.format(year=2023)) for n in range(1, 8)),
            line(
                "n02",
                "cstdcs",
                votes=5,
                achievement=INITIATIVE.format(
                    year=2023, topic="Tủ sách pháp luật điện tử tại Bộ phận một cửa xã"
                ),
            ),
            line(
                "n03",
                "cstdcs",
                votes=2,
                achievement=INITIATIVE.format(
                    year=2023, topic="Sổ tay hướng dẫn đăng ký hộ tịch trực tuyến cho người dân"
                ),
            ),
        ],
    },
    {
        "key": "2023-C",
        "unit": "31303",
        "year": 2023,
        "to_level": "district",
        "title": "Đề nghị Chủ tịch UBND huyện tặng danh hiệu thi đua năm 2023 cho cán bộ, công "
        "chức xã Giai Xuân",
        "number": "38/TTr-UBND",
        "date": "2023-12-07",
        "submitted_on": "2023-12-07",
        "returned": {
            "date": "2023-12-14",
            "reason": "Hồ sơ thiếu biên bản họp Hội đồng Thi đua - Khen thưởng xã và báo cáo "
            "thành tích của cá nhân đề nghị danh hiệu “Chiến sĩ thi đua cơ sở”; đề nghị bổ sung "
            "trước ngày 20/12/2023.",
        },
        "lines": [
            *(line(f"g{n:02d}", "ldtt", achievement=GOOD.format(year=2023)) for n in range(1, 8)),
            line(
                "g04",
                "cstdcs",
                achievement=INITIATIVE.format(
                    year=2023, topic="Lịch sinh hoạt văn hóa cộng đồng tại các ấp"
                ),
            ),
        ],
    },
    {
        "key": "2023-D",
        "unit": "926",
        "year": 2023,
        "to_level": "district",
        "campaign": "KH97-2023",
        "title": "Đề nghị tặng Giấy khen cho tập thể, cá nhân có thành tích đột xuất và thành "
        "tích trong đợt thi đua chào mừng kỷ niệm 20 năm thành phố Cần Thơ trực thuộc Trung ương",
        "number": "110/TTr-PNV",
        "date": "2023-12-15",
        "submitted_on": "2023-12-15",
        "review": {"date": "2023-12-19", "members": 9, "present": 7},
        "decision": decision("1560/QĐ-UBND", "2023-12-27", CHAIR),
        "lines": [
            line(
                "w01",
                "giay_khen_huyen",
                type="ad_hoc",
                achievement="Dũng cảm cứu 02 học sinh bị đuối nước trên kênh nội đồng ngày "
                "14/9/2023.",
            ),
            line(
                "w04",
                "giay_khen_huyen",
                type="ad_hoc",
                achievement="Tham gia chữa cháy, di dời tài sản giúp người dân khi xảy ra cháy "
                "nhà ngày 02/11/2023.",
            ),
            line(
                "c04",
                "giay_khen_huyen",
                type="ad_hoc",
                achievement="Phát hiện, bắt giữ nhanh đối tượng trộm cắp tài sản, thu hồi tài sản "
                "trả lại người bị hại.",
            ),
            line(
                "w05",
                "giay_khen_huyen",
                type="ad_hoc",
                achievement="Nhặt được tài sản có giá trị và trả lại cho người đánh rơi.",
            ),
            line(
                "w02",
                "giay_khen_huyen",
                type="campaign",
                achievement="Nông dân sản xuất, kinh doanh giỏi, tiêu biểu trong đợt thi đua chào "
                "mừng 20 năm thành phố Cần Thơ trực thuộc Trung ương.",
            ),
            line(
                "w03",
                "giay_khen_huyen",
                type="campaign",
                achievement="Vượt định mức sản xuất, tích cực hưởng ứng đợt thi đua chào mừng 20 "
                "năm thành phố Cần Thơ trực thuộc Trung ương.",
            ),
            line(
                "c05",
                "giay_khen_huyen",
                type="campaign",
                achievement="Xây dựng mô hình trồng cây ăn trái theo hướng an toàn, liên kết tiêu "
                "thụ cho các thành viên.",
            ),
        ],
    },
    {
        "key": "2023-E",
        "unit": "926",
        "year": 2023,
        "to_level": "province",
        "title": "Đề nghị Chủ tịch UBND thành phố tặng danh hiệu “Tập thể lao động xuất sắc” và "
        "Bằng khen năm 2023",
        "number": "268/TTr-UBND",
        "date": "2023-12-21",
        "submitted_on": "2023-12-21",
        "review": {"date": "2023-12-21", "members": 9, "present": 8},
        "decision": decision("375/QĐ-UBND", "2024-02-20", CITY_VICE_CHAIR),
        "lines": [
            line(
                "c03",
                "ttldxs",
                members=32,
                qualified=26,
                achievement="Hoàn thành xuất sắc nhiệm vụ năm học; 100% thành viên hoàn thành "
                "nhiệm vụ, 26/32 đạt “Lao động tiên tiến”.",
            ),
            line(
                "c03",
                "bang_khen_tinh",
                achievement="Hai năm liên tục đạt danh hiệu “Tập thể lao động xuất sắc” "
                "(2022, 2023).",
            ),
            line(
                "d02",
                "bang_khen_tinh",
                achievement="Hoàn thành xuất sắc nhiệm vụ tham mưu quản lý tài chính, ngân sách "
                "huyện năm 2022 và 2023.",
            ),
        ],
    },
    {
        "key": "2023-F",
        "unit": "31306",
        "year": 2023,
        "to_level": "commune",
        "title": "Đề nghị công nhận danh hiệu “Gia đình văn hóa” năm 2023",
        "date": "2023-12-18",
        "lines": [
            line(h, "gia_dinh_van_hoa", achievement="Đạt các tiêu chuẩn gia đình văn hóa năm 2023.")
            for h in ("h01", "h02", "h03")
        ],
    },
    {
        "key": "2023-G",
        "unit": "31312",
        "year": 2023,
        "to_level": "district",
        "title": "Đề nghị Chủ tịch UBND huyện công nhận danh hiệu “Ấp, khu vực văn hóa” năm 2023",
        "number": "52/TTr-UBND",
        "date": "2023-12-26",
        "submitted_on": "2023-12-26",
        "lines": [
            line(
                a,
                "ap_van_hoa",
                achievement="Giữ vững danh hiệu ấp văn hóa; không có tệ nạn xã hội.",
            )
            for a in ("c06", "c07")
        ],
    },
]


def main() -> None:
    data = {
        "dataset": "demo-awards-2021-2023",
        "version": "1",
        "note": "DỮ LIỆU MINH HỌA: đề nghị, quyết định khen thưởng năm 2021-2023 của huyện Phong "
        "Điền là giả định để trình diễn; họ tên người là hư cấu, không phải người thật; số, ngày "
        "văn bản là số giả định.",
        "recipients": RECIPIENTS,
        "proposals": PROPOSALS,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
