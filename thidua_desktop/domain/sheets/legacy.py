"""Text typed with the legacy Vietnamese fonts (TCVN3 "ABC" .VnTime, VNI-Times) read back as
Unicode, and how to tell which one a column of a workbook was typed in.

In a workbook made with those fonts the cells hold Latin-1 letters that the font drew as
Vietnamese ones: "Nh¬n ¸i" (TCVN3) and "Nhôn AÙi" (VNI) both meant "Nhơn Ái". Read as they are,
such names match no unit. TCVN3 gives every Vietnamese letter one character (its capitals with
a tone were in a second font, ".VnTimeH", and come out as the small letter); VNI writes a vowel
and then one character for its marks. The TCVN3 table is checked against glibc's TCVN5712-1
converter (tests/domain/sheets/test_legacy.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import cache


class Encoding(StrEnum):
    UNICODE = "unicode"
    TCVN3 = "tcvn3"
    VNI = "vni"

    @property
    def label(self) -> str:
        return {"unicode": "Unicode", "tcvn3": "TCVN3 (ABC)", "vni": "VNI"}[self.value]


# Unicode letter → the TCVN3 (VN3) character the font drew it from.
_TCVN3 = {
    "à": "µ", "ả": "¶", "ã": "·", "á": "¸", "ạ": "¹",
    "ă": "¨", "ằ": "»", "ẳ": "¼", "ẵ": "½", "ắ": "¾", "ặ": "Æ",
    "â": "©", "ầ": "Ç", "ẩ": "È", "ẫ": "É", "ấ": "Ê", "ậ": "Ë",
    "đ": "®",
    "è": "Ì", "ẻ": "Î", "ẽ": "Ï", "é": "Ð", "ẹ": "Ñ",
    "ê": "ª", "ề": "Ò", "ể": "Ó", "ễ": "Ô", "ế": "Õ", "ệ": "Ö",
    "ì": "×", "ỉ": "Ø", "ĩ": "Ü", "í": "Ý", "ị": "Þ",
    "ò": "ß", "ỏ": "á", "õ": "â", "ó": "ã", "ọ": "ä",
    "ô": "«", "ồ": "å", "ổ": "æ", "ỗ": "ç", "ố": "è", "ộ": "é",
    "ơ": "¬", "ờ": "ê", "ở": "ë", "ỡ": "ì", "ớ": "í", "ợ": "î",
    "ù": "ï", "ủ": "ñ", "ũ": "ò", "ú": "ó", "ụ": "ô",
    "ư": "\xad", "ừ": "õ", "ử": "ö", "ữ": "÷", "ứ": "ø", "ự": "ù",
    "ỳ": "ú", "ỷ": "û", "ỹ": "ü", "ý": "ý", "ỵ": "þ",
    "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§",
}  # fmt: skip

# VNI: a base letter, then one character for its marks (tone alone, or with ^ or ˘).
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
# Letters VNI writes as one character: i with a tone, ỵ, ơ, ư, đ.
_VNI_SINGLE = {
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
}

# Letters of Vietnamese written in Unicode that are also Latin-1 characters: anything else of
# Latin-1 in a cell (µ, ¸, Ð, ï…) is a sign of a legacy font.
_VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


@cache
def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for lower in (False, True):

        def case(text: str, lower: bool = lower) -> str:
            return text if lower else text.upper()

        for base in "aeiouy":
            for mark, tone in _VNI_TONES.items():
                table[case(base + mark)] = case(unicodedata.normalize("NFC", base + tone))
        for base, hat in (("a", "\u0302"), ("e", "\u0302"), ("o", "\u0302")):
            for mark, tone in _VNI_HAT.items():
                table[case(base + mark)] = case(unicodedata.normalize("NFC", base + hat + tone))
        for mark, tone in _VNI_BREVE.items():
            table[case("a" + mark)] = case(unicodedata.normalize("NFC", "a\u0306" + tone))
        for base, letter in (("ô", "ơ"), ("ö", "ư")):  # ơ and ư with a tone: "ôù" = ớ
            for mark, tone in _VNI_TONES.items():
                table[case(base + mark)] = case(unicodedata.normalize("NFC", letter + tone))
        for mark, letter in _VNI_SINGLE.items():
            table.setdefault(case(mark), case(letter))
    table["YÕ"], table["yõ"] = "Ỹ", "ỹ"
    return table


@cache
def _tcvn3_table() -> dict[int, str]:
    return {ord(legacy): letter for letter, legacy in _TCVN3.items()}


def _foreign(text: str) -> int:
    """How many characters of `text` Vietnamese in Unicode never uses (signs of a legacy font)."""
    return sum(1 for c in text if "\xa0" < c <= "\xff" and c not in _VIETNAMESE_LATIN1)


def _vietnamese(text: str) -> int:
    """How many letters only Vietnamese uses (ă đ ơ ư and the letters with two marks)."""
    return sum(1 for c in text if c in "ăâđơưĂÂĐƠƯ" or "\u1ea0" <= c <= "\u1ef9")


def to_unicode(text: str, encoding: Encoding) -> str:
    """`text` typed in `encoding`, as Unicode (NFC)."""
    if encoding is Encoding.TCVN3:
        return unicodedata.normalize("NFC", text.translate(_tcvn3_table()))
    if encoding is Encoding.VNI:
        table, out, i = _vni_table(), [], 0
        while i < len(text):
            pair = text[i : i + 2]
            if len(pair) == 2 and pair in table:
                out.append(table[pair])
                i += 2
                continue
            out.append(table.get(text[i], text[i]))
            i += 1
        return unicodedata.normalize("NFC", "".join(out))
    return unicodedata.normalize("NFC", text)


def guess(texts: Iterable[str], known: Callable[[str], bool] | None = None) -> Encoding:
    """The encoding a column's texts were typed in. With `known` (is this text a name we know,
    e.g. of a unit?), the reading that recognises the most names; otherwise, or on a tie, the
    one leaving the fewest characters Vietnamese never uses, then the most letters only
    Vietnamese uses, then the shortest (VNI writes one letter as two characters). Unicode unless
    the texts carry a legacy font's signs, so a column of plain names stays as it is."""
    sample = [t for t in texts if any(c > "\x7f" for c in t)][:500]
    if not sample or not any(_foreign(t) for t in sample):
        return Encoding.UNICODE
    best, best_score = Encoding.UNICODE, None
    for encoding in Encoding:
        read = [to_unicode(t, encoding) for t in sample]
        score = (
            -sum(1 for t in read if known(t)) if known is not None else 0,
            sum(_foreign(t) for t in read),
            -sum(_vietnamese(t) for t in read),
            sum(len(t) for t in read),
        )
        if best_score is None or score < best_score:
            best, best_score = encoding, score
    return best


def read_cell(text: str, encoding: Encoding, known: Callable[[str], bool] | None = None) -> str:
    """One cell of a column guessed to be in `encoding`: converted when it carries the font's
    signs or its reading is a known name; kept when it is already known as it is (a workbook may
    mix cells typed with the old font and with Unicode)."""
    if encoding is Encoding.UNICODE:
        return unicodedata.normalize("NFC", text)
    if known is not None and known(text):
        return unicodedata.normalize("NFC", text)
    read = to_unicode(text, encoding)
    if _foreign(text) or (known is not None and known(read)):
        return read
    return unicodedata.normalize("NFC", text)


def reading_of(text: str, known: Callable[[str], bool], fallback: Encoding) -> tuple[str, Encoding]:
    """One cell of a column that may mix fonts: as it is when that is a known name; else the
    legacy reading that is a known name; else as the column's font (`fallback`) reads it."""
    if known(text):
        return unicodedata.normalize("NFC", text), Encoding.UNICODE
    for encoding in (Encoding.TCVN3, Encoding.VNI):
        read = to_unicode(text, encoding)
        if known(read):
            return read, encoding
    return read_cell(text, fallback), fallback if _foreign(text) else Encoding.UNICODE
