"""The JSON Schema of a serialised `Article` (`Article.to_dict`), generated from the model.

Property names and types come from the attrs classes' fields and annotations; descriptions
come from the "Attributes:" section of each class's docstring, so the schema, `help(Article)`
and the documentation site say the same thing. A copy ships in the package as
`article.schema.json`; `newsparse schema` prints the generated one.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
import types
import typing
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

from newsparse.article import Article

__all__ = ["SCHEMA_ID", "article_schema", "field_docs", "schema_json", "shipped_schema"]

SCHEMA_ID = "https://newsparse.github.io/newsparse/article.schema.json"

# ISO 8601 as `format_date` writes it: a day, or a moment with seconds and an explicit offset.
_DAY = r"^\d{4}-\d{2}-\d{2}$"
_MOMENT = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$"
_DATE_SCHEMA: dict[str, Any] = {
    "description": "A day (2016-09-10) or a moment with its UTC offset (2019-11-01T03:27:09+09:00);"
    " never a time without a zone.",
    "anyOf": [
        {"type": "string", "format": "date", "pattern": _DAY},
        {"type": "string", "format": "date-time", "pattern": _MOMENT},
    ],
}


def field_docs(cls: type) -> dict[str, str]:
    """The descriptions in the "Attributes:" section of `cls`'s docstring, by field name.

    Continuation lines are joined to their field; Markdown backticks are kept.
    """
    doc = inspect.cleandoc(cls.__doc__ or "")
    docs: dict[str, str] = {}
    current: str | None = None
    in_section = False
    for line in doc.splitlines():
        if line.strip() == "Attributes:":
            in_section = True
            continue
        if not in_section:
            continue
        if line and not line.startswith(" "):
            break  # the next section
        entry = re.match(r"^ {4}(\w+): (.*)$", line)
        if entry:
            current = entry.group(1)
            docs[current] = entry.group(2).strip()
        elif current and line.strip():
            docs[current] += " " + line.strip()
    return docs


def _is_attrs(tp: object) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


def _type_schema(tp: object, defs: dict[str, Any]) -> dict[str, Any]:
    """JSON Schema for one annotation as `to_dict` serialises it."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is dt.date or tp is dt.datetime:
        defs["Date"] = _DATE_SCHEMA
        return {"$ref": "#/$defs/Date"}
    if origin is typing.Literal:
        return {"type": "string", "enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(arg, defs) for arg in args]
        if len(options) == 2 and {"type": "null"} in options:
            other = next(o for o in options if o != {"type": "null"})
            if "type" in other and isinstance(other["type"], str) and len(other) == 1:
                return {"type": [other["type"], "null"]}
        return {"anyOf": options}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if origin in (dict, Mapping) or (isinstance(origin, type) and issubclass(origin, Mapping)):
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs)}
    if isinstance(tp, type) and issubclass(tp, Mapping):  # a typed mapping class (Provenance)
        bases = getattr(tp, "__orig_bases__", ())
        base = next((b for b in bases if typing.get_origin(b) is Mapping), None)
        if base is not None:
            return _type_schema(base, defs)
    if _is_attrs(tp):
        assert isinstance(tp, type)
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"article_schema: no JSON Schema rule for the annotation {tp!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    docs = field_docs(cls)
    properties: dict[str, Any] = {}
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name], defs)
        if field.name in docs:
            schema = {"description": docs[field.name], **schema}
        properties[field.name] = schema
    summary = inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0].replace("\n", " ")
    return {
        "type": "object",
        "description": summary,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `Article.to_dict()` output, built from the model."""
    defs: dict[str, Any] = {}
    body = _class_schema(Article, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsparse Article",
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def shipped_schema() -> str:
    """The text of the `article.schema.json` file shipped in the package."""
    return resources.files("newsparse").joinpath("article.schema.json").read_text("utf-8")


def schema_json() -> str:
    """`article_schema()` as the text of `article.schema.json` (what `newsparse schema` prints)."""
    return json.dumps(article_schema(), ensure_ascii=False, indent=2) + "\n"
