"""The ``newsparse`` command: ``parse`` pages (files, directories, WARC, feeds, manifests), list
``adapters``. The batch loop and its clean ends live in :mod:`newsparse.cli_batch`."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from typing import TextIO

import attrs

from newsparse import __version__, drift, explain, scaffold
from newsparse.cli_batch import run_parse
from newsparse.inputs.manifest import parse_fetched
from newsparse.limits import DEFAULT_LIMITS, LIMIT_NAMES, Limits
from newsparse.outputs.writers import FORMATS
from newsparse.registry import default_registry

__all__ = ["main"]

_UNSET: float = -1.0


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
        if name == "time_budget":
            Limits(time_budget=value)
    except ValueError as exc:
        detail = str(exc) if "Limits" in str(exc) else f"{name} needs a number, got {raw!r}"
        raise argparse.ArgumentTypeError(detail) from None
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


def _fetched(value: str) -> dt.date:
    try:
        return parse_fetched(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date like 2024-05-31 (or 2024-05-31T08:00:00+00:00)") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"--jobs needs a whole number >= 1, not {value!r}")
    return jobs


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not args.paths and not args.manifest:
        err.write("newsparse parse: error: give at least one PATH (or - for stdin) or --manifest\n")
        return 2
    return run_parse(args, _limits(args), out, err)


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


def _cmd_schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from newsparse.article_schema import schema_json

    out.write(schema_json())
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Turn scraped news pages into clean, typed articles."
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser(
        "parse", help="parse pages: files, directories, WARC files, feeds, or - for stdin")
    add = parse.add_argument
    add("paths", nargs="*", metavar="PATH")
    add("--manifest", metavar="FILE",
        help="CSV or JSON Lines with a path (and optional url, fetched, adapter, id) per row")
    add("--url", help="the page's URL (routing and Article.url); one input only")
    add("--adapter", help="force an adapter by name (see `newsparse adapters`)")
    add("--fetched", type=_fetched, metavar="DATE",
        help="when the pages were fetched (inputs without their own): no later date is kept")
    add("--format", choices=FORMATS,
        help="default: json for one input, jsonl for several (json: one array)")
    add("-o", "--output-dir", metavar="DIR",
        help="one file per input under DIR, mirroring the input tree (one per WARC file/feed)")
    add("--errors", metavar="FILE", help="write error records to FILE (JSON Lines) instead")
    add("-j", "--jobs", type=_jobs, metavar="N",
        help=f"worker processes (default: the number of cores, {os.cpu_count() or 1})")
    add("--unordered", action="store_true", help="write results as they finish, not in order")
    add("-q", "--quiet", action="store_true",
        help="no progress, no per-error messages and no summary on stderr")
    add("--explain", action="store_true",
        help="include where each field came from (provenance) in JSON output")
    add("--limit", action="append", type=_limit, metavar="NAME=N",
        help="raise or lower a limit (repeatable): "
             + ", ".join(f"{n}={getattr(DEFAULT_LIMITS, n)}" for n in LIMIT_NAMES))
    add("--time-budget", type=_seconds, default=_UNSET, metavar="SECONDS",
        help=f"seconds each page may take (default {DEFAULT_LIMITS.time_budget}; 0 or none: "
             "no budget)")
    parse.set_defaults(func=_cmd_parse)
    adapters = commands.add_parser("adapters", help="list adapters, their domains and origins")
    adapters.set_defaults(func=_cmd_adapters)
    drift.add_command(commands)
    scaffold.add_command(commands)
    explain.add_command(commands)
    schema = commands.add_parser("schema", help="print the JSON Schema of a serialised Article")
    schema.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status: 0 every input gave an article, 1 some
    did not (or no input was found), 2 usage, 130 interrupted (143 on SIGTERM), 141 when the
    output pipe was closed."""
    args = _parser().parse_args(argv)
    status: int = args.func(args, sys.stdout, sys.stderr)
    return status
