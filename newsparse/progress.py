"""Counting a batch's results, a progress line for a terminal, and the closing summary.

A progress line is about twenty lines of code, so newsparse draws its own instead of adding a
dependency (tqdm, rich) to the core; it is drawn only when stderr is a terminal.
"""

from __future__ import annotations

import time
from typing import TextIO

import attrs

from newsparse.inputs.items import Done, Failure, Skipped

__all__ = ["Progress", "Tally"]


@attrs.define
class Tally:
    """How many articles, not-articles, errors and skipped records a batch gave so far."""

    articles: int = 0
    not_articles: int = 0
    errors: int = 0
    skipped: int = 0
    started: float = attrs.field(factory=time.monotonic)

    def add(self, item: Done | Skipped) -> None:
        """Count one result."""
        if isinstance(item, Skipped):
            self.skipped += 1
        elif not isinstance(item.result, Failure):
            self.articles += 1
        elif item.result.error == "NotAnArticleError":
            self.not_articles += 1
        else:
            self.errors += 1

    @property
    def pages(self) -> int:
        """Inputs parsed (articles, not-articles and errors; skipped records are not pages)."""
        return self.articles + self.not_articles + self.errors

    def rate(self) -> float:
        """Pages per second since the start."""
        return self.pages / max(time.monotonic() - self.started, 1e-9)

    def summary(self) -> str:
        """``"120 articles, 3 not articles, 2 errors, 5 skipped in 4.1 s (30.5 pages/s)"``."""
        elapsed = time.monotonic() - self.started
        return (f"{self.articles} articles, {self.not_articles} not articles, {self.errors} "
                f"errors, {self.skipped} skipped in {elapsed:.1f} s ({self.rate():.1f} pages/s)")


class Progress:
    """Redraws ``pages done, pages/s, errors[, ETA]`` on one line of ``stream`` (a terminal),
    at most five times a second; ``total`` (when known) gives the ETA."""

    def __init__(self, stream: TextIO, tally: Tally, total: int | None) -> None:
        self.stream, self.tally, self.total = stream, tally, total
        self.drawn = 0.0
        self.width = 0

    def update(self, force: bool = False) -> None:
        """Redraw if the last drawing is older than 0.2 s (or ``force``)."""
        now = time.monotonic()
        if not force and now - self.drawn < 0.2:
            return
        self.drawn = now
        tally = self.tally
        rate = tally.rate()
        line = f"{tally.pages} pages, {rate:.1f} pages/s, {tally.errors} errors"
        if self.total:
            done = tally.pages + tally.skipped
            left = max(self.total - done, 0)
            eta = int(left / rate) if rate > 0 else 0
            line = f"{done}/{self.total} inputs, " + line + f", ETA {eta // 60}:{eta % 60:02d}"
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.stream.flush()

    def clear(self) -> None:
        """Erase the line (before printing a message or the summary)."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
