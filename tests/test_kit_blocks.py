"""`kit.blocks` finds the blocks of its earlier form (85a57c1, kept here): the elements inside
a dropped one found from the dropped elements down (not from each block up through its
ancestors), each element's tag read once, a block built without a list per element. Held on
every site adapter's fixture page with its own selectors, and on seeded pages of nested
containers, lists, ledes that are also body elements, drops around and inside the body,
empty and repeated blocks."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsparse import kit
from newsparse.api import read_page
from newsparse.article import Block
from newsparse.extract.analysis import Analysis
from newsparse.kit import selectors
from newsparse.kit.selectors import _KINDS, _LISTS, _block, _elements, _walk
from newsparse.registry import default_registry

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _earlier_blocks(
    page: Analysis, body: kit.Selector, *, lede: kit.Selector | None = None,
    drop: kit.Selector | None = None,
) -> tuple[Block, ...] | None:
    found = _elements(page, body)
    if not found:
        return None
    dropped = set(_elements(page, drop))
    leads = _elements(page, lede)
    out: list[Block] = []
    items = [li for el in found for li in (el.iterchildren("li") if el.tag in _LISTS else [el])]
    for el in [*leads, *items]:
        if dropped and (el in dropped or any(a in dropped for a in el.iterancestors())):
            continue
        lead = bool(leads) and el in leads
        if not lead and el.tag not in _KINDS and next(el.iter(*_KINDS), None) is not None:
            found_blocks = _walk(el, None, dropped)
        else:
            block = _block("paragraph" if lead else _KINDS.get(el.tag, "paragraph"), el)
            found_blocks = [block] if block is not None else []
        for block in found_blocks:
            if not (out and out[-1].text == block.text):
                out.append(block)
    return tuple(out) or None


def _same(markup: str | bytes, body: kit.Selector, lede: kit.Selector | None,
          drop: kit.Selector | None) -> tuple[Block, ...] | None:
    expected = _earlier_blocks(Analysis(read_page(markup, kind="html")), body, lede=lede,
                               drop=drop)
    got = selectors.blocks(Analysis(read_page(markup, kind="html")), body, lede=lede, drop=drop)
    assert got == expected
    return got


@pytest.mark.publisher_page(*(f"fixtures/{name}" for name in (
    "apnews/2023-wire-story", "bbc/2024-explainer", "guardian/2020-frontend",
    "guardian/2024-dcr", "hankookilbo/2025-politics", "reuters/2023-business",
    "voa/2024-ap-story")))
def test_the_site_adapters_pages() -> None:
    checked = 0
    for case in sorted(FIXTURES.glob("*/*/input.htm*")):
        name = case.parent.parent.name
        adapter = default_registry().get(name) if name in default_registry() else None
        if adapter is None or not issubclass(adapter, kit.SiteAdapter) or not adapter.body_path:
            continue
        raw = case.read_bytes()
        checked += _same(raw, adapter.body_path, adapter.lede_path, adapter.drop_path) is not None
        # the same page with the site's body dropped around its paragraphs and the lede
        # taken from the body itself
        checked += _same(raw, adapter.body_path, adapter.body_path, "//p[2] | //ul") is not None
    assert checked >= 10


_PARTS = ["<p>{t}</p>", "<p></p>", "<p> </p>", "<h2>{t}</h2>", "<h3>{t}</h3>",
          "<blockquote>{t}</blockquote>", "<ul><li>{t}</li><li>{t}</li></ul>",
          "<ol><li>{t}</li></ol>", "<li>{t}</li>", "<span>{t}</span>", "<p><b>{t}</b></p>",
          "<figure><p>{t}</p></figure>", "<p>{t}<br>{t}</p>", "{t}"]
_WRAP = ['<div class="{c}">', '<section class="{c}">', '<aside class="{c}">', '<div>']
_CLASSES = ["body", "drop", "lede", "x", "body drop"]


def _container(rng: random.Random, depth: int) -> str:
    parts = []
    for _ in range(rng.randint(0, 5)):
        if depth < 3 and rng.random() < 0.35:
            parts.append(_container(rng, depth + 1))
        else:
            text = rng.choice(["One.", "Two", "One.", "Three words here", "Short"])
            parts.append(rng.choice(_PARTS).format(t=text))
    wrap = rng.choice(_WRAP).format(c=rng.choice(_CLASSES))
    end = "</" + wrap[1:wrap.index(" ") if " " in wrap else wrap.index(">")] + ">"
    return wrap + "".join(parts) + end


@pytest.mark.parametrize("seed", [81, 82])
def test_seeded_pages(seed: int) -> None:
    rng = random.Random(seed)
    bodies = ["//div[@class='body']/*", "//*[contains(@class, 'body')]",
              "//div[@class='body']//p | //div[@class='body']//ul", "//section/*", "//li"]
    ledes = [None, "//*[@class='lede']/p", "//div[@class='body']/p[1]", "//p[1]"]
    drops = [None, "//*[contains(@class, 'drop')]", "//aside", "//ul", "//div[@class='body']"]
    found = 0
    for _ in range(300):
        html = "<html><body>" + "".join(_container(rng, 0) for _ in range(3)) + "</body></html>"
        got = _same(html, rng.choice(bodies), rng.choice(ledes), rng.choice(drops))
        found += got is not None
    assert found > 100
