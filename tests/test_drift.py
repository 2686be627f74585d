"""`newsparse check`: a simulated redesign shows as fallbacks, lost fields and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixture_cases import ROOT

from newsparse.cli import main
from newsparse.drift import check_pages, render_text
from newsparse.testing import builtin_registry

PAGE = ROOT / "guardian" / "2024-dcr" / "input.html"


def _folder(tmp_path: Path) -> Path:
    html = PAGE.read_text(encoding="utf-8")
    # The redesign: the body container and the standfirst get new names, the JSON-LD goes.
    redesigned = (html.replace('data-gu-name="body"', 'data-gu-name="article-text"')
                  .replace('data-gu-name="standfirst"', 'data-gu-name="deck"')
                  .replace('application/ld+json', 'application/x-removed'))
    assert redesigned != html
    for n in range(3):
        (tmp_path / f"before-{n}.html").write_text(html, encoding="utf-8")
        (tmp_path / "later" / f"after-{n}.html").parent.mkdir(exist_ok=True)
        (tmp_path / "later" / f"after-{n}.html").write_text(redesigned, encoding="utf-8")
    (tmp_path / "later" / "blank.html").write_text(
        '<html><head><link rel="canonical" href="https://www.theguardian.com/x"></head>'
        "<body></body></html>", encoding="utf-8")
    return tmp_path


@pytest.mark.publisher_page("fixtures/guardian/2024-dcr")
def test_redesign_shows_in_the_report(tmp_path: Path) -> None:
    [report] = check_pages([str(_folder(tmp_path))], registry=builtin_registry())
    assert report.adapter == "guardian"
    assert len(report.pages) == 7
    assert report.fallbacks == {"authors": 3, "body": 3, "subtitle": 3}
    after = sorted(p for p in report.lost if "after-" in p)
    assert len(after) == 3 and not any("before-" in p for p in report.lost)
    assert "body (generic fallback)" in report.lost[after[0]]
    assert report.share("body") == 6 / 7  # the refused page has none
    [(refused, reason)] = report.refused.items()
    assert refused.endswith("blank.html") and "NotAnArticleError" in reason
    text = render_text([report])
    assert "fell back to generic: authors 3, body 3, subtitle 3" in text


@pytest.mark.publisher_page("fixtures/guardian/2024-dcr")
def test_check_command_json(tmp_path: Path, capsys: object) -> None:
    folder = _folder(tmp_path)
    assert main(["check", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    [guardian] = [r for r in data if r["adapter"] == "guardian"]
    assert guardian["pages"] == 7 and guardian["fallbacks"]["body"] == 3
    assert set(guardian["share"]) == {"title", "authors", "published", "body"}
    assert main(["check", str(folder), "--adapter", "no-such-adapter"]) == 2
