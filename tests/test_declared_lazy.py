"""The declared dates read as far as asked (``publication_dates._Declared``) are the list the
eager read made (``list(_read_declared(...))``), whichever of published, modified and the
shown-edition check asks first and however far each reads; the published and modified
dates found with them are those found with the eager list. Held on the repository's HTML
fixtures (with and without their URL) and on seeded pages of JSON-LD and ``<meta>`` dates."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsparse.api import read_page
from newsparse.errors import NewsparseError
from newsparse.extract import publication_dates
from newsparse.extract.analysis import Analysis

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_KEYS = ("datePublished", "dateModified")
_FETCHED = dt.date(2026, 1, 1)
"""A fixed fetch time: a date after it gets a note that names it (the current time would
move between the two reads)."""


def _analysis(markup: str | bytes | Path, url: str | None) -> Analysis | None:
    try:
        page = read_page(markup, url=url, kind="html", fetched=_FETCHED)
        page.tree  # noqa: B018 - a page its checks refuse is not read at all
    except NewsparseError:
        return None
    return Analysis(page)


def _eager(page: Analysis, ld_key: str) -> list[Any]:
    """The earlier ``_declared``: the whole list, read at once."""
    found: list[Any] | None = page.declared_dates.get(ld_key)
    if found is None:
        found = page.declared_dates[ld_key] = list(
            publication_dates._read_declared(page, ld_key))
    return found


def _found(page: Analysis) -> tuple[Any, ...]:
    published = publication_dates.published(page)
    modified = publication_dates.modified(page)
    return tuple(None if f is None else (f.value, f.source, f.notes)
                 for f in (published, modified))


def _check(markup: str | bytes | Path, url: str | None, rng: random.Random) -> None:
    page, again, eager = (_analysis(markup, url) for _ in range(3))
    if page is None or again is None or eager is None:
        return
    expected = {key: list(publication_dates._read_declared(eager, key)) for key in _KEYS}
    # Partial reads in a random order, two readers interleaved, then whole ones.
    for key in rng.sample(_KEYS, 2):
        first: Iterator[Any] = iter(publication_dates._declared(page, key))
        second: Iterator[Any] = iter(publication_dates._declared(page, key))
        taken = [next(first, None) for _ in range(rng.randint(0, 2))]
        assert [t for t in taken if t is not None] == expected[key][:len(taken)]
        assert list(second) == expected[key]
        assert list(first) == expected[key][len(taken):]
        assert list(publication_dates._declared(page, key)) == expected[key]
    # The dates found: lazily read (in a fresh analysis) and read with the eager list.
    lazy = _found(again)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(publication_dates, "_declared", _eager)
        assert _found(eager) == lazy


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*/*/input.htm*")),
    ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}",
)
def test_fixture_pages(path: Path) -> None:
    meta = path.parent / "meta.json"
    url = json.loads(meta.read_text("utf-8")).get("url") if meta.exists() else None
    rng = random.Random(path.parent.name)
    _check(path, None, rng)
    if url:
        _check(path, url, rng)


_DATES = ["2021-03-04T05:06:07+09:00", "2021-03-04", "March 4, 2021", "2030-01-01T00:00:00Z",
          "not a date", "", "1614834367", "2021-03-05T10:00:00Z", "04.03.2021 12:00"]
_META = ["article:published_time", "article:modified_time", "og:updated_time", "date",
         "dc.date", "DC.date.issued", "last-modified", "pubdate", "sailthru.date"]


@pytest.mark.parametrize("seed", [71, 72])
def test_seeded_pages(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(120):
        article: dict[str, Any] = {"@type": rng.choice(["NewsArticle", "WebPage", "Thing"]),
                                   "headline": "A headline"}
        for key in _KEYS:
            if rng.random() < 0.6:
                article[key] = rng.choice(_DATES)
        metas = "".join(
            f'<meta {rng.choice(["name", "property"])}="{rng.choice(_META)}" '
            f'content="{rng.choice(_DATES)}">' for _ in range(rng.randint(0, 6)))
        script = (f'<script type="application/ld+json">{json.dumps(article)}</script>'
                  if rng.random() < 0.8 else "")
        html = (f"<html><head><title>A headline</title>{metas}{script}</head><body>"
                f"<h1>A headline</h1><p>{rng.choice(_DATES)}</p><p>Text of the article.</p>"
                "</body></html>")
        _check(html, rng.choice([None, "https://example.com/2021/03/04/story"]), rng)
