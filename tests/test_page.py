"""Page.tree's shortcuts: it skips counting elements when the markup has too few "<" to
exceed max_nodes, and under the default max_depth it lets the parser enforce the depth.

The first is sound only if libxml2 never builds more than 3 elements per "<" plus 8 (html,
head, body and the wrappers it implies); these tests try to break the bound. The second only
if the parser's own ceiling is exactly the default limit.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import LimitExceededError, Limits, NewsparseError, Page
from newsparse.htmlparse import _count_lt

BOUND_PER_TAG, BOUND_ONCE = 3, 8

ADVERSARIAL = [
    "just text, no markup at all",
    "<td>cell",
    "<tr><td>a<td>b<td>c",
    "<li>one<li>two<li>three",
    "<dd>x<dt>y<dd>z",
    "<option>a<option>b",
    "<caption>c<col><colgroup><col>",
    "<table>text<tr>row text<td>cell",
    "<frameset><frame><frame>",
    "<select><optgroup><option>",
    "a < b and c <d e",
    "<p>" * 50,
    "<td>" * 50,
    "<tbody><th>" * 30,
    "<ruby>a<rt>b<rp>c",
    "<svg><foreignObject><p>x</svg>",
    "<math><mi>x<mtext><p>y</math>",
    "<noscript><td>x</noscript>",
    "<template><td>x</template>",
    "<html><body><html><body>" * 10,
]


def _elements(markup: str) -> int:
    return int(Page(markup, kind="html").tree.xpath("count(//*)"))


def _bound(markup: str) -> int:
    return markup.count("<") * BOUND_PER_TAG + BOUND_ONCE


def test_adversarial_markup_stays_within_the_bound() -> None:
    for markup in ADVERSARIAL:
        assert _elements(markup) <= _bound(markup), markup


TAGS = ["p", "td", "tr", "li", "table", "div", "dd", "option", "th", "tbody", "frame", "col",
        "html", "body", "head", "title", "svg", "math", "template", "select", "a", "b", "i"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TAGS), st.booleans(), st.text(max_size=5)), max_size=40))
def test_random_tag_soup_stays_within_the_bound(parts: list[tuple[str, bool, str]]) -> None:
    markup = "".join(f"<{'/' if close else ''}{tag}>{text}" for tag, close, text in parts)
    try:
        count = _elements(markup)
    except NewsparseError:
        return  # empty or binary-looking soup is refused before any tree exists
    assert count <= _bound(markup), markup


def _levels(levels: int) -> str:
    """A page whose tree is exactly ``levels`` deep (html, body, nested divs, a paragraph)."""
    divs = levels - 3
    return "<html><body>" + "<div>" * divs + "<p>deep</p>" + "</div>" * divs + "</body></html>"


def test_default_max_depth_boundary_is_exact() -> None:
    # Under the default limits the parser itself enforces the depth (no walk afterwards):
    # 256 levels parse, 257 are refused, exactly as with any other max_depth.
    assert Page(_levels(256)).tree.text_content() == "deep"
    for limits in (Limits(), Limits(max_depth=300)):
        page = Page(_levels(257 if limits.max_depth == 256 else 301), limits=limits)
        with pytest.raises(LimitExceededError, match="max_depth"):
            _ = page.tree
    assert Page(_levels(300), limits=Limits(max_depth=300)).tree.text_content() == "deep"


def test_the_count_of_lt_signs_is_bytes_count() -> None:
    rng = random.Random(7)
    pieces = [b"<", b"<<", b"<p>", b"x", b"\x00", b"\xc3\xa9", b" " * 50, b"</div>", b">"]
    cases = [b"", b"<", b"x" * 5000, b"<p>x</p>" * 3000]
    cases += [b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 400)))
              for _ in range(300)]
    for data in cases:
        assert _count_lt(data) == data.count(b"<")
