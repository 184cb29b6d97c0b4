"""Tests for Vietnamese text cleaning, search folding and the dictionary-order sort key."""

from __future__ import annotations

import csv
import random
import sqlite3
import unicodedata
from itertools import pairwise
from pathlib import Path

import pytest

from thidua_desktop.domain.text import clean, fold, matches, nfc, sort_key

UNITS_CSV = Path(__file__).resolve().parents[3] / "shared" / "data" / "vn_units_2025-03.csv"

HOSTILE = [
    "",
    " ",
    "&<>\"'",
    "<b>Xã</b> & Phường",
    "Xã\u200bThạnh\u200c Quới\u200d\ufeff",
    "Ninh\u00a0Kiều\t\n",
    unicodedata.normalize("NFD", "Thạnh Hòa, Định Môn, Đông Hiệp, Ưu Thắng"),
    "\x00\x01\x07\x7f\x9f",
    "\ud800 lone surrogate \udfff",
    "emoji 😀 and 中文 and Ωmega",
    "\ue000\uffff\U0010ffff",
    "Phường " + "9" * 2000,
    "Nguyễn Văn Ân " * 1000,
    "\u0300\u0301 marks without a base",
]


def field(key: str, index: int) -> str:
    """One of the four U+0001-separated fields of a sort key."""
    return key.split("\x01", 3)[index]


# --- nfc and clean ----------------------------------------------------------------------------


