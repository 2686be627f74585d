"""`authors._cut_date_tail` gives `_DATEISH.sub("", text)` (kept as the reference: the
pattern's every branch) on many seeded bylines: with and without digits (ASCII and other
decimal digits), date words in any case and in the middle of other words, month names, and
characters whose case folds oddly."""

from __future__ import annotations

import random

import pytest

from newsparse import words
from newsparse.extract.authors import _DATEISH, _cut_date_tail

_DATE_WORDS = list(words.every("updated") + words.every("published") + words.every("as_of"))
_PIECES = [
    "Jane", "Doe", "By", "von", "Redaktion", "and", ",", "|", "-", "·", " ", "  ", "\n", "\t",
    "12", "3", "2021", "12.03.2021", "2021-03-12", "10:45", "5 min", "٣", "²", "①", "١٢",
    "March", "mars", "Mär", "Januar", "de", "1.", "Sep", "sept", "Stand", "stand", "Standard",
    "UPDATED", "Updated:", "updatedx", "xupdated", "ſtand", "İ", "ı", "K", "Ａ", "mis à jour",
    "Mis À Jour", "date", "Datum", "dates", "publiéé", "(", ")", "—", "nach", "aus", "ß",
] + _DATE_WORDS + [w.upper() for w in _DATE_WORDS] + [w.title() for w in _DATE_WORDS]


def _text(rng: random.Random) -> str:
    joiners = ["", " ", " ", ", ", "\n"]
    return "".join(rng.choice(_PIECES) + rng.choice(joiners) for _ in range(rng.randint(0, 9)))


@pytest.mark.parametrize("seed", range(10))
def test_same_as_the_whole_pattern(seed: int) -> None:
    rng = random.Random(seed)
    checked = cut = 0
    for _ in range(2000):
        text = _text(rng)
        expected = _DATEISH.sub("", text)
        assert _cut_date_tail(text) == expected, repr(text)
        checked += 1
        cut += expected != text
    assert checked == 2000 and cut > 200  # the texts cut were many


def test_every_date_word_cut_in_every_case() -> None:
    for word in _DATE_WORDS:
        for shown in (word, word.upper(), word.title(), word.swapcase()):
            text = f"Jane Doe {shown} heute"
            assert _cut_date_tail(text) == _DATEISH.sub("", text)
        assert _cut_date_tail(f"Jane Doe {word} x") == "Jane Doe "
