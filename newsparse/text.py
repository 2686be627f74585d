"""Text normalisation: whitespace, invisible characters and mojibake; never rewording."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from newsparse.nfc import nfc

__all__ = ["clean", "repair_mojibake", "single_spaced", "split_paragraphs"]

# White space other than a plain space; with no double space either, nothing is collapsed.
_ODD_SPACE = re.compile(r"[^\S ]")
# Characters that carry no text: zero-width joiners and spaces, soft hyphen, BOM, bidi marks,
# and the bidi embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069), which
# would otherwise reorder how the text around them is shown (a "Trojan Source" title).
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates are not text (and cannot be written as UTF-8): shown as U+FFFD.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Any character that one of the three patterns above removes or replaces (one fast scan).
_ODD_CHAR = re.compile("[\ud800-\udfff\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f"
                       "\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _byte_of() -> dict[str, int]:
    """Each character that UTF-8 bytes decoded as windows-1252 or latin-1 can produce,
    mapped back to its byte (0x80-0xff)."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        table[chr(byte)] = byte  # latin-1, and C1 controls for windows-1252's holes
        char = bytes([byte]).decode("cp1252", errors="ignore")
        if char:
            table[char] = byte
    return table


_BYTE_OF = _byte_of()


def _chars(low: int, high: int) -> str:
    return "".join(re.escape(c) for c, b in _BYTE_OF.items() if low <= b <= high)


_CONT = f"[{_chars(0x80, 0xBF)}]"
# One UTF-8 sequence (lead byte, then continuation bytes) as windows-1252/latin-1 shows it.
_SEQUENCE = re.compile(
    f"[{_chars(0xC2, 0xDF)}]{_CONT}|[{_chars(0xE0, 0xEF)}]{_CONT}{{2}}"
    f"|[{_chars(0xF0, 0xF4)}]{_CONT}{{3}}"
)
# Every sequence starts with a lead character (U+00C2-U+00F4) and a continuation character:
# a text without that pair is left alone after one fast scan.
_LEAD_CONT = re.compile(f"[\u00c2-\u00f4]{_CONT}")
_MAX_PASSES = 4
# What 2-byte UTF-8 sequences of real text decode to: Latin letters, Greek, Cyrillic, Hebrew,
# Arabic (not the IPA or NKo that an accented capital before a quote mark would give).
_HAS_SPACE = re.compile(r"\s")
_PLAUSIBLE = re.compile("[\u00a0-\u024f\u0370-\u052f\u0590-\u06ff]")


def _decoded(seq: str) -> str | None:
    try:
        return bytes(_BYTE_OF[c] for c in seq).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _telltale(seq: str, fixed: str) -> bool:
    """Sequences that correct text essentially never contains: "Ã"/"Â" and a symbol ("Ã©",
    "Â°"); "â€", "â‚" or "â„" and a symbol (punctuation, "€", "™"); "ðŸ" and two (an emoji)."""
    if len(seq) == 2:
        return seq[0] in "ÃÂ"
    if len(seq) == 3:
        return seq[:2] in ("â€", "â‚", "â„")  # U+2000-203F, U+2080-20BF, U+2100-213F
    return seq.startswith("ðŸ")


def _clearly_mojibake(text: str, found: list[tuple[re.Match[str], str]]) -> bool:
    """A tell-tale sequence, or back-to-back sequences making up most of the non-ASCII text
    ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "å¤§å­¦"); an accented letter before a quote mark ("perché…”", "café »")
    stays alone and is left as it is."""
    if any(_telltale(m.group(), fixed) for m, fixed in found):
        return True
    # White space is no evidence either way: NBSP (a continuation byte as windows-1252 shows
    # it) becomes a plain space when the text is tidied, which must not make it mojibake.
    found = [(m, fixed) for m, fixed in found if not _HAS_SPACE.search(m.group())]
    ends = {m.end() for m, _ in found}
    if len(found) < 2 or not any(m.start() in ends for m, _ in found):
        return False
    if not all(len(m.group()) > 2 or _PLAUSIBLE.match(fixed) for m, fixed in found):
        return False
    covered = sum(len(m.group()) for m, _ in found)
    non_ascii = sum(1 for c in text if ord(c) > 0x7F and not c.isspace())
    return covered * 10 >= non_ascii * 6


