"""Coverage-guided fuzzing of ``newsparse.parse`` on bytes (and str) input.

With atheris installed (``pip install -e ".[fuzz]"``) this is a libFuzzer harness; without it,
a pure-Python mutation loop over the same seeds runs instead (no coverage guidance).

    python fuzz/fuzz_parse.py --seconds 60          # short run (CI)
    python fuzz/fuzz_parse.py --seconds 900         # longer run, on demand
    python fuzz/fuzz_parse.py --replay CRASH_FILE   # re-run one input
    python fuzz/fuzz_parse.py -- -runs=2000         # raw libFuzzer options after --

Seeds: every fixture input (fixtures/*/*/input.*) and seeds/*. A crash is any exception that is
not a NewsparseError, a broken invariant (round trip through to_dict/from_dict, an empty string
in a tuple field, a date after the fetch date), a hang (libFuzzer -timeout) or an out-of-memory
(-rss_limit_mb). Crash inputs are written to fuzz/crashes/; each one found becomes a regression
fixture under fixtures/hostile/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRASHES = ROOT / "fuzz" / "crashes"
REGRESSIONS = ROOT / "fuzz" / "regressions"
FETCHED = dt.date(2024, 6, 1)

try:
    import atheris  # type: ignore[import-untyped,unused-ignore]  # optional
except ImportError:  # pragma: no cover - depends on the environment
    atheris = None

if atheris is not None and not {"--ci", "--no-atheris", "--replay"} & set(sys.argv):
    with atheris.instrument_imports(include=["newsparse"]):
        import newsparse
        from newsparse import Article, Limits, NewsparseError, parse
        from newsparse.batch import parse_many
else:
    import newsparse
    from newsparse import Article, Limits, NewsparseError, parse
    from newsparse.batch import parse_many

LIMITS = Limits(time_budget=None)
DOMAINS = sorted(d for e in newsparse.default_registry() for d in e.adapter.domains)


def check_article(article: Article) -> None:
    """The invariants every returned Article must hold (raise AssertionError otherwise)."""
    data = article.to_dict()
    again = Article.from_dict(data)
    if again != article or again.to_dict() != data:
        raise AssertionError(f"to_dict/from_dict round trip changed the article: {article!r}")
    # The batch worker sends articles to its parent as JSON text: that trip must hold too.
    if Article.from_dict(json.loads(json.dumps(data))) != article:
        raise AssertionError(f"the JSON round trip changed the article: {article!r}")
    for field in ("authors", "tags"):
        if any(not item or item != item.strip() for item in getattr(article, field)):
            raise AssertionError(f"{field} holds an empty or unstripped string: {article!r}")
    codes = {warning.code for warning in article.warnings}
    if not article.title and "missing_title" not in codes:  # issue 9: said, never silent
        raise AssertionError("empty title without a missing_title warning")
    if any(not block.text for block in article.body):
        raise AssertionError("empty block")
    for field in ("published", "modified"):
        value = getattr(article, field)
        if value is None:
            continue
        day = value.astimezone(dt.timezone.utc).date() if isinstance(value, dt.datetime) else value
        if day > FETCHED:
            raise AssertionError(f"{field} {value} is after the fetch date {FETCHED}")


def one_input(data: bytes) -> None:
    """Parse ``data`` one of five ways chosen by its first byte (bytes, str, gzip, with a URL,
    routed to a site adapter); only NewsparseError may escape parse(), and every Article must
    pass :func:`check_article`."""
    if not data:
        return
    mode, body = data[0] % 5, data[1:]
    source: str | bytes = body
    url = None
    if mode == 1:
        source = body.decode("utf-8", errors="surrogateescape" if len(body) % 2 else "replace")
    elif mode == 2:
        source = gzip.compress(body, compresslevel=1, mtime=0)
    elif mode == 3:
        url = "https://example.com/news/2024/05/story"
    elif mode == 4 and DOMAINS and body:  # route to a site adapter by its domain
        url = f"https://www.{DOMAINS[body[0] % len(DOMAINS)]}/news/2024/05/01/story"
        source = body[1:]
    try:
        article: Article | None = parse(source, url=url, fetched=FETCHED, limits=LIMITS)
    except NewsparseError as exc:
        article, error = None, type(exc).__name__
    # parse_many (inline: the same process, so the fuzzer sees its coverage) must agree.
    (batch,) = parse_many([source], url=url, fetched=FETCHED, limits=LIMITS, mechanism="inline")
    if article is None:
        if isinstance(batch, Article) or batch.error != error:
            raise AssertionError(f"parse raised {error}, parse_many gave {batch!r}")
        return
    if batch != article:
        raise AssertionError(f"parse_many gave {batch!r}, parse gave {article!r}")
    check_article(article)


def seeds() -> list[bytes]:
    """Fixture inputs and seeds, read as bytes (each prefixed with each mode byte)."""
    paths = sorted(ROOT.glob("fixtures/*/*/input.*")) + sorted(ROOT.glob("seeds/*"))
    found: list[bytes] = []
    for path in paths:
        data = path.read_bytes()
        if path.suffix == ".gz":
            try:
                data = gzip.decompress(data)
            except OSError:
                continue
        found.extend(bytes([mode]) + data[:200_000] for mode in range(4))
        found.extend(bytes([4, index]) + data[:200_000] for index in range(len(DOMAINS)))
    return found or [b"\x00<html><body><h1>Title</h1><p>Text.</p></body></html>"]


# -- pure-Python fallback ----------------------------------------------------------------

TOKENS = [
    b"<", b">", b"</p>", b"<p>", b"<div>", b"<h1>", b"</h1>", b"<article>", b"<script>",
    b'<script type="application/ld+json">', b"</script>", b'{"@type":"NewsArticle",',
    b'"headline":', b'"datePublished":', b'"author":', b"[", b"]", b"{", b"}", b"NaN",
    b"1e999", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3\xa9", b"\xc3\x83\xc2\xa9",
    b"\xe2\x80", b"&#", b"&amp;", b"<!DOCTYPE html [<!ENTITY a 'b'>]>", b"<?xml?>",
    b'<meta charset="utf-16">', b'<meta name="author" content="', b'<time datetime="',
    b"0000-00-00", b"99999-12-31", b"2024-02-30", b"By ", b" and ", b"@", b"\r\n\r\n",
]


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """One to four random edits: flip, insert, delete, duplicate, token, splice."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        pos = rng.randint(0, len(buf))
        op = rng.randrange(6)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = bytes([rng.randrange(256)])
        elif op == 2 and buf:
            del buf[pos:pos + rng.randint(1, 64)]
        elif op == 3 and buf:
            start = rng.randrange(len(buf))
            buf[pos:pos] = buf[start:start + rng.randint(1, 256)] * rng.randint(1, 8)
        elif op == 4:
            buf[pos:pos] = rng.choice(TOKENS) * rng.choice((1, 1, 2, 50))
        else:
            other = rng.choice(pool)
            start = rng.randrange(len(other) + 1)
            buf[pos:] = other[start:start + rng.randint(1, 4096)]
    return bytes(buf[:300_000])