def test_nfc_composes_decomposed_text() -> None:
    decomposed = unicodedata.normalize("NFD", "Đông Hiệp")
    assert decomposed != "Đông Hiệp"
    assert nfc(decomposed) == "Đông Hiệp"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ninh Kiều", "Ninh Kiều"),
        ("  Ninh   Kiều  ", "Ninh Kiều"),
        ("Ninh\u00a0Kiều", "Ninh Kiều"),
        ("Ninh\u202fKiều", "Ninh Kiều"),
        ("Ninh\tKiều\r\n", "Ninh Kiều"),
        ("Ninh\n\n\nKiều", "Ninh Kiều"),
        ("Ninh\u2028Kiều", "Ninh Kiều"),
        ("Thạnh\u200b Quới", "Thạnh Quới"),
        ("\ufeffThạnh Quới", "Thạnh Quới"),
        ("Th\u200cạ\u200dnh", "Thạnh"),
        ("Bình\u2060Thủy", "BìnhThủy"),
        ("Cờ\u00adĐỏ", "CờĐỏ"),
        ("a\x00b\x07c\x1bd\x7fe\x9ff", "abcdef"),
        ("Ô Môn\ud800", "Ô Môn"),
        (unicodedata.normalize("NFD", "Thạnh Hòa"), "Thạnh Hòa"),
        ("o\u200d\u0301", "ó"),
        ("&<>\"'", "&<>\"'"),
        ("", ""),
        (" \t\n\u00a0\u200b ", ""),
    ],
)
def test_clean_normalises_strips_and_collapses(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize("raw", HOSTILE)
def test_clean_is_idempotent_and_returns_nfc(raw: str) -> None:
    cleaned = clean(raw)
    assert clean(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    cleaned.encode("utf-8")  # no lone surrogates left


def test_clean_keeps_tone_placement_as_typed() -> None:
    assert clean("Hoà") == "Hoà"
    assert clean("Hòa") == "Hòa"


def test_clean_handles_very_long_text() -> None:
    raw = ("Nguyễn\u00a0Văn\u200b  Ân\n" * 10_000).strip()
    cleaned = clean(raw)
    assert cleaned == " ".join(["Nguyễn Văn Ân"] * 10_000)


# --- fold and matches -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Xã Thạnh Quới", "xa thanh quoi"),
        ("Hòa", "hoa"),
        ("Hoà", "hoa"),
        ("Thủy", "thuy"),
        ("Thuỷ", "thuy"),
        ("Quý", "quy"),
        ("Qúy", "quy"),
        ("Định Môn", "dinh mon"),
        ("ĐÔNG HIỆP", "dong hiep"),
        ("Ưu Thắng", "uu thang"),
        ("Ặ Ẫ Ợ Ữ Ỵ", "a a o u y"),
        ("Ðông", "dong"),  # eth from legacy-font conversions
        ("  Ninh\u00a0\tKiều \n", "ninh kieu"),
        ("Thạnh\u200bQuới", "thanhquoi"),
        ("Phường 10", "phuong 10"),
        ("&<>", "&<>"),
        ("Straße", "strasse"),
        ("İstanbul", "istanbul"),
        ("", ""),
    ],
)
def test_fold_removes_diacritics_case_and_extra_space(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize("raw", ["Xã Thạnh Quới", "Định Môn", "ĐÔNG HIỆP", "Thuỷ", "Hoà"])
def test_fold_gives_the_same_key_for_nfd_input(raw: str) -> None:
    assert fold(unicodedata.normalize("NFD", raw)) == fold(raw)


def test_fold_ignores_tone_placement() -> None:
    assert fold("Hòa") == fold("Hoà")
    assert fold("Thủy") == fold("Thuỷ")
    assert fold("Quý") == fold("Qúy")


@pytest.mark.parametrize("base", ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"])
@pytest.mark.parametrize("tone", ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"])
def test_fold_maps_every_vowel_with_every_tone_to_its_ascii_base(base: str, tone: str) -> None:
    letter = nfc(base + tone)
    ascii_base = fold(base)
    assert ascii_base in "aeiouy"
    assert fold(letter) == ascii_base
    assert fold(letter.upper()) == ascii_base


@pytest.mark.parametrize("raw", HOSTILE)
def test_fold_is_idempotent_on_hostile_input(raw: str) -> None:
    folded = fold(raw)
    assert fold(folded) == folded
    assert folded == folded.strip()
    assert "  " not in folded
    folded.encode("utf-8")


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("thanh quoi", "Xã Thạnh Quới", True),
        ("quoi thanh", "Xã Thạnh Quới", True),
        ("THẠNH", "Xã Thạnh Quới", True),
        ("Thạnh  Quới", "Xã Thạnh Quới", True),
        ("dong hiep", "Đông Hiệp", True),
        ("hoà", "Thạnh Hòa", True),
        ("thuy", "Bình Thuỷ", True),
        ("quo", "Xã Thạnh Quới", True),
        ("", "Xã Thạnh Quới", True),
        ("   ", "Xã Thạnh Quới", True),
        ("thanh loc", "Xã Thạnh Quới", False),
        ("thạnh", "Xã Thành Quới", True),  # diacritics do not count in search
        ("&<>", "Xã Thạnh Quới", False),
        (unicodedata.normalize("NFD", "Định"), "Định Môn", True),
    ],
)
def test_matches_needs_every_query_word_in_the_folded_name(
    query: str, name: str, expected: bool
) -> None:
    assert matches(query, fold(name)) is expected


# --- sort_key: required orders --------------------------------------------------------------

REQUIRED_ORDERS = [
    [
        "An Bình",
        "Ăn",
        "Ân",
        "Dương",
        "Định Môn",
        "Đông Hiệp",
        "O",
        "Ò",
        "Ỏ",
        "Õ",
        "Ó",
        "Ọc",
        "Ô Môn",
        "Ơ",
        "Uy",
        "Ư",
    ],
    ["ma", "mà", "mả", "mã", "má", "mạ"],
    ["Cái Khế", "Cái Răng", "Cờ Đỏ"],
    # The brief listed "Thới Lai" before "Thốt Nốt", which breaks its own alphabet rule (ô < ơ);
    # ICU's Vietnamese collation agrees with the alphabet.
    ["Ninh Kiều", "Ô Môn", "Phong Điền", "Thốt Nốt", "Thới Lai", "Vĩnh Thạnh"],
    ["Phường 2", "Phường 10"],
    ["Thạnh An", "Thạnh Hòa", "Thạnh Lộc"],
    ["Trường Xuân", "Trường Xuân A", "Trường Xuân B"],
    ["Y", "Z"],
    ["Ê", "F", "G"],
    ["I", "J", "K"],
    ["V", "W", "X"],
    ["Ấp 1", "Ấp 2", "Ấp 10", "Ấp 100", "Ấp A"],
    ["9", "10", "A"],
    ["A", "A 1", "A1", "AB"],
    ["Ba Đình", "Bà Đinh"],  # tones compared word by word from the start
    ["Bà Rịa", "Ba Tri"],  # tones only decide ties of the letters
    ["Hoa", "hòa"],  # tones before case
    ["hoa", "Hoa", "HOA"],  # lowercase first, letter by letter
    ["A", "b", "C"],  # case does not count before tones and letters
    ["", " ", "0", "A"],
    ["Zulu", "Ωmega", "中"],  # letters outside the Latin alphabet come after z
]


@pytest.mark.parametrize("expected", REQUIRED_ORDERS, ids=lambda names: " < ".join(names))
def test_sort_key_gives_vietnamese_dictionary_order(expected: list[str]) -> None:
    keys = [sort_key(name) for name in expected]
    assert all(a < b for a, b in pairwise(keys))
    shuffled = expected[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == expected


def test_sort_key_follows_the_whole_alphabet() -> None:
    alphabet = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
    keys = [sort_key(letter) for letter in alphabet]
    assert keys == sorted(keys)
    assert [field(sort_key(letter.upper()), 0) for letter in alphabet] == [
        field(key, 0) for key in keys
    ]


@pytest.mark.parametrize("base", ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"])
def test_sort_key_orders_tones_ngang_huyen_hoi_nga_sac_nang(base: str) -> None:
    tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
    words = [nfc(f"m{base}{tone}") for tone in tones]
    keys = [sort_key(word) for word in words]
    assert keys == sorted(keys)
    assert len({field(key, 0) for key in keys}) == 1


def test_sort_key_ties_tone_placement_variants_until_the_raw_string() -> None:
    for old, new in [("Hoà", "Hòa"), ("Thuỷ", "Thủy"), ("Qúy", "Quý"), ("Thạnh Hoà", "Thạnh Hòa")]:
        old_key, new_key = sort_key(old), sort_key(new)
        assert old_key != new_key
        assert old_key.split("\x01")[:3] == new_key.split("\x01")[:3]


@pytest.mark.parametrize("name", ["Định Môn", "Thạnh Hòa", "Hoà", "ĐÔNG HIỆP", "Phường 10"])
def test_sort_key_is_the_same_for_nfd_input(name: str) -> None:
    assert sort_key(unicodedata.normalize("NFD", name)) == sort_key(name)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ba Đình", "Ba  Đình"),
        ("Ba Đình", "Ba - Đình"),
        ("Ba Đình", '"Ba Đình"'),
        ("Ba Đình", " Ba Đình "),
        ("Phường 2", "Phường 02"),
        ("BaĐình", "Ba\u200bĐình"),
    ],
)
def test_sort_key_treats_spacing_punctuation_and_leading_zeros_alike_until_the_raw_string(
    a: str, b: str
) -> None:
    assert field(sort_key(a), 0) == field(sort_key(b), 0)
    assert field(sort_key(a), 1) == field(sort_key(b), 1)
    if a != b:
        assert sort_key(a) != sort_key(b)


def test_sort_key_orders_numbers_by_value() -> None:
    numbers = [0, 1, 2, 9, 10, 11, 99, 100, 12_345_678, 123_456_789, 10**20]
    names = [f"Khu vực {n}" for n in numbers]
    assert sorted(reversed(names), key=sort_key) == names


def test_sort_key_puts_leading_zero_variants_next_to_the_same_number() -> None:
    names = ["Ấp 1", "Ấp 02", "Ấp 2", "Ấp 3"]
    ordered = sorted(names, key=sort_key)
    assert ordered.index("Ấp 1") < ordered.index("Ấp 02") < ordered.index("Ấp 3")
    assert ordered.index("Ấp 1") < ordered.index("Ấp 2") < ordered.index("Ấp 3")


def test_sort_key_compares_absurdly_long_digit_runs_in_pieces() -> None:
    # Runs up to 1790 digits compare by value; longer ones in pieces of 1790, still deterministic.
    assert sort_key("9" * 1790) < sort_key("1" * 1791)
    assert sort_key("1" * 2000) < sort_key("1" * 2001) < sort_key("2" * 2000)


def test_sort_key_of_other_scripts_digits_compares_by_value() -> None:
    # Arabic-Indic 2 and 10 next to ASCII digits: digits of any script count by value.
    assert sort_key("Ấp \u0662") < sort_key("Ấp 10")


# --- sort_key: storage properties ---------------------------------------------------------------


def _hostile_and_real_names() -> list[str]:
    names = list(HOSTILE)
    for chain in REQUIRED_ORDERS:
        names.extend(chain)
    names += ["A B", "A-B", "A.B", "A\x00B", "A\x01B", "A😀B", "A\ufe58B", "A\uff0cB", "A\u2014B"]
    return names


@pytest.mark.parametrize("name", _hostile_and_real_names())
def test_sort_key_uses_only_code_points_below_the_surrogates(name: str) -> None:
    key = sort_key(name)
    assert all(ord(char) < 0xD800 for char in key)
    assert key.encode("utf-8").decode("utf-8") == key


def test_sort_key_string_order_equals_utf8_and_utf16_byte_order() -> None:
    keys = [sort_key(name) for name in _hostile_and_real_names()]
    by_str = sorted(keys)
    assert sorted(keys, key=lambda key: key.encode("utf-8")) == by_str
    assert sorted(keys, key=lambda key: key.encode("utf-16-be")) == by_str


def test_sort_key_gives_different_strings_different_keys() -> None:
    names = set(_hostile_and_real_names())
    names |= {name.upper() for name in names} | {name.lower() for name in names}
    names = {nfc(name) for name in names}
    assert len({sort_key(name) for name in names}) == len(names)


@pytest.mark.parametrize(
    "names",
    [
        # Each separator is one "gap" at the primary level; some lie above U+D000 and are escaped.
        ["A B", "A-B", "A.B", "A😀B", "A\ufe58B", "A\uff0cB", "A\u2014B"],
        # Controls count for nothing before the raw string; U+0000 and U+0001 are escaped.
        ["AB", "A\x00B", "A\x01B", "A\x02B", "A\ud800B", "A\U000e0001B"],
    ],
)
def test_sort_key_breaks_full_ties_by_code_point_order_of_the_nfc_string(
    names: list[str],
) -> None:
    keys = [sort_key(name) for name in names]
    assert len({tuple(key.split("\x01")[:3]) for key in keys}) == 1
    assert sorted(names, key=sort_key) == sorted(names)


def test_sort_key_order_matches_sqlite_binary_order() -> None:
    names = _hostile_and_real_names()
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE unit (name TEXT, key TEXT)")
        connection.executemany(
            "INSERT INTO unit VALUES (?, ?)", [(str(i), sort_key(n)) for i, n in enumerate(names)]
        )
        rows = connection.execute("SELECT name FROM unit ORDER BY key").fetchall()
    finally:
        connection.close()
    from_sqlite = [names[int(index)] for (index,) in rows]
    assert from_sqlite == sorted(names, key=sort_key)


def test_sort_key_of_empty_text_sorts_first() -> None:
    assert sort_key("") < sort_key(" ") < sort_key("0") < sort_key("a")


@pytest.mark.skipif(not UNITS_CSV.exists(), reason="shared unit list not available")
def test_sort_key_sorts_every_unit_name_of_the_country() -> None:
    with UNITS_CSV.open(encoding="utf-8", newline="") as file:
        names = [row["unit_name"] for row in csv.DictReader(file)]
    assert len(names) > 1000
    ordered = sorted(names, key=sort_key)
    assert sorted(ordered) == sorted(names)
    distinct = {nfc(name) for name in names}
    assert len({sort_key(name) for name in distinct}) == len(distinct)
