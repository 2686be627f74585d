"""The internal Block builders (`clean_block`, `cleaned_block`) make exactly the Block (or the
error) that ``Block(kind=..., text=...)`` makes, on seeded random texts of every awkward kind."""

from __future__ import annotations

import pickle
import random

import attrs
import pytest

from newsparse.article import BLOCK_KINDS, Block, BlockKind, clean_block, cleaned_block
from newsparse.text import clean

# Pieces that exercise every branch of clean(): spaces of every kind, invisible and control
# characters, combining marks out of order, mojibake, surrogates, and ordinary text.
_PIECES = (
    "a", "Kim", " ", "  ", "\u00a0", "\t", "\n", "\u2009", "\u200b", "\ufeff", "\x07", "é",
    "e\u0301", "\u0323\u0301", "Ã©", "â€™", "donâ€™t", "\ud800", "’", "«", "»", "Ð¿Ñ€Ð¸",
    "North Korea", ".", ",", "\u202e", "한국", "ｶ", "",
)


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _outcome(build: object, kind: str, text: str) -> object:
    try:
        block = build(kind, text)  # type: ignore[operator]
    except ValueError as error:
        return ("error", str(error).split(" (")[0])
    return block


def test_clean_block_is_block_on_random_texts() -> None:
    kinds = (*BLOCK_KINDS, "caption", "")
    rng = random.Random(11)
    for text in _texts(3000, seed=7):
        kind = rng.choice(kinds)
        expected = _outcome(lambda k, t: Block(kind=k, text=t), kind, text)
        got = _outcome(clean_block, kind, text)
        assert got == expected, (kind, text)
        if isinstance(got, Block):
            assert type(got) is Block and attrs.asdict(got) == attrs.asdict(expected)  # type: ignore[arg-type]
            assert hash(got) == hash(expected)


def test_cleaned_block_is_block_on_clean_output() -> None:
    for index, raw in enumerate(_texts(3000, seed=8)):
        text = clean(raw)
        kind: BlockKind = BLOCK_KINDS[index % len(BLOCK_KINDS)]  # type: ignore[assignment]
        expected = _outcome(lambda k, t: Block(kind=k, text=t), kind, text)
        assert _outcome(cleaned_block, kind, text) == expected, text


def test_built_blocks_behave_as_blocks() -> None:
    block = clean_block("quote", " A\u00a0 quote. ")
    assert block == Block("quote", "A quote.") and block.text == "A quote."
    assert pickle.loads(pickle.dumps(block)) == block
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]
    with pytest.raises(ValueError, match="non-empty"):
        cleaned_block("paragraph", "")
    with pytest.raises(ValueError, match="must be in"):
        cleaned_block("caption", "Text")  # type: ignore[arg-type]
