"""NFC's search for long runs of combining marks, made only inside runs of characters from
U+0300 up, finds what the search over the whole text finds (seeded texts)."""

from __future__ import annotations

import random
import unicodedata

from newsparse import nfc

_PIECES = [
    "a", " ", "é", "e\u0301", "\u0301", "\u0327\u0301", "東京", "ж", "\u2019", "x.", "\u1dc0",
]


def test_the_long_run_test_is_the_whole_text_search_on_seeded_texts() -> None:
    runs = 0
    for seed in range(4000):
        rng = random.Random(seed)
        pieces = []
        for _ in range(rng.randrange(12)):
            piece = rng.choice(_PIECES)
            pieces.append(piece * (rng.choice([1, 2, 16, 31]) if rng.random() < 0.4 else 1))
        text = "".join(pieces)
        expected = nfc._LONG_RUN.search(text) is not None
        assert nfc._has_long_run(text) == expected, (seed, text)
        runs += expected
        assert nfc.nfc(text) == unicodedata.normalize("NFC", text), seed
    assert 200 < runs < 3800  # (both answers are compared)
