"""The NK News adapter: byline/date/author helpers, the seed, sniffing and routing, HTML traps."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import skip_unless_present

from newsparse import Article, NotAnArticleError, default_registry, parse, read_page
from newsparse.adapters.nknews import NKNews
from newsparse.adapters.nknews.boilerplate import Unit, clean_body, update_day
from newsparse.adapters.nknews.byline import (
    is_header_date,
    parse_byline,
    parse_day,
    split_authors,
    strip_title_suffix,
    undouble,
)
from newsparse.adapters.nknews.parsed import canonical, listing_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nknews"
SEED = FIXTURES / "seed-blogger-repost-2016" / "input.txt"
HTML_2019 = FIXTURES / "html-2019-hidden-fulltext" / "input.html"


def _parse_text(text: str, url: str | None = None) -> Article:
    return parse(text.encode("utf-8"), url=url, adapter="nknews")


# -- byline, date and author helpers -----------------------------------------------------


def test_old_theme_byline_with_ordinal_day_and_nbsp() -> None:
    byline = parse_byline("Georgy Toloraya \u00a0 September 10th, 2016")
    assert byline is not None
    assert byline.authors == ("Georgy Toloraya",)
    assert byline.day == dt.date(2016, 9, 10)
    assert byline.ordinal


@pytest.mark.parametrize(
    ("line", "authors", "day"),
    [
        ("Jeongmin Kim June 23, 2025", ("Jeongmin Kim",), dt.date(2025, 6, 23)),
        ("Colin ZwirkoColin ZwirkoNovember 29, 2022", ("Colin Zwirko",), dt.date(2022, 11, 29)),
        (
            "Anton SokolinAnton Sokolin | Colin ZwirkoFebruary 28, 2024",
            ("Anton Sokolin", "Colin Zwirko"),
            dt.date(2024, 2, 28),
        ),
        ("Chad O'Carroll| Colin Zwirko October 13, 2020", ("Chad O'Carroll", "Colin Zwirko"),
         dt.date(2020, 10, 13)),
        ("Author Image Chad O'Carroll May 14, 2021", ("Chad O'Carroll",), dt.date(2021, 5, 14)),
        ("NK ProNK Pro January 11, 2024", ("NK Pro",), dt.date(2024, 1, 11)),
        ("Anthony V. Rinna October 31, 2019", ("Anthony V. Rinna",), dt.date(2019, 10, 31)),
        ("In-hua Kim | Tae-il Shim January 3, 2020", ("In-hua Kim", "Tae-il Shim"),
         dt.date(2020, 1, 3)),
    ],
)
def test_byline_shapes(line: str, authors: tuple[str, ...], day: dt.date) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    assert byline.day == day
    assert type(byline.day) is dt.date


def test_bare_ordinal_date_is_a_byline_without_names() -> None:
    byline = parse_byline("September 7th, 2012")
    assert byline is not None and byline.authors == () and byline.day == dt.date(2012, 9, 7)


@pytest.mark.parametrize(
    "line",
    [
        "April 06, 2020",  # header date: no name, no ordinal
        "The talks resumed on September 10, 2016",  # a sentence ending in a date
        "Russia has expressed its strongest possible condemnation",
        "Seoul says it will respond, officials said on May 4, 2022",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line",
    ["April 06, 2020", "March 20, 2025Mar 20, 2025", "Sunday, September 11, 2016",
     "Tuesday, 5 May 2015", "2016-09-11"],
)
def test_header_and_blogger_dates(line: str) -> None:
    assert is_header_date(line)


def test_parse_day_gives_plain_dates() -> None:
    assert parse_day("Sept. 24, 2022") == dt.date(2022, 9, 24)
    assert parse_day("Mar 20, 2025") == dt.date(2025, 3, 20)
    assert type(parse_day("December 17th, 2014")) is dt.date
    assert parse_day("no date here") is None


def test_author_helpers() -> None:
    assert undouble("Colin ZwirkoColin Zwirko") == "Colin Zwirko"
    assert undouble("Jeongmin Kim Jeongmin Kim") == "Jeongmin Kim"
    assert undouble("Anna Anderson") == "Anna Anderson"
    assert split_authors("Author Image Chad O'Carroll") == ("Chad O'Carroll",)
    assert split_authors("the views of NK News") is None


@pytest.mark.parametrize(
    ("raw", "headline"),
    [
        ("After the fifth nuke test | NK News - North Korea News", "After the fifth nuke test"),
        ("Why state media are joining forces | NK News", "Why state media are joining forces"),
        ("Leadership reshuffle in Pyongyang | NK PRO", "Leadership reshuffle in Pyongyang"),
        ("Headline – NK News", "Headline"),
        ("Headline - NK News", "Headline"),
        ("The how and why of travel to North Korea – NKNews Podcast Ep.91 | NK News",
         "The how and why of travel to North Korea – NKNews Podcast Ep.91"),
        ("A headline without a suffix", "A headline without a suffix"),
    ],
)
def test_title_suffixes(raw: str, headline: str) -> None:
    assert strip_title_suffix(raw) == headline


def test_update_notes() -> None:
    with_zone = update_day("(Updated at 3:50 p.m. KST on May 4, 2022 with details)")
    assert with_zone == dt.datetime(2022, 5, 4, 15, 50, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    without_zone = update_day("(Updated at 3:50 p.m. on May 4, 2022 with details)")
    assert without_zone == dt.date(2022, 5, 4) and type(without_zone) is dt.date


@pytest.mark.parametrize(
    ("path", "listing"),
    [
        ("https://www.nknews.org/content_author/chadcarrol/page/136/", True),
        ("https://www.nknews.org/content_author/jeongmin-kim/4/", True),
        ("https://nknews.org/pro/tag/leadership/page/37", True),
        ("https://www.nknews.org/category/nk-voices/ask-a-north-korean/", True),
        ("https://www.nknews.org/gallery/", True),
        ("https://www.nknews.org/in-the-media/", True),
        ("https://www.nknews.org/frequently-asked-questions-about-nk-news/", True),
        ("https://www.nknews.org/", True),
        ("https://www.nknews.org/2019/10/why-north-korean-and-russian-state-media/", False),
        ("https://nknews.org/pro/russian-trade-with-north-korea-falls-sharply-in-may", False),
    ],
)
def test_listing_urls(path: str, listing: bool) -> None:
    assert (listing_path(path) is not None) is listing


# -- body clean-up ----------------------------------------------------------------------

_FIRST = "As the deadline nears, officials in Seoul are preparing for several outcomes."
_SECOND = "Ambiguity is not a failure of planning; it is the plan, and it has worked for years."


def test_disclaimer_glued_to_the_first_sentence_is_removed() -> None:
    glued = ("Views expressed in Opinion articles are exclusively the authors’ own and do not "
             "represent the views of NK News." + _FIRST)
    result = clean_body([Unit(glued), Unit(_SECOND)])
    assert [b.text for b in result.blocks] == [_FIRST, _SECOND]


def test_captions_pull_quotes_end_notes_and_teaser_copy_are_not_body() -> None:
    units = [
        Unit(_FIRST),
        Unit("Kim Jong Un visits a fishing station in November | Photo: KCNA"),
        Unit("Ambiguity is not a failure of planning; it is the plan", "quote"),
        Unit(_SECOND),
        Unit("As the deadline nears, officials in Seoul are preparing for several"),
        Unit("Read More"),
        Unit("North Korean posters, stamps and books, shipped worldwide."),
    ]
    result = clean_body(units)
    assert [b.text for b in result.blocks] == [_FIRST, _SECOND]
    assert not result.paywalled and not result.teaser


def test_end_notes_end_the_body() -> None:
    units = [Unit(_FIRST), Unit("Edited by Oliver Brandt"), Unit("Featured image: KCNA"),
             Unit("This sentence comes after the end notes and is not body.")]
    assert [b.text for b in clean_body(units).blocks] == [_FIRST]


def test_a_lone_teaser_is_kept_and_flagged() -> None:
    result = clean_body([Unit("The refusals followed new rules, which require ships to"),
                         Unit("Read More"), Unit("Shop ad text in the sidebar.")])
    assert [b.text for b in result.blocks] == [
        "The refusals followed new rules, which require ships to"]
    assert result.teaser


def test_paywall_prompts_end_the_body() -> None:
    result = clean_body([Unit(_FIRST), Unit("Try unlimited access"), Unit("Subscribe now")])
    assert result.paywalled and [b.text for b in result.blocks] == [_FIRST]
    pro = clean_body([Unit(_FIRST + " Analysts say the figures© Korea Risk Group. All rights "
                           "reserved. |")])
    assert pro.paywalled and pro.teaser
    assert pro.blocks[0].text == _FIRST + " Analysts say the figures"


# -- the seed (a Blogger repost text dump) ------------------------------------------------


@pytest.mark.publisher_page("fixtures/nknews/seed-blogger-repost-2016")
def test_seed() -> None:
    article = parse(SEED)
    assert article.adapter == "nknews"
    assert article.title == "After the fifth nuke test, what future for DPRK-Russian relations?"
    assert article.subtitle == "The Kremlin fears full-scale arms race in the region"
    assert article.authors == ("Georgy Toloraya",)
    assert article.published == dt.date(2016, 9, 10)
    assert not isinstance(article.published, dt.datetime)
    assert article.site == "NK News"
    assert len(article.paragraphs) == 13
    assert all(block.kind == "paragraph" for block in article.body)
    first = "Russia has expressed “strongest possible condemnation” of North Korean fifth"
    assert article.paragraphs[0].startswith(first)
    assert article.paragraphs[-1].endswith("in the UNSC to China.")
    assert "No comments" not in article.text
    assert "\u00a0" not in article.text and "  " not in article.text
    assert "“tame”" in article.text  # curly quotes kept
    assert not article.paywalled and article.warnings == ()


@pytest.mark.publisher_page("fixtures/nknews/seed-blogger-repost-2016")
@pytest.mark.parametrize("variant", ["seed-bom-crlf-2016", "seed-long-date-2016"])
def test_seed_variants_give_the_same_article(variant: str) -> None:
    skip_unless_present(FIXTURES / variant)
    assert parse(FIXTURES / variant / "input.txt") == parse(SEED)


@pytest.mark.publisher_page("fixtures/nknews/seed-blogger-repost-2016")
def test_seed_routes_by_sniffing() -> None:
    resolution = default_registry().resolve(read_page(SEED))
    assert (resolution.adapter, resolution.rule) == (NKNews, "sniff")


# -- the header date is never the publication date ------------------------------------------


def test_header_date_is_not_the_publication_date_in_text() -> None:
    text = ("October 04, 2023\nHeadline about a missile launch from the west coast\n"
            "A standfirst without a full stop\nHana Park May 4, 2022\n\n"
            "North Korea fired two cruise missiles on Wednesday, Seoul said.\n")
    article = _parse_text(text)
    assert article.published == dt.date(2022, 5, 4)
    no_byline = "October 04, 2023\nHeadline about a launch\n\nNorth Korea fired two missiles.\n"
    assert _parse_text(no_byline).published is None


def test_html_prefers_published_time_then_byline_never_header() -> None:
    html = HTML_2019.read_text(encoding="utf-8")
    assert parse(HTML_2019).published == dt.datetime(2019, 11, 1, 3, 27, 9, tzinfo=dt.timezone.utc)
    without_meta = re.sub(r'<meta property="article:published_time"[^>]*>', "", html)
    article = parse(without_meta.encode("utf-8"))
    assert article.published == dt.date(2019, 10, 31)  # the byline day, not November 06
    assert article.provenance["published"].startswith("byline")


# -- HTML traps -----------------------------------------------------------------------------


def test_html_full_text_once_without_teaser_chrome_or_related_authors() -> None:
    article = parse(HTML_2019)
    first = "When a Belarusian trade delegation arrived in Pyongyang in October"
    assert sum(p.count(first) for p in article.paragraphs) == 1
    assert "Minsk offered to assemble tractors and trucks" in article.text
    for chrome in ("Read More", "Photo: KCNA", "Edited by", "Featured image", "Related Articles",
                   "Sign in", "INCOGNITO", "November 06, 2019", "NK News Shop"):
        assert chrome not in article.text
    assert article.authors == ("Lukas Varga",)  # not Jun-ho Seo / Mara Lindqvist (related)
    assert article.body[3].kind == "heading"
    assert article.section == "Analysis" and article.tags == ("Foreign Relations", "Trade")


def test_html_teaser_only_is_flagged() -> None:
    html = HTML_2019.read_text(encoding="utf-8")
    teaser_only = re.sub(r'<div id="fullContent".*?<div id="excerptContent">',
                         '<div id="excerptContent">', html, flags=re.S)
    article = parse(teaser_only.encode("utf-8"))
    assert len(article.body) == 1
    assert article.paragraphs[0].endswith("assemble tractors and")
    assert "teaser_suspected" in {w.code for w in article.warnings}


def test_html_author_box_fallback() -> None:
    html = HTML_2019.read_text(encoding="utf-8")
    no_meta = re.sub(r'<div class="content-meta.*?</div>', "", html, flags=re.S)
    assert parse(no_meta.encode("utf-8")).authors == ("Lukas Varga",)


def test_html_routes_by_canonical_then_by_site_name() -> None:
    page = read_page(HTML_2019)
    assert default_registry().resolve(page).rule == "url"
    html = HTML_2019.read_text(encoding="utf-8")
    anonymous = re.sub(r'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>', "", html)
    resolution = default_registry().resolve(read_page(anonymous.encode("utf-8")))
    assert (resolution.adapter, resolution.rule) == (NKNews, "sniff")


def test_listing_html_is_not_an_article_even_without_a_url() -> None:
    path = FIXTURES / "not-article-category-html" / "input.html"
    html = path.read_text(encoding="utf-8")
    anonymous = re.sub(r'<link rel="(?:canonical|prev|next)"[^>]*>|<meta property="og:url"[^>]*>',
                       "", html)
    with pytest.raises(NotAnArticleError, match="listing page"):
        parse(anonymous.encode("utf-8"))


# -- sniffing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case",
    ["seed-blogger-repost-2016", "opinion-2019-disclaimer-captions",
     "news-2025-crawl-prefix-subscription", "lynx-dump-2019-teaser-copy",
     "pro-text-teaser-copyright-end", "not-article-blogger-rss-digest"],
)
def test_sniff_claims_nk_news_text_dumps(case: str) -> None:
    skip_unless_present(FIXTURES / case)
    assert NKNews.sniff(read_page(FIXTURES / case / "input.txt")) >= 0.5


def test_sniff_rejects_other_pages() -> None:
    other = (
        "March 29, 2020\nDaily NK\nTraders report rising rice prices in Hyesan\n"
        "Sources say the border closure has cut supplies\nBy Kim Min-ji\n\n"
        "Rice prices in Hyesan rose by a third last week, sources told Daily NK. A report by "
        "NK News earlier this month also described shortages, and 38 North has published "
        "satellite imagery of the empty customs yards.\n"
    )
    assert NKNews.sniff(read_page(other.encode("utf-8"))) < 0.3
    assert default_registry().resolve(read_page(other.encode("utf-8"))).adapter is not NKNews
    generic_html = (
        "<html><head><title>Market report | Example Times</title>"
        '<meta property="og:site_name" content="Example Times"></head>'
        "<body><h1>Market report</h1><p>Prices rose, NK News reported.</p></body></html>"
    )
    assert NKNews.sniff(read_page(generic_html.encode("utf-8"))) == 0.0


def test_podcast_suffix_is_part_of_the_headline() -> None:
    text = ("The how and why of travel to North Korea – NKNews Podcast Ep.91 | NK News\n"
            "NK News Logo\nNovember 21, 2019\n"
            "The how and why of travel to North Korea – NKNews Podcast Ep.91\n"
            "Two tour operators on what visitors see and what they do not\n"
            "Jun-ho Seo August 20, 2019\n"
            "This week the podcast talks to two people who have taken hundreds of tourists "
            "to North Korea.\n")
    article = parse(text.encode("utf-8"))
    assert article.adapter == "nknews"
    assert article.title == "The how and why of travel to North Korea – NKNews Podcast Ep.91"
    assert article.published == dt.date(2019, 8, 20)


def test_html_without_the_theme_markup_falls_back_to_the_generic_body() -> None:
    html = (
        '<html lang="en"><head><title>Kaesong zone stays shut | NK News</title>'
        '<meta property="og:site_name" content="NK News - North Korea News"></head>'
        '<body class="single"><article><h1>Kaesong zone stays shut</h1>'
        "<p>Views expressed in Opinion articles are exclusively the authors’ own and do not "
        "represent the views of NK News.The zone has been closed since 2016, and few expect it "
        "to reopen soon.</p><p>A second paragraph about the zone and its many factories.</p>"
        "<p>Workers leave the zone | Photo: Ministry of Unification</p></article></body></html>"
    )
    article = parse(html.encode("utf-8"))
    assert article.adapter == "nknews" and article.title == "Kaesong zone stays shut"
    assert article.paragraphs == (
        "The zone has been closed since 2016, and few expect it to reopen soon.",
        "A second paragraph about the zone and its many factories.",
    )


def test_opinion_piece_intro_and_singular_disclaimer() -> None:
    intro = ("The following article is an opinion piece by Daniel Marsh of the Asia Policy "
             "Forum. Views expressed in opinion articles are exclusively the author’s own and do "
             "not represent the views of NK News.")
    result = clean_body([Unit(intro), Unit(_FIRST)])
    assert [b.text for b in result.blocks] == [_FIRST]
    separate = clean_body([Unit("The following article is an opinion piece by Daniel Marsh."),
                           Unit(_FIRST)])
    assert [b.text for b in separate.blocks] == [_FIRST]


def test_flattened_page_headline_glued_to_standfirst() -> None:
    article = parse(FIXTURES / "flattened-2017-author-box-first-pro-end" / "input.txt",
                    adapter="nknews")
    assert article.title == "New anti-smoking products go on sale in Pyongyang: photos"
    assert article.subtitle == "Shops in the capital now stock nicotine gum and herbal cigarettes"
    assert article.authors == ("Mi-ok Han",) and article.section == "News"
    assert article.paywalled and article.published is None
    assert article.paragraphs[0].startswith("Pharmacies and department stores in Pyongyang")
    assert len(article.paragraphs) == 3


def test_copyright_line_is_a_paywall_only_after_a_cut_text() -> None:
    footer = "© Korea Risk Group. All rights reserved. |"
    full = clean_body([Unit(_FIRST), Unit(footer), Unit("Not body")])
    assert not full.paywalled and [b.text for b in full.blocks] == [_FIRST]
    cut = clean_body([Unit("The figures remain below the annual cap, but analysts say"),
                      Unit(footer)])
    assert cut.paywalled and cut.teaser


def test_url_noise_is_dropped() -> None:
    base = "https://www.nknews.org/2015/08/despite-repoted-ban-n-korea-resumes-cigarette-imports/"
    assert canonical(base + "?c=1559609995001") == base
    assert canonical(base + "?t=1592635900799&utm_source=twitter.com&utm_medium=social") == base
    assert canonical(base + "?page=2&t=1") == base + "?page=2"
    other = "https://example.com/story?t=1"
    assert canonical(other) == other


def test_short_headline_above_a_byline() -> None:
    text = ("April 06, 2020\nKim visits Moscow\nHana Park April 2, 2020\n\n"
            "Kim Jong Un arrived in Moscow by train on Thursday, state media said.\n")
    article = _parse_text(text)
    assert article.title == "Kim visits Moscow" and article.subtitle is None
    assert article.published == dt.date(2020, 4, 2)


THEMED = ("html-2019-hidden-fulltext", "amp-html-2019", "print-view-html-2019",
          "wayback-html-2019", "pro-html-paywalled-teaser")


@pytest.mark.parametrize("case", THEMED)
def test_pages_read_by_a_layout_never_map_the_page(case: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The generic text map (the costliest reading of a page) is built only for pages the
    layouts do not know; the hidden full text is read by the kit's walker."""
    from newsparse.extract.body import textmap

    built: list[object] = []
    original = textmap.TextMap.__init__

    def counting(self: textmap.TextMap, *args: object, **kwargs: object) -> None:
        built.append(self)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(textmap.TextMap, "__init__", counting)
    article = parse((FIXTURES / case / "input.html").read_bytes())
    assert article.adapter == "nknews" and article.body
    assert not built
