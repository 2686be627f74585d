"""CLI details: the progress line on a terminal only, stdin holding a WARC, non-UTF-8 file
names, SIGTERM."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest
from batch_pages import article_html, warc

from newsparse.cli import _parser
from newsparse.cli_batch import run_parse
from newsparse.limits import Limits


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(argv: list[str], err: io.StringIO) -> tuple[int, str]:
    out = io.StringIO()
    status = run_parse(_parser().parse_args(["parse", *argv]), Limits(), out, err)
    return status, out.getvalue()


def test_progress_is_drawn_on_a_terminal_only(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"p{i}.html").write_text(article_html(f"S{i}"), encoding="utf-8")
    files = [str(p) for p in sorted(tmp_path.glob("*.html"))]
    terminal = _Terminal()
    status, out = _run([*files, "--jobs", "1"], terminal)
    assert status == 0 and len(out.splitlines()) == 3
    shown = terminal.getvalue()
    assert "\r1/3 inputs, 1 pages, " in shown and "pages/s, 0 errors, ETA " in shown
    assert shown.rstrip().endswith("3 articles, 0 not articles, 0 errors, 0 skipped in "
                                   + shown.rstrip().split(" in ")[-1])
    plain = io.StringIO()
    _run([*files, "--jobs", "1"], plain)
    assert "\r" not in plain.getvalue() and "3 articles" in plain.getvalue()
    quiet = _Terminal()
    _run([*files, "--jobs", "1", "--quiet"], quiet)
    assert quiet.getvalue() == ""


def test_stdin_holding_a_warc(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("fastwarc")
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(warc(True))))
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out = _run(["-", "--jobs", "1"], io.StringIO())
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("title") for line in lines[:2]] == ["First story", "Second story"]
    assert lines[0]["input"].startswith("<stdin>@") and status == 1


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names: Linux")
def test_a_non_utf8_file_name(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.html")
    with open(name, "wb") as handle:
        handle.write(article_html().encode())
    err = io.StringIO()
    status, out = _run([str(tmp_path), "--jobs", "1"], err)
    (line,) = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and line["input"].endswith("caf\\xe9.html")
