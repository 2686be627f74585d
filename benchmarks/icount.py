"""Instruction counts of newsparse.parse under valgrind's callgrind: a load-independent A/B.

Usage (from the repository root; needs ``valgrind`` on the PATH)::

    .venv/bin/python benchmarks/icount.py [--pages GROUP] [--every K] [--python PY]

``GROUP``: ``corpus``, ``trafeval``, ``htmldate`` (the sets under ``../shared``, parsed with
their URL; ``--every K`` takes every K-th page, default 4 for the two extra sets), ``nk-html``,
``nk-text`` (the NK News article fixtures, parsed without a URL) or ``adapters`` (the six site
adapters' fixtures, with their URL). The working tree's ``newsparse`` is imported
(``PYTHONPATH=.``), so running the script in two checkouts compares two versions.

Three runs of one driver: a base run (imports, pages read, one warm-up parse and one lxml
parse of every page), the base plus one more ``newsparse.parse`` of every page, the base plus
one more ``lxml.html.document_fromstring(page_bytes)``; the differences, per page, are printed
with their ratio (a ratio of totals). Counts do not move with the machine's load, unlike
timings on a shared machine, so a change of 1% shows. They are not time: lxml's parser runs
far fewer instructions per cycle than Python code, so the instruction ratio understates the
time ratio (about 4.2 against 5.5 on trafeval). About 1-4 minutes per group on a quiet machine.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DRIVER = r'''
import sys, json, contextlib
from pathlib import Path
mode, listing = sys.argv[1], sys.argv[2]
items = json.loads(Path(listing).read_text())
import gzip
pages = [(Path(p).read_bytes(), u) for p, u in items]
pages = [(gzip.decompress(raw) if p.endswith('.gz') else raw, u)
         for (raw, u), (p, _) in zip(pages, items)]
import lxml.html, newsparse
def run_parse():
    for raw, url in pages:
        with contextlib.suppress(Exception):
            newsparse.parse(raw, url=url)
def run_lxml():
    for raw, url in pages:
        lxml.html.document_fromstring(raw)
run_parse(); run_lxml()
if mode == "parse": run_parse()
elif mode == "lxml": run_lxml()
'''

def pages(group, every):
    root = Path.cwd()
    sys.path.insert(0, str(root / "benchmarks"))
    if group in ("corpus", "trafeval", "htmldate"):
        from sets import load_set
        folder = {"corpus": "../shared/corpus", "trafeval": "../shared/corpus-extra/trafeval",
                  "htmldate": "../shared/corpus-extra/htmldate"}[group]
        _, samples = load_set(Path(folder))
        items = [(str(s.path.resolve()), s.url) for s in samples]
    elif group in ("nk-html", "nk-text"):
        suffix = ".html" if group == "nk-html" else ".txt"
        items = [(str(p.resolve()), None) for p in sorted(Path("fixtures/nknews").glob("*/input.*"))
                 if p.suffix == suffix and not p.parent.name.startswith("not-article")]
    elif group == "adapters":
        items = []
        for name in ("apnews", "bbc", "guardian", "hankookilbo", "reuters", "voa"):
            for p in sorted(Path("fixtures", name).glob("*/input.html")):
                meta = json.loads((p.parent / "meta.json").read_text("utf-8"))
                items.append((str(p.resolve()), meta.get("url")))
    else:
        sys.exit(f"unknown group {group}")
    return items[::every]

def count(py, mode, listing, driver):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "cg.out")
        env = dict(os.environ, PYTHONPATH=str(Path.cwd()), PYTHONHASHSEED="0")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        py, driver, mode, listing], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for line in out.read_text().splitlines():
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise SystemExit("no totals in callgrind output")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default="trafeval")
    ap.add_argument("--every", type=int)
    ap.add_argument("--python", default=str(Path.cwd() / ".venv/bin/python"))
    a = ap.parse_args()
    every = a.every or (4 if a.pages in ("trafeval", "htmldate") else 1)
    items = pages(a.pages, every)
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp, "pages.json")
        listing.write_text(json.dumps(items))
        driver = Path(tmp, "driver.py")
        driver.write_text(DRIVER)
        base = count(a.python, "base", listing, driver)
        parse = count(a.python, "parse", listing, driver)
        lx = count(a.python, "lxml", listing, driver)
    n = len(items)
    per_parse, per_lxml = (parse - base) / n, (lx - base) / n
    print(f"{a.pages}: {n} pages (every {every}); instructions/page: "
          f"parse {per_parse / 1e6:.3f} M, "
          f"lxml {per_lxml / 1e6:.3f} M, ratio {per_parse / per_lxml:.3f}")

main()
