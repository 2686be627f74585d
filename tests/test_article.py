"""The Article model: normalising converters, date rules, exact to_dict/from_dict round trips."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsparse import Article, ArticleWarning, Block


def _article(**changes: object) -> Article:
    base: dict[str, object] = {
        "title": "  A\u00a0headline  ",
        "subtitle": "",
        "authors": ["Jane  Doe", "Jane Doe", " ", "John Roe"],
        "published": dt.date(2016, 9, 10),
        "modified": dt.datetime(2019, 11, 1, 3, 27, 9, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        "tags": ("Russia", "", "Russia"),
        "body": (Block("heading", "Part one"), Block("paragraph", "Text\u00a0 here.")),
        "provenance": {"title": "meta:og:title"},
        "warnings": (ArticleWarning("date_after_fetch", "published", "after fetch"),),
    }
    base.update(changes)
    return Article(**base)  # type: ignore[arg-type]


def test_converters_normalise_text_and_tuples() -> None:
    article = _article()
    assert article.title == "A headline"
    assert article.subtitle is None
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.tags == ("Russia",)
    assert article.paragraphs == ("Part one", "Text here.")
    assert article.text == "Part one\n\nText here."


def test_dates_serialise_with_their_precision() -> None:
    data = _article().to_dict()
    assert data["published"] == "2016-09-10"
    assert data["modified"] == "2019-11-01T03:27:09+09:00"


def test_round_trip_is_exact() -> None:
    article = _article()
    again = Article.from_dict(json.loads(article.to_json()))
    assert again == article
    assert again.to_dict() == article.to_dict()
    assert type(again.published) is dt.date
    assert isinstance(again.modified, dt.datetime) and again.modified.utcoffset() is not None
    assert again.warnings == article.warnings and again.provenance == article.provenance


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        _article(published=dt.datetime(2020, 1, 1, 12, 0))


def test_block_rules() -> None:
    with pytest.raises(ValueError):
        Block("paragraph", " \u00a0 ")
    with pytest.raises(ValueError):
        Block("caption", "text")  # type: ignore[arg-type]


def test_article_is_frozen_and_hashable() -> None:
    article = _article()
    with pytest.raises(AttributeError):
        article.title = "x"  # type: ignore[misc]
    assert hash(article) == hash(_article())


def test_provenance_is_an_immutable_mapping_that_pickles_and_round_trips() -> None:
    import pickle

    from newsparse import Provenance

    article = _article(provenance={"title": "meta:og:title", "body": "html:main-text"})
    assert isinstance(article.provenance, Provenance)
    assert article.provenance == {"title": "meta:og:title", "body": "html:main-text"}
    assert article.provenance["body"] == "html:main-text" and len(article.provenance) == 2
    with pytest.raises(TypeError):
        article.provenance["title"] = "html:h1"  # type: ignore[index]
    with pytest.raises(AttributeError):
        article.provenance.update({"title": "html:h1"})  # type: ignore[attr-defined]
    again = pickle.loads(pickle.dumps(article))
    assert again == article and isinstance(again.provenance, Provenance)
    assert hash(again.provenance) == hash(article.provenance)
    assert hash(article) == hash(again)
    data = article.to_dict()
    assert type(data["provenance"]) is dict
    assert json.loads(json.dumps(data))["provenance"] == dict(article.provenance)
    back = Article.from_dict(json.loads(article.to_json()))
    assert back.provenance == article.provenance and isinstance(back.provenance, Provenance)
    assert _article(provenance={"title": "html:h1"}) != article


def test_provenance_refuses_non_text_entries() -> None:
    with pytest.raises(TypeError, match="str -> str"):
        _article(provenance={"title": 3})
    with pytest.raises(TypeError, match="str -> str"):
        Article.from_dict({"title": "A headline", "provenance": {"title": ["meta:og:title"]}})
