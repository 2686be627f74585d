"""The byline cleaner's shortcuts equal the forms they replace, on seeded random bylines.

`authors` puts a look-ahead for the words' first letters before its case-blind word
alternations (`_firsts`), and skips a substitution when the text lacks a character every
match holds (an "@" or "[" for e-mail addresses, a "(" for brackets, a colon for credits, a
comma for a section, a dash or comma for a role). Each is held here to the plain pattern or
call, on bylines made of the very words the patterns list, in every case, with near misses.
"""

from __future__ import annotations

import random
import re

import pytest

from newsparse import words
from newsparse.extract import authors as au

_PIECES = (
    list(au._BY_WORDS) + list(words.every("genres")) + list(words.every("indefinite_articles"))
    + list(words.every("genre_links")) + list(words.every("roles"))
    + list(words.every("organisation_words")) + list(words.every("organisation_weak_words"))
    + list(words.every("credit_words"))
    + ["Jane", "Doe", "jane@example.org", "[email protected]", "(dpa)", "(", ")", ":", ",",
       ";", "|", "-", "–", "—", "/", "&", "in Berlin", "in", "für die Zeit", "12.03.2021",
       "Updated", ".com", "GmbH", "e.V.", "ſ", "\u212a", "İ", "ı", "\u00a0", "  ", "\t", ""]
)


def _byline(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 7)):
        piece = rng.choice(_PIECES)
        piece = rng.choice([piece, piece.upper(), piece.title(), piece.swapcase()])
        parts.append(piece + rng.choice(["", " ", ": ", ", ", "\n", "  "]))
    return rng.choice(["", " ", "\t"]) + "".join(parts)


def _old(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_ROLES = words.alternation(words.every("roles"))
_OLD = {
    "_BY": _old(r"^\s*(?:" + words.alternation(au._BY_WORDS) + r")\s*[:\-]?\s+"),
    "_GENRE_BY": _old(
        r"^\s*(?:(?:" + words.alternation(words.every("indefinite_articles")) + r")\s+)?(?:"
        + words.alternation(words.every("genres")) + r")\s+(?:"
        + words.alternation(words.every("by") + words.every("genre_links")) + r")\s+"),
    "_ROLE_ONLY": _old(r"^(?:" + _ROLES + r")\b"),
    "_ROLE_HEAD": _old(r"^(?:" + _ROLES + r")\s+(?=\S+\s+\S)"),
    "_ORG_WORDS": _old(
        r"\b(?:" + words.alternation(words.every("organisation_words")) + r")\b"
        r"|\.(?:com|de|org|net|co|uk|be|ch|at|no|se|dk|fr|es|it|jp|kr|tr|pl|ru|za|in)\b"),
    "_ORG_WEAK": _old(
        r"\b(?:" + words.alternation(words.every("organisation_weak_words")) + r")\b"),
}


@pytest.mark.parametrize("seed", range(10))
def test_first_letter_lookaheads_match_as_the_plain_alternations(seed: int) -> None:
    rng = random.Random(seed)
    hits = dict.fromkeys(_OLD, 0)
    for _ in range(600):
        text = _byline(rng)
        for name, old in _OLD.items():
            new: re.Pattern[str] = getattr(au, name)
            assert new.sub("#", text) == old.sub("#", text), (name, text)
            hits[name] += old.search(text) is not None
    assert all(hits.values()), hits


@pytest.mark.parametrize("seed", range(10))
def test_skipped_substitutions_could_not_match(seed: int) -> None:
    rng = random.Random(seed)
    found = 0
    for _ in range(600):
        text = _byline(rng)
        assert au._without_emails(text) == au._EMAIL.sub(" ", text), text
        assert au._without_parens(text) == au._PAREN.sub("", text), text
        if au._ROLE_TAIL_MARKS.isdisjoint(text):
            assert au._ROLE_TAIL.search(text) is None, text
        if ":" not in text:
            assert au._CREDIT.search(text) is None, text
        if "," not in text:
            assert au._IN_SECTION.search(text) is None, text
        found += au._ROLE_TAIL.search(text) is not None and au._CREDIT.search(text) is not None
    assert found
