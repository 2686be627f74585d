"""The scan by the headline reads the same texts from the window around the heading
(visible_dates._Window) as from the body's text joined whole (visible_dates.BodyText): on
seeded random trees and on the fixture pages, for many headings, the window's texts are a run
of the body's and the scan finds the same dates at the same distances."""

from __future__ import annotations

import datetime as dt
import random

import lxml.html
from conftest import absent, every_page_shipped
from fixture_cases import ROOT, cases

from newsparse.api import read_page
from newsparse.extract import visible_dates
from newsparse.extract.analysis import Analysis

_BOUND = dt.date(2030, 1, 1)


def _same_scan(page: Analysis, head: lxml.html.HtmlElement) -> tuple[bool, bool, bool]:
    """That the window and the whole body text agree for ``head``; whether it had a window,
    one that starts after the body's first text, one that ends before its last."""
    body = page.tree.find("body")
    whole = visible_dates.BodyText(body) if body is not None else None
    window = visible_dates._window(page, head)
    at = whole.head_at(head) if whole is not None else -1
    assert (window is None) == (at < 0)
    if window is None or whole is None:
        return False, False, False
    first = whole._anchors[head][0] - window.head_index
    assert whole.texts[first:first + len(window.texts)] == window.texts
    if first > 0:  # a window that does not start at the body's start reaches far enough back
        assert window.head_at - visible_dates._BEFORE > visible_dates._LABEL_REACH
    span = visible_dates._BEFORE, visible_dates._AFTER
    found = [(d.value, d.distance, d.updated) for _, d in visible_dates._scan(
        page, whole, at, (at - span[0], at + span[1]), _BOUND, True, near=head)]
    shown = [(d.value, d.distance, d.updated) for _, d in visible_dates._scan(
        page, window, window.head_at, (window.head_at - span[0], window.head_at + span[1]),
        _BOUND, True, near=head)]
    assert found == shown
    return True, first > 0, first + len(window.texts) < len(whole.texts)


_TAGS = ("div", "p", "span", "h1", "h2", "section", "nav", "b", "li", "header", "time")
_WORDS = ("Am 3. Mai 2024", "12.05.2023", "Updated: 4 June 2022", "text ", "  ", "\n",
          "May 5, 2021", "© 2020", "x" * 90, "Lorem ipsum dolor sit amet " * 8, "2019-01-02",
          "Stand: 01.02.2021 " + "y" * 150, "Lorem ipsum, 7. März 2020, dolor sit amet " * 6)


def _random_tree(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(0, 10 if depth == 0 else 5 if depth < 4 else 0)):
        kind = rng.random()
        if kind < 0.45:
            parts.append(rng.choice(_WORDS))
        elif kind < 0.5:
            parts.append(f"<!-- {rng.choice(_WORDS)} -->")
        else:
            tag = rng.choice(_TAGS)
            parts.append(f"<{tag}>{_random_tree(rng, depth + 1)}</{tag}>")
    return "".join(parts)


def test_the_window_reads_what_the_body_text_does_on_random_trees() -> None:
    rng = random.Random(23)
    counts = [0, 0, 0]
    for _ in range(300):
        markup = f"<html><head><title>t</title></head><body>{_random_tree(rng)}</body></html>"
        page = Analysis(read_page(markup))
        for el in page.tree.iter():
            if isinstance(el.tag, str) and el.tag not in ("html", "head", "title", "body"):
                counts = [n + flag for n, flag in zip(counts, _same_scan(page, el), strict=True)]
    assert counts[0] > 1500 and counts[1] > 400 and counts[2] > 200


def test_the_window_reads_what_the_body_text_does_on_the_fixtures() -> None:
    counts = [0, 0, 0]
    for case in cases():
        if absent(case.path):  # (the sdist leaves the publisher pages out)
            continue
        source = case.input
        if source.suffix not in (".html", ".htm"):
            continue
        page = Analysis(read_page(source.read_bytes()))
        if page.kind != "html":
            continue
        elements = [el for el in page.tree.iter("h1", "h2", "h3", "p", "div", "span")]
        for el in elements[::5][:60]:
            counts = [n + flag for n, flag in zip(counts, _same_scan(page, el), strict=True)]
    if every_page_shipped(ROOT):
        assert counts[0] > 1000 and counts[1] > 300 and counts[2] > 300
    else:
        assert counts[0] > 100 and counts[1] > 50 and counts[2] > 30
