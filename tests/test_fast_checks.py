"""The shortcuts of the assembly step and of `Page.meta`, held to the forms they replace.

* `newsparse.fields` checks a tuple of names or of blocks with one C-level ``isinstance`` map
  and keeps a tuple as it is, where it built a second tuple of the items that pass and compared
  lengths: the same value (equal, of type ``tuple``) or the same refusal, on seeded values of
  every shape a field method may return (tuples, lists, tuple subclasses, generators, strings,
  mixed items, subclasses of ``str`` and ``Block``).
* `newsparse.assembly` calls a field's conversion directly and asks ``Field.checked`` only to
  raise: the same `FieldValueError` (message included).
* `newsparse.found.site_source` (a site adapter's own sources, made once per name): the
  ``Source("site", name)`` it replaces, on seeded names (more than its cache keeps).
* `Page.meta` reads a ``<meta>`` tag's key only once it has content: the same map as the loop
  that read every key first, on every fixture page and on seeded soups of near misses (empty,
  blank and missing contents, empty keys falling back to the next attribute, keys with case
  and white space, repeats, tags in the body).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple, cast

import pytest

import newsparse.found as found_module
from newsparse.adapter import Adapter
from newsparse.api import read_page
from newsparse.article import Block
from newsparse.assembly import assemble
from newsparse.errors import NewsparseError
from newsparse.fields import AUTHORS, BODY, TAGS, FieldValueError, Wrong, _blocks, _names
from newsparse.found import Source, site_source
from newsparse.page import Page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


# -- the forms replaced ------------------------------------------------------------------------


def _old_items(value: object) -> tuple[object, ...] | None:
    sequence = isinstance(value, (tuple, list))
    return tuple(cast("Iterable[object]", value)) if sequence else None


def _old_names(value: object) -> object:
    if value is None:
        return ()
    items = _old_items(value)
    if items is None:
        return "WRONG"
    names = tuple(item for item in items if isinstance(item, str))
    return names if len(names) == len(items) else "WRONG"


def _old_blocks(value: object) -> object:
    if value is None:
        return ()
    items = _old_items(value)
    if items is None:
        return "WRONG"
    blocks = tuple(item for item in items if isinstance(item, Block))
    return blocks if len(blocks) == len(items) else "WRONG"


def _old_meta(page: Page) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if page.kind != "html":
        return found
    for el in page._meta_and_scripts[0]:
        key = el.get("property") or el.get("name") or el.get("itemprop")
        content = el.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(content.strip())
    return found


# -- field checks ------------------------------------------------------------------------------


class _Pair(NamedTuple):
    first: object
    second: object


class _Name(str):
    pass


class _Quote(Block):
    pass


def _item(rng: random.Random) -> object:
    return rng.choice([
        "Jane Doe", "", " ", _Name("Sub Class"), None, 3, b"bytes", ("nested",), ["x"],
        Block(kind="paragraph", text="A paragraph."), _Quote(kind="quote", text="Quoted."),
        Block(kind="heading", text="A heading"),
    ])


def _value(rng: random.Random) -> object:
    items = [_item(rng) for _ in range(rng.randint(0, 5))]
    if rng.random() < 0.5:  # mostly items of one kind: the accepted shapes
        kind = rng.choice([str, Block])
        items = [item for item in items if isinstance(item, kind)]
    shape = rng.randrange(8)
    if shape == 0:
        return list(items)
    if shape == 1:
        return _Pair(*[*items, None, None][:2])
    if shape == 2:
        return iter(items)
    if shape == 3:
        return rng.choice([None, "Jane Doe", b"x", 7, {"a": 1}, frozenset(items[:0])])
    return tuple(items)


def _same(new: object, old: object) -> bool:
    if old == "WRONG":
        return isinstance(new, Wrong)
    return type(new) is tuple and new == old


def test_names_and_blocks_as_their_old_forms_on_seeded_values() -> None:
    accepted = refused = 0
    for seed in range(3000):
        # (each form gets its own value made from the seed: an iterator is read once)
        def value(seed: int = seed) -> object:
            return _value(random.Random(seed))
        names, blocks = _names(value()), _blocks(value())
        assert _same(names, _old_names(value())), (seed, value())
        assert _same(blocks, _old_blocks(value())), (seed, value())
        accepted += not isinstance(names, Wrong) and names != ()
        accepted += not isinstance(blocks, Wrong) and blocks != ()
        refused += isinstance(names, Wrong) + isinstance(blocks, Wrong)
    assert accepted > 300 and refused > 300


class _Returns(Adapter):
    name = "returns"
    given: object = None

    def check(self) -> None:
        pass

    def title(self) -> str | None:
        return "Headline"

    def body(self) -> tuple[Block, ...]:
        return cast("tuple[Block, ...]", self.given)


@pytest.mark.parametrize("given", [
    "one str", ["ok", 3], ("ok", b"no"), 7, [Block(kind="paragraph", text="x"), "text"],
])
def test_a_wrong_value_raises_the_checks_own_error(given: object) -> None:
    page = read_page("<html><head><title>t</title></head><body><p>x</p></body></html>")
    adapter = _Returns(page)
    adapter.given = given
    with pytest.raises(FieldValueError) as raised:
        assemble(adapter)
    with pytest.raises(FieldValueError) as expected:
        BODY.checked(page.source, "returns", given)
    assert str(raised.value) == str(expected.value)
    assert raised.value.field == "body" and raised.value.adapter == "returns"


def test_accepted_values_keep_the_models_types() -> None:
    assert AUTHORS.checked("<s>", "a", ["A", "B"]) == ("A", "B")
    assert TAGS.checked("<s>", "a", None) == ()
    block = Block(kind="paragraph", text="x")
    assert BODY.checked("<s>", "a", [block]) == (block,)


# -- Page.meta ---------------------------------------------------------------------------------


def _meta_check(markup: str | Path) -> bool:
    try:
        page = read_page(markup, kind="html")
        page.tree  # noqa: B018 - a page its checks refuse is not read at all
    except NewsparseError:
        return False
    assert page.meta == _old_meta(page)
    return bool(page.meta)


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*/*/input.htm*")), ids=lambda p: f"{p.parent.parent.name}/"
    f"{p.parent.name}"
)
def test_meta_on_fixture_pages(path: Path) -> None:
    _meta_check(path)


_KEYS = ['property="og:title"', 'name="Description"', 'itemprop=" datePublished "',
         'property=""', 'name=""', 'property=" "', 'itemprop="x"', 'name="OG:Title"', ""]
_CONTENTS = ['content="A value"', 'content=""', 'content="  "', 'content=" padded "', "",
             'content="&amp; more"', 'content="\u00a0nbsp\u00a0"', 'content="\n"']


def _meta_soup(rng: random.Random) -> str:
    def tag() -> str:
        keys = rng.sample(_KEYS, rng.randint(0, 3))
        attributes = [*keys, rng.choice(_CONTENTS)]
        rng.shuffle(attributes)
        return f"<meta {' '.join(attributes)}>" if rng.random() < 0.9 else '<meta charset="utf-8">'
    head = "".join(tag() for _ in range(rng.randint(0, 6)))
    body = "".join(f"<div>{tag()}</div>" for _ in range(rng.randint(0, 2)))
    return f"<html><head><title>t</title>{head}</head><body><p>x</p>{body}</body></html>"


def test_meta_on_seeded_soups() -> None:
    filled = sum(_meta_check(_meta_soup(random.Random(seed))) for seed in range(600))
    assert filled > 200


# -- the site's sources, made once ------------------------------------------------------------


def test_site_source_is_the_source_it_replaces() -> None:
    rng = random.Random(7)
    names = [f"{rng.choice(['site:', 'adapter:', 'Site:', ''])}"
             f"{''.join(rng.choice('aAbB.-_') for _ in range(rng.randint(0, 9)))}"
             for _ in range(2000)]  # (more than the cache keeps: it is cleared on the way)
    for name in names + names[::-1]:
        made = site_source(name)
        assert made == Source("site", name) and str(made) == name and made.kind == "site"
        assert len(found_module._SITE_SOURCES) <= 512  # (bounded: a process keeps few)
