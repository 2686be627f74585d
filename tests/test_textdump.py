"""Reading text-browser dumps and browser copies of any site (newsparse.extract.textdump)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from conftest import skip_unless_present

import newsparse
from newsparse.extract.archived import original_url
from newsparse.extract.textdump import element_text, read_dump

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _texts(text: str) -> list[tuple[str, bool]]:
    return [(line.text, line.bullet) for line in read_dump(text)]


def test_lynx_marks_buttons_fields_and_references() -> None:
    raw = "\n".join([
        "   #[1]Feed [2]Comments", "   [3]Skip to content", "", "     * [4]News",
        "   (BUTTON) Sign in", "   Email ____________________", "   [ ] Remember Me", "",
        "   [5]Jun-ho Seo November 19, 2019", "",
        "   North Korea’s agriculture ministry has ordered collective farms to set aside",
        "   more land for soybeans this year, according to instructions broadcast on",
        "   state radio, in a shift that specialists say reflects worries about",
        "   protein supply rather than a new economic policy. The order, read out on",
        "   Korean Central Broadcasting on Tuesday, asks farms in the western grain",
        "   belt to plant soybeans on at least a fifth of their fields.", "",
        "   [IMG]", "   (BUTTON) Read More", "", "References", "", "   1. https://example.org/",
        "   2. https://example.org/news/",
    ])
    lines = read_dump(raw)
    assert [(text[:30], bullet) for text, bullet in _texts(raw)] == [
        ("Skip to content", False), ("News", True), ("Sign in", False), ("Email", False),
        ("Remember Me", False), ("Jun-ho Seo November 19, 2019", False),
        ("North Korea’s agriculture mini", False), ("Read More", False),
    ]
    body = lines[6]
    assert body.text.endswith("at least a fifth of their fields.") and "  " not in body.text
    assert len(body.parts) == 6 and body.gap


def test_w3m_links_elinks_and_html2text_marks() -> None:
    w3m = "  • NK Pro\n      □ Analysis\n\n[tractor-plant-kcna][photo-1024x576]\n[Read More]\nEnd."
    assert _texts(w3m) == [("NK Pro", True), ("Analysis", True), ("Read More", False),
                           ("End.", False)]
    links = "   Link: canonical\n   Link: shortlink\n   Headline here"
    assert _texts(links) == [("Headline here", False)]
    elinks = "     •\u00a0[18]Analysis & Opinion\n     •\u00a0[19]Photos"
    assert _texts(elinks) == [("Analysis & Opinion", True), ("Photos", True)]
    html2text = ("    * NK_Pro\n    * KCNA_Watch\n    * Ask_a_North_Korean\n"
                 "**** Old friends, new terms ****\nLukas_Varga October 31, 2019")
    assert _texts(html2text)[2:] == [
        ("Ask a North Korean", True), ("Old friends, new terms", False),
        ("Lukas Varga October 31, 2019", False),
    ]
    # Without underscored menus, an underscore in the text is the text's own.
    assert _texts("see file_name.txt") == [("see file_name.txt", False)]


def test_wrapped_lines_join_per_indentation_and_east_asian_width() -> None:
    # The quote wraps at a narrower margin than the body; the CJK line is wider than it looks.
    body = [
        "   The agreements signed there say more about both countries’ search for",
        "   partners than the short reports suggested. Minsk offered to assemble",
        "   tractors and trucks for North Korean farms, and Pyongyang offered what",
        "   it usually offers. It took place near Thitu Island (Jhongye, 中業島),",
        "   a Philippine-garrisoned island in the Spratly group, officials said.",
        "   A new paragraph starts here.",
        "",
        "     Neither government expects the deal to change its economy, but",
        "     both want to show they still have friends",
        "",
        "   Short line one.",
        "   Short line two.",
    ]
    lines = read_dump("\n".join(body))
    assert [len(line.parts) or 1 for line in lines] == [5, 1, 2, 1, 1]
    assert lines[0].text.endswith("officials said.") and "中業島" in lines[0].text
    assert lines[2].indent == 5


def test_a_copy_without_wrapping_keeps_its_lines() -> None:
    text = ("Headline of the piece\nA standfirst line that runs on for a while\n\n"
            + "A paragraph that is much longer than any terminal line would ever be. " * 3)
    assert [len(line.parts) for line in read_dump(text)] == [0, 0, 0]


def test_element_text_lays_blocks_on_lines() -> None:
    root = lxml.html.fragment_fromstring(
        "<div><h3>Title</h3><p>One <b>bold</b> word.</p><script>x()</script>"
        "<div>Two<br>Three</div><hr><p>Four</p></div>"
    )
    assert [line.text for line in read_dump(element_text(root))] == [
        "Title", "One bold word.", "Two", "Three", "Four",
    ]


@pytest.mark.publisher_page("fixtures/generic/body-related-teasers-taipeitimes")
@pytest.mark.parametrize("tool", ["lynx", "w3m"])
def test_generic_adapter_reads_a_dump_of_a_corpus_page(tool: str) -> None:
    """The same real page as HTML and as a text-browser dump: same headline, the same
    article paragraphs (the dump may keep a standfirst or a dateline the HTML body leaves)."""
    html_case = FIXTURES / "generic" / "body-related-teasers-taipeitimes"
    expected = json.loads((html_case / "expected.json").read_text(encoding="utf-8"))
    dump = FIXTURES / "generic" / f"dump-{tool}-taipeitimes" / "input.txt"
    skip_unless_present(dump.parent)
    article = newsparse.parse(dump)
    assert article.adapter == "generic"
    assert article.title == expected["title"]
    text = "\n".join(block.text for block in article.body)
    want = [block["text"] for block in expected["body"]]
    # Paragraphs may be merged where the page separates them by <br> alone (the dump then has
    # no blank line between them and a full last line looks wrapped): compare the text.
    places = [text.find(paragraph) for paragraph in want]
    found = [place for place in places if place >= 0]
    missing = [w[:40] for w, p in zip(want, places, strict=True) if p < 0]
    assert len(found) >= 0.85 * len(want), missing
    assert found == sorted(found)
    assert "You might also like" not in text and "Most Popular" not in text


def test_original_url_of_archived_copies() -> None:
    orig = "https://www.nknews.org/2019/10/why/"
    assert original_url(f"https://web.archive.org/web/20191106093512/{orig}") == orig
    assert original_url(f"//web.archive.org/web/20191106093512im_/{orig}") == orig
    assert original_url("https://web.archive.org/web/2019/https:/example.org/a") == (
        "https://example.org/a"
    )
    assert original_url(orig) is None
