"""newsparse.kit: the example adapter of docs/adapters.md runs, and the kit is what the generic
finders use."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import lxml.etree
import pytest
from conftest import every_page_shipped

from newsparse import Registry, kit, parse
from newsparse.api import read_page
from newsparse.extract import metadata
from newsparse.extract.body.treetext import text_of
from newsparse.kit.selectors import _holds_not_text, block_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# The repository's first 60 HTML fixture pages hold over 20,000 elements; the sdist leaves the
# publisher pages out, and its own pages hold about 1,700.
SHIPPED_ALL = every_page_shipped(FIXTURES)

DOC = Path(__file__).resolve().parent.parent / "docs" / "adapters.md"

PAGE = """<html><head>
<meta property="og:title" content="Harbour bridge to be rebuilt | The Example Times">
<meta name="example:desk" content="Local">
<link rel="canonical" href="https://example-times.com/local/harbour-bridge">
</head><body><h1>Harbour bridge to be rebuilt</h1>
<p class="standfirst">After ten years of debate the council chose a rebuild.</p>
<span class="writer">By Jane Doe and John Roe</span>
<p class="filed">Filed 3 May 2024, 10:15 BST</p>
<div class="story-body"><p>The council voted on Tuesday to rebuild the old bridge.</p>
<p>Work starts next spring.</p></div></body></html>"""


def _doc_example() -> type[kit.SiteAdapter]:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## An example adapter"):]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code, "docs/adapters.md lost its example adapter"
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), str(DOC), "exec"), namespace)  # noqa: S102 - our own doc
    adapter = namespace["ExampleTimes"]
    assert issubclass(adapter, kit.SiteAdapter)
    return adapter


def test_the_documented_example_adapter_runs() -> None:
    adapter = _doc_example()
    article = parse(PAGE, registry=Registry([adapter]), strict=True)
    assert article.adapter == "exampletimes"  # routed by the canonical link's domain
    assert article.title == "Harbour bridge to be rebuilt"
    assert article.site == "The Example Times"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.section == "Local" and article.provenance["section"] == "meta:example:desk"
    assert article.published == dt.datetime(2024, 5, 3, 10, 15,
                                             tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert article.provenance["published"] == "site:exampletimes.published"
    assert article.paragraphs == (
        "After ten years of debate the council chose a rebuild.",
        "The council voted on Tuesday to rebuild the old bridge.",
        "Work starts next spring.",
    )


def test_the_generic_finders_use_the_kit() -> None:
    assert metadata.lookups.meta is kit.meta and metadata.lookups.jsonld is kit.jsonld
    # Constants, classes, then functions (ruff's RUF022 order).
    assert kit.__all__ == sorted(kit.__all__,
                                 key=lambda n: (not n.isupper(), not n[0].isupper(), n))
    for name in set(kit.__all__) - {"Selector", "SourceKind"}:  # type aliases: documented
        assert getattr(kit, name).__doc__, f"kit.{name} needs a docstring"


WALKED = """<html><body><div id="story">
<div id="teaser" style="display:none"><p>Hidden full text, first paragraph.</p>
<figure><p>A photo's caption.</p></figure>
<div class="share-bar"><p>Share this</p></div>
<p><strong>A bold subheading</strong></p>
<p><b>Bold, but a whole sentence of its own.</b></p>
<h6>A small heading</h6>
<ul><li>One item</li><li>Another<br>item</li></ul>
<div class="pull"><p>Dropped by the selector.</p></div>
</div></div>
<div id="inline">Only <span>inline</span> text</div></body></html>"""


def test_walk_reads_hidden_containers_and_skips_chrome() -> None:
    from newsparse.extract.analysis import Analysis
    from newsparse.page import Page

    page = Analysis(Page(WALKED))
    story = page.tree.get_element_by_id("story")
    found = kit.walk(story, skip_class=re.compile("share"),
                     dropped=set(story.find_class("pull")))
    assert [(b.kind, b.text) for b in found] == [
        ("paragraph", "Hidden full text, first paragraph."),
        ("heading", "A bold subheading"),
        ("paragraph", "Bold, but a whole sentence of its own."),
        ("heading", "A small heading"),
        ("list_item", "One item"),
        ("list_item", "Another item"),
    ]
    # Selected through kit.blocks: a container is walked, one without blocks is a paragraph.
    assert kit.blocks(page, "//div[@id='story']", drop="//div[@class='pull']",
                      skip_class=re.compile("share")) == tuple(found)
    inline = kit.blocks(page, "//div[@id='inline']")
    assert inline is not None and [b.text for b in inline] == ["Only inline text"]
    assert kit.blocks(page, "//div[@id='absent']") is None


def test_block_text_of_an_element_without_children_is_its_string_value() -> None:
    # block_text reads a childless element's .text instead of an XPath string(): the same
    # text on every element of every fixture page (and of a page with entities, CDATA-like
    # text, scripts and empty elements).
    string = lxml.etree.XPath("string()", smart_strings=False)
    root = Path(__file__).resolve().parent.parent / "fixtures"
    pages = sorted(root.glob("*/*/input.htm*"))[:60]
    texts = [p.read_bytes() for p in pages] + [
        b"<p>a &amp; b &lt;c&gt; &#65;&nbsp;</p><p></p><p> </p><script>x<y</script>"
        b"<title>t</title><textarea>q <b>r</b></textarea><p>one<!-- c -->two</p>"
    ]
    checked = 0
    for raw in texts:
        tree = read_page(raw).tree
        for el in tree.iter():
            if isinstance(el.tag, str) and not len(el) and el.tag not in ("br", "script",
                                                                          "style", "noscript"):
                assert block_text(el) == string(el), (el.tag, el.text)
                checked += 1
    assert checked > (5000 if SHIPPED_ALL else 500)


def test_the_text_of_an_element_is_its_string_value() -> None:
    # kit's block texts and NK News' HTML reading use the serializer's text method
    # (treetext.text_of), not the XPath string value: the same text on every element of 60
    # fixture pages.
    string = lxml.etree.XPath("string()", smart_strings=False)
    root = Path(__file__).resolve().parent.parent / "fixtures"
    checked = 0
    for path in sorted(root.glob("*/*/input.htm*"))[:60]:
        for el in read_page(path.read_bytes()).tree.iter():
            if isinstance(el.tag, str):
                assert text_of(el) == string(el), el.tag
                checked += 1
    assert checked > (20000 if SHIPPED_ALL else 1000)


def test_the_line_break_and_code_test_is_the_tag_filtered_iter() -> None:
    tags = ("br", "script", "style", "noscript")
    root = Path(__file__).resolve().parent.parent / "fixtures"
    pages = [p.read_bytes() for p in sorted(root.glob("*/*/input.htm*"))[:60]]
    pages.append(b"<div>" + b"<p><b>x</b></p>" * 20 + b"<br></div><p>a<br>b</p><script>s</script>")
    checked = 0
    for raw in pages:
        for el in read_page(raw).tree.iter():
            if isinstance(el.tag, str):
                assert _holds_not_text(el) == (next(el.iter(*tags), None) is not None), el.tag
                checked += 1
    assert checked > (20000 if SHIPPED_ALL else 1000)


ANCHOR_PAGE = """<html><body><div data-k="a"><p>one</p><h2>two</h2><div data-k="a"><p>three</p>
<ul><li>x</li><li><a href="/">y</a></li></ul></div><p>four</p></div>
<article><div class="t"><p>five</p></div><div class="s"><h2>six</h2></div><div class="t">
<p>seven</p></div></article><span data-k="b"><b>eight</b></span><p>nine</p></body></html>"""
ANCHOR_PATHS = (
    "//@data-k[.='a']/parent::div/p", "//@data-k[.='a']/parent::div//p",
    "//@data-k[.='a']/../*[self::p or self::h2][2]", "//@data-k[.='b']/parent::span//text()",
    "//article/div[@class='t']//p | //article/div[@class='s']//h2 | //p[last()]",
    "//article//p/@class", "//div[@data-k='a'][1]/p[1]", "//li[not(a)]/..//a",
    "//@data-k[.='zz']/parent::div/p", "//p/text() | //@data-k/..", "//article/p = 'x'",
    "(//p | //h2)/text()", "//@data-k[.='a']/parent::div/following-sibling::*[1]",
    "//@data-k[.='a']/parent::div/p | //article/div[@class='t']/p | //@data-k[.='b']/../b",
    "//div[@data-k='a']/p", "//*[contains(@data-k, 'a')]",
    "//span[starts-with(@data-k, 'b')]//text()", "(//@data-k[.='a']/parent::div/p | //article)/*",
    "//div[@data-k='']", "(//@data-k[.='a']/..)[2]",
    "//div[@class='t'][2]", "//div[contains(@class, '')]", "//@data-k[.='a']/parent::node()/h2",
    "//@data-k[.='b']/parent::div", "//p[@class='x'] | //h2[@class=\"\"]",
)


def _same_as_xpath(page: kit.Analysis, paths: tuple[str, ...]) -> int:
    """How many paths whose anchored evaluation (the kit's) gives what the XPath gives."""
    from newsparse.kit.selectors import _evaluate
    checked = 0
    for path in paths:
        direct = lxml.etree.XPath(path)(page.tree)
        assert _evaluate(page, path) == direct, path
        checked += 1
    return checked


def test_anchored_selectors_select_what_the_xpath_selects() -> None:
    from newsparse.kit.selectors import anchored
    page = kit.Analysis(read_page(ANCHOR_PAGE))
    assert _same_as_xpath(page, ANCHOR_PATHS) == len(ANCHOR_PATHS)
    # the branches of a union share the anchor they start from; an anchor alone is not cut
    assert anchored(ANCHOR_PATHS[4]) == (
        "$a0/div[@class='t']//p | $a0/div[@class='s']//h2 | //p[last()]", ("//article",))
    # an anchor alone is kept in its faster form (the attribute searched first), or left as it is
    assert anchored("//@data-k[.='a']/parent::div") == (
        "$a0", ("/descendant::div/@data-k[.='a']/..",))
    assert anchored("//div[@class='t']/p") == ("$a0/p", ("/descendant::div/@class[. = 't']/..",))
    assert anchored("//div[@class='t'][1]") is None  # two tests: the second may count positions
    assert anchored("//div") is None
    assert anchored("(//@data-k[.='a']/..)[2]") == (
        "($a0)[2]", ("/descendant::*/@data-k[.='a']/..",))
    assert anchored("//@data-k/p") is None  # an attribute has no children: left as it is
    assert anchored("(//p | //h2)/text()") is None


@pytest.mark.publisher_page(*(f"fixtures/{name}" for name in (
    "apnews/2023-wire-story", "bbc/2024-explainer", "guardian/2020-frontend",
    "guardian/2024-dcr", "hankookilbo/2025-politics", "reuters/2023-business",
    "voa/2024-ap-story")))
def test_the_site_adapters_selectors_select_what_their_xpath_selects() -> None:
    from newsparse.registry import default_registry
    checked = 0
    for case in sorted(FIXTURES.glob("*/*/meta.json")):
        name = case.parent.parent.name
        if name not in default_registry():
            continue
        adapter = default_registry().get(name)
        if not issubclass(adapter, kit.SiteAdapter):
            continue
        paths = tuple(
            alternative for attribute in dir(adapter) if attribute.endswith("_path")
            for alternative in ((lambda v: v if isinstance(v, tuple) else (v,))(
                getattr(adapter, attribute)))
            if alternative and not alternative.startswith(("meta:", "jsonld:")))
        page = next(case.parent.glob("input.htm*"), None)
        if page is None:
            continue  # a text page
        analysis = kit.Analysis(read_page(page.read_bytes()))
        analysis.selected.update(adapter._shared)  # as the adapter's parse starts
        checked += _same_as_xpath(analysis, paths)
    assert checked >= 20


SHARED_PATHS = (
    "//@data-k[.='a']/parent::div/p", "//@data-k[.='b']/parent::span//text()",
    "//div[@data-k='a']/p", "//@data-k[.='b']/parent::div", "//*[contains(@data-k, 'a')]",
    "//*[starts-with(@data-k, 'a')]", "//*[@data-k='b']", "//@data-k[.='zz']/parent::*",
    "//div[@class='t']/p", "//div[@class='s']//h2", "//div[contains(@class, 't')]",
    "//@class[starts-with(., 's')]/parent::div", "//span[@data-k='b']/b",
)


@pytest.mark.parametrize("order", [1, -1])
def test_anchors_searched_together_select_what_each_selects(order: int) -> None:
    from newsparse.kit.selectors import shared_searches
    shared = shared_searches(SHARED_PATHS)
    # the same elements' same attribute: one search for each group of tests
    assert {search.path for search in shared.values()} == {
        "/descendant::div/@data-k[.='a' or . = 'a' or .='b']/..",
        "/descendant::span/@data-k[.='b' or . = 'b']/..",
        "/descendant::*/@data-k[contains(., 'a') or starts-with(., 'a') or . = 'b'"
        " or .='zz']/..",
        "/descendant::div/@class[. = 't' or . = 's' or contains(., 't') or starts-with(., 's')]/..",
    }
    page = kit.Analysis(read_page(ANCHOR_PAGE.replace('class="s"', 'class="s t"')))
    page.selected.update(shared)
    assert _same_as_xpath(page, SHARED_PATHS[::order]) == len(SHARED_PATHS)


def test_a_jsonld_selector_decodes_entities_once_as_the_generic_finders_do() -> None:
    class Ampersands(kit.SiteAdapter):
        name = "ampersands"
        domains = ("ampersands.example",)
        title_path = "jsonld:headline"

    page = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Why &amp;lt;br&amp;gt; tags &amp; pages differ",
     "datePublished": "2024-05-03"}</script></head><body>
    <h1>Why &amp;lt;br&amp;gt; tags &amp; pages differ</h1>
    <p>The council voted on Tuesday to rebuild the old bridge over the harbour.</p>
    <p>Work starts next spring, the mayor said after the vote on the plan.</p></body></html>"""
    site = parse(page, url="https://ampersands.example/a", registry=Registry([Ampersands]))
    generic = parse(page, url="https://ampersands.example/a", adapter="generic")
    assert site.provenance["title"] == "site:ampersands.title"
    assert site.title == "Why &lt;br&gt; tags & pages differ"
    assert generic.title == site.title
