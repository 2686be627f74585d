"""``newsparse explain PAGE [--url U] --html report.html``: why the article looks as it does.

:func:`explain_html` parses a page and returns a self-contained HTML report: each field with
its provenance, the warnings, and the page's text with the regions that became each field
highlighted (title, subtitle, byline, date, every body block) and what was dropped and why
(caption or credit, prompt, related links or teaser, advert, comments, site chrome, links,
stock label, outside the article).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from newsparse.api import parse_page, read_page
from newsparse.errors import NewsparseError
from newsparse.explain.regions import Region, regions
from newsparse.explain.report import render_report
from newsparse.registry import Registry

__all__ = ["Region", "add_command", "explain_html", "regions", "render_report"]


def explain_html(path: Path, *, url: str | None = None, adapter: str | None = None,
                 registry: Registry | None = None) -> str:
    """Parse the page at ``path`` and return the explain report (HTML pages only)."""
    page = read_page(path, url=url)
    article = parse_page(page, adapter=adapter, registry=registry)
    if page.kind != "html":
        found: list[Region] = [Region(b.text, "body", "", "text") for b in article.body]
    else:
        found = regions(page.tree, article)
    return render_report(article, found, str(path))


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        report = explain_html(Path(args.page), url=args.url, adapter=args.adapter)
    except NewsparseError as exc:
        err.write(f"newsparse explain: error: {exc}\n")
        return 1
    Path(args.html).write_text(report, encoding="utf-8")
    out.write(f"wrote {args.html}\n")
    return 0


def add_command(commands: Any) -> None:
    """Register ``newsparse explain`` on the CLI's sub-command parsers."""
    explain = commands.add_parser(
        "explain", help="an HTML report: which parts of the page became which field, and why "
                        "the rest was dropped")
    explain.add_argument("page", metavar="PAGE")
    explain.add_argument("--url", help="the page's URL (routing and Article.url)")
    explain.add_argument("--adapter", help="force an adapter by name")
    explain.add_argument("--html", required=True, metavar="FILE", help="where to write it")
    explain.set_defaults(func=_run)
