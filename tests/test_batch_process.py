"""The batch's process model: several jobs in input order, crashes and time-outs as records,
a result that cannot be carried back, threads in the parent, a killed parent, bytearray input."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import attrs
import pytest
from batch_pages import article_html

from newsparse import Adapter, Article, Block, Limits, Registry, parse
from newsparse.batch import Failure, parse_many, run_batch
from newsparse.inputs import Done, Input

posix = pytest.mark.skipif(os.name != "posix", reason="worker processes are tested on POSIX")
HELD = threading.Lock()  # held by a thread of the test process in the thread-busy test


def _explode() -> None:
    raise RuntimeError("this result cannot be rebuilt")


class _Fragile(str):
    """Pickles fine in the worker, but cannot be unpickled in the parent."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return _explode, ()


class Misbehaving(Adapter):
    """Misbehaves on purpose when the page says so."""

    name = "misbehaving"

    def title(self) -> str | None:
        text = self.page.text
        if "KILLME" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "SPIN" in text:
            while True:
                pass
        if "LOCK" in text:
            with HELD:  # a lock inherited held by a plain fork would never be released
                pass
        if "PIDFILE" in text:
            Path(text.split("PIDFILE:")[1].split("<")[0]).write_text(str(os.getpid()))
            time.sleep(120)
        return "Title " + text.split("<p>")[1].split("<")[0]

    def body(self) -> tuple[Block, ...]:
        return (Block(kind="paragraph", text="Some text."),)

    def extract(self) -> Article:
        article = super().extract()
        if "FRAGILE" in self.page.text:
            return attrs.evolve(article, provenance={"title": _Fragile("x")})
        return article


REGISTRY = Registry([Misbehaving])


def _titles(results: list[Article | Failure]) -> list[str]:
    return [r.title if isinstance(r, Article) else f"{r.error}:{r.limit}" for r in results]


@posix
def test_two_jobs_keep_input_order_and_equal_one_job() -> None:
    pages = [article_html(f"Story {i}") if i % 5 else b"" for i in range(40)]
    one = list(parse_many(pages, jobs=1, limits=Limits(time_budget=None)))
    two = list(parse_many(pages, jobs=2))
    assert one == two
    assert sum(isinstance(r, Failure) for r in two) == 8


@posix
def test_unordered_gives_every_input_once() -> None:
    items = [Input(f"p{i}", f"<p>{i}</p>") for i in range(12)]
    done = list(run_batch(items, jobs=2, ordered=False, registry=REGISTRY,
                          limits=Limits(time_budget=30)))
    assert sorted(d.input.id for d in done if isinstance(d, Done)) == sorted(i.id for i in items)


@posix
def test_crash_and_time_out_are_records_and_the_batch_goes_on() -> None:
    pages = ["<p>a</p>", "<p>KILLME</p>", "<p>b</p>", "<p>SPIN</p>", "<p>c</p>"]
    results = list(parse_many(pages, adapter="misbehaving", registry=REGISTRY, jobs=2,
                              limits=Limits(time_budget=2)))
    assert _titles(results) == ["Title a", "WorkerCrashError:None", "Title b",
                                "LimitExceededError:time_budget", "Title c"]
    crash = results[1]
    assert isinstance(crash, Failure) and "killed by signal SIGKILL" in crash.message
    assert "None" not in crash.message


@posix
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_result_that_cannot_come_back_is_that_inputs_error(jobs: int) -> None:
    pages = ["<p>a</p>", "<p>FRAGILE</p>", "<p>b</p>"]
    results = list(parse_many(pages, adapter="misbehaving", registry=REGISTRY, jobs=jobs,
                              mechanism="process"))
    assert _titles(results)[0::2] == ["Title a", "Title b"]
    fragile = results[1]
    assert isinstance(fragile, Failure) and fragile.error == "InternalError"
    assert "cannot be rebuilt" in fragile.message


@posix
def test_threads_holding_locks_do_not_hang_workers() -> None:
    started = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with HELD:
            started.set()
            release.wait(60)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    started.wait(10)
    try:
        results = list(parse_many(["<p>LOCK 1</p>", "<p>LOCK 2</p>"], adapter="misbehaving",
                                  registry=REGISTRY, jobs=2, limits=Limits(time_budget=20)))
    finally:
        release.set()
        holder.join(10)
    assert all(isinstance(r, Article) for r in results), results


@pytest.mark.parametrize("mechanism", ["inline", "signal", "process"])
def test_bytearray_input_is_the_same_everywhere(mechanism: str) -> None:
    if mechanism != "inline" and os.name != "posix":
        pytest.skip("POSIX only")
    page = article_html().encode()
    (result,) = parse_many([bytearray(page)], mechanism=mechanism)  # type: ignore[arg-type]
    assert result == parse(page)


@pytest.mark.parametrize("budget", [float("inf"), float("nan"), 2.2e6, -1.0, 0])
def test_time_budgets_that_would_overflow_are_refused(budget: float) -> None:
    with pytest.raises(ValueError, match=r"Limits\.time_budget"):
        Limits(time_budget=budget)


def test_failure_records_pickle() -> None:
    failure = Failure("x", "E", "x: m", None, "https://a")
    assert pickle.loads(pickle.dumps(failure)) == failure


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal: Linux")
def test_a_killed_parent_takes_its_workers_and_stdout_with_it(tmp_path: Path) -> None:
    pidfile = tmp_path / "worker.pid"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_batch_process import REGISTRY
        from newsparse import Limits, parse_many
        pages = ["<p>one</p>", "<p>PIDFILE:{pidfile}</p>"]
        for result in parse_many(pages, adapter="misbehaving", registry=REGISTRY,
                                 mechanism="process", limits=Limits(time_budget=300)):
            print(result.title, flush=True)
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert parent.stdout is not None
    assert parent.stdout.readline().strip() == b"Title one"
    deadline = time.monotonic() + 60
    while not pidfile.exists() or not pidfile.read_text():
        assert time.monotonic() < deadline, "the worker never started the second page"
        time.sleep(0.05)
    worker = int(pidfile.read_text())
    parent.kill()
    parent.wait(10)
    assert parent.stdout.read() == b""  # EOF: no worker holds the pipe open
    deadline = time.monotonic() + 120  # a hang guard: the loop ends when the worker does
    while _alive(worker):
        assert time.monotonic() < deadline, "the worker outlived its parent"
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as handle:
            return "\nState:\tZ" not in handle.read()
    except FileNotFoundError:
        return False
