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
    return textmap.text_elements(top, root, textmap._BOXES_WITH_TEXT)


def _by_element(
    measured: list[tuple[lxml.html.HtmlElement, str | None, int, int]],
) -> dict[lxml.html.HtmlElement, tuple[str | None, int, int]]:
    return {el: (text, total, links) for el, text, total, links in measured}


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
        # Text is kept or read on demand: the elements, weights and link weights agree.
        assert [m[0] for m in in_c] == [m[0] for m in walked]
        assert [m[2:] for m in in_c] == [m[2:] for m in walked]
        compared += len(in_c)
    assert compared > 50


@pytest.mark.parametrize(("seed", "free"), [(s, f) for s in range(6) for f in (None, 0, 300)])
def test_measures_equal_the_plain_reading(
    seed: int, free: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every found element heavier than a snippet, in order, with the weight of its whole
    text and of each link's text (a text inside k links k times), as text_of and a walk over
    its links read them; the text kept is its text or None (read on demand). With a small
    free budget of serialised bytes, the elements past it are read the other ways."""
    if free is not None:
        monkeypatch.setattr(measure_module, "_FREE_BYTES", free)
        monkeypatch.setattr(measure_module, "_NESTED_IN_C", 1)  # the bound: one page's text
    rng = random.Random(1000 + seed)
    weight = measure_module.weight
    snippets = kept = 0
    for number in range(40):
        wrap = rng.randint(4, 9) if number % 4 == 0 else 0
        page = "<html><body>" + "<div>box words" * wrap + _soup(rng) + "</div>" * wrap
        root = parse_html(page + "</body></html>", source="soup", limits=Limits())
        found = _found(root)
        expected = []
        for el in found:
            total = weight(textmap.text_of(el))
            if total <= measure_module.SNIPPET_WEIGHT:
                snippets += 1
                continue
            links = sum(weight(textmap.text_of(a)) for a in el.iterdescendants("a"))
            expected.append((el, total, links))
        got = measure_module.measure(found)
        assert [(el, total, links) for el, _, total, links in got] == expected
        for el, text, _, _ in got:
            assert text is None or text == textmap.text_of(el)
        kept += len(got)
    assert snippets > 100 and kept > 100


def test_a_text_inside_nested_links_counts_once_per_link() -> None:
    page = ("<html><body><div>own text of the box, long enough to be kept"
            "<a href=1>outer <div>inner words <a href=2>deepest link</a></div></a>"
            "<p>a paragraph of prose that is long enough to count here</p></div></body></html>")
    root = parse_html(page, source="nested links", limits=Limits())
    box = root.find(".//div")
    measured = _by_element(measure_module.measure(_found(root)))[box]
    weight = measure_module.weight
    outer = weight("outer inner words deepest link")
    assert measured[2] == outer + weight("deepest link")


def test_deep_nests_are_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    nested = "".join("<div>own words" for _ in range(12))
    page = f"<html><body>{nested}<p>{'prose ' * 20}</p>{'</div>' * 12}</body></html>"
    root = parse_html(page, source="deep", limits=Limits())
    read_in_c: list[object] = []
    original = measure_module._holder_links

    def spy(el: lxml.html.HtmlElement) -> int:
        read_in_c.append(el)
        return original(el)

    monkeypatch.setattr(measure_module, "_holder_links", spy)
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
        parents: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}
        heavy = [m[0] for m in measure_module.measure(_found(root), parents)]
        wanted = set(heavy)
        holders = [el for el in heavy if any(p is el for p in parents.values())]
        got = measure_module._shallow(holders, wanted, parents)
        assert got == _naive_shallow(holders, wanted)
        outcomes.add(got is None)
    assert outcomes == {True, False}  # both the C bound and the walk were exercised


_BOX_WORDS = ["", " ", "\n\t ", "\r\n", "\u00a0", "\x0b", "\u2003", "words", " x "]
_BOX_TAGS = ["section", "article", "div", "p", "span", "td", "li", "b"]


def _box_soup(rng: random.Random, depth: int = 0) -> str:
    parts = [rng.choice(_BOX_WORDS)]
    for _ in range(rng.randint(0, 3 if depth < 5 else 0)):
        tag = rng.choice(_BOX_TAGS)
        parts.append(f"<{tag}>{_box_soup(rng, depth + 1)}</{tag}>{rng.choice(_BOX_WORDS)}")
        if rng.random() < 0.2:
            parts.append("<br>" + rng.choice(_BOX_WORDS))
    return "".join(parts)


def _xpath_text_elements(
    top: lxml.html.HtmlElement, context: lxml.html.HtmlElement, scope: str
) -> list[lxml.html.HtmlElement]:
    """The text elements as one XPath per box tag found them (the reference)."""
    found = list(top.iter(*textmap._BLOCK_TAGS))
    for tag in textmap._BOXES:
        found.extend(context.xpath(f"{scope}{tag}[text()[normalize-space()]]"))
    found.extend(context.xpath(f"{scope}div/span[text()[string-length(normalize-space()) > 40]]"))
    return found


@pytest.mark.parametrize("seed", range(6))
def test_text_elements_equal_one_xpath_per_box_tag(seed: int) -> None:
    rng = random.Random(2000 + seed)
    boxes = 0
    cells: set[bool] = set()
    for _ in range(60):
        page = f"<html><body><section>{_box_soup(rng)}</section>{_box_soup(rng)}</body></html>"
        root = parse_html(page, source="soup", limits=Limits())
        top = textmap._BODY(root)[0]
        expected = _xpath_text_elements(top, root, "/html/body/descendant::")
        # (alone: the page has one body, so the finders find nothing outside it and the
        # table cells' pass may be skipped when the walk met none)
        for alone in (False, True):
            got = textmap.text_elements(top, root, textmap._BOXES_WITH_TEXT, alone)
            assert got == expected
        scope = top[0]
        under = textmap.text_elements(scope, scope, textmap._BOXES_WITH_TEXT_UNDER, True)
        assert under == _xpath_text_elements(scope, scope, "descendant-or-self::")
        boxes += sum(1 for el in got if el.tag in ("section", "article"))
        cells.add(next(top.iter("td"), None) is None)
    assert boxes > 20
    assert cells == {True, False}  # pages with and without table cells


def test_text_elements_of_a_page_with_two_bodies_read_both() -> None:
    # The parser can make two <body> elements: the map walks the first, but the cells'
    # pass (over /html/body) must still run when the first holds none.
    root = parse_html(
        "<html><body><p>a</p></body><body><table><tr><td>in the second body</td></tr>"
        "</table></body></html>", source="two bodies", limits=Limits(),
    )
    bodies = textmap._BODY(root)
    assert len(bodies) == 2
    mapped = textmap.TextMap(root)
    assert [el.tag for el in textmap.text_elements(bodies[0], root, textmap._BOXES_WITH_TEXT)] \
        == ["p", "td"]
    assert mapped.body is not None and mapped.body.el is bodies[0]


@pytest.mark.parametrize("seed", range(4))
def test_holder_links_read_on_demand_equal_the_measure(seed: int) -> None:
    """Without holder_links, measure leaves the link weight of the holders it reads in C
    unread (-1); links_inside, and a text map node's links, read the same weight later."""
    rng = random.Random(5000 + seed)
    unread = 0
    for number in range(40):
        wrap = rng.randint(1, 4) if number % 2 else 0
        page = "<html><body>" + "<div>box words <a>a link</a>" * wrap + _soup(rng) + "</div>" * wrap
        root = parse_html(page + "</body></html>", source="soup", limits=Limits())
        found = _found(root)
        eager = measure_module.measure(found)
        lazy = measure_module.measure(found, holder_links=False)
        assert [m[:3] for m in lazy] == [m[:3] for m in eager]
        for (el, _, _, links), (_, _, _, expected) in zip(lazy, eager, strict=True):
            if links == -1:
                unread += 1
                links = measure_module.links_inside(el)
            assert links == expected
        mapped = textmap.TextMap(root)
        by_element = {el: links for el, _, _, links in eager}
        assert {n.el: n.links for n in mapped.texts} == by_element
    assert unread > 20
