"""The searches for texts that may open with a label (a byline's, a publication date's) take
the blanks after the separator at once, as an atomic group would: they find what the greedy
form, which gives blanks back one by one, finds, on seeded random joined texts."""

from __future__ import annotations

import random
import re

import pytest

from newsparse import words
from newsparse.extract import publication_dates, visible_authors

_OPENINGS = {
    "byline": visible_authors._LABEL_OPENING,
    "published": publication_dates._LABEL_OPENING,
}


def _greedy(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert pattern.pattern.startswith("\\x00(?=(\\s*))\\1(?=")
    return re.compile("\\x00\\s*(?=" + pattern.pattern[len("\\x00(?=(\\s*))\\1(?="):])


def _pieces() -> list[str]:
    labels = list(visible_authors._LABELS) + list(words.every("published"))
    found = ["x", "a ", "A\u00a0b", "ав", " от", "\u212a", "ſt", "Stand:", "12.05.2024", ""]
    for label in labels:
        found += [label, label.upper(), label.title(), label[:2], label[:1]]
    return found


@pytest.mark.parametrize("name", sorted(_OPENINGS))
@pytest.mark.parametrize("seed", range(15))
def test_opening_takes_blanks_at_once_as_the_greedy_form(name: str, seed: int) -> None:
    rng = random.Random(seed)
    pieces = _pieces()
    blanks = [" ", "\n", "\t", "\u00a0", "\u2003", "\r\n  ", "\u3000"]
    texts = [rng.choice(blanks) * rng.randint(0, 4) + rng.choice(pieces)
             + rng.choice(blanks) * rng.randint(0, 2) for _ in range(rng.randint(1, 400))]
    joined = "\x00".join(texts)
    new = [m.start() for m in _OPENINGS[name].finditer(joined)]
    assert new == [m.start() for m in _greedy(_OPENINGS[name]).finditer(joined)]
    assert new or len(texts) < 10
