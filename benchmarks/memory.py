"""Memory of a long batch: peak RSS of ``newsparse parse`` (parent and workers) over N pages.

Usage (from the repository root)::

    .venv/bin/python benchmarks/memory.py [--pages 100000] [--jobs 2] [--sources 10]

The pages are the ``--sources`` fastest-to-parse pages of ``../shared/corpus`` (so that the run
fits in an evening), decompressed into a temporary directory and repeated through a manifest of
``--pages`` rows (each row names one of them, with its URL); the command runs
``python -m newsparse parse --manifest ROWS --jobs N -q``, and this script reads its output as
it comes, counting records. Every 5,000 records it samples the resident set size (VmRSS from
/proc) of the parent and of each worker; at the end it prints those samples and the peaks
(``VmHWM``, the kernel's high-water mark, of the parent; the largest sampled worker RSS).
Flat memory means the samples stay level from the first thousands of pages to the last.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import newsparse
from newsparse.errors import NewsparseError

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


def _status(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sources", type=int, default=10)
    args = parser.parse_args()
    timed = []
    for path in sorted(CORPUS.glob("*/*.html.gz")):
        raw = gzip.decompress(path.read_bytes())
        url = json.loads(path.with_name(path.name[:-8] + ".json").read_text())["url"]
        start = time.perf_counter()
        with contextlib.suppress(NewsparseError):
            newsparse.parse(raw, url=url)
        timed.append((time.perf_counter() - start, path.name[:-8], raw, url))
    chosen = sorted(timed)[: args.sources]
    with tempfile.TemporaryDirectory() as tmp:
        rows = Path(tmp) / "rows.jsonl"
        for _, name, raw, _ in chosen:
            (Path(tmp) / f"{name}.html").write_bytes(raw)
        with rows.open("w") as out:
            for i in range(args.pages):
                _, name, _, url = chosen[i % len(chosen)]
                out.write(json.dumps({"path": f"{name}.html", "url": url, "id": str(i)}) + "\n")
        command = [sys.executable, "-m", "newsparse", "parse", "--manifest", str(rows),
                   "--jobs", str(args.jobs), "-q"]
        started = time.monotonic()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, cwd=REPO)
        assert proc.stdout is not None
        samples, count, peak_worker = [], 0, 0
        for _ in proc.stdout:
            count += 1
            if count % 5000 == 0 or count == 1000:
                workers = [_status(p, "VmRSS") for p in _descendants(proc.pid)]
                parent = _status(proc.pid, "VmRSS")
                peak_worker = max([peak_worker, *workers])
                samples.append((count, time.monotonic() - started, parent, workers))
                print(f"{count:7} records {samples[-1][1]:7.0f} s  parent {parent / 2**20:6.1f} MB"
                      f"  workers {' '.join(f'{w / 2**20:.1f}' for w in workers)} MB", flush=True)
            if count == args.pages - 1:
                hwm = _status(proc.pid, "VmHWM")
        code = proc.wait()
    elapsed = time.monotonic() - started
    print(f"\n{count} records from {args.pages} pages in {elapsed:.0f} s ({count / elapsed:.1f}"
          f" pages/s), jobs={args.jobs}, exit {code}")
    print(f"peak RSS: parent {hwm / 2**20:.1f} MB (VmHWM), largest worker sample "
          f"{peak_worker / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
