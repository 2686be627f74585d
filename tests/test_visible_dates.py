"""The printed date nearest the headline, when no structured source gives one."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse

BODY = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"


def page(before: str = "", after: str = "", lang: str = "de", tail: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Ein Titel für Tests</title></head><body>"
            f"<nav><a href='/'>Start</a> 01.01.2020</nav><div class='story'>{before}"
            f"<h1>Ein Titel für Tests</h1>{after}{BODY}</div>{tail}</body></html>")


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("<p><span>Do 25.04.24</span> | 14:07 Uhr | Von Jana Beispiel</p>", "de",
     dt.date(2024, 4, 25)),
    ("<div>Mittwoch, 20. Februar 2019, 14:45 Uhr</div>", "de", dt.date(2019, 2, 20)),
    ("<p>Posted on January 18th, 2019 by Jane</p>", "en", dt.date(2019, 1, 18)),
    ("<p>4/5/2019</p>", "en-US", dt.date(2019, 4, 5)),
    ("<p>4/5/2019</p>", "en-GB", dt.date(2019, 5, 4)),
    ("<p>25/04/2019</p>", "en-US", dt.date(2019, 4, 25)),  # no month 25: day-first after all
    ("<p>Par Jean Exemple, le 28 avril 2024</p>", "fr", dt.date(2024, 4, 28)),
    ("<p>14 de marzo de 2025</p>", "es", dt.date(2025, 3, 14)),
    ("<p>2023年11月7日 12:00</p>", "ja", dt.date(2023, 11, 7)),
    ("<p>Unica.md, 20 septembrie 2020 16:20</p>", "ro", dt.date(2020, 9, 20)),
    ("<p>الأربعاء، 07 أكتوبر 2020 - 12:09 م</p>", "ar", dt.date(2020, 10, 7)),
    ("<p>تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</p>", "ar", dt.date(2020, 4, 24)),
    ("<p>2023.11.07 10:22</p>", "ko", dt.date(2023, 11, 7)),
    ("<table><tr><td>26 | 01 | 2022 </td><td>Schweiz | Praxis</td></tr></table>", "de",
     dt.date(2022, 1, 26)),
])
def test_date_line_under_the_headline(line: str, lang: str, expected: dt.date) -> None:
    article = parse(page(after=line, lang=lang), adapter="generic")
    assert article.published == expected
    assert type(article.published) is dt.date  # a visible day stays a day
    assert article.provenance["published"] == "html:near-headline"


def test_date_above_the_headline_counts_too() -> None:
    article = parse(page(before="<p class='kicker'>3. Mai 2024</p>"), adapter="generic")
    assert article.published == dt.date(2024, 5, 3)


def test_nearest_date_wins_and_an_update_is_not_the_publication() -> None:
    after = ("<p>Aktualisiert am 06.05.2024</p><p>Erschienen am 03.05.2024</p>"
             "<p>Die Messe vom 01.06.2024 wird verschoben.</p>")
    article = parse(page(after=after), adapter="generic")
    assert article.published == dt.date(2024, 5, 3)
    assert article.modified == dt.date(2024, 5, 6)  # the update is the modified date
    only_update = parse(page(after="<p>Aktualisiert am 06.05.2024</p>"), adapter="generic")
    assert only_update.modified == dt.date(2024, 5, 6)
    assert only_update.published is None  # unknown, not the update


@pytest.mark.parametrize("trap", [
    "<p>© 2019–2024 Beispiel Verlag, 01.02.2024</p>",
    "<aside class='related'><p>Auch lesenswert (02.02.2024)</p></aside>",
    "<script>var d = '03.02.2024';</script>",
    "<div class='comments'><p>Leser am 04.02.2024: stimmt</p></div>",
])
def test_never_taken(trap: str) -> None:
    article = parse(page(after=trap), adapter="generic")
    assert article.published is None


def test_dates_after_the_fetch_day_or_far_from_the_headline_are_not_taken() -> None:
    future = parse(page(after="<p>12.12.2024</p>"), adapter="generic",
                   fetched=dt.date(2024, 6, 1))
    assert future.published is None
    far = parse(page(tail="<div>" + "Weitere Zeilen. " * 200 + "<p>05.05.2020</p></div>"),
                adapter="generic")
    assert far.provenance["published"] == "html:page-text"  # weaker evidence, not the line


def test_page_wide_date_is_the_last_resort() -> None:
    far = "<div>" + "Weitere Zeilen. " * 200 + "<p class='teaser'>Am 05.05.2020</p></div>"
    article = parse(page(tail=far + "<footer>06.06.2021</footer>"), adapter="generic")
    assert article.published == dt.date(2020, 5, 5)
    assert article.provenance["published"] == "html:page-text"
    nav_only = parse(page(), adapter="generic")  # the only date is in the navigation
    assert nav_only.published is None
    from_url = parse(page(tail=far), url="https://example.de/2021/03/04/a-story/",
                     adapter="generic")
    assert from_url.provenance["published"] == "url"  # the URL comes first


def test_page_wide_a_date_inside_a_sentence_is_an_event_not_the_publication() -> None:
    far = "<div>" + "Weitere Zeilen. " * 200
    prose = ("<p>Das Projekt startete am 20.11.2008, ein paar Tage später traf das Paket bei mir "
             "zu Hause ein, und seitdem teste ich es jeden Tag.</p>")
    article = parse(page(tail=far + prose + "</div>"), adapter="generic")
    assert article.published is None
    line = "<p class='info'>14.01.2022</p>"
    article = parse(page(tail=far + prose + line + "</div>"), adapter="generic")
    assert article.published == dt.date(2022, 1, 14)  # the short date line, not the event


@pytest.mark.parametrize("paragraph", [
    # a cited paper's date in a tail after <i> (as on internetchemie.info, fixtures/generic/
    # real-date-in-running-text-internetchemie)
    "<p>Quelle: A. Beispiel, B. Muster et al., <i>Science</i>; Vol. 371, Issue 6526, "
    "pp. 260 - 264, <b>15. Januar 2021</b>, DOI 10.1126/science.abe4688</p>",
    # an event's date in bold inside a sentence, the text around it in other nodes
    "<p>Das Projekt der Gruppe aus dem Westviertel startete nach langer Planung am "
    "<b>20.11.2008</b> mit einem Fest, <a href='/x'>ein paar Tage</a> später kam das Paket.</p>",
    # a <div> of running text (no block inside), the date in a link
    "<div class='para'>Nach der Trennung gründete sie ein eigenes Label und begann eine neue "
    "Phase. <a href='/y'>Am 3. Dezember 2006</a> trat sie beim Festival in Taipeh auf.</div>",
])
def test_page_wide_a_date_in_a_paragraphs_running_text_is_not_taken(paragraph: str) -> None:
    """The date's own text node is short (markup splits the sentence) but the paragraph
    around it is running text and the date is not at its opening."""
    far = "<div>" + "Weitere Zeilen. " * 200
    article = parse(page(tail=far + paragraph + "</div>"), adapter="generic")
    assert article.published is None


@pytest.mark.parametrize(("block", "expected"), [
    # a date line opening a long paragraph (a dateline) is still the date
    ("<p><b>Dornbirn, 24.07.2017</b> – Einige Mitglieder fahren voraussichtlich im August "
     "hin und sind beim Sommercamp mit mehreren Themenschwerpunkten dabei.</p>",
     dt.date(2017, 7, 24)),
    # a byline block padded with white space is short as shown (laprensafl.com)
    ("<div class='author_and_date'>" + "\n\t\t\t" * 40 + "<span>Por:</span>" + "\t" * 40
     + "<a href='/autor/x'><span>Jana Beispiel</span></a>" + "\t" * 60
     + "<time>| 17 de Febrero 2020</time></div>", dt.date(2020, 2, 17)),
    # a <div> holding blocks is no paragraph: its date line is read as before
    ("<div><p>Ein Absatz mit genug Text, um die ganze Umgebung lang zu machen, weit über "
     "hundertzwanzig Zeichen hinaus, wie in einem Artikel.</p><span>Am 05.05.2020</span></div>",
     dt.date(2020, 5, 5)),
])
def test_a_date_opening_a_block_or_in_a_short_one_is_still_taken(
        block: str, expected: dt.date) -> None:
    far = "<div>" + "Weitere Zeilen. " * 200
    article = parse(page(tail=far + block + "</div>"), adapter="generic")
    assert article.published == expected


@pytest.mark.parametrize("label", ["<label>Letzte Änderung:</label>", "<b>last edited</b>",
                                   "<span>Aktualisiert am</span>"])
def test_an_update_label_in_the_node_before_the_date(label: str) -> None:
    far = "<div>" + "Weitere Zeilen. " * 200
    line = f"<div>{label} <span>14.01.2022</span></div>"
    article = parse(page(tail=far + line + "</div>"), adapter="generic")
    assert article.published is None  # an update date alone: the publication is unknown


@pytest.mark.parametrize(("head", "expected", "source"), [
    # a CMS's generic "date" meta names another day: the line under the headline wins
    ("<meta name='date' content='2021-10-15'>", dt.date(2021, 10, 13), "html:near-headline"),
    # a day without a clock a day away cannot be a time zone's shift: the line wins
    ("<meta name='date' content='2021-10-14'>", dt.date(2021, 10, 13), "html:near-headline"),
    # within a day of the line with a clock and zone: the meta tag, with its precision, stays
    ("<meta name='date' content='2021-10-14T01:30:00+02:00'>",
     dt.datetime(2021, 10, 14, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))), "meta:date"),
    # article:published_time is trusted over the visible line
    ("<meta property='article:published_time' content='2021-10-15'>", dt.date(2021, 10, 15),
     "meta:article:published_time"),
])
def test_generic_meta_date_yields_to_the_line_under_the_headline(
        head: str, expected: dt.date, source: str) -> None:
    html = page(after="<p>13.10.2021</p>").replace("</title>", "</title>" + head)
    article = parse(html, adapter="generic")
    assert article.published == expected
    assert article.provenance["published"] == source


def _declared(html: str, published: str, kind: str = "NewsArticle", meta: str = "") -> str:
    ld = (f'<script type="application/ld+json">{{"@type": "{kind}", '
          f'"headline": "Ein Titel für Tests", "datePublished": "{published}"}}</script>')
    return html.replace("</title>", "</title>" + ld + meta)


UTC = dt.timezone.utc


@pytest.mark.parametrize(("published", "line", "url", "expected", "source"), [
    # stored in UTC late in the evening: the page prints the local (next) day
    ("2019-10-18T22:04:00Z", "<p>19.10.2019, 00:04 Uhr</p>", None, dt.date(2019, 10, 19),
     "html:near-headline"),
    # early in the UTC morning, a day before on an American page: the URL's day
    ("2023-11-09T03:28:35+00:00", "", "https://example.com/2023/11/08/story/",
     dt.date(2023, 11, 8), "url"),
    # the printed day agrees with the UTC day: the instant stays
    ("2019-10-18T22:04:00Z", "<p>18.10.2019</p>", None,
     dt.datetime(2019, 10, 18, 22, 4, tzinfo=UTC), "jsonld:NewsArticle.datePublished"),
    # mid-afternoon UTC is the next day nowhere a newsroom is: another date (an update)
    ("2024-08-04T13:23:00Z", "<p>05.08.2024</p>", None,
     dt.datetime(2024, 8, 4, 13, 23, tzinfo=UTC), "jsonld:NewsArticle.datePublished"),
    # an instant with a local offset is never moved
    ("2022-05-05T21:00:00-05:00", "<p>06.05.2022</p>", None,
     dt.datetime(2022, 5, 5, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
     "jsonld:NewsArticle.datePublished"),
])
def test_a_utc_instant_takes_the_day_the_page_prints(
        published: str, line: str, url: str | None, expected: dt.date, source: str) -> None:
    article = parse(_declared(page(after=line), published), url=url, adapter="generic")
    assert article.published == expected
    assert type(article.published) is type(expected)  # a printed day stays a day
    assert article.provenance["published"] == source


def test_the_same_instant_in_a_local_zone_is_preferred_to_the_printed_day() -> None:
    meta = "<meta itemprop='datePublished' content='2023-11-08T21:11:03-05:00'>"
    html = _declared(page(after="<p>08.11.2023</p>"), "2023-11-09T02:11:03+00:00", meta=meta)
    article = parse(html, adapter="generic")
    assert article.published == dt.datetime(2023, 11, 8, 21, 11, 3,
                                             tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert article.provenance["published"] == "meta:datepublished"


def test_disagreeing_declared_instants_the_printed_day_decides() -> None:
    meta = "<meta property='article:published_time' content='2023-11-06T14:25:00+00:00'>"
    html = page(after="<p>06.11.2023</p>")
    article = parse(_declared(html, "2023-11-03T10:25:56+00:00", meta=meta), adapter="generic")
    assert article.published == dt.datetime(2023, 11, 6, 14, 25, tzinfo=UTC)
    assert article.provenance["published"] == "meta:article:published_time"
    # without a printed line, or when it names neither, the JSON-LD stays
    for other in ("", "<p>01.11.2023</p>"):
        kept = parse(_declared(page(after=other), "2023-11-03T10:25:56+00:00", meta=meta),
                     adapter="generic")
        assert kept.provenance["published"] == "jsonld:NewsArticle.datePublished"
    # a declared time without a zone is a witness too (its day, as a date)
    naive = "<meta property='article:published_time' content='2022-01-06T08:29:34'>"
    shown = parse(_declared(page(after="<p>06.01.2022</p>"), "2022-01-04T07:29:00+00:00",
                            meta=naive), adapter="generic")
    assert shown.published == dt.date(2022, 1, 6)
    assert shown.provenance["published"] == "meta:article:published_time"
    # a print edition's clockless meta date is no witness against the JSON-LD
    edition = "<meta name='date' content='2024-04-26'>"
    jw = parse(_declared(page(after="<p>26.04.2024</p>"), "2024-04-25T19:30:04+02:00",
                         meta=edition), adapter="generic")
    assert jw.provenance["published"] == "jsonld:NewsArticle.datePublished"


def test_a_date_line_showing_the_declared_modification_makes_it_the_published_value() -> None:
    modified = "<meta property='article:modified_time' content='2022-01-12T14:27:30+00:00'>"
    html = _declared(page(after="<p>12.01.2022</p>"), "2021-11-29T14:13:37+00:00", meta=modified)
    article = parse(html, adapter="generic")
    assert article.published == dt.datetime(2022, 1, 12, 14, 27, 30, tzinfo=UTC)
    assert article.provenance["published"] == "meta:article:modified_time"
    assert [w.code for w in article.warnings if w.field == "published"] == ["published_as_shown"]
    # an update label, a line naming neither day, or no declared modification: the JSON-LD stays
    for line, meta in (("<p>Aktualisiert am 12.01.2022</p>", modified),
                       ("<p>13.01.2022</p>", modified), ("<p>12.01.2022</p>", "")):
        kept = parse(_declared(page(after=line), "2021-11-29T14:13:37+00:00", meta=meta),
                     adapter="generic")
        assert kept.provenance["published"] == "jsonld:NewsArticle.datePublished"
        assert not [w for w in kept.warnings if w.code == "published_as_shown"]
    # a modification within a day (a correction the same night, shown by the headline as the
    # story's latest time) leaves the declared publication alone
    night = "<meta property='article:modified_time' content='2024-12-04T00:06:42+09:00'>"
    same = parse(_declared(page(after="<p>2024/12/04 00:05</p>"), "2024-12-03T23:17:00+09:00",
                           meta=night), adapter="generic")
    assert same.provenance["published"] == "jsonld:NewsArticle.datePublished"


def test_a_live_blog_keeps_its_declared_start() -> None:
    html = _declared(page(after="<p>19.10.2019</p>"), "2019-10-18T22:04:00Z",
                     kind="LiveBlogPosting")
    article = parse(html, adapter="generic")
    assert article.published == dt.datetime(2019, 10, 18, 22, 4, tzinfo=UTC)


@pytest.mark.parametrize(("classes", "expected"), [
    # WordPress themes put the hAtom word "updated" on the post's one date
    ("vw-post-date updated", dt.date(2022, 2, 2)),
    ("entry-date published updated", dt.date(2022, 2, 2)),
    # a class that names an update is one
    ("date-updated", None),
    ("updated", None),
])
def test_the_hatom_updated_class_beside_a_date_class_is_no_update(
        classes: str, expected: dt.date | None) -> None:
    line = f"<p><a class='{classes}'>2. Februar 2022</a></p>"
    article = parse(page(after=line), adapter="generic")
    assert article.published == expected


def test_by_the_headline_a_date_inside_the_lede_is_an_event_unless_it_opens_it() -> None:
    lede = ("<p>Einige Mitglieder aus Dornbirn fahren voraussichtlich am 23.-26.8.2017 hin und "
            "sind beim Sommercamp mit mehreren Themenschwerpunkten dabei.</p>")
    assert parse(page(after=lede), adapter="generic").published is None
    dateline = ("<p>Dornbirn, 24.07.2017 – Einige Mitglieder fahren voraussichtlich im August "
                "hin und sind beim Sommercamp mit mehreren Themenschwerpunkten dabei.</p>")
    assert parse(page(after=dateline), adapter="generic").published == dt.date(2017, 7, 24)


def test_a_header_holding_the_headline_is_the_articles_not_the_sites_masthead() -> None:
    body = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"
    top = ("<header class='header'><div class='page-header'><h1>Ein Titel für Tests"
           "<h4 class='author'>Veröffentlicht am <time class='date updated published' "
           "datetime='2020-02-23T10:07:02+01:00'>23. Februar 2020</time></h4></h1></div></header>")
    html = (f"<html lang='de'><head><title>Ein Titel für Tests</title></head><body>{top}"
            f"<div class='post'>{body}</div></body></html>")
    assert parse(html, adapter="generic").published is not None
    # today's date in the site's header beside a logo heading is still refused
    logo = ("<header><h1><a href='/'></a></h1><span class='today'>Mittwoch, 02.12.2020</span>"
            "</header><article><h2>Ein Titel für Tests</h2>" + body + "</article>")
    site = (f"<html lang='de'><head><title>Ein Titel für Tests</title></head><body>{logo}"
            "</body></html>")
    assert parse(site, adapter="generic").published is None


def test_a_sidebar_layouts_main_column_holds_the_article_not_a_sidebar() -> None:
    body = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"
    declared = ('<script type="application/ld+json">{"@type": "NewsArticle", '
                '"headline": "Un titular", "datePublished": "2022-05-04T00:25:56Z"}</script>')

    def layout(column: str) -> str:
        return (f"<html lang='es'><head><title>Un titular</title>{declared}</head><body>"
                f"<h1>Un titular</h1><div class='lay-sidebar'><div class='{column}'>"
                f"<span class='mod-date'><time class='com-date'>3 de mayo de 2022</time>"
                f"<time class='com-hour'>21:25</time></span>{body}</div></div></body></html>")

    # BEM: "sidebar__main" is the main column of the "sidebar" layout block: its date line
    # shows the local day of the UTC instant declared
    assert parse(layout("sidebar__main"), adapter="generic").published == dt.date(2022, 5, 3)
    # its other column is the sidebar, whose dates are the teasers': the declared instant stays
    assert parse(layout("sidebar__aside"), adapter="generic").published == dt.datetime(
        2022, 5, 4, 0, 25, 56, tzinfo=dt.timezone.utc)


def test_a_data_date_attribute_in_the_articles_header_dates_the_page() -> None:
    body = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"
    timeline = "<div class='timeline'><div data-date='18. März 2020'></div></div>"

    def html(top: str, header: str) -> str:
        return (f"<html lang='de'><head><title>Achtsam durch die Krise</title></head><body>"
                f"{top}<article>{header}{body}</article></body></html>")

    own = f"<header class='article-header'><h1>Achtsam durch die Krise</h1>{timeline}</header>"
    article = parse(html("", own), adapter="generic")
    assert article.published == dt.date(2020, 3, 18)
    assert article.provenance["published"] == "html:header-attribute"
    # the same story's teaser above it (an <h2> showing the headline) does not hide the <h1>
    teaser = "<div class='list'><h2><a href='/a'>Achtsam durch die Krise</a></h2></div>"
    assert parse(html(teaser, own), adapter="generic").published == dt.date(2020, 3, 18)
    # the site's masthead is not the article's header: its attributes date nothing
    masthead = f"<header class='site'><a href='/'>Logo</a>{timeline}</header>"
    plain = "<h1>Achtsam durch die Krise</h1>"
    assert parse(html(masthead, plain), adapter="generic").published is None


def test_a_page_showing_only_an_update_date_has_it_as_modified_not_published() -> None:
    more = "<p>" + "Noch mehr Text des Artikels, weit unter der Überschrift. " * 40 + "</p>"
    footer = more + "<p>Letzte Änderung: 14.01.2022 um 09:25</p><p>Seitenaufrufe: 5540</p>"
    article = parse(page(tail=footer), adapter="generic")
    assert article.published is None
    assert article.modified == dt.date(2022, 1, 14)
    assert article.provenance["modified"] == "html:page-text"
    # a page that declares its dates keeps them: a labelled line far down is not read
    declared = ('<script type="application/ld+json">{"@type": "NewsArticle", '
                '"datePublished": "2022-01-20T10:00:00Z"}</script>')
    html = page(tail=footer).replace("</head>", declared + "</head>")
    assert parse(html, adapter="generic").modified is None


def test_a_date_element_after_an_update_label_is_no_publication_date() -> None:
    more = "<p>" + "Noch mehr Text des Artikels, weit unter der Überschrift. " * 40 + "</p>"
    info = ("<div id='page-info'>page revision: 8, last edited: <span class='odate'>"
            "17 Jun 2018 15:15</span></div>")
    article = parse(page(tail=more + info, lang="en"), adapter="generic")
    assert article.published is None
    assert article.modified == dt.date(2018, 6, 17)
    # the same element without the label is the page's date line
    plain = info.replace("last edited: ", "")
    assert parse(page(tail=more + plain, lang="en"), adapter="generic").published == dt.date(
        2018, 6, 17)


def test_the_date_finders_give_what_the_date_pattern_gives() -> None:
    """The fast search (each shape's finder, then the pattern tried where one matches) must
    yield exactly ``_DATE.finditer``'s matches, over whole texts and slices of them."""
    import random

    from newsparse import words
    from newsparse.extract import visible_dates

    rng = random.Random(11)
    months = list(words.months())

    def month() -> str:
        name = rng.choice(months)
        return rng.choice([name, name.upper(), name.capitalize(), name[:3]])

    def num() -> str:
        return rng.choice(["0", "1", "3", "4", "9", "12", "25", "31", "07", "99"])

    def year() -> str:
        return rng.choice(["19", "20", "18", "2"]) + num().zfill(2)

    def sep() -> str:
        return rng.choice([".", "/", "|", "-", ". ", " | "])

    shapes = [
        lambda: num() + sep() + num() + sep() + rng.choice([year(), num()]),
        lambda: num() + rng.choice(["", ".", "th", "er", "º"]) + rng.choice([" ", " de ", " of "])
        + month() + rng.choice(["", ".", ",", " / " + month()])
        + rng.choice([" ", " de ", "\x00", "  "]) + year(),
        lambda: month() + rng.choice(["", "."]) + rng.choice([" ", "\n", "\x00"]) + num()
        + rng.choice(["", "st", ","]) + " " + year(),
        lambda: year() + sep() + num() + sep() + num(),
        lambda: year() + rng.choice(["年", "년"]) + num() + rng.choice(["月", "월"]) + num() + "日",
    ]
    noise = ["", " ", "x", "a", "1", ".", "\x00", "Mai", "|", "é", "_", "٣", "in "]
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(noise) + rng.choice(shapes)() + rng.choice(noise)
                       for _ in range(rng.randint(1, 4)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for start, end in ((0, len(text)), (lo, hi)):
            expected = [(m.span(), m.groupdict())
                        for m in visible_dates._DATE.finditer(text, start, end)]
            found = [(m.span(), m.groupdict())
                     for m in visible_dates._date_matches(text, start, end)]
            assert found == expected, (text, start, end)
            matched += len(expected)
    assert matched > 300  # the texts hold dates of every shape


def test_the_month_then_day_finder_is_found_from_the_days_digit() -> None:
    """``_month_day_place`` (digits after a blank first, the words before them read back)
    gives the place the month-then-day finder's own search gives, at any start and end."""
    import random

    from newsparse import words
    from newsparse.extract import visible_dates

    finder = visible_dates._MONTH_DAY_FINDER
    assert finder is not None
    rng = random.Random(23)
    months = list(words.months())
    pieces = [" ", "  ", "\n", "\t", "\xa0", "\x00", ".", ",", "_", "x", "é", "de ", "of ",
              "1", "25", "2024", "٣", "²", "Ⅻ", "|", "-"]

    def month() -> str:
        name = rng.choice(months)
        return rng.choice([name, name.upper(), name.capitalize(), name[:3]])

    def piece() -> str:
        draw = rng.random()
        if draw < 0.2:  # a month-then-day date, its parts apart by any blanks
            return (month() + rng.choice(["", "."]) + rng.choice(pieces[:5])
                    + rng.choice(["3", "25", "٣"]) + rng.choice(["", "th", ","]) + " "
                    + rng.choice(["2024", "1999", "24"]))
        return month() if draw < 0.5 else rng.choice(pieces)

    found = 0
    for _ in range(4000):
        text = "".join(piece() for _ in range(rng.randint(1, 14)))
        at = rng.randint(1, max(1, len(text)))
        for end in (len(text), rng.randint(at, max(at, len(text)))):
            hit = finder.search(text, at - 1, end)
            expected = hit.start() + 1 if hit else end
            assert visible_dates._month_day_place(finder, text, at, end) == expected, (
                text, at, end)
            found += expected < end
    assert found > 300  # the texts hold month-then-day dates


def test_a_date_node_counted_from_the_heading_is_the_one_counted_from_the_body() -> None:
    """``BodyText.node(index, near=heading)`` walks from the heading (preceding, own and
    following text nodes): the same node as the walk from ``<body>``, on seeded tag soups with
    tails, comments, scripts, empty and nested elements around the heading."""
    import random

    import lxml.html

    from newsparse.extract.visible_dates import _BODY_NODES, BodyText

    rng = random.Random(7)
    tags = ["div", "p", "span", "b", "script", "em", "li", "section"]

    def soup(depth: int) -> str:
        parts = []
        for _ in range(rng.randint(0, 4)):
            draw = rng.random()
            if draw < 0.3:
                parts.append(rng.choice(["text ", "\n", "3. Mai 2024", "x", " "]))
            elif draw < 0.4:
                parts.append("<!-- note -->" + rng.choice(["", "tail"]))
            elif draw < 0.5:
                parts.append(rng.choice(["<br>", "<img src=x>", "<i></i>"]))
            elif depth < 4:
                tag = rng.choice(tags)
                parts.append(f"<{tag}>{soup(depth + 1)}</{tag}>" + rng.choice(["", "after"]))
        return "".join(parts)

    checked = 0
    for _ in range(300):
        heading = f"<h1>{rng.choice(['', 'A head', '<span>A</span> head', '<i></i>'])}</h1>"
        html = ("<html><head><title>t</title><script>var a;</script></head><body>"
                f"{soup(0)}<div>{soup(1)}{heading}{rng.choice(['', 'tail'])}{soup(1)}</div>"
                f"{soup(0)}</body></html>")
        body = lxml.html.document_fromstring(html).find("body")
        head = body.find(".//h1")
        nodes = BodyText(body)
        if nodes.head_at(head) < 0:
            continue
        every = _BODY_NODES(body)
        for index, node in enumerate(every):
            near = nodes.node(index, near=head)
            assert str(near) == str(node) and near.getparent() is node.getparent()
            assert near.is_tail == node.is_tail
            checked += 1
    assert checked > 3000


def test_a_declared_date_overruled_by_the_printed_day_is_named_in_a_warning() -> None:
    declared = ('<script type="application/ld+json">{"@type": "NewsArticle", '
                '"headline": "Ein Titel für Tests", "datePublished": "2022-05-04T00:25:56Z"}'
                '</script>')
    html = page(after="<p>03.05.2022</p>").replace("</head>", declared + "</head>")
    article = parse(html, adapter="generic")
    assert article.published == dt.date(2022, 5, 3)
    codes = {(w.code, w.field) for w in article.warnings}
    assert ("published_as_printed", "published") in codes
    assert ("fallback_source", "published") not in codes  # the page does declare a date
    note = next(w for w in article.warnings if w.code == "published_as_printed")
    assert "2022-05-04T00:25:56+00:00" in note.message
