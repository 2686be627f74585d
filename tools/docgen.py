"""MkDocs hook: the parts of the docs that are generated from the code at build time.

A page asks for a generated part with an HTML comment on a line of its own,
`<!-- generated: NAME -->`, where NAME is a key of `GENERATORS`; an unknown name fails the
build. The hook also publishes the JSON Schema as `article.schema.json` beside the pages.
Every generator is a plain function returning Markdown, so the tests can call them too.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/000_41a78fc8105380e5.txt"
MARKER = re.compile(r"^<!-- generated: ([a-z0-9-]+) -->$", re.MULTILINE)


@contextlib.contextmanager
def _columns(width: int) -> Iterator[None]:
    """argparse wraps help to the terminal width: make it the same on every machine."""
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def article_fields() -> str:
    """A table of every `Article` field: name, Python type, JSON type, default, meaning."""
    from newsparse import Article
    from newsparse.article_schema import article_schema, field_docs

    docs = field_docs(Article)
    schema = article_schema()["properties"]
    rows = ["| field | Python type | JSON | default | meaning |", "| --- | --- | --- | --- | --- |"]
    for field in attrs.fields(Article):
        python_type = str(field.type).replace("dt.", "datetime.")
        default = "required" if field.default is attrs.NOTHING else _default(field.default)
        rows.append(
            f"| `{field.name}` | `{_cell(python_type)}` | {_json_type(schema[field.name])} "
            f"| {default} | {_cell(docs.get(field.name, ''))} |"
        )
    return "\n".join(rows)


def _default(value: Any) -> str:
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]  # attrs.Factory is a class
        return f"`{value.factory()!r}`"
    return f"`{value!r}`"


def _json_type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[1]
    if "anyOf" in schema:
        return " or ".join(_json_type(option) for option in schema["anyOf"])
    kind = schema.get("type")
    if kind == "array":
        return f"array of {_json_type(schema['items'])}"
    if kind == "object" and "additionalProperties" in schema:
        return f"object of {_json_type(schema['additionalProperties'])}"
    if isinstance(kind, list):
        return " or ".join(kind)
    return str(kind)


def seed_json() -> str:
    """What `newsparse parse` prints for the bundled seed page, run now."""
    from newsparse.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["parse", str(ROOT / SEED)])
    if status != 0:
        raise RuntimeError(f"newsparse parse {SEED} exited {status}")
    return f"```console\n$ newsparse parse {SEED}\n{out.getvalue().rstrip()}\n```"


def supported_sites() -> str:
    """The built-in adapters (no plugins), from the registry: routing facts and layout eras."""
    import json

    from newsparse import Registry

    registry = Registry()
    registry.discover_builtins()
    counts: dict[str, int] = {}
    for meta in (ROOT / "fixtures").glob("*/*/meta.json"):
        name = json.loads(meta.read_text(encoding="utf-8")).get("adapter", "")
        counts[name] = counts.get(name, 0) + 1
    rows = [
        "| adapter | site | domains | input kinds | layout eras | fixtures |",
        "| --- | --- | --- | --- | --- | ---: |",
    ]
    notes = []
    for entry in registry:
        cls = entry.adapter
        summary = " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())
        summary = summary.replace("``", "`")
        site = cls.publisher or summary.split(":")[0].split(" (")[0] or "any"
        domains = ", ".join(f"`{d}`" for d in cls.domains) or "any (fallback)"
        eras = "; ".join(getattr(cls, "eras", ())) or "not stated"
        rows.append(
            f"| `{cls.name}` | {_cell(site)} | {domains} | {', '.join(sorted(cls.kinds))} "
            f"| {_cell(eras)} | {counts.get(cls.name, 0)} |"
        )
        if summary:
            notes.append(f"- `{cls.name}`: {summary}")
    return "\n".join([*rows, "", *notes])


def cli_reference() -> str:
    """`--help` of `newsparse` and of each subcommand, from the argument parser itself."""
    import argparse

    from newsparse.cli import _parser

    with _columns(88):
        parser = _parser()
        parts = ["```text", parser.format_help().rstrip(), "```"]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    parts += ["", f"## newsparse {name}", "", "```text", sub.format_help().rstrip(),
                              "```"]
    return "\n".join(parts)


GENERATORS: dict[str, Callable[[], str]] = {
    "article-fields": article_fields,
    "cli-reference": cli_reference,
    "seed-json": seed_json,
    "supported-sites": supported_sites,
}


def expand(markdown: str, where: str = "<page>") -> str:
    """Replace every `<!-- generated: NAME -->` line with what its generator returns."""

    def generate(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in GENERATORS:
            known = sorted(GENERATORS)
            raise KeyError(f"{where}: no docs generator named {name!r} (known: {known})")
        return GENERATORS[name]()

    return MARKER.sub(generate, markdown)


# -- MkDocs hook events ------------------------------------------------------------------------


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    return expand(markdown, page.file.src_uri)


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    from newsparse.article_schema import schema_json

    files.append(File.generated(config, "article.schema.json", content=schema_json()))
    return files
