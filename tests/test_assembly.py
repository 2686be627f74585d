"""The assembly step: per-field isolation, values checked at the boundary, one date rule."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newsparse import Adapter, Article, Block, NotAnArticleError, Registry, parse, read_page
from newsparse.fields import FIELDS, FieldValueError

HTML = (
    "<html><head><title>Harbour bridge to be rebuilt</title></head><body><article>"
    "<h1>Harbour bridge to be rebuilt</h1>"
    + "<p>The council voted on Tuesday to rebuild the old harbour bridge, ending a dispute "
      "that had lasted for more than a decade.</p>" * 3
    + "</article></body></html>"
)


class Broken(Adapter):
    """Fails in its section method, as a buggy plugin might."""

    name = "broken"

    def section(self) -> str | None:
        raise KeyError("section-slot")


class NoTitle(Adapter):
    name = "notitle"

    def title(self) -> str | None:
        raise ValueError("layout changed")


class Nothing(NoTitle):
    name = "nothing"

    def body(self) -> tuple[Block, ...]:
        raise ValueError("no container")


def test_fields_are_the_models_fields() -> None:
    assert FIELDS == ("title", "subtitle", "authors", "published", "modified", "url", "site",
                      "section", "tags", "language", "body", "paywalled")
    own = {"adapter", "provenance", "warnings"}  # the assembly step's, not a field method's
    assert tuple(f.name for f in attrs.fields(Article) if f.name not in own) == FIELDS


def test_a_failing_field_is_none_with_a_warning_naming_adapter_and_field() -> None:
    article = parse(HTML, registry=Registry([Broken]), adapter="broken")
    assert article.section is None and article.title == "Harbour bridge to be rebuilt"
    (warning,) = [w for w in article.warnings if w.code == "field_error"]
    assert warning.field == "section"
    assert "'broken'" in warning.message and "KeyError" in warning.message
    assert "section" not in article.provenance


class Unreadable(Adapter):
    """Its tags field cannot even be read: a property that raises, not a method."""

    name = "unreadable"

    @property
    def tags(self) -> object:  # type: ignore[override]
        raise AttributeError("tags-slot")


def test_a_field_that_cannot_be_read_is_isolated_too() -> None:
    article = parse(HTML, registry=Registry([Unreadable]), adapter="unreadable")
    assert article.tags == () and article.title == "Harbour bridge to be rebuilt"
    (warning,) = [w for w in article.warnings if w.code == "field_error"]
    assert warning.field == "tags" and "AttributeError" in warning.message


def test_strict_mode_reraises_the_field_error() -> None:
    with pytest.raises(KeyError, match="section-slot"):
        parse(HTML, registry=Registry([Broken]), adapter="broken", strict=True)


def test_a_failing_title_is_a_missing_title_with_the_failure_named() -> None:
    article = parse(HTML, registry=Registry([NoTitle]), adapter="notitle")
    assert article.title == "" and article.paragraphs
    codes = [(w.code, w.field) for w in article.warnings]
    assert ("field_error", "title") in codes and ("missing_title", "title") in codes


def test_no_title_and_no_body_names_both_failures() -> None:
    with pytest.raises(NotAnArticleError, match="layout changed.*no container"):
        parse(HTML, registry=Registry([Nothing]), adapter="nothing")


def _returning(field: str, value: object) -> type[Adapter]:
    def method(self: Adapter) -> object:
        return value

    return type("Returns", (Adapter,), {"name": "returns", field: method})


@pytest.mark.parametrize(("field", "value", "hint"), [
    ("authors", "Jane Doe", "tuple of str"),
    ("published", dt.datetime(2024, 5, 3, 10, 0), "timezone"),
    ("published", "2024-05-03", "parse_date"),
    ("body", ["Some text."], "Block"),
    ("title", 42, "str or None"),
    ("paywalled", "yes", "bool"),
])
def test_wrong_types_from_an_adapter_are_a_clear_error(field: str, value: object,
                                                       hint: str) -> None:
    adapter = _returning(field, value)
    with pytest.raises(FieldValueError) as caught:
        parse(HTML, registry=Registry([adapter]), adapter="returns")
    message = str(caught.value)
    assert "'returns'" in message and field in message and hint in message
    assert caught.value.field == field and caught.value.adapter == "returns"


def test_lists_are_taken_as_tuples() -> None:
    adapter = _returning("authors", ["Jane Doe", "John Roe"])
    article = parse(HTML, registry=Registry([adapter]), adapter="returns")
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.provenance["authors"] == "adapter:returns"
    blocks = _returning("body", [Block(kind="paragraph", text="Only this.")])
    assert parse(HTML, registry=Registry([blocks]), adapter="returns").paragraphs == (
        "Only this.",)


@pytest.mark.parametrize(("fetched", "kept"), [
    (dt.date(2024, 5, 2), True),    # one day ahead: a time zone apart, kept
    (dt.date(2024, 5, 1), False),   # two days ahead: impossible, dropped
])
def test_parse_and_the_registry_route_share_one_date_rule(fetched: dt.date, kept: bool) -> None:
    html = HTML.replace("<title>", "<meta property='article:published_time' "
                                   "content='2024-05-03'><title>")
    via_parse = parse(html, adapter="generic", fetched=fetched)
    page = read_page(html, fetched=fetched)
    registry = Registry()
    registry.discover_builtins()
    via_registry = registry.resolve(page, "generic").adapter(page).extract()
    assert via_parse == via_registry
    assert via_parse.warnings == via_registry.warnings
    assert (via_parse.published == dt.date(2024, 5, 3)) is kept
    codes = [w.code for w in via_parse.warnings]
    assert ("date_after_fetch" in codes) is not kept
