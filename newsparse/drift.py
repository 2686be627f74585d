"""The layout-drift report (``newsparse check``): how each adapter fares on a folder of pages.

A site that changes its layout shows here before anyone reads the output: the share of pages
with a title, authors, a published date and a body drops, the median body shrinks, fields fall
back from the site's selectors to the generic extraction (``site_fallback`` warnings), pages
lose a field most pages of the site have, or pages are refused outright.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from newsparse.api import parse_page, read_page
from newsparse.article import Article
from newsparse.errors import NewsparseError
from newsparse.inputs.dirs import walk
from newsparse.registry import Registry, default_registry

__all__ = ["AdapterReport", "PageResult", "add_command", "check_pages", "render_text"]

CORE_FIELDS = ("title", "authors", "published", "body")
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text", ".html.gz", ".htm.gz", ".txt.gz")
_MAJORITY = 0.5


@attrs.frozen
class PageResult:
    """One page: the adapter that read it, and its article or the reason it was refused."""

    path: str
    adapter: str
    article: Article | None = None
    refused: str | None = None

    @property
    def fallbacks(self) -> tuple[str, ...]:
        """Fields the site adapter's selectors did not find (generic result used)."""
        if self.article is None:
            return ()
        return tuple(w.field for w in self.article.warnings if w.code == "site_fallback")

    def has(self, field: str) -> bool:
        """Whether the page's article has ``field`` filled."""
        return self.article is not None and bool(getattr(self.article, field))


@attrs.frozen
class AdapterReport:
    """The figures for one adapter over its pages."""

    adapter: str
    pages: tuple[PageResult, ...]

    @property
    def parsed(self) -> tuple[PageResult, ...]:
        """The pages that gave an article."""
        return tuple(p for p in self.pages if p.article is not None)

    def share(self, field: str) -> float:
        """Share of all pages (refused ones count as missing) with ``field`` filled."""
        return sum(p.has(field) for p in self.pages) / len(self.pages) if self.pages else 0.0

    @property
    def median_body(self) -> float:
        """Median body length in characters over the parsed pages."""
        lengths = [len(p.article.text) for p in self.parsed if p.article is not None]
        return statistics.median(lengths) if lengths else 0.0

    @property
    def fallbacks(self) -> dict[str, int]:
        """How many pages fell back to the generic result, per field."""
        counts: dict[str, int] = {}
        for page in self.pages:
            for field in page.fallbacks:
                counts[field] = counts.get(field, 0) + 1
        return dict(sorted(counts.items()))

    @property
    def lost(self) -> dict[str, list[str]]:
        """Per page, the core fields it lacks although most of the adapter's pages have them,
        and the fields that fell back to the generic result."""
        usual = [f for f in CORE_FIELDS if self.share(f) > _MAJORITY]
        found: dict[str, list[str]] = {}
        for page in self.parsed:
            fields = [f for f in usual if not page.has(f)]
            fields += [f"{f} (generic fallback)" for f in page.fallbacks]
            if fields:
                found[page.path] = fields
        return found

    @property
    def refused(self) -> dict[str, str]:
        """Refused pages and why."""
        return {p.path: p.refused for p in self.pages if p.refused is not None}

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "adapter": self.adapter,
            "pages": len(self.pages),
            "share": {f: round(self.share(f), 4) for f in CORE_FIELDS},
            "median_body_chars": self.median_body,
            "fallbacks": self.fallbacks,
            "lost_fields": self.lost,
            "refused": self.refused,
        }


def _files(paths: Iterable[str]) -> Iterator[str]:
    for raw in paths:
        if not os.path.isdir(raw):
            yield raw
            continue
        for path, reason in walk(raw):
            if reason is None and path.lower().endswith(_PAGE_SUFFIXES):
                yield path


def check_pages(
    paths: Iterable[str], *, adapter: str | None = None, registry: Registry | None = None
) -> list[AdapterReport]:
    """Parse every page under ``paths`` and group the results by adapter (sorted by name).

    ``adapter`` forces one adapter for every page (see how it does on pages it does not own).
    """
    registry = registry or default_registry()
    if adapter is not None:
        registry.get(adapter, "newsparse check")  # an unknown name is an error up front
    grouped: dict[str, list[PageResult]] = {}
    for path in _files(paths):
        name = adapter or "?"
        try:
            page = read_page(Path(path))
            name = registry.resolve(page, adapter).adapter.name
            result = PageResult(path, name, article=parse_page(page, adapter=name,
                                                               registry=registry))
        except NewsparseError as exc:
            result = PageResult(path, name, refused=f"{type(exc).__name__}: {exc.reason}")
        grouped.setdefault(result.adapter, []).append(result)
    return [AdapterReport(name, tuple(pages)) for name, pages in sorted(grouped.items())]


def render_text(reports: Sequence[AdapterReport]) -> str:
    """The report for people: one block per adapter."""
    lines: list[str] = []
    for report in reports:
        shares = "  ".join(f"{f} {report.share(f):.0%}" for f in CORE_FIELDS)
        count = f"{len(report.pages)} page{'s' if len(report.pages) != 1 else ''}"
        lines.append(f"{report.adapter}: {count}  {shares}  "
                     f"median body {report.median_body:.0f} chars")
        if report.fallbacks:
            fell = ", ".join(f"{f} {n}" for f, n in report.fallbacks.items())
            lines.append(f"  fell back to generic: {fell}")
        for path, fields in report.lost.items():
            lines.append(f"  lost {', '.join(fields)}: {path}")
        for path, reason in report.refused.items():
            lines.append(f"  refused: {path}: {reason}")
    if not reports:
        lines.append("no pages found")
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        reports = check_pages(args.paths, adapter=args.adapter)
    except NewsparseError as exc:  # an unknown --adapter
        err.write(f"newsparse check: error: {exc}\n")
        return 2
    if args.format == "json":
        out.write(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(render_text(reports))
    return 0 if reports else 1


def add_command(commands: Any) -> None:
    """Register ``newsparse check`` on the CLI's sub-command parsers."""
    check = commands.add_parser(
        "check", help="layout-drift report: per adapter, how its fields fare on saved pages")
    check.add_argument("paths", nargs="+", metavar="PATH", help="pages or folders of pages")
    check.add_argument("--adapter", help="read every page with this adapter")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.set_defaults(func=_run)
