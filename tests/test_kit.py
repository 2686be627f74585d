"""newsparse.kit: the example adapter of docs/adapters.md runs, and the kit is what the generic
finders use."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from newsparse import Registry, kit, parse
from newsparse.extract import metadata

DOC = Path(__file__).resolve().parent.parent / "docs" / "adapters.md"

PAGE = """<html><head>
<meta property="og:title" content="Harbour bridge to be rebuilt | The Example Times">
<meta name="example:desk" content="Local">
<link rel="canonical" href="https://example-times.com/local/harbour-bridge">
</head><body><h1>Harbour bridge to be rebuilt</h1>
<p class="standfirst">After ten years of debate the council chose a rebuild.</p>
<span class="writer">By Jane Doe and John Roe</span>
<p class="filed">Filed 3 May 2024, 10:15 BST</p>
<div class="story-body"><p>The council voted on Tuesday to rebuild the old bridge.</p>
<p>Work starts next spring.</p></div></body></html>"""


def _doc_example() -> type[kit.SiteAdapter]:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## An example adapter"):]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code, "docs/adapters.md lost its example adapter"
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), str(DOC), "exec"), namespace)  # noqa: S102 - our own doc
    adapter = namespace["ExampleTimes"]
    assert issubclass(adapter, kit.SiteAdapter)
    return adapter


def test_the_documented_example_adapter_runs() -> None:
    adapter = _doc_example()
    article = parse(PAGE, registry=Registry([adapter]), strict=True)
    assert article.adapter == "exampletimes"  # routed by the canonical link's domain
    assert article.title == "Harbour bridge to be rebuilt"
    assert article.site == "The Example Times"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.section == "Local" and article.provenance["section"] == "meta:example:desk"
    assert article.published == dt.datetime(2024, 5, 3, 10, 15,
                                             tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert article.provenance["published"] == "site:filed"
    assert article.paragraphs == (
        "After ten years of debate the council chose a rebuild.",
        "The council voted on Tuesday to rebuild the old bridge.",
        "Work starts next spring.",
    )


def test_the_generic_finders_use_the_kit() -> None:
    assert metadata.lookups.meta is kit.meta and metadata.lookups.jsonld is kit.jsonld
    assert kit.__all__ == sorted(kit.__all__, key=lambda n: (not n[0].isupper(), n))
    for name in set(kit.__all__) - {"Selector", "SourceKind"}:  # type aliases: documented
        assert getattr(kit, name).__doc__, f"kit.{name} needs a docstring"
