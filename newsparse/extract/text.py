"""Text normalisation: whitespace, invisible characters and mojibake; never rewording."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean", "repair_mojibake", "split_paragraphs"]

# Every kind of horizontal or vertical white space, NBSP and its narrow/figure cousins included.
_SPACE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Characters that carry no text: zero-width joiners and spaces, soft hyphen, BOM, bidi marks.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Sequences that UTF-8 text decoded as cp1252/latin-1 produces ("donâ€™t", "cafÃ©").
_MOJIBAKE = re.compile(r"(?:â€|Ã[\x80-\xbf\u0152-\u2122¡-¿]|Â[\xa0-\xbf])")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252 or latin-1, when that is clearly what happened.

    The repair is applied only if the text contains tell-tale sequences and re-encoding gives
    valid UTF-8 with fewer of them; anything else is returned unchanged.
    """
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)):
            return fixed
    return text


def clean(text: str) -> str:
    """Normalise one run of text: NFC, mojibake repaired, invisible characters dropped,
    every run of white space (NBSP included) collapsed to one space, ends stripped."""
    text = repair_mojibake(unicodedata.normalize("NFC", text))
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    return _SPACE.sub(" ", text).strip()


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def split_paragraphs(text: str) -> list[str]:
    """Split plain text on blank lines into cleaned, non-empty paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p for p in (clean(chunk) for chunk in _BLANK_LINE.split(text)) if p]
