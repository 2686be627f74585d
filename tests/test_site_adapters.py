"""The site adapters: small, never worse than generic when their selectors miss, cheap."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from fixture_cases import ROOT

from newsparse import parse
from newsparse.extract.body import textmap
from newsparse.testing import builtin_registry

SITES = ("apnews", "bbc", "guardian", "hankookilbo", "reuters", "voa")
MAX_LINES = 60


def _page(adapter: str) -> tuple[str, str]:
    cases = sorted((ROOT / adapter).glob("*/input.html"))
    if not cases:  # the sdist leaves publisher pages out (docs/releasing.md)
        pytest.skip(f"publisher page not shipped in the sdist: fixtures/{adapter}/*/input.html")
    case = cases[-1]
    url = json.loads((case.parent / "meta.json").read_text(encoding="utf-8"))["url"]
    return case.read_text(encoding="utf-8"), url


@pytest.mark.parametrize("name", SITES)
def test_site_adapter_is_small(name: str) -> None:
    module = importlib.import_module(f"newsparse.adapters.{name}")
    lines = Path(str(module.__file__)).read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_LINES, f"{name}.py has {len(lines)} lines"


def _count_text_maps(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The text maps built from now on in this test."""
    built: list[object] = []
    original = textmap.TextMap.__init__

    def counting(self: textmap.TextMap, *args: object, **kwargs: object) -> None:
        built.append(self)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(textmap.TextMap, "__init__", counting)
    return built


@pytest.mark.parametrize("name", SITES)
def test_site_adapter_does_not_map_the_page(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    built = _count_text_maps(monkeypatch)
    html, url = _page(name)
    article = parse(html, url=url, registry=builtin_registry())
    assert article.adapter == name
    assert article.provenance["body"] == f"site:{name}.body"
    assert not built, "the generic text map was built although the site's selectors matched"


NKNEWS_HTML = ("amp-html-2019", "html-2019-hidden-fulltext", "print-view-html-2019",
               "pro-html-paywalled-teaser", "repost-blogger-html-2016", "wayback-html-2019")


@pytest.mark.parametrize("case", NKNEWS_HTML)
def test_nknews_html_does_not_map_the_page(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """NK News HTML whose article the adapter reads (the theme, AMP, print view, an archived
    copy, a blog post reposting an article) is parsed without the generic text map."""
    page = ROOT / "nknews" / case / "input.html"
    if not page.exists():  # the sdist leaves publisher pages out (docs/releasing.md)
        pytest.skip(f"publisher page not shipped in the sdist: {page}")
    built = _count_text_maps(monkeypatch)
    article = parse(page.read_bytes(), registry=builtin_registry())
    assert article.adapter == "nknews"
    assert article.body and article.provenance["body"].startswith("nknews:")
    assert not built, "the generic text map was built although the adapter read the article"


@pytest.mark.parametrize("name", SITES)
def test_layout_change_falls_back_to_generic_with_a_warning(name: str) -> None:
    """A redesign that renames every attribute the selectors use: each field the site
    selectors no longer find is the generic adapter's, with a site_fallback warning."""
    html, url = _page(name)
    for attribute in ("data-key=", "data-testid=", "data-component=", "data-gu-name=",
                      "itemprop=", 'id="article-content"', "class=", "rel="):
        html = html.replace(attribute, "data-renamed-" + attribute)
    registry = builtin_registry()
    site = parse(html, url=url, registry=registry)
    generic = parse(html, url=url, adapter="generic", registry=registry)
    assert site.adapter == name
    fell_back = {w.field for w in site.warnings if w.code == "site_fallback"}
    assert "body" in fell_back
    assert site.body == generic.body
    for field in fell_back:
        assert getattr(site, field) == getattr(generic, field), field


def test_hankookilbo_byline_role_word_and_others() -> None:
    html, url = _page("hankookilbo")
    byline = "<strong> 구현모 </strong> 기자"
    assert byline in html
    html = html.replace(byline, "<strong> 구현모·김철수 </strong> 기자 외 2명")
    article = parse(html, url=url, registry=builtin_registry())
    assert article.authors == ("구현모", "김철수")
    [warning] = [w for w in article.warnings if w.code == "authors_incomplete"]
    assert "2 more" in warning.message
    assert str(article.published) == "2025-05-15 20:00:52+09:00"
