"""Word lists by language: every word the generic finders read, one module per language.

Each module (``en``, ``de``, ``fr``, ...) defines ``WORDS``, a :class:`Words` holding that
language's month and weekday names, byline words, date labels, stock labels and stop words.
Adding a language is one new module here (it is found by walking this package); the finders
read the lists of all languages together, through :func:`every` and :func:`alternation`, so
no finder names a language.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

__all__ = ["LANGUAGES", "Words", "alternation", "every", "mapping", "months"]


def _frozen(value: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(value))


_WORDS = attrs.validators.deep_iterable(
    attrs.validators.instance_of(str), attrs.validators.instance_of(tuple)
)


@attrs.frozen
class Words:
    """The words of one language that the generic finders look for (lower case).

    A phrase of several words is written with single spaces; patterns built from it accept
    any run of white space there.
    """

    months: Mapping[str, int] = attrs.field(factory=dict, converter=_frozen)
    """Month names, inflected forms and abbreviations, mapped to the month's number."""
    weekdays: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Weekday names (English also its abbreviations), dropped from date text."""
    by: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """The word that puts an author's name after it: "by", "von", "par"."""
    author_labels: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Other labels before author names: "written by", "Autor", "Text"."""
    editor_labels: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Labels of editing and contributing credits ("Redaktion:", "Editing by", "additional
    reporting by"): the names after them are not the article's authors (a sign-off line
    holding one is no author's, see :mod:`newsparse.extract.signoff`)."""
    credit_labels: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Labels before the name of a picture's author ("photo by"): cut from a name, never a
    byline of the article."""
    published: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Labels before a publication date: "published", "veröffentlicht", "publié le"."""
    updated: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Words that mark a date as the last modification: "updated", "aktualisiert"."""
    as_of: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Words that give the state of a text at a date ("Stand: 22.04.2024")."""
    date_fillers: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Words around a visible date that say nothing about it ("Uhr", "am", "published")."""
    stock_labels: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Lines that are never article text: "Advertisement", "Read more", "Share"."""
    sponsored_labels: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Labels of paid or sponsored content ("Sponsored content", "Gesponserte Inhalte",
    "Anzeige"): where a name is expected (a forum's sponsored pseudo-post "von Gesponserte
    Inhalte"), such a label is nobody's name."""
    genres: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Kinds of piece named before the author: "Kommentar von", "An analysis by"."""
    genre_links: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Words besides :attr:`by` joining a genre to its author ("de" in "Análisis de")."""
    indefinite_articles: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """"a", "eine", "une": the article before a genre ("Eine Analyse von")."""
    credit_words: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Labels of picture and source credits before a colon ("Foto:", "Quelle:"): the credit
    is cut from a byline."""
    roles: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Job titles cut from a name after a comma or dash ("Jane Doe, Senior Editor")."""
    organisation_words: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Words that make a byline an organisation's ("Redaktion", "News", "Agency")."""
    organisation_weak_words: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Words that are also surnames ("Post", "Times"): an organisation only with an article
    before the name or three or more words."""
    time_units: Mapping[str, int] = attrs.field(factory=dict, converter=_frozen)
    """Units of a relative date ("Stunden", "hours", "days") and their length in minutes."""
    ago_before: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Words before the number of a relative date: "vor" (3 Stunden), "il y a", "hace"."""
    ago_after: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """Words after the unit of a relative date: "ago", "fa", "geleden", "назад"."""
    day_words: Mapping[str, int] = attrs.field(factory=dict, converter=_frozen)
    """"today" (0 days before the fetch), "yesterday" (1), "gestern", "hier"."""
    agencies: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """News agencies of the language's countries ("dpa", "afp", "reuters"): an agency credit is
    an organisation, never a person (see :func:`newsparse.extract.authors.is_agency`)."""
    definite_articles: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """"the", "die", "le": an organisation's name often starts with one."""
    stopwords: tuple[str, ...] = attrs.field(default=(), validator=_WORDS)
    """The language's commonest short words, for telling Latin-script languages apart."""


def _load() -> dict[str, Words]:
    found: dict[str, Words] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        words = importlib.import_module(f"{__name__}.{info.name}").WORDS
        if not isinstance(words, Words):
            raise TypeError(f"{__name__}.{info.name}.WORDS must be a Words")
        found[info.name] = words
    return found


LANGUAGES: Mapping[str, Words] = MappingProxyType(_load())
"""Every language's :class:`Words`, keyed by its BCP 47 language code."""


def every(field: str) -> tuple[str, ...]:
    """The words of one :class:`Words` field across all languages, each once, in order."""
    seen: dict[str, None] = {}
    for words in LANGUAGES.values():
        for word in getattr(words, field):
            seen.setdefault(word, None)
    return tuple(seen)


def months(*, skip: Iterable[str] = ()) -> dict[str, int]:
    """Every month word of every language (except the codes in ``skip``) and its number."""
    skipped = frozenset(skip)
    found: dict[str, int] = {}
    for code, words in LANGUAGES.items():
        if code not in skipped:
            for name, number in words.months.items():
                found.setdefault(name, number)
    return found


def mapping(field: str) -> dict[str, int]:
    """A word-to-number field (``time_units``, ``day_words``) of every language merged; the
    first language holding a word decides its number."""
    found: dict[str, int] = {}
    for words in LANGUAGES.values():
        for word, number in getattr(words, field).items():
            found.setdefault(word, number)
    return found


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` (escaped, longest first, so a phrase wins
    over a word it begins with; spaces match any white space), without a group."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split(" ")) for w in unique)
