"""The JSON Schema of a serialised Article: generated from the model, shipped, and true of every
fixture's expected output; and the Article's short repr."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import attrs
import pytest
from fixture_cases import cases
from jsonschema import Draft202012Validator

from newsparse import Article, ArticleWarning, Block
from newsparse.article_schema import article_schema, field_docs, schema_json, shipped_schema
from newsparse.cli import main

VALIDATOR = Draft202012Validator(
    article_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
)
ARTICLE_CASES = [
    c for c in cases()
    if c.expected_path.exists() and "error" not in json.loads(c.expected_path.read_text("utf-8"))
]


def _errors(data: dict[str, Any]) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(data)]


def _article() -> Article:
    return Article(
        title="A headline",
        authors=("Jane Doe",),
        published=dt.date(2016, 9, 10),
        modified=dt.datetime(2019, 11, 1, 3, 27, 9, 120, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        body=(Block("heading", "Part one"), Block("paragraph", "Text.")),
        provenance={"title": "meta:og:title"},
        warnings=(ArticleWarning("date_after_fetch", "published", "after fetch"),),
    )


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(article_schema())


def test_shipped_file_is_the_generated_schema() -> None:
    assert shipped_schema() == schema_json(), (
        "newsparse/article.schema.json is out of date with the model: run "
        "`newsparse schema > newsparse/article.schema.json` and review the diff"
    )


def test_cli_prints_the_schema() -> None:
    out = io.StringIO()
    from newsparse import cli

    args = cli._parser().parse_args(["schema"])
    assert args.func(args, out, io.StringIO()) == 0
    assert json.loads(out.getvalue()) == article_schema()
    assert main(["schema"]) == 0


def test_properties_are_exactly_what_to_dict_writes() -> None:
    schema = article_schema()
    assert list(schema["properties"]) == [f.name for f in attrs.fields(Article)]
    assert set(schema["properties"]) == set(_article().to_dict())
    assert set(schema["required"]) == set(_article().to_dict())


@pytest.mark.parametrize("cls", [Article, Block, ArticleWarning])
def test_every_field_is_described_in_the_docstring(cls: type) -> None:
    documented = field_docs(cls)
    fields = [f.name for f in attrs.fields(cls)]
    assert sorted(documented) == sorted(fields), (
        f"document every field of {cls.__name__} in its docstring's 'Attributes:' section"
    )
    assert all(documented.values())


@pytest.mark.parametrize("case", ARTICLE_CASES, ids=[c.id for c in ARTICLE_CASES])
def test_every_fixture_expected_output_validates(case: Any) -> None:
    data = json.loads(case.expected_path.read_text("utf-8"))
    assert _errors(data) == []


def test_fixtures_with_articles_exist() -> None:
    assert len(ARTICLE_CASES) >= 10


def test_a_serialised_article_validates_and_round_trips() -> None:
    data = json.loads(_article().to_json())
    assert _errors(data) == []
    assert Article.from_dict(data) == _article()


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"published": "2019-11-01T03:27:09"}, "a time without a zone"),
        ({"published": "1 November 2019"}, "not ISO 8601"),
        ({"body": [{"kind": "caption", "text": "x"}]}, "an unknown block kind"),
        ({"authors": "Jane Doe"}, "authors as one string"),
        ({"paywalled": "no"}, "a string for a boolean"),
        ({"surprise": 1}, "a key the model does not have"),
    ],
)
def test_the_schema_rejects(change: dict[str, Any], why: str) -> None:
    data = {**_article().to_dict(), **change}
    assert _errors(data), why


def test_the_schema_rejects_a_missing_title() -> None:
    data = _article().to_dict()
    del data["title"]
    assert _errors(data)


def test_repr_is_short_and_names_title_site_date_and_blocks() -> None:
    article = attrs.evolve(_article(), site="NK News")
    assert repr(article) == (
        "Article(title='A headline', site='NK News', published='2016-09-10', blocks=2)"
    )
    long = attrs.evolve(article, title="word " * 40, body=(Block("paragraph", "x " * 5000),))
    assert len(repr(long)) < 150
    assert "…" in repr(long) and "blocks=1" in repr(long)
