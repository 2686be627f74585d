"""WARC and feed inputs, output formats and -o DIR, --errors, and the CLI's clean ends
(closed pipe, Ctrl-C, any stdout encoding)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_pages import article_html, feed_atom, feed_rss, warc

from newsparse import Article, Limits
from newsparse.cli import main
from newsparse.inputs import Done, Input, Skipped, expand

ROOT = Path(__file__).parent.parent


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize("compressed", [False, True])
def test_warc_response_records_are_pages(compressed: bool, tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.bin")  # found by content
    path.write_bytes(warc(compressed))
    items = list(expand([str(path)], Limits()))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Skipped", "Skipped", "Input", "Skipped", "Input", "Skipped", "Done",
                     "Input"]
    pages = [i for i in items if isinstance(i, Input)]
    assert [p.url for p in pages] == ["https://example.com/a", "https://example.com/b",
                                      "https://example.com/c"]
    assert all(p.id.startswith(f"{path}@") and p.grouped for p in pages)
    fetched = pages[0].fetched
    assert fetched is not None and fetched.isoformat() == "2024-05-03T10:00:00+00:00"
    assert b"Second story" in pages[1].source  # type: ignore[operator]  # gzip undone
    skipped = [i.reason for i in items if isinstance(i, Skipped)]
    assert skipped == ["a WARC warcinfo record", "a WARC request record", "a image/png payload",
                       "an HTTP 301 response"]
    broken = next(i for i in items if isinstance(i, Done))
    assert "broken WARC record" in broken.result.message  # type: ignore[union-attr]


def test_warc_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastwarc")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(True))
    assert main(["parse", str(path), "--jobs", "2"]) == 1
    captured = capsys.readouterr()
    lines = _lines(captured.out)
    assert [line.get("title") or line.get("error") for line in lines] == [
        "First story", "Second story", "WarcError", "NotAnArticleError"]
    assert lines[0]["url"] == "https://example.com/a" and lines[0]["input"].startswith(str(path))
    assert lines[3]["url"] == "https://example.com/c"
    assert "2 articles, 1 not articles, 1 errors, 4 skipped" in captured.err


def test_a_damaged_warc_is_read_up_to_the_damage(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    data = warc(False)
    cut = data.index(b"WARC/1.0", data.index(b"First story"))
    path = tmp_path / "bad.warc"
    path.write_bytes(data[:cut] + b"GARBAGE\r\n\r\n" + data[cut:])
    items = list(expand([str(path)], Limits()))
    assert isinstance(items[2], Input) and isinstance(items[-1], Done)
    assert "the rest of this file is not read" in items[-1].result.message  # type: ignore[union-attr]


def test_rss_items_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_rss(), encoding="utf-8")
    items = list(expand([str(path)], Limits()))
    assert [type(i).__name__ for i in items] == ["Done", "Done", "Skipped"]
    full, short = (i.result for i in items[:2])  # type: ignore[union-attr]
    assert isinstance(full, Article) and isinstance(short, Article)
    assert full.title == "Storm hits & the coast" and full.url == "https://example.com/storm"
    assert full.authors == ("Jane Doe", "John Roe") and full.tags == ("Weather",)
    assert full.published is not None and full.published.isoformat() == "2024-05-07T10:30:00+02:00"
    assert [(b.kind, b.text) for b in full.body] == [
        ("paragraph", "First paragraph of the storm."), ("heading", "Aftermath"),
        ("paragraph", "Second paragraph."), ("list_item", "One point")]
    assert not full.warnings and full.adapter == "feed"
    assert short.authors == ("News Desk",) and short.paragraphs == ("Only a teaser here.",)
    assert short.published == __import__("datetime").date(2024, 5, 8)  # -0000: zone unknown
    assert [w.code for w in short.warnings] == ["feed_summary_only"]
    assert items[0].input.id == f"{path}#1"


def test_atom_entries_are_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "atom"
    path.write_text(feed_atom(), encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    rates, plain = _lines(capsys.readouterr().out)
    assert rates["title"] == "Rates rise" and rates["url"] == "https://example.org/rates"
    assert rates["authors"] == ["Ann Author"] and rates["tags"] == ["Economy"]
    assert rates["published"] == "2024-05-07T08:00:00+00:00"
    assert rates["modified"] == "2024-05-07T09:30:00+01:00"
    assert [b["kind"] for b in rates["body"]] == ["paragraph", "quote"]
    assert plain["modified"] == "2024-05-06" and len(plain["body"]) == 2


def test_a_broken_feed_keeps_its_first_items(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    text = feed_rss()
    path.write_text(text[: text.index("<item><link>")] + "<item><title>oops</item>")
    items = list(expand([str(path)], Limits()))
    assert [type(i).__name__ for i in items] == ["Done", "Done", "Done"]
    assert items[2].result.error == "FeedError"  # type: ignore[union-attr]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.html").write_text(article_html("Alpha"), encoding="utf-8")
    (root / "sub" / "b.htm").write_text(article_html("Beta"), encoding="utf-8")
    (root / "sub" / "empty.txt").write_text("")
    (root / "news.rss").write_text(feed_rss(), encoding="utf-8")
    return root


def test_output_dir_mirrors_the_input_tree(tree: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["parse", str(tree), "-o", str(out), "--jobs", "1"]) == 1
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["a.html.json", "errors.jsonl", "news.rss.jsonl", "sub/b.htm.json"]
    assert json.loads((out / "sub" / "b.htm.json").read_text())["title"] == "Beta"
    assert [a["title"] for a in _lines((out / "news.rss.jsonl").read_text())] == [
        "Storm hits & the coast", "Summary only"]
    (error,) = _lines((out / "errors.jsonl").read_text())
    assert error["input"] == str(tree / "sub" / "empty.txt")
    assert capsys.readouterr().out == ""


def test_errors_file_and_csv(tree: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    errors = tmp_path / "errors.jsonl"
    assert main(["parse", str(tree), "--format", "csv", "--errors", str(errors), "-q"]) == 1
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert [r["title"] for r in rows] == ["Alpha", "Storm hits & the coast", "Summary only",
                                          "Beta"]
    assert rows[1]["authors"] == "Jane Doe; John Roe" and "Second paragraph." in rows[1]["text"]
    assert captured.err == ""  # --quiet
    assert len(_lines(errors.read_text())) == 1


def test_markdown(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tree / "news.rss"), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Storm hits & the coast\n") and "## Aftermath" in out
    assert "- One point" in out and "- By: Jane Doe, John Roe" in out


def test_parquet(tree: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pq"
    assert main(["parse", str(tree / "news.rss"), "--format", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out / "news.rss.parquet")
    assert table.column("title").to_pylist() == ["Storm hits & the coast", "Summary only"]
    assert table.column("authors").to_pylist()[0] == ["Jane Doe", "John Roe"]


def _default_sigint() -> None:
    """In the child before exec: Ctrl-C acts as in a terminal's foreground job, even when the
    suite itself runs where SIGINT is ignored (a shell's background job, nohup), which the child
    would otherwise inherit and keep."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cli(*args: str, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "newsparse", "parse", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, **env}, preexec_fn=_default_sigint)


@pytest.fixture
def many(tmp_path: Path) -> Path:
    root = tmp_path / "many"
    root.mkdir()
    for i in range(300):
        (root / f"p{i:03}.html").write_text(article_html(f"Story {i}"), encoding="utf-8")
    return root


def test_a_closed_pipe_stops_quietly(many: Path) -> None:
    proc = _cli(str(many), "--jobs", "2")
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["title"] == "Story 0"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.parametrize(("jobs", "stop", "status"), [
    ("1", signal.SIGINT, 130), ("2", signal.SIGINT, 130), ("2", signal.SIGTERM, 143)])
def test_ctrl_c_stops_flushes_and_summarises(
    jobs: str, stop: signal.Signals, status: int, tmp_path: Path
) -> None:
    fifo = tmp_path / "rows.jsonl"
    os.mkfifo(fifo)  # the manifest never ends: the run waits on it until interrupted
    page = tmp_path / "p.html"
    page.write_text(article_html(), encoding="utf-8")
    budget = "none" if jobs == "1" else "60"  # one job, no budget: no worker process at all
    proc = _cli("--manifest", str(fifo), "--jobs", jobs, "--time-budget", budget)
    with open(fifo, "w") as rows:
        for _ in range(3):
            rows.write(json.dumps({"path": str(page)}) + "\n")
        rows.flush()
        assert proc.stdout is not None and proc.stderr is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        time.sleep(0.2)
        proc.send_signal(stop)
        assert proc.wait(60) == status
    assert all(json.loads(line)["title"] == "Storm hits the coast" for line in lines)
    assert proc.stdout.read() == b""
    assert "3 articles, 0 not articles, 0 errors, 0 skipped" in proc.stderr.read().decode()


def test_any_stdout_encoding(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(article_html("북한 — ünïcödé"), encoding="utf-8")
    proc = _cli(str(page), str(page), PYTHONIOENCODING="cp1252")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["북한 — ünïcödé"] * 2
    proc = _cli(str(page), "--format", "text", PYTHONIOENCODING="cp1252")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and out.startswith(b"\\ubd81\\ud55c \x97 \xfcn")


def test_feeds_resolve_no_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    path = tmp_path / "feed.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY s SYSTEM "file://{secret}">'
        '<!ENTITY big "xxxxxxxxxx">]><rss><channel><item><title>T &s; &big;</title>'
        "<description>Body &s;</description></item></channel></rss>")
    items = list(expand([str(path)], Limits()))
    text = json.dumps([i.result.to_dict() for i in items if isinstance(i, Done)])  # type: ignore[union-attr]
    assert "TOP-SECRET-MARKER" not in text


def test_a_warc_without_the_extra_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)  # import fails as if not installed
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(True))
    (item,) = list(expand([str(path)], Limits()))
    assert isinstance(item, Done) and "pip install 'newsparse[warc]'" in item.result.message  # type: ignore[union-attr]
