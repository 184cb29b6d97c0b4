"""Text typed with the legacy TCVN3 (ABC) and VNI fonts is read back as Unicode, and a column's
font is told from its text (and from the names it should contain)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from thidua_desktop.domain.sheets.legacy import _TCVN3, Encoding, guess, to_unicode


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc's iconv is not installed")
def test_the_tcvn3_table_agrees_with_glibcs_converter() -> None:
    for letter, legacy in _TCVN3.items():
        converted = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
            input=legacy.encode("latin-1"),
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        assert converted == letter


@pytest.mark.parametrize(
    ("typed", "encoding", "meant"),
    [
        ("TiÕng ViÖt rÊt hay", Encoding.TCVN3, "Tiếng Việt rất hay"),
        ("Nh¬n ¸i", Encoding.TCVN3, "Nhơn ái"),  # a capital with a tone was another font
        ("HuyÖn VÜnh Th¹nh", Encoding.TCVN3, "Huyện Vĩnh Thạnh"),
        ("§oµn kÕt", Encoding.TCVN3, "Đoàn kết"),
        ("Tieáng Vieät raát hay", Encoding.VNI, "Tiếng Việt rất hay"),
        ("Nhôn AÙi", Encoding.VNI, "Nhơn Ái"),
        ("Phöôøng Taân An", Encoding.VNI, "Phường Tân An"),
        ("Xaõ Tröôøng Long", Encoding.VNI, "Xã Trường Long"),
        ("Quaän Ninh Kieàu", Encoding.VNI, "Quận Ninh Kiều"),
        ("Ñoàng Thaùp", Encoding.VNI, "Đồng Tháp"),
    ],
)
def test_legacy_text_reads_as_unicode(typed: str, encoding: Encoding, meant: str) -> None:
    assert to_unicode(typed, encoding) == meant


def test_a_columns_font_is_told_from_its_text() -> None:
    assert guess(["TiÕng ViÖt rÊt hay", "HuyÖn VÜnh Th¹nh"]) is Encoding.TCVN3
    assert guess(["Tieáng Vieät raát hay", "Phöôøng Taân An"]) is Encoding.VNI
    # Unicode names stay as they are, even those whose letters a legacy font also uses.
    assert guess(["Tân An", "Cái Khế", "Ô Môn", "Phong Điền"]) is Encoding.UNICODE
    assert guess(["An Bình", "Thới Lai"]) is Encoding.UNICODE


def test_the_names_a_column_should_hold_decide_between_readings() -> None:
    known = {"huyen vinh thanh", "xa nhon ai"}
    texts = ["HuyÖn VÜnh Th¹nh", "X· Nh¬n ¸i"]
    from thidua_desktop.domain.text import fold

    assert guess(texts, known=lambda t: fold(t) in known) is Encoding.TCVN3
