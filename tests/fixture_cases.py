"""Discovering fixture cases and running one; shared by the tests and `newsparse`'s regen flag."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs

from newsparse import NewsparseError, parse

ROOT = Path(__file__).resolve().parent.parent / "fixtures"


@attrs.frozen
class Case:
    path: Path
    meta: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.path.parent.name}/{self.path.name}"

    @property
    def input(self) -> Path:
        for name in ("input.html", "input.txt", "input.html.gz", "input.txt.gz"):
            if (self.path / name).exists():
                return self.path / name
        raise FileNotFoundError(f"{self.path} has no input.html or input.txt")

    @property
    def expected_path(self) -> Path:
        return self.path / "expected.json"

    def run(self) -> dict[str, Any]:
        """The serialised article, or ``{"error": ClassName, "message": ...}``."""
        fetched = self.meta.get("fetched")
        try:
            article = parse(
                self.input,
                url=self.meta.get("url") if self.meta.get("pass_url", True) else None,
                fetched=dt.date.fromisoformat(fetched[:10]) if fetched else None,
            )
        except NewsparseError as exc:
            return {"error": type(exc).__name__, "message": exc.reason}
        return article.to_dict()


def cases() -> list[Case]:
    found = []
    for meta_path in sorted(ROOT.glob("*/*/meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        found.append(Case(meta_path.parent, meta))
    return found
