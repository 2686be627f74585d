"""``newsparse parse``: inputs in, results out, progress and summary on stderr, clean ends.

A closed output pipe stops the run quietly (exit 141); Ctrl-C or SIGTERM stops the workers,
flushes what is done, prints the summary and exits 130 (143); output works in any stdout
encoding (JSON escapes what the encoding cannot hold; text formats show it as ``\\uXXXX``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import TextIO

import attrs

from newsparse.batch import run_batch
from newsparse.inputs import Done, Failure, Input, Item, expand
from newsparse.inputs.manifest import count_rows
from newsparse.inputs.sniff import read_head, sniff
from newsparse.limits import Limits
from newsparse.outputs.files import DirectoryWriter
from newsparse.outputs.writers import Writer, text_writer
from newsparse.progress import Progress, Tally

__all__ = ["run_parse"]


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


def _one_page(args: argparse.Namespace) -> bool:
    """True when the inputs are a single page (not a directory, WARC, feed or manifest)."""
    if args.manifest or len(args.paths) != 1:
        return False
    path = args.paths[0]
    if path == "-":
        stdin = sys.stdin.buffer
        head = stdin.peek(64)[:64] if hasattr(stdin, "peek") else b""
        return not head.startswith((b"WARC/", b"\x1f\x8b", b"<?xml", b"<rss", b"<feed"))
    return not os.path.isdir(path) and sniff(read_head(path)) not in ("warc", "feed")


def _total(args: argparse.Namespace) -> int | None:
    """The number of inputs when it is known up front (files and manifest rows only)."""
    if any(p == "-" or os.path.isdir(p) or sniff(read_head(p)) in ("warc", "feed")
           for p in args.paths[:1000]) or len(args.paths) > 1000:
        return None
    rows = count_rows(args.manifest) if args.manifest else 0
    if rows is None:
        return None
    header = 1 if args.manifest and not args.manifest.endswith((".jsonl", ".ndjson")) else 0
    return len(args.paths) + max(rows - header, 0)


def _with_defaults(items: Iterator[Item], args: argparse.Namespace) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Input) and (args.url or args.adapter or args.fetched):
            item = attrs.evolve(
                item, url=item.url or args.url, adapter=item.adapter or args.adapter,
                fetched=item.fetched or args.fetched)
        yield item


def _stdout(out: TextIO) -> bool:
    """Make ``out`` never fail on a character; True when JSON must be ASCII to fit it."""
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")
    return not encoding.startswith("utf")


def _writers(args: argparse.Namespace, fmt: str, single: bool, out: TextIO,
             ascii_only: bool) -> tuple[Writer, Writer | None, list[TextIO]]:
    opened: list[TextIO] = []
    errors: Writer | None = None
    errors_path = args.errors or (
        os.path.join(args.output_dir, "errors.jsonl") if args.output_dir else None)
    if errors_path:
        os.makedirs(os.path.dirname(errors_path) or ".", exist_ok=True)
        handle = open(errors_path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
        opened.append(handle)
        errors = text_writer("jsonl", handle)
    main: Writer
    if args.output_dir:
        main = DirectoryWriter(args.output_dir, args.format, args.explain)
    elif fmt == "parquet":
        from newsparse.outputs.parquet import ParquetWriter

        out.flush()
        main = ParquetWriter(out.buffer)
    else:
        main = text_writer(fmt, out, explain=args.explain, ascii_only=ascii_only, single=single)
    return main, errors, opened


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the exit flush raises nothing."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())


def run_parse(args: argparse.Namespace, limits: Limits, out: TextIO, err: TextIO) -> int:
    """Run ``newsparse parse``; returns the exit status."""
    single = _one_page(args)
    if args.url and not single:
        err.write("newsparse parse: error: --url names one page, but the inputs hold several "
                  "(a directory, WARC file, feed, manifest or several paths); give each page "
                  "its URL in a --manifest (columns path,url)\n")
        return 2
    fmt = args.format or ("json" if single else "jsonl")
    if fmt == "parquet" and not args.output_dir and out.isatty():
        err.write("newsparse parse: error: Parquet is binary: use -o DIR or redirect stdout\n")
        return 2
    ascii_only = _stdout(out)
    try:
        main, errors, opened = _writers(args, fmt, single, out, ascii_only)
    except (OSError, RuntimeError) as exc:
        err.write(f"newsparse parse: error: {exc}\n")
        return 2
    jobs = 1 if single else (args.jobs or os.cpu_count() or 1)
    tally = Tally()
    talk = not args.quiet
    progress = Progress(err, tally, _total(args)) if talk and err.isatty() else None
    errors_in_main = fmt in ("jsonl", "csv", "parquet") or (fmt == "json" and not single)
    items = _with_defaults(expand(args.paths, limits, args.manifest), args)
    results = run_batch(items, jobs=jobs, ordered=not args.unordered, limits=limits)
    status = 0
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        for result in results:
            tally.add(result)
            if isinstance(result, Done) and isinstance(result.result, Failure):
                if talk:
                    if progress is not None:
                        progress.clear()
                    err.write(f"newsparse: error: {result.result.message}\n")
                if errors is not None:
                    errors.write(result)
                elif errors_in_main:
                    main.write(result)
            elif isinstance(result, Done):
                main.write(result)
            if progress is not None:
                progress.update()
        main.close()
    except _Terminated:
        status = 143
    except KeyboardInterrupt:
        status = 130
    except BrokenPipeError:
        status = 141
    finally:
        results.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if status:
            with contextlib.suppress(BrokenPipeError, OSError, ValueError):
                main.close()
        if errors is not None:
            errors.close()
        for handle in opened:
            handle.close()
        if progress is not None:
            progress.clear()
    if status == 141:
        _quiet_stdout()
        return status
    if tally.pages == 0 and not status:
        if talk:
            why = f" ({tally.skipped} files or records skipped: not pages)" if tally.skipped else ""
            err.write(f"newsparse: no pages found in the inputs{why}\n")
        return 1
    if talk and (not single or status):
        stop = " (interrupted)" if status else ""
        err.write(f"newsparse: {tally.summary()}{stop}\n")
    return status or (1 if tally.errors or tally.not_articles else 0)
