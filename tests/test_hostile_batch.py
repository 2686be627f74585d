"""Batch parsing: one result per input in order, failures recorded, the time budget enforced
by every mechanism (worker process, SIGALRM, post-hoc)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from test_hostile import PARAGRAPHS, article_html

from newsparse import Adapter, Article, Block, Limits, Registry, parse
from newsparse.batch import Failure, parse_many


class Hostile(Adapter):
    """Misbehaves on purpose when the page says so."""

    name = "hostile"

    def title(self) -> str | None:
        text = self.page.text
        if "SPIN" in text:
            while True:  # a hang in pure Python
                pass
        if "SLEEP" in text:
            time.sleep(1.5)
        if "DIE" in text:
            os._exit(3)
        return "A title"

    def check(self) -> None:
        if "BUG" in self.page.text:  # outside the field methods (those are isolated)
            raise ZeroDivisionError("a bug outside the field methods")

    def body(self) -> tuple[Block, ...]:
        return (Block(kind="paragraph", text="Some text."),)


REGISTRY = Registry([Hostile])
FAST = Limits(time_budget=1.0)


def _run(pages: list[str], mechanism: str, limits: Limits = FAST) -> list[Article | Failure]:
    return list(parse_many(pages, adapter="hostile", registry=REGISTRY, limits=limits,
                           mechanism=mechanism))  # type: ignore[arg-type]


def test_every_input_gives_one_result_in_order(tmp_path: Path) -> None:
    good = article_html()
    missing = tmp_path / "missing.html"
    results = list(parse_many([good, b"", b"\x89PNG\r\n", missing, ("named", good.encode())]))
    assert [type(r).__name__ for r in results] == [
        "Article", "Failure", "Failure", "Failure", "Article"]
    assert isinstance(results[0], Article) and results[0] == parse(good)
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.input for f in failures] == ["<bytes>", "<bytes>", str(missing)]
    assert all(f.error == "UnsupportedInputError" for f in failures)
    assert "empty" in failures[0].message and "PNG" in failures[1].message


@pytest.mark.skipif(sys.platform != "linux", reason="the worker process needs fork")
def test_worker_process_kills_a_hanging_page_and_goes_on() -> None:
    started = time.monotonic()
    results = _run(["<p>one</p>", "<p>SPIN</p>", "<p>two</p>"], "process")
    assert time.monotonic() - started < 120  # a hang guard only: time_budget is wall time, and
    # the Failure below shows the page was stopped (15 s of wall time is not load-proof)
    assert isinstance(results[0], Article) and isinstance(results[2], Article)
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.error, failure.limit) == ("LimitExceededError", "time_budget")
    assert "time_budget" in failure.message and "--time-budget" in failure.message


@pytest.mark.skipif(sys.platform != "linux", reason="the worker process needs fork")
def test_worker_process_death_and_bugs_are_recorded() -> None:
    results = _run(["<p>DIE</p>", "<p>BUG</p>", "<p>fine</p>"], "process")
    died, bug, fine = results
    assert isinstance(died, Failure) and died.error == "WorkerCrashError"
    assert "died (exited with code 3)" in died.message
    assert isinstance(bug, Failure) and bug.error == "InternalError"
    assert "ZeroDivisionError" in bug.message
    assert isinstance(fine, Article)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")
def test_worker_process_returns_the_same_article() -> None:
    page = article_html(head='<meta property="article:published_time" '
                             'content="2024-05-02T10:00:00+02:00">')
    (result,) = parse_many([page], mechanism="process")
    assert isinstance(result, Article)
    assert result == parse(page) and result.to_dict() == parse(page).to_dict()
    assert PARAGRAPHS[0] in result.text


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGALRM is POSIX only")
def test_signal_mechanism_interrupts_a_hanging_page() -> None:
    started = time.monotonic()
    results = _run(["<p>SPIN</p>", "<p>next</p>"], "signal")
    assert time.monotonic() - started < 120  # a hang guard only: time_budget is wall time, and
    # the Failure below shows the page was stopped (15 s of wall time is not load-proof)
    assert isinstance(results[0], Failure) and results[0].limit == "time_budget"
    assert isinstance(results[1], Article)


def test_inline_mechanism_reports_an_overrun_after_the_fact() -> None:
    results = _run(["<p>SLEEP</p>", "<p>quick</p>"], "inline", Limits(time_budget=0.5))
    assert isinstance(results[0], Failure) and results[0].limit == "time_budget"
    assert isinstance(results[1], Article)


def test_no_budget_means_no_timeout() -> None:
    results = _run(["<p>SLEEP</p>"], "auto", Limits(time_budget=None))
    assert isinstance(results[0], Article)


@pytest.mark.parametrize("bad", [{"max_depth": 300.0}, {"max_nodes": 0}, {"time_budget": 0},
                                 {"max_input_bytes": True}, {"max_decompressed_bytes": -1}])
def test_limits_are_checked(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="Limits"):
        Limits(**bad)  # type: ignore[arg-type]
