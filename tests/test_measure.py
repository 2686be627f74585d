"""The text map's measures read in C equal the ones the post-order walk adds up."""

from __future__ import annotations

import random

import lxml.html
import pytest

from newsparse.extract.body import measure as measure_module
from newsparse.extract.body import textmap
from newsparse.htmlparse import parse_html
from newsparse.limits import Limits

_TAGS = ["div", "p", "a", "span", "li", "ul", "b", "section", "td", "table", "tr", "h2"]
_WORDS = ["", " ", "\n  ", "word", "zwölf Wörter", "東京の話", "a much longer sentence here.",
          "\u00a0", "\r\n", "tab\there"]


def _soup(rng: random.Random, depth: int = 0) -> str:
    parts = [rng.choice(_WORDS)]
    for _ in range(rng.randint(0, 4 if depth < 6 else 0)):
        tag = rng.choice(_TAGS)
        parts.append(f"<{tag}>{_soup(rng, depth + 1)}</{tag}>{rng.choice(_WORDS)}")
    return "".join(parts)


def _found(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    top = textmap._BODY(root)[0]
    found = list(top.iter(*textmap._BLOCK_TAGS))
    for finder in textmap._BOXES_WITH_TEXT:
        found.extend(finder(root))
    return found


@pytest.mark.parametrize("seed", range(8))
def test_measures_read_in_c_equal_the_walk(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    compared = 0
    for _ in range(40):
        page = f"<html><body>{_soup(rng)}</body></html>"
        root = parse_html(page, source="soup", limits=Limits())
        found = _found(root)
        in_c = measure_module.measure(found)
        monkeypatch.setattr(measure_module, "_shallow", lambda *_: None)
        walked = measure_module.measure(found)
        monkeypatch.undo()
        for el in found:
            # Text is kept or read on demand, and a snippet's links may stay unread: the
            # weights, and the link weight of what the map keeps, are what must agree.
            assert in_c[el][1] == walked[el][1]
            if walked[el][1] > measure_module.SNIPPET_WEIGHT:
                assert in_c[el][2] == walked[el][2]
                compared += 1
    assert compared > 50


def test_a_text_inside_nested_links_counts_once_per_link() -> None:
    page = ("<html><body><div>own text of the box, long enough to be kept"
            "<a href=1>outer <div>inner words <a href=2>deepest link</a></div></a>"
            "<p>a paragraph of prose that is long enough to count here</p></div></body></html>")
    root = parse_html(page, source="nested links", limits=Limits())
    box = root.find(".//div")
    measured = measure_module.measure(_found(root))[box]
    weight = measure_module.weight
    outer = weight("outer inner words deepest link")
    assert measured[2] == outer + weight("deepest link")


def test_deep_nests_are_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    nested = "".join("<div>own words" for _ in range(12))
    page = f"<html><body>{nested}<p>{'prose ' * 20}</p>{'</div>' * 12}</body></html>"
    root = parse_html(page, source="deep", limits=Limits())
    read_in_c: list[object] = []
    original = measure_module._holder_measure

    def spy(el: lxml.html.HtmlElement, nested_links: bool = True) -> measure_module.Measure:
        read_in_c.append(el)
        return original(el, nested_links)

    monkeypatch.setattr(measure_module, "_holder_measure", spy)
    measure_module.measure(_found(root))
    assert read_in_c == []


def _naive_shallow(
    holders: list[lxml.html.HtmlElement], wanted: set[lxml.html.HtmlElement]
) -> list[lxml.html.HtmlElement] | None:
    """``_shallow`` as a plain climb from every holder to the root."""
    outermost = []
    for el in holders:
        nested = sum(1 for up in el.iterancestors() if up in wanted)
        if nested > measure_module._NESTED_IN_C:
            return None
        if not nested:
            outermost.append(el)
    return outermost


@pytest.mark.parametrize("seed", range(4))
def test_outermost_holders_equal_a_plain_climb(seed: int) -> None:
    rng = random.Random(seed)
    outcomes = set()
    for number in range(60):
        # Every third soup is wrapped in a run of boxes with text, nested past the C bound.
        wrap = rng.randint(4, 9) if number % 3 == 0 else 0
        page = "<html><body>" + "<div>box words" * wrap + _soup(rng) + "</div>" * wrap
        root = parse_html(page + "</body></html>", source="soup", limits=Limits())
        found = _found(root)
        parents: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}
        measure_module.measure(found, parents)
        wanted = set(found)
        holders = [el for el in found if any(p is el for p in parents.values())]
        got = measure_module._shallow(holders, wanted, parents)
        assert got == _naive_shallow(holders, wanted)
        outcomes.add(got is None)
    assert outcomes == {True, False}  # both the C bound and the walk were exercised
