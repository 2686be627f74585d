"""`visible_authors._cleans_longer`: the byline finder skips cleaning a long text only to learn
that it is too long. It says "longer" only when `clean` says so too: on seeded random texts
full of what `clean` drops, joins, composes and repairs, and because no character composes
with a printable ASCII character before it (checked on every code point)."""

from __future__ import annotations

import random
import unicodedata

import pytest

from newsparse.extract import visible_authors as va
from newsparse.text import clean

_PIECES = ["a", "Jane Doe", "x" * 40, "  ", "\n\t", "\u00a0", "\u2003", "\u200b", "\u00ad",
           "\ufeff", "\u202e", "\x00", "\x07", "\x7f", "\ud800", "e\u0301", "A\u030a",
           "<\u0338", "\u0301\u0301", "Ã©", "â€™", "Ã", "ðŸ˜€", "café", "日本語", "Ωmega",
           "\u1100\u1161", "\u0b47\u0b3e", ":", "-", "(dpa)", "\u212b", "\uff21"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))


@pytest.mark.parametrize("seed", range(10))
def test_longer_only_when_clean_is_longer(seed: int) -> None:
    rng = random.Random(seed)
    said = 0
    for _ in range(400):
        text = _text(rng)
        cleaned = len(clean(text))
        for limit in (0, 5, 40, 90, 150, 160, 400):
            if va._cleans_longer(text, limit):
                assert cleaned > limit, (text, limit)
                said += 1
    assert said > 500


def test_no_character_composes_with_an_ascii_one_before_it() -> None:
    # NFC joins a character to the starter before it only where a canonical decomposition
    # holds the pair; none holds an ASCII character after its first, so every printable
    # ASCII character stays one character of its own (perhaps with marks composed into it).
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if not parts or parts[0].startswith("<"):
            continue  # none, or a compatibility decomposition (NFC does not use it)
        assert all(int(part, 16) > 0x7F for part in parts[1:]), hex(code)
