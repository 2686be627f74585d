"""Property-based tests (hypothesis): the text normaliser, the date parser, the author cleaner,
routing and the whole of parse().

Invariants of parse(): no exception other than NewsparseError; the Article round-trips through
to_dict/from_dict; published/modified never after the fetch date; no empty strings in tuples.
Example counts are kept small so the suite stays fast on two shared cores.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsparse import Adapter, Article, NewsparseError, Page, Registry, parse
from newsparse.extract.authors import clean_author, split_byline
from newsparse.extract.dates import MAX_YEAR, MIN_YEAR, parse_date
from newsparse.page import after_fetch
from newsparse.text import clean, repair_mojibake

FAST = settings(max_examples=300, deadline=None)
SLOW = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FETCHED = dt.date(2024, 6, 1)

# -- text normaliser -------------------------------------------------------------------------


@FAST
@given(st.text())
def test_clean_is_idempotent_and_tidy(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    once.encode("utf-8")  # valid text: no lone surrogates
    assert once == once.strip()
    assert "  " not in once and "\n" not in once and "\u00a0" not in once
    assert not any(unicodedata.category(c) == "Cc" and c not in "\x80\x9f" for c in once
                   if ord(c) < 0x80)


def _words(alphabet: str) -> st.SearchStrategy[str]:
    word = st.text(alphabet=alphabet, min_size=1, max_size=12)
    punct = st.sampled_from(["", "", "", ",", ".", "…", "»", "”", "’", ":", "!", "?", "…”"])
    token = st.tuples(word, punct).map("".join)
    return st.lists(token, min_size=1, max_size=30).map(" ".join)


SCRIPTS = {
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΘΛΞΠΣΦΨΩ",
    "cjk": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年日本語한국어",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "latin": "abcdefghijklmnopqrstuvwxyzéèêëàâäçîïôöùûüÿœæßñãõáíóúÉÈÀÇÖÜÑ",
}


@FAST
@given(st.sampled_from(sorted(SCRIPTS)).flatmap(lambda name: _words(SCRIPTS[name])))
def test_clean_keeps_correct_text_in_any_script(text: str) -> None:
    assert clean(text) == unicodedata.normalize("NFC", text)
    assert repair_mojibake(text) == text


def _mangle(text: str) -> str:
    """UTF-8 bytes read as windows-1252 (undefined bytes as C1 controls, as browsers do)."""
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
    )


@FAST
@given(st.text(alphabet="abc XYZ.,éèàüöäßçñ’“”–—€", min_size=1).filter(lambda s: not s.isascii()))
def test_mojibake_is_undone(text: str) -> None:
    assert clean(_mangle(text)) == clean(text)
    assert clean(_mangle(_mangle(text))) == clean(text)  # double encoding too


# -- dates -----------------------------------------------------------------------------------


@FAST
@given(st.text(max_size=100))
def test_parse_date_never_raises_and_stays_in_range(text: str) -> None:
    value = parse_date(text)
    assert value is None or isinstance(value, dt.date)
    if value is not None:
        assert MIN_YEAR <= value.year <= MAX_YEAR
        if isinstance(value, dt.datetime):
            assert value.utcoffset() is not None  # a time only with a zone


@FAST
@given(st.dates(min_value=dt.date(MIN_YEAR, 1, 1), max_value=dt.date(MAX_YEAR, 12, 31)))
def test_parse_date_reads_iso_and_written_dates(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day:%B} {day.day}, {day.year}") == day
    assert parse_date(f"{day.day} {day:%B} {day.year}") == day


@FAST
@given(st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 1, 1),
                    timezones=st.sampled_from([dt.timezone.utc,
                                               dt.timezone(dt.timedelta(hours=9)),
                                               dt.timezone(dt.timedelta(hours=-5, minutes=-30))])))
def test_parse_date_keeps_a_zoned_time(moment: dt.datetime) -> None:
    moment = moment.replace(microsecond=0)
    assert parse_date(moment.isoformat()) == moment


# -- authors ---------------------------------------------------------------------------------

FIRST = ["Jane", "John", "Maria", "Ahmed", "Li", "Olga", "Pierre", "Kwame", "Sofia", "Yuki"]
LAST = ["Doe", "Roe", "Garcia", "Hassan", "Wei", "Petrova", "Martin", "Mensah", "Rossi"]


@FAST
@given(st.text(max_size=300))
def test_author_cleaner_never_raises_and_gives_clean_names(raw: str) -> None:
    for name in split_byline(raw):
        assert name and name == name.strip() and clean(name) == name
        assert "@" not in name
    single = clean_author(raw)
    assert single is None or (single and single == single.strip())


@FAST
@given(st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join),
                min_size=1, max_size=4, unique=True),
       st.sampled_from(["By ", "by ", "BY ", ""]), st.sampled_from([" and ", ", ", " & "]))
def test_author_cleaner_splits_bylines(names: list[str], prefix: str, sep: str) -> None:
    assert split_byline(prefix + sep.join(names)) == names


# -- routing ---------------------------------------------------------------------------------


class Alpha(Adapter):
    name = "alpha"
    domains = ("alpha.example",)


class AlphaNews(Adapter):
    name = "alphanews"
    domains = ("news.alpha.example",)


class Generic(Adapter):
    name = "generic"


ROUTES = Registry([Alpha, AlphaNews, Generic])
LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)


@FAST
@given(st.lists(LABEL, max_size=3), st.sampled_from(["alpha.example", "news.alpha.example",
                                                     "beta.example", "alpha.example.org"]),
       st.text(alphabet="abc/-_.?=&%0123456789", max_size=30))
def test_routing_by_url_picks_the_longest_owned_domain(
    labels: list[str], domain: str, path: str
) -> None:
    host = ".".join([*labels, domain])
    page = Page("<p>text</p>", url=f"https://{host}/{path}")
    expected = {"alpha.example": "alpha", "news.alpha.example": "alphanews"}.get(domain, "generic")
    assert ROUTES.resolve(page).adapter.name == expected


@FAST
@given(st.text(min_size=1), st.one_of(st.none(), st.text(max_size=40)))
def test_routing_never_raises_outside_newsparse_errors(text: str, url: str | None) -> None:
    with contextlib.suppress(NewsparseError):
        ROUTES.resolve(Page(text, url=url))


# -- the whole of parse() --------------------------------------------------------------------

FRAGMENTS = st.sampled_from([
    "<html>", "<head>", "</head>", "<body>", "<article>", "</article>", "<h1>", "</h1>",
    "<p>", "</p>", "<div class='byline'>By Jane Doe</div>", "<title>Storm hits</title>",
    '<meta property="article:published_time" content="2030-01-01">',
    '<meta property="article:published_time" content="2020-02-29T10:00:00+01:00">',
    '<meta name="author" content="Maria Garcia, AFP">', '<meta name="keywords" content=",,a,,b">',
    '<time datetime="0000-01-01">', '<link rel="canonical" href="http://[x">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":',
    '[{"name": ""}, "  ", NaN, 1e999]}</script>', '"datePublished": "2099-12-31"}</script>',
    "Heavy rain reached the coast on Tuesday night, officials said. ", "\u00a0", "&amp;",
    "donâ€™t", "\x00", "\ufeff", "<!--", "-->", "<![CDATA[", "<?xml version='1.0'?>",
])


def check_article(article: Article) -> None:
    """The invariants of every Article that parse() returns."""
    data = article.to_dict()
    again = Article.from_dict(json.loads(json.dumps(data)))
    assert again == article and again.to_dict() == data
    # Issue 9: a page with text but no headline is an Article whose warning says so.
    assert article.title or "missing_title" in [w.code for w in article.warnings]
    assert article.body or "missing_body" in [w.code for w in article.warnings]
    for field in ("authors", "tags"):
        assert all(item and item == item.strip() for item in getattr(article, field))
    assert all(block.text for block in article.body)
    for value in (article.published, article.modified):
        # The one rule for dates after the fetch time (a plain day may be one day ahead).
        assert value is None or not after_fetch(value, FETCHED)


def _parse(source: str | bytes) -> None:
    try:
        article = parse(source, fetched=FETCHED)
    except NewsparseError as exc:
        assert str(exc).startswith(exc.source)
        return
    check_article(article)


@SLOW
@given(st.binary(max_size=2000))
def test_parse_bytes(data: bytes) -> None:
    _parse(data)


@SLOW
@given(st.text(max_size=2000))
def test_parse_text(text: str) -> None:
    _parse(text)


@SLOW
@given(st.lists(FRAGMENTS, max_size=40).map("".join))
@example("<p>\ufeff<script type='application/ld+json'>{}")  # found: a Block of only a BOM
@example("<h1>Title</h1><p>\ufeff</p><p>\u200b\u00ad</p>")
def test_parse_html_soup(page: str) -> None:
    _parse(page)
    _parse(page.encode("utf-8", errors="surrogatepass"))
