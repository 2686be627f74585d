"""Batch inputs: ids on every record, manifests, --url with several inputs, JSON arrays,
directory walking with sniffing, and an input set that yields nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from batch_pages import article_html

from newsparse import Limits
from newsparse.cli import main
from newsparse.inputs import Done, Input, Skipped, expand
from newsparse.inputs.sniff import sniff

NKNEWS = Path(__file__).parent.parent / "seeds" / "000_41a78fc8105380e5.txt"


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_sniff_tells_kinds_apart() -> None:
    assert sniff(b"WARC/1.0\r\nWARC-Type: warcinfo") == "warc"
    assert sniff(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">') == "feed"
    assert sniff(b'<feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert sniff(b"<!DOCTYPE html><html>") == "page"
    assert sniff(b"Plain text dump\nsecond line") == "page"
    assert sniff(b"\x89PNG\r\n\x1a\n" + bytes(range(40))) == "binary"
    assert sniff("<p>utf-16</p>".encode("utf-16")) == "page"


def test_directory_reads_unknown_suffixes_by_sniffing(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.shtml").write_text(article_html("A"), encoding="utf-8")
    (tmp_path / "sub" / "index.php").write_text(article_html("B"), encoding="utf-8")
    (tmp_path / "sub" / "noext").write_text(article_html("C"), encoding="utf-8")
    (tmp_path / "style.css").write_text("body { color: red }")
    (tmp_path / "blob").write_bytes(bytes(range(256)) * 4)
    (tmp_path / ".hidden.html").write_text(article_html("hidden"))
    items = list(expand([str(tmp_path)], Limits()))
    inputs = [i.id for i in items if isinstance(i, Input)]
    skipped = {Path(i.input).name: i.reason for i in items if isinstance(i, Skipped)}
    assert inputs == [str(tmp_path / "a.shtml"), str(tmp_path / "sub" / "index.php"),
                      str(tmp_path / "sub" / "noext")]
    assert skipped == {"blob": "not a page (binary content)",
                       "style.css": "a .css file, not a page"}
    assert [i.output for i in items if isinstance(i, Input)] == ["a.shtml", "sub/index.php",
                                                                 "sub/noext"]


def test_nothing_found_is_reported_with_a_failing_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "empty").mkdir()
    assert main(["parse", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no pages found in the inputs (1 files or records skipped" in captured.err


@pytest.mark.publisher_page("seeds/000_41a78fc8105380e5.txt")
def test_every_record_names_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.html"
    good.write_text(article_html(), encoding="utf-8")
    missing = tmp_path / "missing.html"
    assert main(["parse", str(good), str(missing), str(NKNEWS), "--jobs", "1"]) == 1
    lines = _lines(capsys.readouterr().out)
    assert [line["input"] for line in lines] == [str(good), str(missing), str(NKNEWS)]
    assert lines[1]["error"] == "UnsupportedInputError"
    assert lines[2]["adapter"] == "nknews"


def test_url_with_several_inputs_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.html"
    good.write_text(article_html(), encoding="utf-8")
    assert main(["parse", str(good), str(good), "--url", "https://x.org/a"]) == 2
    assert "--url names one page" in capsys.readouterr().err
    assert main(["parse", str(tmp_path), "--url", "https://x.org/a"]) == 2
    assert main(["parse", str(good), "--url", "https://x.org/a"]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == "https://x.org/a"


def test_url_in_parse_many_names_one_page() -> None:
    from newsparse import parse_many

    assert len(list(parse_many([article_html()], url="https://x.org/a"))) == 1
    with pytest.raises(ValueError, match="url= names one page"):
        list(parse_many([article_html(), article_html()], url="https://x.org/a"))


def test_json_format_with_several_inputs_is_one_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.html"
    good.write_text(article_html(), encoding="utf-8")
    assert main(["parse", "--format", "json", str(good), str(tmp_path / "nope.html")]) == 1
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2
    assert data[0]["title"] == "Storm hits the coast" and data[1]["input"].endswith("nope.html")
    nope = [str(tmp_path / "nope.html"), str(tmp_path / "x")]
    assert main(["parse", "--format", "json", *nope]) == 1
    assert len(json.loads(capsys.readouterr().out)) == 2


@pytest.mark.publisher_page("seeds/000_41a78fc8105380e5.txt")
@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_manifest_gives_each_input_its_own_url_fetch_time_and_adapter(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "one.html").write_text(article_html("One"), encoding="utf-8")
    (pages / "dump.txt").write_text(NKNEWS.read_text(encoding="utf-8"), encoding="utf-8")
    rows = [
        {"path": "pages/one.html", "url": "https://example.com/one", "fetched": "2024-05-01",
         "adapter": "", "id": "row-1"},
        {"path": "pages/dump.txt", "url": "https://www.nknews.org/2016/09/x/",
         "fetched": "2016-09-08T12:00:00Z", "adapter": "nknews", "id": ""},
        {"path": "pages/gone.html", "url": "", "fetched": "", "adapter": "", "id": ""},
        {"path": "pages/one.html", "url": "", "fetched": "yesterday", "adapter": "", "id": ""},
    ]
    manifest = tmp_path / f"list.{kind}"
    if kind == "csv":
        head = ",".join(rows[0])
        manifest.write_text(head + "\n" + "\n".join(",".join(r.values()) for r in rows) + "\n")
    else:
        manifest.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert main(["parse", "--manifest", str(manifest), "--jobs", "1"]) == 1
    lines = _lines(capsys.readouterr().out)
    assert [line["input"] for line in lines] == ["row-1", "pages/dump.txt", "pages/gone.html",
                                                 f"{manifest}:{5 if kind == 'csv' else 4}"]
    one, dump, gone, bad = lines
    assert one["url"] == "https://example.com/one" and one["title"] == "One"
    assert dump["adapter"] == "nknews" and dump["url"] == "https://www.nknews.org/2016/09/x/"
    assert dump["published"] is None  # 2016-09-10 is two days after the row's fetch day
    assert gone["error"] == "UnsupportedInputError"
    assert bad["error"] == "ManifestError" and "'fetched' is not an ISO 8601 date" in bad["message"]


def test_manifest_without_a_path_column(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,url\na.html,https://x\n")
    (item,) = expand([], Limits(), str(manifest))
    assert isinstance(item, Done) and "no 'path' column" in item.result.message  # type: ignore[union-attr]


def test_manifest_rows_feed_parse_many(tmp_path: Path) -> None:
    from newsparse import parse_many

    page = tmp_path / "p.html"
    page.write_text(article_html(), encoding="utf-8")
    items = [Input("first", page, url="https://a.example/1", fetched=dt.date(2024, 1, 1)),
             Input("second", article_html(), url="https://b.example/2")]
    first, second = parse_many(items)
    assert first.url == "https://a.example/1" and second.url == "https://b.example/2"  # type: ignore[union-attr]
