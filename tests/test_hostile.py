"""Bad-input corpus, part 1: empty, binary, broken encodings, oversized input, gzip bombs.

Every case states its expected outcome (an Article with which fields, or which error), a CPU
time bound and a memory bound. Each case runs in a forked child (see :func:`bounded`), so a hang
is killed and reported instead of stalling the suite, and the child's peak RSS gives the memory
used. The time bound is the child's CPU time, never wall time, so a loaded machine (other
processes on the same cores) cannot fail it; wall time only guards against a hang, in minutes.
Bounds are generous for a slow 2-core machine but still catch a hang or a 10x blow-up. Large
inputs are generated here, never committed.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import os
import random
import select
import signal
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsparse import Article, Limits, NewsparseError, parse
from newsparse.decode import decode

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="bounded runs need os.fork")

MB = 1024 * 1024

PARAGRAPHS = [
    "Heavy rain and gusts of up to 120 km/h reached the coast on Tuesday night, officials said.",
    "More than 4,000 homes lost power, and the regional rail service was suspended until noon.",
    "The weather office expects the storm to weaken as it moves inland over the next two days.",
]


def article_html(title: str = "Storm hits the coast", paragraphs: list[str] = PARAGRAPHS,
                 head: str = "", charset: str = "utf-8") -> str:
    """A small, well-formed news article page."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{title}</title>'
        f"{head}</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def summary(article: Article) -> dict[str, Any]:
    """What the tests look at: the serialised article, the body text cut to 5,000,000 chars."""
    data = article.to_dict()
    data["text"] = article.text[:5_000_000]
    data["blocks"] = len(article.body)
    data["last"] = article.paragraphs[-1] if article.body else None
    data.pop("body")
    return data


def bounded(fn: Callable[[], Article], *, seconds: float, mb: float) -> dict[str, Any]:
    """Run ``fn`` in a forked child and return its outcome, asserting the bounds.

    The outcome is ``{"article": summary}`` or ``{"error": class name, "message", "limit"}``.
    Any other exception is a test failure (a crash), and so is a run over ``seconds`` of the
    child's CPU time (``time.process_time``: what the parse costs, whatever the load; the
    child is killed by ``RLIMIT_CPU`` at three times the bound) or a peak RSS growth over
    ``mb`` megabytes. Wall time is only a hang guard (:func:`_hang_guard`, minutes), for a
    child that waits instead of computing.
    """
    import resource  # POSIX only, as os.fork

    read_end, write_end = os.pipe()
    base = _rss_mb() if sys.platform.startswith("linux") else None
    cpu_kill = math.ceil(max(3 * seconds, seconds + 10))
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        try:
            used = resource.getrusage(resource.RUSAGE_SELF)
            resource.setrlimit(resource.RLIMIT_CPU, (
                math.ceil(used.ru_utime + used.ru_stime) + cpu_kill, resource.RLIM_INFINITY))
            started, cpu = time.perf_counter(), time.process_time()
            try:
                out: dict[str, Any] = {"article": summary(fn())}
            except NewsparseError as exc:
                out = {"error": type(exc).__name__, "message": str(exc),
                       "limit": getattr(exc, "limit", None)}
            except BaseException as exc:  # noqa: BLE001 - reported to the parent as a crash
                out = {"crash": f"{type(exc).__name__}: {exc}"}
            out["cpu"] = time.process_time() - cpu
            out["wall"] = time.perf_counter() - started
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(json.dumps(out).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + _hang_guard(seconds)
    with os.fdopen(read_end, "rb") as pipe:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                pytest.fail(f"hang: no result after {_hang_guard(seconds):.0f} s of wall time "
                            f"(CPU bound {seconds} s)")
            ready, _, _ = select.select([pipe], [], [], min(left, 1.0))
            if ready:
                chunk = os.read(pipe.fileno(), 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
    _, status, usage = os.wait4(pid, 0)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
        pytest.fail(f"killed at {cpu_kill} s of CPU time (bound {seconds} s)")
    assert chunks, f"the child died without a result (status {status})"
    out = json.loads(b"".join(chunks))
    assert "crash" not in out, f"crash: {out['crash']}"
    assert out["cpu"] <= seconds, f"took {out['cpu']:.1f} s of CPU time, bound {seconds} s"
    peak = usage.ru_maxrss / 1024 - base if base is not None else float("nan")
    outcome = out.get("error") or "Article"
    print(f"bounded: {outcome}, {out['cpu']:.2f} s CPU of {seconds} s ({out['wall']:.2f} s "
          f"wall), {peak:.0f} MB of {mb} MB")
    assert not peak > mb, f"peak memory grew by {peak:.0f} MB, bound {mb} MB"
    return out


def _hang_guard(seconds: float) -> float:
    """Wall seconds after which a bounded child counts as hung: minutes, far above any load."""
    return max(300.0, 20 * seconds)


def expect_error(out: dict[str, Any], error: str, *words: str, limit: str | None = None) -> None:
    title = out.get("article", {}).get("title")
    assert "error" in out, f"expected {error}, got an article: {title}"
    assert out["error"] == error, out
    for word in words:
        assert word in out["message"], out["message"]
    if limit is not None:
        assert out["limit"] == limit
        assert f"--limit {limit}=N" in out["message"] or "--time-budget" in out["message"]


def expect_article(out: dict[str, Any], title: str = "Storm hits the coast",
                   texts: list[str] = PARAGRAPHS) -> dict[str, Any]:
    assert "article" in out, f"expected an article, got {out}"
    article: dict[str, Any] = out["article"]
    assert article["title"] == title
    for text in texts:
        assert text in article["text"]
    return article


# -- empty and binary ------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n  ", "", "   \n\u00a0\u3000 "],
                         ids=["bytes", "whitespace-bytes", "str", "whitespace-str"])
def test_empty_input_is_refused(data: str | bytes) -> None:
    out = bounded(lambda: parse(data), seconds=5, mb=50)
    expect_error(out, "UnsupportedInputError", "empty")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", article_html())
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "word"), [
    (b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(4000), "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF document"),
    (_zip(), "ZIP archive"),
    (random.Random(2).randbytes(MB), "looks binary"),
    (b"\x00" * 4096, "looks binary"),
    (b"\x00\x00\x00\x18ftypmp42" + random.Random(4).randbytes(4000), "MP4"),
    (gzip.compress(gzip.compress(b"<p>twice</p>")), "gzip archive inside gzip"),
], ids=["png", "pdf", "zip", "random-1mb", "all-nul", "mp4", "gzip-in-gzip"])
def test_binary_input_is_refused(data: bytes, word: str) -> None:
    out = bounded(lambda: parse(data), seconds=5, mb=60)
    expect_error(out, "UnsupportedInputError", word)


