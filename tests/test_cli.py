"""The command line: parse over several inputs (one result per input), --limit, --time-budget."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from test_hostile import PARAGRAPHS, article_html

from newsparse.cli import main


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    good = tmp_path / "a.html"
    good.write_text(article_html(), encoding="utf-8")
    binary = tmp_path / "b.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    empty = tmp_path / "c.txt"
    empty.write_text("")
    return [good, binary, empty]


def test_parse_one_input_prints_json(pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(pages[0])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Storm hits the coast"
    assert "provenance" not in data
    assert main(["parse", "--explain", str(pages[0])]) == 0
    assert "provenance" in json.loads(capsys.readouterr().out)


def test_parse_several_inputs_gives_one_line_each(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", *map(str, pages)]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert len(lines) == 3
    assert lines[0]["title"] == "Storm hits the coast"
    assert lines[0]["input"] == str(pages[0])
    assert lines[1] == {"error": "UnsupportedInputError", "input": str(pages[1]), "url": None,
                        "message": f"{pages[1]}: this is a PNG image, not a web page or text",
                        "limit": None}
    assert lines[2]["input"] == str(pages[2]) and "empty" in lines[2]["message"]
    assert "1 articles, 0 not articles, 2 errors, 0 skipped" in captured.err


def test_parse_a_directory(pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(pages[0].parent)]) == 1  # the empty file is an error
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["input"] for line in lines] == [str(pages[0]), str(pages[2])]
    assert "empty" in lines[1]["message"]
    assert "1 articles, 0 not articles, 1 errors, 1 skipped" in captured.err  # the PNG


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(article_html().encode("utf-16")))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["parse", "-", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Storm hits the coast\n") and PARAGRAPHS[0] in out


def test_stdin_is_read_only_up_to_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    endless = io.BytesIO(b"<p>" + b"x" * 5_000_000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(endless))
    assert main(["parse", "-", "--limit", "max_input_bytes=1000"]) == 1
    assert endless.tell() <= 1001
    assert "<stdin>: max_input_bytes is 1001, above the limit of 1000" in capsys.readouterr().err


def test_limit_option_lowers_and_raises_limits(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(pages[0]), "--limit", "max_nodes=5"]) == 1
    err = capsys.readouterr().err
    assert "max_nodes" in err and "--limit max_nodes=N" in err
    assert main(["parse", str(pages[0]), "--limit", "max_nodes=5",
                 "--limit", "max-nodes=1_000"]) == 0
    assert main(["parse", str(pages[0]), "--limit", "max_input_bytes=100"]) == 1
    assert "max_input_bytes is" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["bogus=1", "max_nodes", "max_nodes=abc", "max_depth=0",
                                 "time_budget=-1"])
def test_bad_limit_is_a_usage_error(
    bad: str, pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(pages[0]), "--limit", bad])
    assert exit_info.value.code == 2
    assert "--limit" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["5", "60.5", "0", "none"])
def test_time_budget_option(value: str, pages: list[Path]) -> None:
    assert main(["parse", str(pages[0]), "--time-budget", value]) == 0


def test_adapters_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["adapters"]) == 0
    assert "generic" in capsys.readouterr().out


@pytest.mark.publisher_page("seeds/000_41a78fc8105380e5.txt")
def test_fetched_date_rejects_later_dates(capsys: pytest.CaptureFixture[str]) -> None:
    seed = Path(__file__).parent.parent / "seeds" / "000_41a78fc8105380e5.txt"
    assert main(["parse", str(seed)]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2016-09-10"
    # A plain day may be one day ahead of the fetch day (time zones): two days are too many.
    assert main(["parse", "--fetched", "2016-09-08", str(seed)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] is None
    assert [w["code"] for w in data["warnings"]] == ["date_after_fetch"]


@pytest.mark.publisher_page("seeds/000_41a78fc8105380e5.txt")
def test_text_format_prints_the_standfirst_once(capsys: pytest.CaptureFixture[str]) -> None:
    seed = Path(__file__).parent.parent / "seeds" / "000_41a78fc8105380e5.txt"
    assert main(["parse", "--format", "text", str(seed)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("After the fifth nuke test")
    assert out.count("The Kremlin fears full-scale arms race in the region") == 1
    assert "Published: 2016-09-10" in out and "By: Georgy Toloraya" in out


def test_fifo_and_directory_paths_are_refused_not_waited_on(tmp_path: Path) -> None:
    import os

    from newsparse import UnsupportedInputError, parse

    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)  # nobody writes to it: opening it would block forever
    with pytest.raises(UnsupportedInputError, match="not a regular file"):
        parse(fifo)
    with pytest.raises(UnsupportedInputError, match="a directory"):
        parse(tmp_path)