def _record(data: bytes, exc: BaseException) -> None:
    CRASHES.mkdir(parents=True, exist_ok=True)
    path = CRASHES / f"crash-{hashlib.sha1(data).hexdigest()}"
    path.write_bytes(data)
    print(f"CRASH {type(exc).__name__}: {exc} -> {path}", flush=True)


def fallback(seconds: float, runs: int, seed: int, max_len: int) -> int:
    """Mutation loop without coverage feedback; returns the number of crashes.

    With ``runs`` set and ``seconds`` <= 0 it is deterministic: the same seed gives the same
    inputs in the same order on every machine."""
    rng = random.Random(seed)
    pool = [data[:max_len] for data in seeds()]
    deadline = time.monotonic() + seconds if seconds > 0 else float("inf")
    done = crashes = 0
    while time.monotonic() < deadline and (runs <= 0 or done < runs):
        data = mutate(rng.choice(pool), rng, pool)[:max_len]
        done += 1
        try:
            one_input(data)
        except Exception as exc:  # noqa: BLE001 - every escape is a crash to record
            crashes += 1
            _record(data, exc)
        if done % 10_000 == 0:  # a long run stopped early still tells how far it got
            print(f"fallback fuzzer (seed {seed}): {done} executions so far, {crashes} crashes",
                  flush=True)
    print(f"fallback fuzzer (seed {seed}): {done} executions, {crashes} crashes", flush=True)
    return crashes


