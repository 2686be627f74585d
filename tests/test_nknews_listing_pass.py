"""NK News' text listing check in one pass over the lines (and no byline reading when fewer than
three lines may be bylines) gives the reason its earlier form gave, on every NK News text
fixture and on seeded pages of listing signs."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews import textkind
from newsparse.adapters.nknews.byline import Byline, byline_memo, may_be_byline, parse_byline
from newsparse.adapters.nknews.textdump import _unglue_bylines
from newsparse.adapters.nknews.textkind import listing_reason
from newsparse.extract.textdump import Line, read_dump

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nknews"


def _earlier(
    lines: list[Line], read_byline: Callable[[str], Byline | None] = parse_byline
) -> str | None:
    """listing_reason's earlier form: one generator per test, every byline line read."""
    texts = [line.text for line in lines]
    joined = "\n".join(texts)
    if joined.casefold().count("visit nk news for more") >= 2:
        return "a blog digest of several NK News feed items"
    if any(t[:21].casefold() == "photo stories archive" for t in texts if t[:1] in "Pp"):
        return "the Photo Stories listing, not an article"
    if any(textkind._MORE_BY.match(t) for t in texts[:60] if t[:1] in "VvMm") and any(
        bp.fold(t) == "about the author" for t in texts[:15]
    ):
        return "an author page (About the author and a list of their articles)"
    if any(textkind._PAGINATION.match(t) for t in texts
           if t[:1].isdigit() and t[-1:].isdigit()):
        return "a listing page (pagination links)"
    tail = next((i for i, text in enumerate(texts) if bp.is_tail(text)), None)
    bylines = 0
    for text in texts if tail is None else texts[:tail]:
        if text[-1:].isdigit():
            found = read_byline(text)
            bylines += bool(found and found.authors)
    if bylines >= 3:
        return f"a listing of {bylines} articles (one byline each)"
    return None


_SIGNS = (
    "Photo Stories Archive", "photo stories archive: 2019", "Photo stories",
    "More articles by Chad O'Carroll", "View more articles by Jeongmin Kim 2", "About the Author",
    "ABOUT THE AUTHOR",
    "1 2 3 4 5", "1 2 3", "Chad O'Carroll March 4, 2024", "By Colin Zwirko March 5, 2024",
    "Jeongmin Kim and Colin Zwirko September 10th, 2016", "March 4, 2024", "Related Articles",
    "Visit NK News for more", "In 2024", "The talks ended in 2019", "Korea 2024",
)
_BYLINES = (*_SIGNS[9:12], "Ifang Bremer April 1,\u00a02023", "NK Pro 2021")
_FILLER = ("Pyongyang said on Monday it would hold talks.", "NK News", "Share", "Home")


def _line(text: str) -> Line:
    return Line(text, False, False, 0, ())


def test_the_one_pass_gives_the_earlier_reasons() -> None:
    rng = random.Random(20261202)
    reasons: dict[str | None, int] = {}
    for _ in range(3000):
        texts = [rng.choice(_FILLER) for _ in range(rng.randrange(0, 70))]
        for _ in range(rng.randrange(0, 8)):
            sign = rng.choice(_SIGNS[2:] if rng.random() < 0.8 else _SIGNS)  # (few archives)
            texts.insert(rng.randrange(len(texts) + 1), sign)
        for _ in range(rng.randrange(2, 5) if rng.random() < 0.4 else 0):  # (a listing's)
            texts.insert(rng.randrange(len(texts) + 1), rng.choice(_BYLINES))
        lines = [_line(t) for t in texts]
        found = listing_reason(lines)
        assert found == _earlier(lines), texts
        assert listing_reason(lines, byline_memo()) == found
        key = found[:12] if found else None  # (a listing of N articles: one key)
        reasons[key] = reasons.get(key, 0) + 1
    assert len(reasons) >= 6 and min(reasons.values()) >= 2, reasons
    assert reasons["a listing of"] > 10, reasons  # (three bylines and more)


def test_fixture_dumps_give_the_earlier_reasons() -> None:
    dumps = sorted(FIXTURES.glob("*/input.txt"))
    assert dumps
    for path in dumps:
        lines = _unglue_bylines(list(read_dump(path.read_text("utf-8"))))
        assert listing_reason(lines) == _earlier(lines), path.parent.name


def test_only_lines_that_may_be_bylines_are_bylines() -> None:
    rng = random.Random(7)
    heads = ("Chad O'Carroll", "By Colin Zwirko", "", "x", "March")
    spaces = (" ", "\u00a0", "", "  ", "\t")
    tails = ("March 4, 2024", "September 10th, 2016", "4, 2024", "2024", "2024 ", "Mar 4 2024")
    read = 0
    for _ in range(5000):
        text = rng.choice(heads) + rng.choice(spaces) + rng.choice(tails) + rng.choice(spaces)
        if parse_byline(text) is not None:
            read += 1
            assert may_be_byline(text), text
    assert read > 100
