"""The visible standfirst: never a figure caption."""

from __future__ import annotations

from newsparse import parse

PROSE = "<p>" + "The council voted on Tuesday to rebuild the old harbour bridge. " * 4 + "</p>"
CAPTION = "A crane lifts the first span of the new harbour bridge on Monday. (Photo/Jane Doe)"


def _page(lead: str) -> str:
    return ("<html><head><meta property='og:description' content='The council chose a rebuild "
            "over repairs after ten years of debate.'></head><body><article>"
            f"<h1>Harbour bridge to be rebuilt</h1>{lead}<div class='text'>{PROSE * 3}</div>"
            "</article></body></html>")


def test_a_lead_photo_caption_is_not_the_subtitle() -> None:
    # A lead-photo block whose image is a script-filled placeholder, its caption given twice
    # (desktop and tablet copies), as on an AP News page.
    lead = ("<div class='LeadFeature'><div class='placeholder'></div>"
            f"<div class='count-caption ssr-desktop'><div class='embed-caption'>{CAPTION}</div>"
            f"</div><div class='count-caption ssr-tablet'><div class='embed-caption'>{CAPTION}"
            "</div></div></div>")
    article = parse(_page(lead), adapter="generic")
    assert article.subtitle == ("The council chose a rebuild over repairs after ten years of "
                                "debate.")
    assert article.provenance["subtitle"] == "meta:og:description"


def test_a_lead_paragraph_is_still_the_subtitle() -> None:
    lead = ("<div class='LeadFeature'><p>After ten years of debate the council chose a rebuild "
            "over repairs.</p></div>")
    article = parse(_page(lead), adapter="generic")
    assert article.subtitle == "After ten years of debate the council chose a rebuild over repairs."
    assert article.provenance["subtitle"] == "html:standfirst"
