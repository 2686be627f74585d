"""The ``newsparse`` command: ``parse`` pages into JSON, list ``adapters``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import attrs

from newsparse import __version__
from newsparse.api import Source
from newsparse.article import Article
from newsparse.batch import Failure, NamedSource, parse_many
from newsparse.limits import DEFAULT_LIMITS, LIMIT_NAMES, Limits
from newsparse.registry import default_registry

__all__ = ["main"]

_UNSET: float = -1.0
_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text", ".gz")


def _walk(paths: Sequence[str]) -> Iterator[str]:
    for raw in paths:
        if raw == "-" or not os.path.isdir(raw):
            yield raw
            continue
        for path in sorted(Path(raw).rglob("*")):
            if path.is_file() and path.name.lower().endswith(_SUFFIXES):
                yield str(path)


def _limit(text: str) -> tuple[str, float | None]:
    name, sep, raw = text.partition("=")
    name = name.strip().replace("-", "_")
    if not sep or name not in LIMIT_NAMES:
        raise argparse.ArgumentTypeError(
            f"expected NAME=N with NAME one of {', '.join(LIMIT_NAMES)}, got {text!r}"
        )
    if name == "time_budget" and raw.strip().lower() in ("none", "0", "off"):
        return name, None
    try:
        value = float(raw) if name == "time_budget" else int(raw.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{name} needs a number, got {raw!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{name} must be positive, got {raw!r}")
    return name, value


def _seconds(text: str) -> float | None:
    return _limit(f"time_budget={text}")[1]


def _limits(args: argparse.Namespace) -> Limits:
    values: dict[str, float | None] = dict(args.limit or [])
    if args.time_budget is not _UNSET:
        values["time_budget"] = args.time_budget
    return attrs.evolve(DEFAULT_LIMITS, **values)  # type: ignore[arg-type]  # checked above


def _inputs(names: list[str], limits: Limits) -> Iterator[Source | NamedSource]:
    for name in names:
        if name == "-":  # one byte over the limit is enough for the error
            yield "<stdin>", sys.stdin.buffer.read(limits.max_input_bytes + 1)
        else:
            yield Path(name)


def _fetched(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2024-05-31") from None


def _render(article: Article, fmt: str, explain: bool) -> str:
    if fmt == "text":
        lines = [article.title, ""]
        if article.subtitle and article.paragraphs[:1] != (article.subtitle,):
            lines += [article.subtitle, ""]  # unless the body already opens with it
        meta = [("By", ", ".join(article.authors)), ("Published", str(article.published or ""))]
        lines += [f"{k}: {v}" for k, v in meta if v]
        return "\n".join([*lines, "", article.text, ""])
    data = article.to_dict()
    if not explain:
        data.pop("provenance")
    return json.dumps(data, ensure_ascii=False, indent=2 if fmt == "json" else None)


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    names = list(_walk(args.paths))
    fmt = args.format or ("json" if len(names) == 1 else "jsonl")
    limits = _limits(args)
    results = parse_many(
        _inputs(names, limits), url=args.url, adapter=args.adapter, fetched=args.fetched,
        limits=limits,
    )
    failed = 0
    for name, result in zip(names, results, strict=True):
        if isinstance(result, Failure):
            failed += 1
            err.write(f"newsparse: error: {result.message}\n")
            if fmt == "jsonl":
                shown = "<stdin>" if name == "-" else name
                record = {"error": result.error, "input": shown, "message": result.message}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        out.write(_render(result, fmt, args.explain) + "\n")
    if failed:
        err.write(f"newsparse: {failed} of {len(names)} inputs failed\n")
    return 1 if failed else 0


def _cmd_adapters(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    rows = [("NAME", "DOMAINS", "KINDS", "ORIGIN")]
    for entry in default_registry():
        cls = entry.adapter
        kinds = ",".join(sorted(cls.kinds))
        rows.append((cls.name, ", ".join(cls.domains) or "*", kinds, entry.origin))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        out.write("  ".join(cells) + "  " + row[3] + "\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Turn scraped news pages into clean, typed articles."
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse pages (files, directories or - for stdin)")
    parse.add_argument("paths", nargs="+", metavar="PATH")
    parse.add_argument("--url", help="the page's URL (routing and Article.url)")
    parse.add_argument("--adapter", help="force an adapter by name (see `newsparse adapters`)")
    parse.add_argument("--fetched", type=_fetched, metavar="YYYY-MM-DD",
                       help="when the pages were fetched: no date after it is accepted")
    parse.add_argument("--format", choices=("json", "jsonl", "text"),
                       help="default: json for one input, jsonl for several")
    parse.add_argument("--explain", action="store_true",
                       help="include where each field came from (provenance) in JSON output")
    parse.add_argument("--limit", action="append", type=_limit, metavar="NAME=N",
                       help="raise or lower a limit (repeatable): "
                            + ", ".join(f"{n}={getattr(DEFAULT_LIMITS, n)}" for n in LIMIT_NAMES))
    parse.add_argument("--time-budget", type=_seconds, default=_UNSET, metavar="SECONDS",
                       help="seconds each page may take (default "
                            f"{DEFAULT_LIMITS.time_budget}; 0 or none: no budget)")
    parse.set_defaults(func=_cmd_parse)
    adapters = commands.add_parser("adapters", help="list adapters, their domains and origins")
    adapters.set_defaults(func=_cmd_adapters)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some inputs failed, 2 usage)."""
    args = _parser().parse_args(argv)
    status: int = args.func(args, sys.stdout, sys.stderr)
    return status
