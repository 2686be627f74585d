"""Boilerplate markers read in one pass over an element's attribute names equal the
definitions they replace (marker_of, names_chrome, names_consent, is_hidden)."""

from __future__ import annotations

import random

import lxml.html
import pytest

from newsparse.extract.body.boilerplate import (
    MARKER_ATTRIBUTES,
    is_hidden,
    marker_of,
    names_chrome,
    names_consent,
    read_marker,
)

_VALUES = {
    "class": ["", "text", "c-share-bar", "article-body", "cookie-banner", "hidden", "relatedLinks",
              "comments", "commentary", "adWrapper", "x y", "  "],
    "id": ["", "main", "disqus_thread", "onetrust-consent-sdk", "sidebar", "story"],
    "hidden": ["", "hidden"],
    "aria-hidden": ["true", "false", ""],
    "style": ["", "color: red", "display:none", "visibility : hidden", "DISPLAY: NONE"],
    "data-x": ["1"],
    "href": ["/a"],
}


def _reference(el: lxml.html.HtmlElement) -> tuple[int, str | None]:
    """The reading as TextMap._marked and marker_of did it before read_marker."""
    if MARKER_ATTRIBUTES.isdisjoint(el.keys()):
        return 0, None
    marker = marker_of(el)
    if marker and names_chrome(marker):
        return (2 if names_consent(marker) else 1), marker
    return (1 if is_hidden(el) else 0), marker


@pytest.mark.parametrize("seed", range(4))
def test_read_marker_equals_the_definitions(seed: int) -> None:
    rng = random.Random(3000 + seed)
    seen: set[int] = set()
    for _ in range(400):
        names = rng.sample(sorted(_VALUES), rng.randint(0, 4))
        attributes = "".join(f' {name}="{rng.choice(_VALUES[name])}"' for name in names)
        el = lxml.html.fromstring(f"<div{attributes}>x</div>")
        got = read_marker(el)
        assert got == _reference(el), attributes
        seen.add(got[0])
    assert seen == {0, 1, 2}