def replay_regressions() -> int:
    """Run every committed regression input (fuzz/regressions/); returns the number failing."""
    failed = 0
    paths = sorted(REGRESSIONS.glob("*"))
    for path in paths:
        try:
            one_input(path.read_bytes())
        except Exception as exc:  # noqa: BLE001 - every escape is a failure to report
            failed += 1
            print(f"REGRESSION {path.name}: {type(exc).__name__}: {exc}", flush=True)
    print(f"replayed {len(paths)} regression inputs, {failed} failing", flush=True)
    return failed


def main(argv: list[str]) -> int:
    """Parse options, then run the CI check, libFuzzer (atheris) or the fallback loop."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ci", action="store_true",
                        help="deterministic: replay fuzz/regressions/, then --runs inputs of the "
                             "fallback loop with --seed (no clock involved)")
    parser.add_argument("--seconds", type=float, default=60.0, help="total run time")
    parser.add_argument("--runs", type=int, default=0, help="stop after N inputs (0: no cap)")
    parser.add_argument("--replay", type=Path, help="run one input file and report")
    parser.add_argument("--no-atheris", action="store_true", help="use the fallback loop")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-len", type=int, default=65536,
                        help="longest input built (smaller: many more executions per second)")
    parser.add_argument("--corpus", type=Path,
                        help="libFuzzer corpus directory kept between runs (default: temporary)")
    args, extra = parser.parse_known_args(argv[1:])
    extra = [a for a in extra if a != "--"]
    print(f"newsparse {newsparse.__version__}, atheris: {atheris is not None}", flush=True)
    if args.replay:
        one_input(args.replay.read_bytes())
        print(f"{args.replay}: ok")
        return 0
    if args.ci:
        failed = replay_regressions()
        failed += fallback(0, args.runs or 400, args.seed, min(args.max_len, 16384))
        return 1 if failed else 0
    if atheris is None or args.no_atheris:
        return 1 if fallback(args.seconds, args.runs, args.seed, args.max_len) else 0
    CRASHES.mkdir(parents=True, exist_ok=True)
    corpus = tempfile.mkdtemp(prefix="newsparse-fuzz-")
    dictionary = Path(corpus, "tokens.dict")
    dictionary.write_text(
        "".join('"' + "".join(f"\\x{b:02x}" for b in token) + '"\n' for token in TOKENS)
    )
    corpus_dir = args.corpus or Path(corpus, "corpus")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    if not any(corpus_dir.iterdir()):
        for index, data in enumerate([*seeds(), *map(Path.read_bytes, REGRESSIONS.glob("*"))]):
            Path(corpus_dir, f"seed-{index:04d}").write_bytes(data[:args.max_len])
    options = [
        f"-dict={dictionary}", f"-max_total_time={int(args.seconds)}", "-timeout=20",
        "-rss_limit_mb=2048", f"-max_len={args.max_len}", f"-artifact_prefix={CRASHES}{os.sep}",
        f"-seed={args.seed}", "-print_final_stats=1",
    ]
    if args.runs:
        options.append(f"-runs={args.runs}")
    atheris.Setup([argv[0], *options, *extra, str(corpus_dir)], one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
