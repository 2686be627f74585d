"""Where a parse spends its time: decoding, parsing, each shared analysis and each field.

Usage (from the repository root)::

    .venv/bin/python benchmarks/breakdown.py [SET ...] [--half A|B|all] [--repeat N]
        [--adapter NAME] [--only TEXT]

``SET`` defaults to the three development sets (``../shared/corpus``,
``corpus-extra/trafeval``, ``corpus-extra/htmldate``). Every page is parsed as a user runs it,
``newsparse.parse(page_bytes, url=url)`` (``--adapter generic`` forces the generic adapter),
while the stages below are timed, each by its *own* time (the time of the stages it calls is
charged to them, not to it):

* ``read_page``: decoding and telling HTML from text; ``routing``: choosing the adapter;
* ``Page.*``: the page's lazy views (``tree`` is the hardened lxml parse);
* ``Analysis.*``: the per-parse shared analyses (title, text map, body candidates, ...),
  charged once, whichever field first asks for them;
* ``check`` and one line per field method (what the field costs beyond the shared analyses);
* ``review`` (cross-field warnings) and ``assembly`` (the rest of building the Article).

Each page is parsed ``--repeat`` times (default 3), interleaved with bare
``lxml.html.document_fromstring(page_bytes)``, and the fastest run's stages are kept. Per
stage the table gives milliseconds per page and its share of the mean per-page ratio to lxml
(``mean x``: the stages' ``mean x`` add up to the mean ratio ``evaluate.py --field time``
reports), by half and for the union.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from halves import HALVES, keep
from sets import DEFAULT_SETS, check_sets, load_set

import newsparse
import newsparse.adapter
import newsparse.api
import newsparse.assembly
from newsparse.errors import NewsparseError
from newsparse.extract.analysis import Analysis
from newsparse.page import Page
from newsparse.registry import Registry


class Clock:
    """Own time per stage name: a stage's time minus the time of the stages it called."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self._children: list[float] = []

    def wrap(self, name: str | Callable[..., str], func: Callable[..., Any]) -> Callable[..., Any]:
        """``func`` timed under ``name`` (or under ``name(*args)``)."""

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            self._children.append(0.0)
            try:
                return func(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                children = self._children.pop()
                label = name if isinstance(name, str) else name(*args)
                self.own[label] += elapsed - children
                if self._children:
                    self._children[-1] += elapsed

        return timed


CLOCK = Clock()


def _time_cached(cls: type, prefix: str) -> None:
    for attr, value in list(vars(cls).items()):
        if isinstance(value, cached_property):
            timed = cached_property(CLOCK.wrap(f"{prefix}.{attr.lstrip('_')}", value.func))
            timed.__set_name__(cls, attr)
            setattr(cls, attr, timed)


def instrument() -> None:
    """Time every stage of ``newsparse.parse`` (see the module docstring)."""
    newsparse.api.read_page = CLOCK.wrap("read_page", newsparse.api.read_page)  # type: ignore[assignment]
    Registry.resolve = CLOCK.wrap("routing", Registry.resolve)  # type: ignore[method-assign]
    _time_cached(Page, "Page")
    _time_cached(Analysis, "Analysis")
    Analysis.attribute_values = CLOCK.wrap(  # type: ignore[method-assign]
        "Analysis.attribute_values", Analysis.attribute_values
    )
    newsparse.assembly._field = CLOCK.wrap(  # type: ignore[attr-defined]
        lambda adapter, field, *_: f"field {getattr(field, 'name', field)}",
        newsparse.assembly._field,
    )
    newsparse.assembly.review = CLOCK.wrap("review", newsparse.assembly.review)  # type: ignore[attr-defined]
    assemble = newsparse.assembly.assemble

    def assemble_timed(adapter: Any, **kwargs: Any) -> Any:
        adapter.check = CLOCK.wrap("check", adapter.check)
        return assemble(adapter, **kwargs)

    newsparse.assembly.assemble = CLOCK.wrap("assembly", assemble_timed)
    # (Adapter.extract calls the name it imported: without this, check and the assembly's own
    # work fell into "(parse overhead)")
    newsparse.adapter.assemble = newsparse.assembly.assemble  # type: ignore[attr-defined]


def run(raw: bytes, url: str | None, adapter: str | None) -> tuple[float, Counter[str]]:
    """(total seconds, own seconds per stage) of one parse."""
    CLOCK.own = Counter()
    start = time.perf_counter()
    with contextlib.suppress(NewsparseError):
        newsparse.parse(raw, url=url, adapter=adapter)
    total = time.perf_counter() - start
    stages = CLOCK.own
    stages["(parse overhead)"] = total - sum(stages.values())
    return total, stages


def _lxml(raw: bytes) -> float:
    start = time.perf_counter()
    lxml.html.document_fromstring(raw)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--half", choices=("A", "B", "all"), default="all")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--adapter", default=None)
    parser.add_argument("--only", default=None, help="pages whose name holds this text")
    args = parser.parse_args()
    instrument()
    for folder in check_sets(args.sets or list(DEFAULT_SETS)):
        _, samples = load_set(folder)
        samples = [s for s in samples if keep(s.half, args.half)
                   and (args.only is None or args.only in s.page)]
        if not samples:
            continue
        rows: dict[str, tuple[Counter[str], Counter[str], int]] = {}
        for half in (*HALVES, "all"):
            rows[half] = (Counter(), Counter(), 0)
        for sample in samples:
            raw = sample.raw()
            run(raw, sample.url, args.adapter)  # warm-up
            gc.collect()
            best: tuple[float, Counter[str]] | None = None
            base = float("inf")
            for _ in range(max(1, args.repeat)):
                base = min(base, _lxml(raw))
                got = run(raw, sample.url, args.adapter)
                if best is None or got[0] < best[0]:
                    best = got
            assert best is not None
            for half in (sample.half, "all"):
                ms, ratio, n = rows[half]
                for stage, seconds in best[1].items():
                    ms[stage] += 1000 * seconds
                    ratio[stage] += seconds / base
                ms["(bare lxml parse)"] += 1000 * base
                rows[half] = (ms, ratio, n + 1)
        _print(folder, rows)
    return 0


def _print(folder: Path, rows: dict[str, tuple[Counter[str], Counter[str], int]]) -> None:
    halves = [h for h in (*HALVES, "all") if rows[h][2]]
    print(f"== {folder.name}: pages " + ", ".join(f"{h} {rows[h][2]}" for h in halves) + " ==")
    head = "".join(f"{h + ' ms':>10}{h + ' mean x':>11}" for h in halves)
    print(f"{'stage':<34}{head}")
    order = [stage for stage, _ in rows["all"][1].most_common()]
    for stage in order:
        cells = "".join(f"{rows[h][0][stage] / rows[h][2]:>10.2f}"
                        f"{rows[h][1][stage] / rows[h][2]:>11.2f}" for h in halves)
        print(f"{stage:<34}{cells}")
    cells = "".join(f"{_parse_ms(rows[h][0]) / rows[h][2]:>10.2f}"
                    f"{sum(rows[h][1].values()) / rows[h][2]:>11.2f}" for h in halves)
    print(f"{'newsparse.parse (all stages)':<34}{cells}")
    cells = "".join(f"{rows[h][0]['(bare lxml parse)'] / rows[h][2]:>10.2f}{1:>11.2f}"
                    for h in halves)
    print(f"{'(bare lxml parse)':<34}{cells}\n")


def _parse_ms(ms: Counter[str]) -> float:
    return sum(v for k, v in ms.items() if k != "(bare lxml parse)")


if __name__ == "__main__":
    raise SystemExit(main())
