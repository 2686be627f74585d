"""`elements.first_element` finds what `next(root.iter(tag), None)` finds (its definition),
on the repository's fixture pages and on seeded tag soups where the tag is absent, repeated,
the root itself, inside comments' neighbours or deep in the body."""

from __future__ import annotations

import random
from pathlib import Path

import lxml.html
import pytest

from newsparse.errors import NewsparseError
from newsparse.extract.elements import first_element
from newsparse.htmlparse import parse_html
from newsparse.limits import DEFAULT_LIMITS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_TAGS = ("title", "h1", "p", "svg", "time", "html", "body", "head")


def _same_everywhere(tree: lxml.html.HtmlElement) -> int:
    checks = 0
    for root in [tree, *list(tree.iter())[::7]]:
        if not isinstance(root.tag, str):
            continue
        for tag in _TAGS:
            assert first_element(root, tag) is next(root.iter(tag), None), (root, tag)
            checks += 1
    return checks


def test_fixture_pages() -> None:
    checks = pages = 0
    for path in sorted(FIXTURES.glob("*/*/input.html")):
        try:
            tree = parse_html(path.read_text("utf-8", errors="replace"), source=str(path),
                              limits=DEFAULT_LIMITS)
        except NewsparseError:
            continue  # (a hostile fixture refused as binary)
        checks += _same_everywhere(tree)
        pages += 1
    assert pages > 15 and checks > 1000


@pytest.mark.parametrize("seed", range(30))
def test_seeded_soups(seed: int) -> None:
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randint(0, 80)):
        tag = rng.choice(["div", "p", "span", "title", "h1", "svg", "time", "section"])
        parts.append(rng.choice([f"<{tag}>x", f"</{tag}>", f"<{tag}>t</{tag}>", "<!-- c -->"]))
    head = rng.choice(["", "<head><title>T</title></head>", "<head><meta name=a></head>"])
    markup = f"<html>{head}<body>{''.join(parts)}</body></html>"
    assert _same_everywhere(parse_html(markup, source="<soup>", limits=DEFAULT_LIMITS)) > 0
