"""The word lists by language (newsparse.words) and the patterns built from them."""

from __future__ import annotations

import re

import pytest

from newsparse import parse, words
from newsparse.extract.authors import is_agency, looks_like_organisation, split_byline
from newsparse.extract.body.boilerplate import is_byline, is_stock_label
from newsparse.extract.dates import parse_date
from newsparse.extract.language import detect_text_language


def test_every_language_module_is_found_and_named_by_its_code() -> None:
    assert {"en", "de", "fr", "es", "ru", "ja"} <= set(words.LANGUAGES)
    for code, found in words.LANGUAGES.items():
        assert re.fullmatch(r"[a-z]{2,3}", code), code
        assert isinstance(found, words.Words)


def test_words_are_lower_case_and_single_spaced() -> None:
    for code, found in words.LANGUAGES.items():
        for field in ("weekdays", "by", "author_labels", "published", "updated",
                      "date_fillers", "stock_labels", "stopwords", "credit_labels", "as_of"):
            for word in getattr(found, field):
                assert word == " ".join(word.split()) == word.lower(), (code, field, word)
        assert all(1 <= month <= 12 for month in found.months.values()), code


def test_a_string_for_a_word_tuple_is_refused() -> None:
    with pytest.raises(TypeError):
        words.Words(by="von")  # type: ignore[arg-type]


def test_alternation_prefers_the_longest_phrase() -> None:
    pattern = re.compile(f"(?:{words.alternation(['à', 'à jour', 'mis'])})")
    assert pattern.match("à  jour").group() == "à  jour"  # any white space inside a phrase
    assert pattern.match("à la").group() == "à"


def test_every_keeps_the_first_of_repeated_words() -> None:
    fillers = words.every("date_fillers")
    assert len(fillers) == len(set(fillers))
    assert "de" in fillers  # given by several languages, listed once


@pytest.mark.parametrize(("text", "day"), [
    ("3. März 2024", "2024-03-03"),          # de
    ("3 février 2024", "2024-02-03"),        # fr
    ("3 de mayo de 2024", "2024-05-03"),     # es: month and filler words
    ("3 października 2024", "2024-10-03"),   # pl
    ("3 ağustos 2024", "2024-08-03"),        # tr
    ("3 декабря 2024", "2024-12-03"),        # ru
    ("3 septembrie 2024", "2024-09-03"),     # ro
    ("07 أكتوبر 2020", "2020-10-07"),        # ar
    ("Donnerstag, 5. September 2024", "2024-09-05"),  # a weekday is dropped
])
def test_month_names_of_every_language_reach_the_date_parser(text: str, day: str) -> None:
    found = parse_date(text)
    assert found is not None and found.isoformat() == day


@pytest.mark.parametrize("label", ["Advertisement", "Anzeige", "Lire aussi", "Czytaj więcej",
                                   "Читайте также", "関連記事"])
def test_stock_labels_of_every_language(label: str) -> None:
    assert is_stock_label(label)


@pytest.mark.parametrize("line", ["By Jane Doe", "Von Max Muster", "Przez Jana Kowalskiego",
                                  "Автор Иван Петров"])
def test_by_words_of_every_language_make_a_byline(line: str) -> None:
    assert is_byline(line)


def test_stop_words_tell_languages_apart() -> None:
    text = "Der Bundestag hat am Mittwoch über die Reform beraten, die von der Regierung " * 3
    assert detect_text_language(text) == "de"


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe, Foto: REUTERS/John Roe", ["Jane Doe"]),
    ("Max Muster | Quelle: dpa", ["Max Muster"]),
    ("Anna Nowak, źródło: PAP", ["Anna Nowak"]),
    ("Иван Петров, джерело: УНІАН", ["Иван Петров"]),
    ("Eine Analyse von Max Muster", ["Max Muster"]),
    ("Análisis de Juan Pérez", ["Juan Pérez"]),
    ("Jane Doe, Senior Editor", ["Jane Doe"]),
    ("Max Muster - Redakteurin", ["Max Muster"]),
])
def test_genre_credit_and_role_words_of_every_language_reach_the_name_cleaner(
        byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(("name", "organisation"), [
    ("Redaktion Wirtschaft", True), ("Anadolu Ajansı", True), ("The Washington Post", True),
    ("Emily Post", False), ("Jane Doe", False),
])
def test_organisation_words_of_every_language(name: str, organisation: bool) -> None:
    assert looks_like_organisation(name) is organisation


def test_a_language_module_may_hold_only_some_lists() -> None:
    assert words.LANGUAGES["uk"].credit_words == ("джерело",)
    assert not words.LANGUAGES["uk"].stopwords  # not used to detect the language


@pytest.mark.parametrize("credit", ["dpa", "AFP", "Reuters", "Associated Press", "EFE", "ANSA",
                                    "Deutsche Presse-Agentur", "Anadolu Ajansı"])
def test_agency_credits_are_organisations(credit: str) -> None:
    assert is_agency(credit) and looks_like_organisation(credit)


def test_an_agency_beside_a_person_is_dropped_and_alone_is_an_organisation() -> None:
    body = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"

    def page(byline: str) -> str:
        return (f"<html><head><title>A headline</title><meta name='author' content='{byline}'>"
                f"</head><body><article><h1>A headline</h1>{body}</article></body></html>")

    both = parse(page("Jane Doe, Reuters"), adapter="generic")
    assert both.authors == ("Jane Doe",)
    alone = parse(page("Reuters"), adapter="generic")
    assert alone.authors == ("Reuters",)
    assert [w.code for w in alone.warnings if w.field == "authors"] == ["author_is_organisation"]


@pytest.mark.parametrize(("byline", "name"), [
    ("View all posts by Daniel Lemire", "Daniel Lemire"),
    ("Erstellt von Andri Bryner", "Andri Bryner"),
    ("Pressemitteilung von Katja Kipping", "Katja Kipping"),
])
def test_author_labels_are_cut(byline: str, name: str) -> None:
    assert split_byline(byline) == [name]
