"""The language of a page: the declared one, else a cheap detection from scripts and stopwords.

Declared sources: ``<html lang>``, ``og:locale``, ``content-language`` (meta or http-equiv),
``dc.language``, JSON-LD ``inLanguage``. Detection (no dependency): the writing system decides
Japanese, Korean, Chinese, Cyrillic, Greek, Arabic, Hebrew, Thai and Devanagari text; Latin-script
text is scored against short stopword lists and the detector answers only when one language
clearly wins. It returns ``None`` when unsure.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from typing import TYPE_CHECKING, TypeVar, cast

import lxml.etree
import lxml.html

from newsparse import words
from newsparse.extract import schema
from newsparse.found import Found, Source
from newsparse.text import clean

if TYPE_CHECKING:
    from newsparse.extract.analysis import Analysis

__all__ = ["declared_language", "detect_language", "detect_text_language", "normalise_tag"]

_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?$")
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(found.stopwords) for lang, found in words.LANGUAGES.items() if found.stopwords
}
_STOPWORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
"""Each stopword and the languages whose list holds it (in the order of :data:`_STOPWORDS`)."""
for _lang, _stops in _STOPWORDS.items():
    for _word in _stops:
        _STOPWORD_LANGUAGES[_word] = (*_STOPWORD_LANGUAGES.get(_word, ()), _lang)
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_ANY_SCRIPT = re.compile(r"[\u0370-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
"""Every character of the scripts above (and some between them): fewer of these than a script
needs means no script wins, without counting each."""
_HTTP_EQUIV = lxml.etree.XPath("meta[@http-equiv][@content]")
_WORD = re.compile(r"[^\W\d_]+")
_SEPARATORS = (
    "\u2019\u201c\u201d\u2018\u2014\u2013\u00a0\u2026\u2022\u00b7\u00ab\u00bb"
    "\u201e\u201a\u2039\u203a\u2010\u2011\u2012\u2015\u2032\u2033\u200b\u2009\u202f"
)
"""Common non-ASCII characters of Latin-script text that are neither letters nor of a script
counted here (typographic quotes, low and angle quotes, dashes and hyphens, primes, NBSP and
narrow spaces, ellipsis, bullets, guillemets): as spaces they separate words as they did, so a
sample holding no other non-ASCII character is read as ASCII (and one holding no other but
Latin-1 as Latin-1, without an encoding error handler's call for each)."""
_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
"""ASCII letters lower-cased, every other byte a space: an ASCII text's bytes translated with it
split into the words of its lower case, runs of ``a``-``z`` (what :data:`_WORD` finds there),
in C passes (a pattern's search for them took three times as long)."""
_ASCII_STOPWORD_LANGUAGES: dict[bytes, tuple[str, ...]] = {
    word.encode("ascii"): langs for word, langs in _STOPWORD_LANGUAGES.items() if word.isascii()
}
""":data:`_STOPWORD_LANGUAGES` for ASCII words (no other stopword is a word of ASCII text)."""
_LATIN1_WORDS = bytes(
    ord(char.lower()) if _WORD.fullmatch(char) else 32 for char in map(chr, range(256))
)
""":data:`_LETTERS` for Latin-1 text: each word character (what :data:`_WORD` finds, letters
and the fractions and superscripts that are not digits) lower-cased, every other one a space
(each lower-cases to one Latin-1 word character, and no case mapping of Latin-1 depends on
its context)."""
_NOT_ALPHA_LATIN1 = bytes(c for c in range(256) if not chr(c).isalpha())
_LATIN1_STOPWORD_LANGUAGES: dict[bytes, tuple[str, ...]] = {
    word.encode("latin-1"): langs for word, langs in _STOPWORD_LANGUAGES.items()
    if all(char <= "\xff" for char in word)
}
""":data:`_STOPWORD_LANGUAGES` for the words of Latin-1 text (no other stopword is one)."""
_MIN_HITS = 8
_MARGIN = 1.5
_SAMPLE = 4000
DETECTED = Source("detected", "detected:text")
"""A language detected from the text."""


def normalise_tag(value: str) -> str | None:
    """``de_DE`` -> ``de-DE``, ``EN-us`` -> ``en-US``; ``None`` for anything not a language tag."""
    match = _TAG.match(value.strip())
    if not match:
        return None
    lang, script, region = match.groups()
    parts = [lang.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def declared_language(page: Analysis) -> Found[str] | None:
    """The language the page declares, normalised, with its source."""
    root = page.tree
    for key in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
        tag = normalise_tag(root.get(key) or "")
        if tag:
            return Found(tag, Source.markup("html:lang"))
    for key in ("og:locale", "content-language", "language", "dc.language", "dcterms.language"):
        for value in page.meta.get(key, ())[:1]:
            tag = normalise_tag(value)
            if tag:
                return Found(tag, Source.meta(key))
    head = root.find("head")
    equivs = cast("list[lxml.html.HtmlElement]", _HTTP_EQUIV(head)) if head is not None else []
    for value in equivs[:10]:
        if str(value.get("http-equiv")).lower() == "content-language":
            tag = normalise_tag(value.get("content", "").split(",")[0])
            if tag:
                return Found(tag, Source.meta("http-equiv:content-language"))
    found = schema.article_object(page)
    if found:
        for text in schema.strings(found[0].get("inLanguage"))[:1]:
            tag = normalise_tag(text)
            if tag:
                return Found(tag, Source.jsonld(found[1], "inLanguage"))
    return None


def detect_text_language(text: str) -> str | None:
    """Guess the language of ``text``; ``None`` when no language clearly wins."""
    text = text[:_SAMPLE]
    if text.isascii():  # (most samples: no script to count, words are runs of A-Z/a-z)
        return _ascii_language(text)
    plain = text
    for char in _SEPARATORS:
        if char in plain:
            plain = plain.replace(char, " ")
    if plain.isascii():  # (English with typographic quotes and dashes)
        return _ascii_language(plain)
    try:
        latin1 = plain.encode("latin-1", _NEUTRAL_AS_SPACE)
    except UnicodeEncodeError as error:
        # The handler raised the error it was given: its traceback holds the handler's frame,
        # which holds the error, a reference cycle that would keep every caller's frame (the
        # parse's Analysis and tree) alive until a garbage collection. Cut it here.
        error.__traceback__ = None
        return _pattern_language(text)
    return _latin1_language(latin1)


def _neutral_as_space(exc: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: characters that are neither word characters (:data:`_WORD`)
    nor of a script counted (:data:`_SCRIPTS`), as spaces (punctuation such as „ and ‚,
    symbols, zero-width spaces); any other character raises. Such characters, like the
    :data:`_SEPARATORS`, change no count of :func:`_pattern_language` as spaces: not its
    words, nor its letters, and a sample of Latin-1 but for them has no script to count."""
    if isinstance(exc, UnicodeEncodeError):
        chars = exc.object[exc.start:exc.end]
        if (min(chars) >= _PUNCTUATION[0] and max(chars) <= _PUNCTUATION[1]) or (
            not _WORD.search(chars) and not any(p.search(chars) for _, p in _SCRIPTS)
        ):
            return " " * len(chars), exc.end
    raise exc


_PUNCTUATION = ("\u2000", "\u206f")
"""The General Punctuation block (spaces, dashes, quotes, bullets, zero-width and bidi marks):
neither word characters nor of a script counted (checked by tests/test_text_fast_paths.py),
so read as spaces without a pattern's search."""


_NEUTRAL_AS_SPACE = "newsparse.language-neutral"
codecs.register_error(_NEUTRAL_AS_SPACE, _neutral_as_space)


def _ascii_language(text: str) -> str | None:
    """`detect_text_language` of an ASCII sample."""
    ascii_words = text.encode("ascii").translate(_LETTERS).split()
    if sum(map(len, ascii_words)) < 20:
        return None
    return _by_stopwords(Counter(ascii_words), _ASCII_STOPWORD_LANGUAGES)


def _latin1_language(data: bytes) -> str | None:
    """`detect_text_language` of a sample of Latin-1 characters, given encoded: its words
    split in C passes (:data:`_LATIN1_WORDS`) rather than found by :data:`_WORD`, several
    times slower (:func:`_pattern_language` reads the same words and letters)."""
    if len(data.translate(None, _NOT_ALPHA_LATIN1)) < 20:
        return None
    return _by_stopwords(Counter(data.translate(_LATIN1_WORDS).split()),
                         _LATIN1_STOPWORD_LANGUAGES)


def _pattern_language(text: str) -> str | None:
    """`detect_text_language` of any sample: the writing system, else the stopwords of the
    words :data:`_WORD` finds."""
    found = _WORD.findall(text)
    joined = "".join(found)  # every letter is in a word (a letter is a word character)
    letters = len(joined) if joined.isalpha() else sum(map(str.isalpha, joined))
    if letters < 20:
        return None
    needed = max(10, letters // 5)
    scripts = _SCRIPTS if len(_ANY_SCRIPT.findall(text)) >= needed else ()
    for lang, pattern in scripts:
        if len(pattern.findall(text)) >= needed:
            if lang == "zh" and _SCRIPTS[0][1].search(text):
                return "ja"
            if lang == "ru" and len(_UKRAINIAN.findall(text)) * 100 >= letters:
                return "uk"
            return lang
    # (lower-casing the words joined by spaces is lower-casing each: no case mapping makes or
    # takes a space, and a space ends the context of a final sigma as a word's end does)
    return _by_stopwords(Counter(" ".join(found).lower().split()), _STOPWORD_LANGUAGES)


_Word = TypeVar("_Word", str, bytes)


def _by_stopwords(words: Counter[_Word], stopwords: dict[_Word, tuple[str, ...]]) -> str | None:
    """The language whose stopwords clearly win among ``words`` (lower-cased, counted), with
    ``stopwords`` the languages of each stopword (:data:`_STOPWORD_LANGUAGES`, or its ASCII
    words as bytes for words as bytes)."""
    scores = dict.fromkeys(_STOPWORDS, 0)
    for word in stopwords.keys() & words.keys():  # (one walk of the shorter)
        count = words[word]
        for lang in stopwords[word]:
            scores[lang] += count
    # (the first language of the highest score, and the score second in a descending sort:
    # what a stable sort by score, highest first, ranks first and second)
    best = max(scores, key=scores.__getitem__)
    second, top = sorted(scores.values())[-2:]
    if top >= _MIN_HITS and top >= second * _MARGIN:
        return best
    return None


def detect_language(page: Analysis) -> Found[str] | None:
    """Detect the language from the page's paragraphs (or its title), cheaply."""
    pieces: list[str] = []
    size = 0
    for el in page.tree.iter("p"):
        text = clean(el.text_content())
        if len(text) > 40:
            pieces.append(text)
            size += len(text)
            if size >= _SAMPLE:
                break
    if size < 200:
        head = page.title_element
        if head is not None and head.text:
            pieces.append(head.text)
    lang = detect_text_language(" ".join(pieces))
    return Found(lang, DETECTED) if lang else None
