"""Page.tree skips counting elements when the markup has too few "<" to exceed max_nodes.

That shortcut is sound only if libxml2 never builds more than 3 elements per "<" plus 8
(html, head, body and the wrappers it implies); these tests try to break the bound.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import NewsparseError, Page

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
