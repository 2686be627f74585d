"""The self-contained HTML explain report: fields, provenance, and the page's text marked up.

The file has no script and loads nothing: styles are inline, so it opens anywhere and can be
mailed or attached to an issue. Every region of the page's text carries a class naming the field
it became (``field-title``, ``field-byline``, ``field-date``, ``field-body``, ...) or
``dropped`` with a ``data-reason``.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable

from newsparse.article import Article
from newsparse.explain.regions import FIELD_KINDS, Region
from newsparse.fields import FIELDS

__all__ = ["render_report"]

_COLOURS = {
    "title": "#ffd166", "subtitle": "#f4a261", "byline": "#8ecae6", "date": "#b5e48c",
    "body": "#cdb4f6",
}
_FIELD_OF = {"byline": "authors", "date": "published"}
_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 60em; padding: 1em 2em;
       color: #222; background: #fff; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
th { width: 8em; } td.source { color: #555; font: 13px monospace; width: 18em; }
.legend span { display: inline-block; padding: .1em .6em; margin: 0 .4em .3em 0;
               border-radius: 3px; }
.region { margin: .25em 0; padding: .25em .5em; border-radius: 3px; white-space: pre-wrap; }
.region .label { font: bold 11px monospace; text-transform: uppercase; margin-right: .6em;
                 color: #333; }
.dropped { color: #888; background: repeating-linear-gradient(135deg, #f6f6f6 0 6px,
           #eee 6px 12px); text-decoration: line-through; text-decoration-color: #bbb; }
.dropped .label { color: #a33; text-decoration: none; display: inline-block; }
.warnings li { color: #8a4b00; }
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _value(article: Article, field: str) -> str:
    value = getattr(article, field)
    if field == "body":
        return f"{len(article.body)} blocks, {len(article.text)} characters"
    if isinstance(value, tuple):
        return ", ".join(map(str, value)) or "(none)"
    return "(none)" if value is None else str(value)


def _fields_table(article: Article) -> str:
    rows = []
    for field in sorted(FIELDS, key=lambda name: name == "body"):  # the long body last
        source = article.provenance.get(field, "")
        rows.append(f"<tr><th>{field}</th><td>{_esc(_value(article, field))}</td>"
                    f'<td class="source">{_esc(source)}</td></tr>')
    return "<table><tr><th>field</th><th>value</th><th>provenance</th></tr>" + "".join(rows) \
        + "</table>"


def _legend() -> str:
    spans = "".join(f'<span class="field-{k}" style="background:{c}">{k}'
                    f"{' → ' + _FIELD_OF[k] if k in _FIELD_OF else ''}</span>"
                    for k, c in _COLOURS.items())
    return f'<p class="legend">{spans}<span class="dropped">dropped</span></p>'


def _region(region: Region, article: Article, index: int) -> str:
    if region.kind == "dropped":
        return (f'<div class="region dropped" data-reason="{_esc(region.reason)}" '
                f'id="r{index}"><span class="label">dropped: {_esc(region.reason)}</span>'
                f"{_esc(region.text)}</div>")
    field = _FIELD_OF.get(region.kind, region.kind)
    source = article.provenance.get(field, "")
    label = f"{region.kind} · {region.block}" if region.block not in ("", "paragraph") else \
        region.kind
    return (f'<div class="region field-{region.kind}" data-field="{field}" '
            f'style="background:{_COLOURS[region.kind]}" title="{_esc(field)} from '
            f'{_esc(source)}" id="r{index}"><span class="label">{_esc(label)}</span>'
            f"{_esc(region.text)}</div>")


def _dropped_summary(regions: Iterable[Region]) -> str:
    counts = Counter(r.reason for r in regions if r.kind == "dropped")
    items = "".join(f"<li>{_esc(reason)}: {n} region{'s' if n != 1 else ''}</li>"
                    for reason, n in counts.most_common())
    return f'<ul class="drop-reasons">{items}</ul>' if items else "<p>Nothing dropped.</p>"


def _unplaced(article: Article, regions: list[Region]) -> str:
    shown = {r.text for r in regions if r.kind == "body"}
    missing = [b.text for b in article.body if b.text not in shown
               and not any(b.text in r.text or r.text in b.text for r in regions
                           if r.kind == "body")]
    if not missing:
        return ""
    items = "".join(f"<li>{_esc(text)}</li>" for text in missing)
    return ("<h2>Body blocks not shown as one region of the page</h2><p>Read from structured "
            "data or joined from several elements:</p>" f"<ul>{items}</ul>")


def render_report(article: Article, regions: list[Region], source: str) -> str:
    """The whole report as one HTML document."""
    warnings = "".join(f"<li><code>{_esc(w.code)}</code> ({_esc(w.field)}): {_esc(w.message)}"
                       "</li>" for w in article.warnings)
    kept = Counter(r.kind for r in regions if r.kind in FIELD_KINDS)
    shown = ", ".join(f"{k} {kept[k]}" for k in FIELD_KINDS if kept[k])
    return "".join([
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>newsparse explain: {_esc(article.title)}</title><style>{_STYLE}</style>",
        "</head><body>",
        f"<h1>newsparse explain: {_esc(source)}</h1>",
        f"<p>Adapter <code>{_esc(article.adapter)}</code>. Regions that became fields: "
        f"{_esc(shown or 'none')}; dropped: {sum(r.kind == 'dropped' for r in regions)}.</p>",
        "<h2>Fields and where they came from</h2>", _fields_table(article),
        f'<h2>Warnings</h2><ul class="warnings">{warnings or "<li>none</li>"}</ul>',
        "<h2>What was dropped, and why</h2>", _dropped_summary(regions),
        "<h2>The page's text</h2>", _legend(),
        '<div class="page">',
        *(_region(r, article, i) for i, r in enumerate(regions)),
        "</div>", _unplaced(article, regions), "</body></html>\n",
    ])
