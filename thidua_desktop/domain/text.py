"""Vietnamese text: input cleaning, diacritic-free search keys and a dictionary-order sort key.

`sort_key` returns a *string* rather than a tuple because it is stored in an indexed database
column and compared there: SQLite's BINARY collation compares UTF-8 bytes, which for code points
below U+D800 is the same as Python's `<` on `str` (and as UTF-16 order). Every character of a key is
therefore kept below U+D800. (On PostgreSQL the column needs `COLLATE "C"` for the same effect.)

A key is four fields joined by U+0001, which is lower than any character inside the fields, so a
field that is a prefix of another sorts first and a later field only decides ties of earlier ones:

1. primary -- one weight per letter in the Vietnamese alphabet order
   (a ă â b c d đ e ê [f] g h i [j] k l m n o ô ơ p q r s t u ư v [w] x y [z]), case-insensitive;
   other letters after z by code point; each run of spaces and punctuation is one weight below all
   digits and letters; a run of digits is one weight for its length (leading zeros dropped) plus the
   digits, so numbers compare by value ("Phường 2" < "Phường 10");
2. secondary -- the tone of each word: ngang, huyền, hỏi, ngã, sắc, nặng; a word's tone does not
   depend on which vowel carries the mark, so "Hòa" and "Hoà" tie here;
3. tertiary -- lowercase before uppercase, letter by letter;
4. the NFC string itself (escaped to stay below U+D800), so different strings never share a key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["clean", "fold", "matches", "nfc", "slug", "sort_key"]


class _LazyTable(dict[int, str | None]):
    """A `str.translate` table filled per character on first use (nothing is computed at import,
    which keeps the application's start-up fast; Unicode is too big to tabulate anyway)."""

    __slots__ = ("_compute",)

    # Caps memory when hostile input brings many distinct characters; misses are then recomputed.
    _LIMIT = 20_000

    def __init__(self, compute: Callable[[str], str | None]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: int) -> str | None:
        value = self._compute(chr(key))
        if len(self) < self._LIMIT:
            self[key] = value
        return value


def _is_invisible(char: str) -> bool:
    """Zero-width and format characters, controls (other than whitespace) and lone surrogates."""
    category = unicodedata.category(char)
    return category in ("Cf", "Cs") or (category == "Cc" and not char.isspace())


def _clean_char(char: str) -> str | None:
    if char.isspace():  # includes NBSP, tabs and newlines
        return " "
    if _is_invisible(char):  # includes U+200B..U+200D, U+2060 and U+FEFF
        return None
    return char


_CLEAN = _LazyTable(_clean_char)


def nfc(value: str) -> str:
    """The NFC form of `value`: how all text is stored and drawn."""
    return unicodedata.normalize("NFC", value)


def clean(value: str) -> str:
    """Text as typed or pasted, made fit to store: NFC, invisible characters removed, whitespace
    collapsed to single spaces and stripped. Every input boundary calls this."""
    if value.isascii() and value.isprintable():  # most cells: nothing to translate or compose
        return " ".join(value.split())
    return nfc(" ".join(value.translate(_CLEAN).split()))


def _fold_char(char: str) -> str | None:
    if char.isspace():
        return " "
    if unicodedata.category(char)[0] == "M" or _is_invisible(char):
        return None
    # U+00F0/U+00D0 (eth) stands in for đ/Đ in text converted from legacy TCVN3/VNI fonts.
    if char in "đĐðÐ":
        return "d"
    return char


_FOLD = _LazyTable(_fold_char)


def fold(value: str) -> str:
    """The search key of `value`: no diacritics, đ → d, case-folded, single spaces.

    Tone-mark placement ("Hòa"/"Hoà") and NFD input make no difference."""
    stripped = unicodedata.normalize("NFD", value.casefold()).translate(_FOLD)
    return nfc(" ".join(stripped.split()))


def slug(value: str, default: str) -> str:
    """A file-name part of `value`: plain ASCII words joined by "-" ("Cụm số 2" → "cum-so-2")."""
    words = re.findall(r"[a-z0-9]+", fold(value))
    return "-".join(words)[:40].strip("-") or default


def matches(query: str, folded_key: str) -> bool:
    """Whether every word of `query` occurs in `folded_key` (a `fold` result), in any order."""
    return all(word in folded_key for word in fold(query).split())


# --- sort key -------------------------------------------------------------------------------

_FIELD_SEPARATOR = "\x01"
_GAP = "\x02"  # one run of spaces or punctuation
_NUMBER_BASE = 0x0100  # chr(_NUMBER_BASE + number of digits) starts a number
_MAX_DIGITS = 0x06FF  # longer digit runs are cut into pieces of this length
_LETTER_BASE = 0x0800
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_WEIGHTS = {letter: chr(_LETTER_BASE + index) for index, letter in enumerate(_ALPHABET)}
_OTHER_LETTER = chr(_LETTER_BASE + 0x0100)  # followed by two characters holding the code point
_CODE_POINT_BASE = 0x1000

# Vietnamese letters that NFD splits into a base letter and a modifying mark.
_MODIFIED_LETTERS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_NO_TONE = "0"
# huyền, hỏi, ngã, sắc, nặng
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_LOWER = "0"
_UPPER = "1"


@lru_cache(maxsize=4096)
def _weights(char: str) -> tuple[str | None, str | None, str | None]:
    """The (primary, secondary, tertiary) contribution of one character of an NFC string.

    In the secondary string a letter gives its tone, a tone mark standing alone gives its tone and
    anything that separates words gives a space; `None` means the character counts for nothing."""
    if char.isspace():
        return _GAP, " ", None
    category = unicodedata.category(char)
    if category == "Nd":
        return str(unicodedata.decimal(char)), " ", None
    if category[0] == "L" or category in ("Nl", "No", "Co", "Cn"):
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        letter = base.lower()
        for mark in marks:
            letter = _MODIFIED_LETTERS.get((letter, mark), letter)
        if letter == "ð":  # eth for Đ, from legacy-font conversions
            letter = "đ"
        primary = _LETTER_WEIGHTS.get(letter)
        if primary is None:
            code = ord(char)
            primary = (
                _OTHER_LETTER
                + chr(_CODE_POINT_BASE + (code >> 10))
                + chr(_CODE_POINT_BASE + (code & 0x3FF))
            )
        tone = next((_TONES[mark] for mark in marks if mark in _TONES), _NO_TONE)
        case = _UPPER if category in ("Lu", "Lt") else _LOWER
        return primary, tone, case
    if category[0] == "M":
        return None, _TONES.get(char), None
    if category[0] in "PSZ":
        return _GAP, " ", None
    return None, None, None  # controls, format characters, surrogates


_PRIMARY = _LazyTable(lambda char: _weights(char)[0])
_SECONDARY = _LazyTable(lambda char: _weights(char)[1])
_TERTIARY = _LazyTable(lambda char: _weights(char)[2])
_GAP_RUNS = re.compile(_GAP + "{2,}")
_DIGIT_RUNS = re.compile("[0-9]+")
_UNSTORABLE = re.compile("[\x00\x01\ud000-\U0010ffff]")


def _number_weight(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0")
    pieces = [digits[start : start + _MAX_DIGITS] for start in range(0, len(digits), _MAX_DIGITS)]
    return "".join(chr(_NUMBER_BASE + len(piece)) + piece for piece in pieces or [""])


def _storable(value: str) -> str:
    """`value` with every character kept in U+0001..U+D7FF, order preserved.

    U+0000 and U+0001 become two characters starting with U+0001; code points from U+D000 up
    (including lone surrogates) become two characters starting with U+D01A..U+D21F."""
    if _UNSTORABLE.search(value) is None:
        return value
    out = []
    for char in value:
        code = ord(char)
        if code < 2:
            out.append("\x01" + chr(code + 1))
        elif code < 0xD000:
            out.append(char)
        else:
            out.append(chr(0xD000 + (code >> 11)) + chr(0x0800 + (code & 0x7FF)))
    return "".join(out)


def sort_key(value: str) -> str:
    """A key whose plain string order (also SQLite BINARY order) is Vietnamese dictionary order."""
    text = nfc(value)
    primary = text.translate(_PRIMARY)
    if _GAP + _GAP in primary:
        primary = _GAP_RUNS.sub(_GAP, primary)
    primary = primary.strip(_GAP)
    primary = _DIGIT_RUNS.sub(_number_weight, primary)
    # A word's tone is its first tone mark, wherever it sits; "0" is ngang.
    secondary = "".join(
        word.lstrip(_NO_TONE)[:1] or _NO_TONE for word in text.translate(_SECONDARY).split()
    )
    tertiary = text.translate(_TERTIARY)
    return _FIELD_SEPARATOR.join((primary, secondary, tertiary, _storable(text)))
