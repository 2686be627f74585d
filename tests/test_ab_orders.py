"""The A/B scripts' shared helpers (benchmarks/ab.py) give both versions the same treatment:
each runs first in half of a page's rounds, and the working tree is exported and renamed as
the base is (no timing here)."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import ab


def test_each_version_runs_first_in_half_the_rounds() -> None:
    for seed in range(40):
        rng = random.Random(seed)
        for rounds in range(2, 41, 2):
            orders = ab.round_orders(rounds, rng)
            assert len(orders) == rounds
            assert sum(order == ("base", "new") for order in orders) == rounds // 2
            for first, second in zip(orders[::2], orders[1::2], strict=True):
                assert second == first[::-1]


def test_round_orders_follow_the_seed() -> None:
    assert ab.round_orders(20, random.Random(7)) == ab.round_orders(20, random.Random(7))
    assert len({tuple(ab.round_orders(20, random.Random(seed))) for seed in range(5)}) > 1


def test_the_working_tree_is_exported_under_its_own_name(tmp_path: Path) -> None:
    ab.export(None, tmp_path, "newsparse_new")
    package = tmp_path / "newsparse_new"
    assert (package / "__init__.py").is_file()
    assert not list(package.rglob("__pycache__"))
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(from|import) newsparse\b", text), path
        assert not re.search(r"\bnewsparse\.", text), path
