"""clean()'s white-space step, " ".join(text.split()), gives the text the regex form it replaced
gives: every run of white space (NBSP and the other space separators included) as one space,
ends stripped."""

from __future__ import annotations

import random
import re
import sys

from newsparse.text import _tidy, clean

_REGEX_FORM = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _regex_tidy(text: str) -> str:
    return _REGEX_FORM.sub(" ", text).strip()


def test_split_reads_white_space_as_the_regex_form_does_on_every_code_point() -> None:
    odd = [chr(c) for c in range(sys.maxunicode + 1)
           if (chr(c).isspace()) != bool(_REGEX_FORM.fullmatch(chr(c)))]
    assert odd == []


def test_tidy_gives_the_regex_forms_text_on_seeded_random_texts() -> None:
    rng = random.Random(41)
    spaces = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u202f", "\u3000", "\x0b",
              "\x0c", "\x1c", "\x1f", "\x85", "\u2028", "\u2029", "\u200b", "\u205f"]
    words = ["Seoul", "평양", "e\u0301", "Ã©", "a", "", "—", "x\u00a0y", "\ufeff"]
    for _ in range(5000):
        text = "".join(rng.choice(spaces if rng.random() < 0.4 else words)
                       for _ in range(rng.randrange(0, 12)))
        assert _tidy(text) == _regex_tidy(text), repr(text)
        assert clean(text) == clean(clean(text))
