"""`newsparse explain --html`: the report is self-contained, marks every field's region and the
dropped text with reasons, and renders in a real headless browser (Chromium via Playwright)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import lxml.html
import pytest
from fixture_cases import ROOT

from newsparse.cli import main

CASE = ROOT / "bbc" / "2024-explainer"
ARTEFACTS = Path(__file__).resolve().parent / "artefacts"  # gitignored
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("explain") / "report.html"
    url = json.loads((CASE / "meta.json").read_text(encoding="utf-8"))["url"]
    assert main(["explain", str(CASE / "input.html"), "--url", url, "--html", str(out)]) == 0
    return out


@pytest.mark.publisher_page("fixtures/bbc/2024-explainer")
def test_report_marks_fields_and_drops(report: Path) -> None:
    tree = lxml.html.parse(str(report)).getroot()
    assert not tree.xpath("//script | //link | //img | //iframe")  # self-contained
    assert not [v for v in tree.xpath("//@src | //@href") if "//" in v]
    [title] = tree.xpath("//div[contains(@class, 'field-title')]")
    assert "What is the OBR" in title.text_content()
    expected = json.loads((CASE / "expected.json").read_text(encoding="utf-8"))
    bodies = tree.xpath("//div[contains(@class, 'field-body')]")
    assert len(bodies) == len(expected["body"])  # every body block found in the page's text
    reasons = {d.get("data-reason") for d in tree.xpath("//div[@data-reason]")}
    assert {"caption or credit", "site chrome"} <= reasons
    captions = " ".join(d.text_content() for d in
                        tree.xpath("//div[@data-reason='caption or credit']"))
    assert "Liz Truss" in captions  # the photo caption, dropped as one
    assert "site:bbc.body" in tree.text_content()  # provenance shown


def _chromium() -> str:
    path = os.environ.get("NEWSPARSE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.skip("no Chromium installed (apt-get install chromium; or set NEWSPARSE_CHROMIUM)")
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("Playwright is not installed (pip install -e '.[browser]')")
    return path


@pytest.mark.publisher_page("fixtures/bbc/2024-explainer")
def test_report_in_headless_chromium(report: Path) -> None:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    ARTEFACTS.mkdir(exist_ok=True)
    shot = ARTEFACTS / "explain-bbc.png"
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.goto(report.as_uri())
            title = page.locator(".region.field-title").first
            assert title.is_visible()
            box = title.bounding_box()
            assert box is not None and box["width"] > 200 and box["height"] > 10
            colour = title.evaluate("el => getComputedStyle(el).backgroundColor")
            assert colour == "rgb(255, 209, 102)"  # highlighted, not transparent
            bodies = page.locator(".region.field-body")
            assert bodies.count() > 10
            assert all(bodies.nth(i).is_visible() for i in range(bodies.count()))
            dropped = page.locator(".region.dropped").first
            assert dropped.is_visible()
            assert "line-through" in dropped.evaluate(
                "el => getComputedStyle(el).textDecorationLine")
            title.scroll_into_view_if_needed()  # the highlighted page text, not the tables
            page.screenshot(path=str(shot), full_page=False)
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
