"""The author meta tags and Yoast's "Written by" pairs are read as first written: every key
of the list looked up in order, on seeded pages with random meta tags (most pages have none
of them, which the finder now tells by one set test)."""

from __future__ import annotations

import random

import pytest

from newsparse.extract import metadata
from newsparse.extract.analysis import Analysis
from newsparse.extract.authors import invert_name
from newsparse.found import Source
from newsparse.page import Page

_KEYS = [*metadata._AUTHOR_META, "og:title", "description", "twitter:label1", "twitter:data1",
         "twitter:label2", "twitter:data2", "twitter:label3", "twitter:data3", "keywords"]
_VALUES = ["Jane Doe", "Doe, Jane", "https://example.com/jane", "@jane", "  Written by ",
           "Verfasst von", "Escrito por", "Reading time", "Est. reading time", "Ann Roe",
           "2 minutes", "  "]


def _old_meta_sources(page: Analysis) -> list[tuple[list[str], list[str], Source, bool]]:
    found = []
    for n in (1, 2, 3):
        labels = page.meta.get(f"twitter:label{n}")
        values = page.meta.get(f"twitter:data{n}")
        if not labels or not values:
            continue
        label = " ".join(labels[0].lower().split())
        if label in metadata._AUTHOR_LABELS or (label.split() or [""])[-1] in metadata._BY_WORDS:
            found.append(([values[0]], [], Source.meta(f"twitter:data{n}"), True))
            break
    for key in metadata._AUTHOR_META:
        values = [v for v in page.meta.get(key, ()) if not v.strip().startswith(("http", "@"))]
        if key in metadata._INVERTED_META:
            values = [invert_name(v) for v in values[:20]]
        if values:
            inverted = key in metadata._INVERTED_META
            found.append((values[:20] if inverted else values[:1], [], Source.meta(key), True))
    return found


@pytest.mark.parametrize("seed", range(40))
def test_meta_author_sources_as_first_written(seed: int) -> None:
    rng = random.Random(seed)
    tags = []
    for _ in range(rng.randint(0, 12) if seed % 4 else 0):
        key = rng.choice(_KEYS)
        attribute = "property" if key.startswith(("og:", "article:")) else "name"
        tags.append(f'<meta {attribute}="{key}" content="{rng.choice(_VALUES)}">')
    markup = f"<html><head>{''.join(tags)}</head><body><p>Text.</p></body></html>"
    page = Analysis(Page(markup, kind="html"))
    # (no JSON-LD and no visible byline: the meta sources alone)
    sources = [s for s in metadata._author_sources(page) if s[3]]
    assert sources == _old_meta_sources(page)