def test_nul_bytes_inside_a_page_are_dropped() -> None:
    page = article_html().replace("Storm hits", "Storm\x00 hits").replace("Heavy", "\x00Heavy")
    out = bounded(lambda: parse(page.encode()), seconds=5, mb=60)
    article = expect_article(out)
    assert "\x00" not in json.dumps(article)


def test_lone_surrogates_in_str_input_do_not_cut_the_page() -> None:
    # libxml2 stops silently at a lone surrogate; they are replaced with U+FFFD first.
    page = article_html().replace("Storm hits", "Storm\udcff hits").replace("Heavy", "\ud800Heavy")
    out = bounded(lambda: parse(page), seconds=5, mb=60)
    article = expect_article(out, title="Storm\ufffd hits the coast", texts=PARAGRAPHS[1:])
    assert "\ufffdHeavy rain" in article["text"]


# -- encodings -------------------------------------------------------------------------------

ACCENTED = ["Café owners in Zürich said the “storm” cost them €2,000 each — a heavy blow."]


def test_invalid_utf8_bytes_are_read_as_windows_1252() -> None:
    # A UTF-8 page with one stray windows-1252 byte (0x92 is a right single quote).
    quote = "The mayor\u2019s office said that the clean-up would take at least another week."
    page = article_html(paragraphs=[*ACCENTED, quote]).encode()
    page = page.replace("\u2019".encode(), b"\x92")
    out = bounded(lambda: parse(page), seconds=5, mb=60)
    expect_article(out, texts=[*ACCENTED, quote])


@pytest.mark.parametrize(("data", "text"), [
    ("Café “x” ".encode() + b"\x92 ok", "Café “x” ’ ok"),  # UTF-8 and one stray byte
    (("x" * 5000 + "é").encode() + b"\x92", "x" * 5000 + "é’"),  # mostly ASCII
    (b"caf\xe9 \x93x\x94 \x81", "café “x” \x81"),  # windows-1252 (0x81: a C1 control)
    ("é".encode() * 1000 + b"\x92" * 1500, "é" * 1000 + "’" * 1500),  # many stray bytes
    ("é".encode() * 100 + b"\xe9" * 300, "Ã©" * 100 + "é" * 300),  # mostly windows-1252
])
def test_decoding_of_invalid_utf8(data: bytes, text: str) -> None:
    # Checked on decode() itself: clean() would repair mojibake and hide a wrong decision.
    assert decode(data, "<bytes>", Limits()) == text


def test_windows_1252_page_without_declaration() -> None:
    page = article_html(paragraphs=ACCENTED, charset="").replace(' charset=""', "")
    out = bounded(lambda: parse(page.encode("cp1252")), seconds=5, mb=60)
    expect_article(out, texts=ACCENTED)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings_with_and_without_bom(codec: str) -> None:
    page = article_html(paragraphs=ACCENTED)
    reference = bounded(lambda: parse(page.encode("utf-8")), seconds=5, mb=60)
    out = bounded(lambda: parse(page.encode(codec)), seconds=5, mb=60)
    expect_article(out, texts=ACCENTED)
    assert out["article"] == reference["article"]


