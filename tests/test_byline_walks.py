"""The byline finder's walks written for speed equal their plain forms.

`visible_authors.in_foreign_context` reads each ancestor's tag, class and id once; it is held
to the loop it replaced (`_foreign_reference`). `visible_authors._following` gives the
paragraphs after the headline without reading those before it; it is held to a walk over the
whole tree that starts keeping elements past the headline. Both on the repository's fixture
pages and on seeded random tag soups full of foreign markers, articles and headlines.
"""

from __future__ import annotations

import random
from pathlib import Path

import lxml.html
import pytest
from conftest import every_page_shipped

from newsparse.extract import visible_authors as va
from newsparse.extract.elements import first_element
from newsparse.htmlparse import parse_html
from newsparse.limits import DEFAULT_LIMITS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _foreign_reference(el: lxml.html.HtmlElement, depth: int = 12) -> bool:
    """`in_foreign_context` as first written."""
    articles = 0
    for count, anc in enumerate(el.iterancestors()):
        if count >= depth or anc.tag in ("body", "html"):
            break
        if anc.tag in va._FOREIGN_TAGS:
            return True
        if anc.tag == "a" and anc.get("rel") != "author" and len(anc.text_content()) > 120:
            return True
        marker = f"{anc.get('class', '')} {anc.get('id', '')}"
        if marker.strip() and va._FOREIGN.search(marker.lower()) and va._foreign_marker(
                marker.lower()):
            return True
        if anc.tag == "article":
            articles += 1
            sibling = anc.getnext()
            if articles > 1 or (sibling is not None and sibling.tag == "article"):
                return True
            if first_element(anc, "h1") is not None:
                return False
        if anc.tag == "main" or anc.get("role") == "main":
            return False
    return False


def _following_reference(
    el: lxml.html.HtmlElement, root: lxml.html.HtmlElement, tag: str
) -> list[lxml.html.HtmlElement]:
    """The ``tag`` elements after ``el`` in a walk of the whole tree."""
    found: list[lxml.html.HtmlElement] = []
    after = False
    for node in root.iter():
        if node is el:
            after = True
        elif after and node.tag == tag:
            found.append(node)
    return found


def _check(tree: lxml.html.HtmlElement) -> int:
    checks = 0
    elements = [el for el in tree.iter() if isinstance(el.tag, str)]
    for el in elements:
        for depth in (12, 3):
            assert va.in_foreign_context(el, depth) == _foreign_reference(el, depth)
        checks += 1
    for el in elements[:: max(1, len(elements) // 25)]:
        assert list(va._following(el, tree, "p")) == _following_reference(el, tree, "p")
        checks += 1
    return checks


def test_fixture_pages() -> None:
    checks = 0
    for path in sorted(FIXTURES.glob("*/*/input.html")):
        text = path.read_text("utf-8", errors="replace")
        checks += _check(parse_html(text, source=str(path), limits=DEFAULT_LIMITS))
    assert checks > (20_000 if every_page_shipped(FIXTURES) else 2_000)


_TAGS = ["div", "p", "p", "span", "a", "article", "main", "aside", "nav", "h1", "section", "b"]
_ATTRS = ['class="related-posts"', 'class="Sidebar"', 'id="COMMENTS"', 'class="lay-sidebar"',
          'class="page-sidebar__main"', 'class=""', 'id=""', 'class="entry"', 'role="main"',
          'rel="author"', 'class="x" id="menu"', 'id="navigation"', ""]


def _soup(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    depth = 0
    for _ in range(size):
        if rng.random() < 0.3 and depth:
            parts.append("</div>")
            depth -= 1
            continue
        tag = rng.choice(_TAGS)
        attrs = " ".join(rng.choice(_ATTRS) for _ in range(rng.randint(0, 2)))
        text = "x" * rng.choice([0, 3, 130]) if rng.random() < 0.8 else ""
        if rng.random() < 0.5:
            parts.append(f"<div {attrs}><{tag} {attrs}>{text}")
            parts.append(f"</{tag}>")
            depth += 1
        else:
            parts.append(f"<{tag} {attrs}>{text}</{tag}>")
    return "<html><body>" + "".join(parts) + "</div>" * depth + "</body></html>"


@pytest.mark.parametrize("seed", range(30))
def test_random_soups(seed: int) -> None:
    rng = random.Random(seed)
    tree = parse_html(_soup(rng, rng.randint(5, 250)), source=f"<soup {seed}>",
                      limits=DEFAULT_LIMITS)
    assert _check(tree) >= 3
