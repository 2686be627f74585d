"""The cheap guards of the NK News text readers give the same answers as the tests they guard."""

from __future__ import annotations

import random

from newsparse.adapters.nknews.byline import Byline, byline_memo, parse_byline
from newsparse.adapters.nknews.markup import _PRINTED_FROM, _PRINTED_FROM_START
from newsparse.adapters.nknews.textkind import _FOR_MORE, _not_repre, listing_reason
from newsparse.extract.textdump import Line

# Every code point outside ASCII (surrogates left out: a str from a decoded page has none).
_NON_ASCII = "".join(map(chr, [*range(0x80, 0xD800), *range(0xE000, 0x110000)]))


def test_no_code_point_outside_ascii_lower_cases_into_not_repre() -> None:
    # (lower-casing a string lower-cases each character; only a final sigma depends on its
    # neighbours, and both its forms are Greek)
    assert not set(_NON_ASCII.lower()) & set("not repre")


def test_no_code_point_outside_ascii_case_folds_into_r_m_or_a_space() -> None:
    assert not set(_NON_ASCII.casefold()) & set("rm ")
    assert _FOR_MORE.decode("ascii").casefold() == "r m"  # (counted in ASCII-lowered bytes)


def test_not_repre_is_the_lower_cased_substring_test() -> None:
    rng = random.Random(11)
    pieces = ["not repre", "NOT REPRE", "Not Represent", "nOt rEpRe", "not  repre", "no trepre",
              "t r", "T R", "İ", "K", "ß", "ſ", "\u00a0", " ", "a", "not", "repre", "\n", "x"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        assert _not_repre(text) == ("not repre" in text.lower()), text


def _lines(*texts: str) -> list[Line]:
    return [Line(text) for text in texts]


def test_a_digest_is_found_in_any_case_and_one_feed_item_is_no_digest() -> None:
    item = "North Korea fires two missiles into the sea off its east coast"
    digest = _lines(item, "VISIT nk NEWS FOR MORE", item, "Visit NK News for more")
    assert listing_reason(digest) == "a blog digest of several NK News feed items"
    assert listing_reason(_lines(item, "Visit NK News for more", item)) is None
    # Two "r m" that are not "for more" are no digest either.
    assert listing_reason(_lines("four men", "other media", "Visit NK News for more")) is None


def test_a_byline_memo_gives_parse_byline_s_answers() -> None:
    read = byline_memo()
    lines = ["Colin Zwirko October 31, 2019", "Not a byline at all", "Chad O'Carroll  May 4, 2022",
             "October 31, 2019", "Some text ending in 2019", "Colin Zwirko October 31, 2019"]
    for text in lines:
        found = read(text)
        assert found == parse_byline(text)
        assert found is None or isinstance(found, Byline)


def test_the_printed_from_guard_is_where_every_match_starts() -> None:
    assert _PRINTED_FROM.pattern.startswith(_PRINTED_FROM_START)
    line = "Article printed from NK News: https://www.nknews.org/2019/10/x/"
    assert _PRINTED_FROM.search(f"<p>{line}</p>")
    for text in ("<p>Article printed from NK News</p>", line.replace("Article", "article")):
        assert not (_PRINTED_FROM_START in text and _PRINTED_FROM.search(text))
        assert not _PRINTED_FROM.search(text)