@pytest.mark.parametrize(("declared", "codec"), [
    ("iso-8859-1", "utf-8"),  # declared Latin-1, really UTF-8
    ("utf-8", "cp1252"),  # declared UTF-8, really windows-1252
    ("utf-16", "cp1252"),  # a BOM-less page cannot be UTF-16 as declared
    ("base64", "cp1252"),  # not a text encoding at all
    ("punycode", "cp1252"),  # a Python codec, but no page charset
    ("unicode-escape", "cp1252"),
    ("no-such-charset", "cp1252"),
])
def test_wrong_declared_charset(declared: str, codec: str) -> None:
    page = article_html(paragraphs=ACCENTED, charset=declared).encode(codec)
    out = bounded(lambda: parse(page), seconds=5, mb=60)
    expect_article(out, texts=ACCENTED)


def test_mojibake_is_repaired() -> None:
    title = "Why we don\u2019t panic"
    # UTF-8 bytes read as windows-1252 (its undefined bytes as C1 controls, as browsers do).
    raw = article_html(title=title, paragraphs=ACCENTED).encode("utf-8")
    mangled = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
    assert "donâ€™t" in mangled and "CafÃ©" in mangled
    out = bounded(lambda: parse(mangled.encode("utf-8")), seconds=5, mb=60)
    expect_article(out, title=title, texts=ACCENTED)


# -- truncated and oversized -----------------------------------------------------------------


def test_truncated_html_gives_what_is_there() -> None:
    page = article_html()
    cut = page[: page.index(PARAGRAPHS[1]) + 20]
    out = bounded(lambda: parse(cut), seconds=5, mb=60)
    expect_article(out, texts=[PARAGRAPHS[0]])


def test_unclosed_tags() -> None:
    page = "<html><body><article><h1>Storm hits the coast</h1><div><span>" + "".join(
        f"<p><b><i>{p}" for p in PARAGRAPHS
    )
    out = bounded(lambda: parse(page), seconds=5, mb=60)
    expect_article(out)


def _big_page(size: int) -> bytes:
    rng = random.Random(3)
    words = ["storm", "rain", "coast", "power", "rail", "office", "mayor", "city", "wind"]
    paragraphs = []
    total = 0
    while total < size:
        text = " ".join(rng.choice(words) for _ in range(800)) + f" ({len(paragraphs)})."
        paragraphs.append(f"<p>{text}</p>\n")
        total += len(paragraphs[-1])
    return article_html(paragraphs=[]).replace("</h1>", "</h1>" + "".join(paragraphs)).encode()


def test_50mb_page(tmp_path: Path) -> None:
    page = _big_page(50 * MB)
    path = tmp_path / "big.html"
    path.write_bytes(page)
    for source in (page, path):
        out = bounded(lambda: parse(source), seconds=5, mb=60)  # noqa: B023 - run at once
        expect_error(out, "LimitExceededError", "max_input_bytes", limit="max_input_bytes")
    out = bounded(lambda: parse(page.decode()), seconds=5, mb=60)
    expect_error(out, "LimitExceededError", limit="max_input_bytes")
    raised = Limits(max_input_bytes=64 * MB)
    out = bounded(lambda: parse(path, limits=raised), seconds=60, mb=700)
    expect_article(out, texts=[])
    assert out["article"]["blocks"] > 1000


def test_30mb_of_plain_text_on_one_line() -> None:
    # Just under the default max_input_bytes; the headline would be the whole text, so no body.
    page = "word " * 6_000_000
    out = bounded(lambda: parse(page), seconds=60, mb=1000)
    expect_error(out, "NotAnArticleError", "no article text")


# -- gzip ------------------------------------------------------------------------------------


def _gzip_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\x00" * MB
    return b"".join(packer.compress(chunk) for _ in range(size // MB)) + packer.flush()


def test_gzip_bomb(tmp_path: Path) -> None:
    bomb = _gzip_zeros(256 * MB)  # 256 MB of zeros in about 250 KB
    assert len(bomb) < MB
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(bomb)
    for source in (bomb, path):
        out = bounded(lambda: parse(source), seconds=10, mb=300)  # noqa: B023 - run at once
        expect_error(out, "LimitExceededError", "max_decompressed_bytes",
                     limit="max_decompressed_bytes")


def test_gzip_bomb_of_many_members() -> None:
    member = gzip.compress(b" " * MB, mtime=0)
    bomb = member * 100  # 100 members of 1 MB each: every member counts toward the limit
    out = bounded(lambda: parse(bomb), seconds=10, mb=300)
    expect_error(out, "LimitExceededError", limit="max_decompressed_bytes")


def test_gzip_article_truncated_and_corrupt(tmp_path: Path) -> None:
    packed = gzip.compress(article_html().encode(), mtime=0)
    path = tmp_path / "page.html.gz"
    path.write_bytes(packed)
    expect_article(bounded(lambda: parse(path), seconds=5, mb=60))
    out = bounded(lambda: parse(packed[: len(packed) // 2]), seconds=5, mb=60)
    expect_error(out, "UnsupportedInputError", "truncated")
    corrupt = packed[:10] + bytes(b ^ 0x5A for b in packed[10:40]) + packed[40:]
    out = bounded(lambda: parse(corrupt), seconds=5, mb=60)
    expect_error(out, "UnsupportedInputError", "gzip")
