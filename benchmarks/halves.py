"""Split every development set in two halves by site: "A" to design rules on, "B" to check them.

A rule is kept only if it helps the half it was not designed on, so the split must be stable
(the same site always falls in the same half, in every set and on every machine) and must keep
all pages of one site together (a rule keyed to one site then cannot help both halves).

The half of a site is the parity of the first byte of the SHA-256 of its name: "A" when even,
"B" when odd. The site is the ``site`` field of a page's truth file in ``corpus-extra`` sets and
the publisher prefix of the file name in ``../shared/corpus`` (``DerStandard_2024_05_03`` ->
``DerStandard``). A site found in two sets (``trafeval`` and ``htmldate`` share pages) falls in
the same half in both.

On the sets as shipped: corpus A 75 / B 51 pages, trafeval A 246 / B 263, htmldate A 263 / B 257.
"""

from __future__ import annotations

import hashlib
import re

HALVES = ("A", "B")
_CORPUS_DATE = re.compile(r"_\d{4}_\d{2}_\d{2}$")


def corpus_site(stem: str) -> str:
    """The publisher of a ``../shared/corpus`` page from its file stem (no extension)."""
    return _CORPUS_DATE.sub("", stem)


def half_of(site: str) -> str:
    """``"A"`` or ``"B"``: the half that ``site`` belongs to (stable across runs and machines)."""
    return HALVES[hashlib.sha256(site.strip().lower().encode("utf-8")).digest()[0] % 2]


def keep(half: str, wanted: str) -> bool:
    """Whether a page of ``half`` is selected by the ``--half`` option value ``wanted``."""
    return wanted == "all" or half == wanted
