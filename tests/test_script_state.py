"""Reading the article from script state (JSON data, never run) when the markup lacks it."""

from __future__ import annotations

import json

from newsparse import parse

P1 = "The council met on Tuesday evening and voted to repair the old bridge before winter."
P2 = "Engineers had warned that the supports weakened over the last ten years of heavy use."
P3 = "Work starts in October and the bridge stays open to walkers while the crews are there."
HEAD = (
    "<html><head><title>Bridge repair</title>"
    "<meta property='og:title' content='Council votes to repair the bridge'>"
    "<meta property='og:type' content='article'>"
)
URL = "https://x.example/news/bridge"


def _page(script: str) -> str:
    return f"{HEAD}</head><body><div id='root'></div>{script}</body></html>"


def _assert_article(html: str, source: str) -> None:
    article = parse(html, url=URL, adapter="generic")
    assert article.paragraphs == (P1, P2, P3)
    assert article.provenance["body"] == source


def test_next_data() -> None:
    data = {"props": {"pageProps": {"article": {"body": f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"}}}}
    script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script>"
    _assert_article(_page(script), "script:__NEXT_DATA__")


def test_next_streamed_chunks() -> None:
    rows = [
        '0:["$","div",null,{"children":[["$","p",null,{"children":' + json.dumps(P1) + "}],"
        '["$","p",null,{"children":["' + P2[:20] + '",["$","em",null,{"children":'
        + json.dumps(P2[20:]) + "}]]}]]}]",
        '1:["$","p",null,{"children":' + json.dumps(P3) + "}]",
    ]
    pushes = "".join(
        f"<script>self.__next_f.push({json.dumps([1, row + chr(10)])})</script>" for row in rows
    )
    _assert_article(_page("<script>(self.__next_f=self.__next_f||[]).push([0])</script>"
                          + pushes), "script:self.__next_f")


def test_preloaded_state_with_typed_elements() -> None:
    state = {"article": {"blocks": [
        {"type": "paragraph", "model": {"text": P1}},
        {"type": "paragraph", "model": {"text": P2}},
        {"type": "image", "model": {"text": "A picture caption that is not text."}},
        {"type": "paragraph", "model": {"text": P3}},
    ]}}
    script = f"<script>window.__PRELOADED_STATE__ = {json.dumps(state)};</script>"
    _assert_article(_page(script), "script:__PRELOADED_STATE__")


def test_initial_state_given_as_json_parse_string() -> None:
    state = json.dumps({"story": {"text": f"{P1}\n{P2}\n{P3}" + " " * 30}})
    script = f"<script>window.__INITIAL_STATE__ = JSON.parse({json.dumps(state)});</script>"
    _assert_article(_page(script), "script:__INITIAL_STATE__")


def test_fusion_global_content() -> None:
    content = {"content_elements": [
        {"type": "text", "content": P1}, {"type": "text", "content": P2},
        {"type": "raw_html", "content": "<div>widget</div>"}, {"type": "text", "content": P3},
    ]}
    script = f"<script>Fusion.globalContent={json.dumps(content)};Fusion.x=1;</script>"
    _assert_article(_page(script), "script:Fusion.globalContent")


def test_script_is_never_run_and_broken_state_is_skipped() -> None:
    script = "<script>window.__INITIAL_STATE__ = buildState({a: 1});</script>"
    article = parse(_page(script), url=URL, adapter="generic")
    assert article.body == ()
    assert "missing_body" in [w.code for w in article.warnings]


def test_markup_with_the_article_wins_over_state() -> None:
    state = {"story": {"text": "Something else entirely, repeated. " * 40}}
    html = (f"{HEAD}</head><body><article><h1>Council votes to repair the bridge</h1>"
            + "".join(f"<p>{p} {p} {p}</p>" for p in (P1, P2, P3) * 3) + "</article>"
            f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script></body></html>")
    article = parse(html, url=URL, adapter="generic")
    assert article.provenance["body"] == "html:main-text"
