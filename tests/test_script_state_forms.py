"""The script-state reader's shortcuts against the slower forms they replace.

* :func:`~newsparse.extract.body.script_state.assignments` finds what the assignment pattern's
  own ``finditer`` finds, on seeded script texts;
* the candidates read in one walk over the data are the candidates of the two walks (the
  React elements', then the typed lists' and long texts'), in the same order, on seeded data.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from typing import Any

from newsparse.article import Block, clean_block
from newsparse.extract.body import script_state
from newsparse.extract.body.script_state import (
    _ASSIGNED,
    _BODY_KEYS,
    _MIN_PARAGRAPH,
    _REACT_BLOCKS,
    _candidates,
    _react_text,
    _text_blocks,
    _typed_elements,
    assignments,
)
from newsparse.extract.body.treetext import weight

_PIECES = [
    "window.", "__INITIAL_STATE__", "__PRELOADED_STATE__", "Fusion.globalContent", "Fusion.",
    " = ", "=", " ", "\n", "{}", "x", "window", "__INITIAL_STATE", "_", ";", "window.window.",
]


def test_assignments_are_the_pattern_s_matches_on_seeded_scripts() -> None:
    matched = 0
    for seed in range(5000):
        rng = random.Random(seed)
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(14)))
        new = [(m.span(), m.group(1)) for m in assignments(text)]
        assert new == [(m.span(), m.group(1)) for m in _ASSIGNED.finditer(text)], (seed, text)
        matched += len(new)
    assert matched > 500  # (the texts hold assignments to compare)


def _old_walk(data: Any) -> Iterator[tuple[str, Any]]:
    stack: list[tuple[str, Any]] = [("", data)]
    seen = 0
    while stack and seen < script_state._MAX_NODES:
        key, value = stack.pop()
        seen += 1
        yield key, value
        if isinstance(value, dict):
            stack.extend((str(k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(("", v) for v in reversed(value))


def _old_react_blocks(data: Any) -> list[Block]:
    blocks: list[Block] = []
    for _, value in _old_walk(data):
        if (
            isinstance(value, list) and len(value) == 4 and value[0] == "$"
            and value[1] in _REACT_BLOCKS and isinstance(value[3], dict)
        ):
            text = " ".join(_react_text(value[3].get("children")).split())
            if weight(text) >= _MIN_PARAGRAPH or (value[1] != "p" and text):
                blocks.append(clean_block(_REACT_BLOCKS[value[1]], text))
    return blocks


def _old_candidates(data: Any) -> Iterator[list[Block]]:
    yield _old_react_blocks(data)
    for key, value in _old_walk(data):
        if isinstance(value, list) and len(value) >= 2 and isinstance(value[0], dict):
            typed = _typed_elements(value)
            if len(typed) >= 2:
                yield typed
        elif isinstance(value, str) and key.lower() in _BODY_KEYS and len(value) > 200:
            yield _text_blocks(value)


_SENTENCE = "The council voted on Tuesday to rebuild the old harbour bridge after years. "
_STRINGS = ["", "$", "p", "x", _SENTENCE, _SENTENCE * 4, f"<p>{_SENTENCE * 4}</p>", "$L1"]
_KEYS = ["body", "Content", "text", "items", "children", "type", "model", "html", "x"]


def _value(rng: random.Random, depth: int) -> Any:
    roll = rng.random()
    if depth <= 0 or roll < 0.3:
        return rng.choice([*_STRINGS, 1, None, True])
    if roll < 0.45:
        tag = rng.choice(["p", "h2", "li", "div", "blockquote"])
        return ["$", tag, None, {"children": _value(rng, depth - 1)}]
    if roll < 0.6:
        return [
            {"type": rng.choice(["text", "header", "image", "list"]),
             rng.choice(["content", "text", "model"]): _value(rng, depth - 1)}
            for _ in range(rng.randrange(4))
        ]
    if roll < 0.8:
        return [_value(rng, depth - 1) for _ in range(rng.randrange(5))]
    return {rng.choice(_KEYS) + str(i): _value(rng, depth - 1) for i in range(rng.randrange(4))}


def _outcome(
    candidates: Callable[[Any], Iterator[list[Block]]], data: Any
) -> list[list[Block]] | tuple[str, str]:
    """The candidates, or the error reading them raises (a React element's tag may be a
    list, which no dict holds)."""
    try:
        return list(candidates(data))
    except (TypeError, ValueError) as error:
        return type(error).__name__, str(error)


def test_one_walk_finds_the_two_walks_candidates_on_seeded_data() -> None:
    found = failed = 0
    for seed in range(2000):
        rng = random.Random(seed)
        data = json.loads(json.dumps({"state": _value(rng, 6)}))  # (as decoded JSON)
        old = _outcome(_old_candidates, data)
        assert _outcome(_candidates, data) == old, (seed, data)
        if isinstance(old, list):
            found += sum(len(blocks) for blocks in old)
        else:
            failed += 1
    assert found > 500  # (the data give blocks to compare)
    assert failed  # (and errors: the same error at the same point)


def test_the_walk_stops_after_as_many_values_as_before(monkeypatch: Any) -> None:
    data = json.loads(json.dumps({
        "a": [["$", "p", None, {"children": _SENTENCE}]] * 3,
        "items": [{"type": "text", "content": _SENTENCE}] * 3,
        "body": _SENTENCE * 4,
    }))
    seen = []
    for bound in range(1, 25):
        monkeypatch.setattr(script_state, "_MAX_NODES", bound)
        old = list(_old_candidates(data))
        assert list(_candidates(data)) == old, bound
        seen.append(old)
    assert seen[0] != seen[-1]  # (the bound cuts the walk short)