def _repair_pass(text: str) -> str:
    """One pass of mojibake repair: every sequence replaced when the text clearly is mojibake,
    else ``text`` unchanged."""
    if text.isascii() or not _LEAD_CONT.search(text):
        return text
    found = [
        (m, fixed) for m in _SEQUENCE.finditer(text) if (fixed := _decoded(m.group())) is not None
    ]
    if not found or not _clearly_mojibake(text, found):
        return text
    return _SEQUENCE.sub(lambda m: _decoded(m.group()) or m.group(), text)


def _settled(text: str, step: Callable[[str], str]) -> str:
    """Apply ``step`` until the text no longer changes, at most ``_MAX_PASSES`` times; a text
    that has not settled by then is returned unchanged. Either way, the result is a text that
    ``step`` leaves alone or the original one, so repairing again changes nothing (a text
    still changing after four repairs is not clearly mojibake: "Ãƒƒƒ" would lose one
    character per pass)."""
    current = text
    for _ in range(_MAX_PASSES + 1):
        following = step(current)
        if following == current:
            return current
        current = following
    return text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as windows-1252 or latin-1, when that is clearly what
    happened ("donâ€™t" -> "don’t", "cafÃ©" -> "café"); otherwise return ``text`` unchanged.

    Only character sequences that re-encode to a valid UTF-8 sequence are replaced, so correct
    text around them (in any script) is kept as it is. Double encoding is undone too (up to
    four levels). ``repair_mojibake(repair_mojibake(s)) == repair_mojibake(s)``.
    """
    return _settled(text, _repair_pass)


def _plain(text: str) -> str:
    """Lone surrogates as U+FFFD, invisible and control characters dropped, NFC. Applying it
    twice changes nothing (NFC makes no invisible character)."""
    if text.isascii():  # nothing to compose or drop but control characters
        return _CONTROL.sub("", text) if _CONTROL.search(text) else text
    if _ODD_CHAR.search(text):
        text = _CONTROL.sub("", _INVISIBLE.sub("", _SURROGATE.sub("\ufffd", text)))
    return nfc(text)


def _tidy(text: str) -> str:
    """Every run of white space (NBSP included) as one space, ends stripped."""
    if "  " in text or _ODD_SPACE.search(text):
        # (str.split() splits at runs of white space as str.isspace() has it, NBSP and the
        # other space separators included: tests/test_tidy.py holds it to the regex form)
        return " ".join(text.split())
    return text.strip()


def _repaired(text: str) -> str | None:
    """``text`` repaired until it settles, or ``None`` when it does not within four repairs."""
    current = text
    for _ in range(_MAX_PASSES + 1):
        following = _plain(_repair_pass(current))
        if following == current:
            return current
        current = following
    return None


def clean(text: str) -> str:
    """Normalise one run of text: lone surrogates as U+FFFD, invisible characters (bidi
    controls included) dropped, NFC, mojibake repaired, every run of white space (NBSP
    included) collapsed to one space, ends stripped. Time is linear in the text.

    ``clean(clean(s)) == clean(s)`` for every string. Mojibake is repaired before white space
    is tidied (NBSP is the second byte of "à" read as windows-1252: "Ã\xa0"), until the text
    settles; tidying cannot make a settled text look like mojibake (white space is not
    counted as evidence either way). A text that does not settle within four repairs is tidied
    first and tried once more; if it still does not settle, it is returned tidied, unrepaired.
    """
    # The common case, in C scans: a printable text holds no character that `_plain` drops or
    # replaces (those are controls, format characters and surrogates) and no white space but
    # the space (every other one is a control or a separator), so only composing and mojibake
    # remain: ASCII has neither, and a text already in NFC without a mojibake pair is left as
    # it is, but for its ends.
    if (text.isprintable() and "  " not in text and (
        text.isascii()
        or (unicodedata.is_normalized("NFC", text) and not _LEAD_CONT.search(text))
    )):
        return text.strip()
    text = _plain(text)
    if text.isascii() or not _LEAD_CONT.search(text):
        return _tidy(text)
    repaired = _repaired(text)
    if repaired is not None:
        return _tidy(repaired)
    tidied = _tidy(text)
    repaired = _repaired(tidied)
    return tidied if repaired is None else _tidy(repaired)


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def split_paragraphs(text: str) -> list[str]:
    """Split plain text on blank lines into cleaned, non-empty paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p for p in (clean(chunk) for chunk in _BLANK_LINE.split(text)) if p]


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``: every run of white space as one space, ends stripped.

    A printable text holds no white space but the space (every other kind is a control or a
    separator): without a double space or a space at either end it is its own split and join,
    which most texts are (two C scans instead of a list of words)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())
