"""`is_name_like` gives the answers of its plain per-character statement (kept below as the
reference) on many seeded names, with every flag combination."""

from __future__ import annotations

import itertools
import random
import sys

from newsparse.extract.authors import _ARTICLEPARTICLES, _CJK, PARTICLES, is_name_like


def _reference(name: str, *, single_word: bool = False, letters_only: bool = False) -> bool:
    if letters_only and not all(ch.isalpha() or ch in "'’.- " for ch in name):
        return False
    if _CJK.search(name):
        return 2 <= len(name.replace(" ", "")) <= 12 and not any(c.isdigit() for c in name)
    words = name.split()
    if not words or len(words) > 5 or any(c.isdigit() for c in name):
        return False
    if len(words) == 1 and not single_word:
        return False
    if words[-1].lower() in PARTICLES:
        return False
    if any(w in _ARTICLEPARTICLES and prev.lower() not in PARTICLES
           for prev, w in itertools.pairwise(words)):
        return False
    for word in words:
        if word.lower() in PARTICLES:
            continue
        head = word.lstrip("'\"(‘’“")[:1]
        if not head or not (head.isupper() or not head.isalpha()):
            return False
    return sum(w.lower() not in PARTICLES for w in words) >= 1


_WORDS = (
    "Jane", "Doe", "jane", "von", "der", "Der", "van", "de", "la", "Leyen", "Ursula", "O'Neil",
    "’Ali", "“Kim", "(Lee)", "Jean-Luc", "J.", "Mc", "Ōta", "Émile", "Łukasz", "Ｋｉｍ", "3rd",
    "²", "①", "٣", "Lee2", "Photo:", "KCNA", "by", "&", "_", "김정은", "山田太郎", "のり", "İ", "ǅ",
    "ß", "'", "’", ".", "-", "", "dpa", "Stiftung", "Projektleiterin", "\u00a0", "\t",
)


def test_is_name_like_matches_the_reference() -> None:
    rng = random.Random(2026)
    names = ["", " ", "Jane Doe", "Kommentar von", "Ursula von der Leyen", "김정은", "山田 2"]
    for _ in range(6000):
        parts = [rng.choice(_WORDS) for _ in range(rng.randint(1, 7))]
        names.append(rng.choice((" ", "  ", " ")).join(parts))
        names.append("".join(parts[:2]))
    flags = list(itertools.product((False, True), repeat=2))
    checked = 0
    for name in names:
        for single_word, letters_only in flags:
            expected = _reference(name, single_word=single_word, letters_only=letters_only)
            got = is_name_like(name, single_word=single_word, letters_only=letters_only)
            assert got == expected, (name, single_word, letters_only)
            checked += expected
    assert checked > 1000  # the seeded names reach both answers, not only "no"


def test_no_character_is_both_letter_and_digit() -> None:
    # is_name_like skips the digit test for a letters-only name on this premise.
    both = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha() and c.isdigit()]
    assert both == []
