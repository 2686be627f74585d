"""`newsparse.jsonld._decode` (one decoder, made once) reads every text as ``json.loads`` with
the same options reads it: the same value, or an error in both. Held on seeded texts built from
JSON pieces and near misses: a leading BOM, NaN and Infinity, numbers of 30 and 31 digits,
huge exponents, raw control characters and line breaks in strings, trailing commas and data,
white space of every kind around the value."""

from __future__ import annotations

import json
import math
import random
from typing import Any

from newsparse import jsonld

_PIECES = [
    '{"a": 1}', '[1, 2.5, -3e2]', '"text"', "NaN", "-Infinity", "1" * 30, "1" * 31, "1e999",
    '{"@type": "NewsArticle", "headline": "H\\u00e9"}', '"line\nbreak"', '"tab\there"',
    '{"a": [1,],}', "", " ", "\ufeff", "\t\n\r ", "\x0c", "null", "true", "{", "}", ",",
    '{"a": {"b": [NaN, 1E400, 0.5]}}', "\u00a0", '"\\/path"', "x", "[]", "{}",
]


def _outcome(run: Any, text: str) -> tuple[str, Any]:
    try:
        value = run(text)
    except ValueError as exc:
        return "error", type(exc).__name__
    return "value", _comparable(value)


def _comparable(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    return value


def _loads(text: str) -> Any:
    return json.loads(
        text, parse_constant=jsonld._reject_constant, parse_int=jsonld._bounded_int,
        parse_float=jsonld._bounded_float, strict=False,
    )


def test_seeded_texts_read_as_json_loads_reads_them() -> None:
    values = errors = 0
    for seed in range(3000):
        rng = random.Random(seed)
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 3)))
        expected = _outcome(_loads, text)
        assert _outcome(jsonld._decode, text) == expected, repr(text)
        values += expected[0] == "value"
        errors += expected[0] == "error"
    assert values > 500 and errors > 500
