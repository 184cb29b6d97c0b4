"""Tests for reading and writing numbers the Vietnamese way, as exact decimals."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.numbers import (
    MAX_NUMBER_LENGTH,
    amount_in_words,
    format_number,
    parse_number,
    round_half_up,
)

# --- parse_number -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vietnamese style: comma decimal mark, dots group thousands
        ("9,5", "9.5"),
        ("0,36", "0.36"),
        ("43.000", "43000"),
        ("1.500.000", "1500000"),
        ("1.500.000,25", "1500000.25"),
        ("12.345,678", "12345.678"),
        ("999.999.999.999,9", "999999999999.9"),
        ("9,50", "9.50"),
        ("007,5", "7.5"),
        # a single dot that does not group thousands is a decimal point
        ("9.5", "9.5"),
        ("92.45", "92.45"),
        ("1234.5", "1234.5"),
        ("1.2345", "1.2345"),
        ("1.23", "1.23"),
        ("0.360", "0.360"),
        ("00.360", "0.360"),
        ("01.500", "1.500"),
        # plain integers and signs
        ("74", "74"),
        ("0", "0"),
        ("-3", "-3"),
        ("+2", "2"),
        ("\u22123", "-3"),
        ("-1.234,5", "-1234.5"),
        ("-0", "0"),
        ("-0,00", "0.00"),
        # spaces, NBSP and narrow NBSP group thousands too
        ("  1 500 ", "1500"),
        ("1\u00a0500\u00a0000", "1500000"),
        ("1\u202f500,25", "1500.25"),
        ("1 500.25", "1500.25"),
        # percent sign, invisible characters
        ("74%", "74"),
        ("9,5 %", "9.5"),
        ("9,5\u200b", "9.5"),
        ("\ufeff43.000", "43000"),
        ("0," + "1" * (MAX_NUMBER_LENGTH - 2), "0." + "1" * (MAX_NUMBER_LENGTH - 2)),
    ],
)
def test_parse_number_reads_vietnamese_and_plain_forms(text: str, expected: str) -> None:
    value = parse_number(text)
    assert isinstance(value, Decimal)
    assert value == Decimal(expected)
    assert str(value) == expected  # exact: no float, no lost or invented digits


def test_parse_number_keeps_the_digits_entered_after_the_decimal_mark() -> None:
    assert parse_number("9,50").as_tuple().exponent == -2
    assert parse_number("0.360").as_tuple().exponent == -3


def test_parse_number_never_returns_negative_zero() -> None:
    assert not parse_number("-0").is_signed()
    assert not parse_number("-0,0").is_signed()


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "9,5a",
        "a9",
        "1,2,3",
        "1,5.3",
        "1.500,2.5",
        "1.2.3",
        "12.34.567",
        "1.234.5678",
        "0.360.000",
        "0.360,5",
        "01.500,5",
        "1.500 000",
        "1 5",
        "1 5000",
        "1 500 00",
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "inf",
        "1e5",
        "1E5",
        "0x10",
        "1_000",
        "-",
        "+",
        "+-3",
        "--3",
        "- 3",
        "3-",
        "%",
        "74%%",
        "%74",
        ",5",
        "9,",
        ".5",
        "5.",
        "9,5,",
        "１２",
        "\u0661\u0662",
        "&<>",
        "<b>9</b>",
        "1" * (MAX_NUMBER_LENGTH + 1),
        "9" * 10_000,
    ],
)
def test_parse_number_refuses_malformed_text(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_number(text)
    message = caught.value.message
    assert message.startswith('Số không hợp lệ: "')
    assert "ví dụ 9,5 hoặc 43.000" in message
    assert unicodedata.is_normalized("NFC", message)
    assert str(caught.value) == message


@pytest.mark.parametrize("text", ["9,5a", "1,2,3", "NaN", "&<>"])
def test_parse_number_names_the_bad_text_in_the_message(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_number(f"  {text} ")
    assert caught.value.message == (
        f'Số không hợp lệ: "{text}". Hãy nhập số theo kiểu Việt Nam, ví dụ 9,5 hoặc 43.000.'
    )


def test_parse_number_shortens_overlong_text_in_the_message() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_number("9" * 10_000)
    message = caught.value.message
    assert f'"{"9" * MAX_NUMBER_LENGTH}…"' in message
    assert f"dài quá {MAX_NUMBER_LENGTH} ký tự" in message
    assert len(message) < 200


@pytest.mark.parametrize("text", ["", "   ", "\u00a0\t\n", "\u200b"])
def test_parse_number_refuses_empty_text(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"^Chưa nhập số"):
        parse_number(text)


def test_invalid_input_is_a_user_error() -> None:
    with pytest.raises(UserError):
        parse_number("abc")


# --- round_half_up --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        ("2.345", 2, "2.35"),
        ("2.344", 2, "2.34"),
        ("-2.345", 2, "-2.35"),
        ("0.5", 0, "1"),
        ("1.5", 0, "2"),
        ("2.5", 0, "3"),
        ("-0.5", 0, "-1"),
        ("9.5", 2, "9.50"),
        ("74.99999", 2, "75.00"),
        ("1234.5", -1, "1.23E+3"),
        ("1250", -2, "1.3E+3"),
        ("1" * 40 + ".5", 0, "1" * 39 + "2"),
        ("0.000000000000000000000000000001", 30, "1E-30"),
    ],
)
def test_round_half_up_rounds_halves_away_from_zero_like_excel(
    value: str, decimals: int, expected: str
) -> None:
    result = round_half_up(Decimal(value), decimals)
    assert result == Decimal(expected)
    assert str(result) == expected


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_round_half_up_refuses_non_finite_values(value: str) -> None:
    with pytest.raises(ValueError):
        round_half_up(Decimal(value), 2)


# --- format_number --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Decimal("43000"), None, "43.000"),
        (Decimal("1500000.25"), None, "1.500.000,25"),
        (Decimal("9.5"), 2, "9,50"),
        (Decimal("0.36"), None, "0,36"),
        (Decimal("-1234.5"), None, "-1.234,5"),
        (Decimal("92.450"), None, "92,45"),
        (Decimal("1E+3"), None, "1.000"),
        (Decimal("1.00E+6"), None, "1.000.000"),
        (Decimal("2.345"), 2, "2,35"),
        (Decimal("-2.345"), 2, "-2,35"),
        (Decimal("74"), 0, "74"),
        (Decimal("74.5"), 0, "75"),
        (Decimal("0"), None, "0"),
        (Decimal("0.000"), None, "0"),
        (Decimal("-0"), None, "0"),
        (Decimal("-0.001"), 2, "0,00"),
        (Decimal("-0.0001"), None, "-0,0001"),
        (Decimal("1E-30"), None, "0," + "0" * 29 + "1"),
        (Decimal("999"), None, "999"),
        (Decimal("1000"), None, "1.000"),
        (Decimal("999999.995"), 2, "1.000.000,00"),
        (
            Decimal("12345678901234567890123456789012.5"),
            None,
            "12.345.678.901.234.567.890.123.456.789.012,5",
        ),
        (Decimal("1E+40"), None, "10" + ".000" * 13),
        (43000, None, "43.000"),
        (-7, None, "-7"),
        (1_500_000, 2, "1.500.000,00"),
        (0, 1, "0,0"),
    ],
)
def test_format_number_writes_vietnamese_style(
    value: Decimal | int, decimals: int | None, expected: str
) -> None:
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize(
    "text",
    ["9,5", "43.000", "1.500.000,25", "0,36", "-1.234,5", "74", "0,001", "123.456.789,123456789"],
)
def test_format_number_reads_back_with_parse_number(text: str) -> None:
    assert format_number(parse_number(text)) == text


@pytest.mark.parametrize("value", [1.5, True, "9,5", None])
def test_format_number_refuses_floats_and_other_types(value: object) -> None:
    with pytest.raises(TypeError):
        format_number(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_format_number_refuses_non_finite_values(value: Decimal) -> None:
    with pytest.raises(ValueError):
        format_number(value)


def test_format_number_refuses_negative_decimals() -> None:
    with pytest.raises(ValueError):
        format_number(Decimal("1.5"), -1)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Decimal("78.3132"), 2, "78,31%"),
        (Decimal("75"), 2, "75,00%"),
        (Decimal("1234.5"), 1, "1.234,5%"),
        (Decimal("0.125"), 2, "0,13%"),  # half up, as every figure of the application
        (None, 2, "—"),
    ],
)
def test_percent_text_is_one_rule_everywhere(
    value: Decimal | None, decimals: int, expected: str
) -> None:
    from thidua_desktop.domain.numbers import percent_text

    assert percent_text(value, decimals) == expected


@pytest.mark.parametrize("text", ["5\u200b0", "1.5\u200d00", "5\u2060,5", "4\ufeff3.000"])
def test_an_invisible_character_between_digits_is_refused(text: str) -> None:
    # "5\u200b0" looks like 50 on screen; storing 50 silently would hide what was pasted.
    with pytest.raises(InvalidInput, match="ký tự ẩn"):
        parse_number(text)


def test_invisible_characters_at_the_ends_are_only_noise() -> None:
    assert parse_number("\u200b50\ufeff") == Decimal(50)


def test_one_bound_for_every_figure_the_packages_can_carry() -> None:
    from thidua_desktop.domain.numbers import MAX_ABS_VALUE

    assert parse_number("999.999.999.999.999,99") < MAX_ABS_VALUE
    for text in ("1.000.000.000.000.000", "-1000000000000000", "9" * 20):
        with pytest.raises(InvalidInput, match="quá lớn"):
            parse_number(text)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "Không đồng"),
        (15, "Mười lăm đồng"),
        (21, "Hai mươi mốt đồng"),
        (105, "Một trăm linh năm đồng"),
        (1_005, "Một nghìn không trăm linh năm đồng"),
        (710_000, "Bảy trăm mười nghìn đồng"),
        (2_025_000, "Hai triệu không trăm hai mươi lăm nghìn đồng"),
        (8_150_000, "Tám triệu một trăm năm mươi nghìn đồng"),
        (11_000_000, "Mười một triệu đồng"),
        (1_000_000_000, "Một tỷ đồng"),
        (1_000_000_000_000, "Một nghìn tỷ đồng"),
        (
            1_234_567_891_011,
            "Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi "
            "mốt nghìn không trăm mười một đồng",
        ),
    ],
)
def test_amounts_in_words_as_decisions_write_them(amount: int, words: str) -> None:
    assert amount_in_words(amount) == words


def test_amounts_in_words_refuse_what_no_decision_pays() -> None:
    with pytest.raises(ValueError):
        amount_in_words(-1)
    with pytest.raises(ValueError):
        amount_in_words(10**15)
