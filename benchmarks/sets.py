"""Find and load the development sets under ``../shared`` with their truth in one shape.

Three kinds of set are known, told apart by their layout:

* ``corpus``: ``<cc>/<Publisher>_<date>.html.gz`` + ``.json`` (title, authors, published,
  paragraphs), ``../shared/corpus``;
* ``trafeval``: ``<name>.html.gz`` + ``.json`` with ``with``/``without`` snippets and title,
  authors, published where annotated (``null`` otherwise), ``../shared/corpus-extra/trafeval``;
* ``htmldate``: ``<name>.html.gz`` + ``.json`` with ``published`` only,
  ``../shared/corpus-extra/htmldate``.

Every page becomes a :class:`Sample`; fields a set does not annotate are ``None``, so a
scorer skips them instead of counting them as misses.
"""

from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from halves import corpus_site, half_of

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_SETS = (SHARED / "corpus", SHARED / "corpus-extra" / "trafeval",
                SHARED / "corpus-extra" / "htmldate")


@dataclass(frozen=True)
class Sample:
    """One page of a development set and its truth (``None`` = not annotated)."""

    kind: str
    page: str
    path: Path
    url: str | None
    site: str
    half: str
    title: str | None
    authors: list[str] | None
    published: str | None
    dated: bool
    paragraphs: list[str] | None
    with_snippets: list[str]
    without_snippets: list[str]

    def raw(self) -> bytes:
        """The page's bytes as served (the stored file inflated)."""
        return gzip.decompress(self.path.read_bytes())


def set_kind(folder: Path) -> str:
    """``corpus``, ``trafeval`` or ``htmldate`` from the folder's layout."""
    if next(folder.glob("*/*.html.gz"), None) is not None:
        return "corpus"
    first = next(folder.glob("*.json"), None)
    if first is None:
        return "empty"
    return "trafeval" if "with" in json.loads(first.read_text(encoding="utf-8")) else "htmldate"


def _sample(kind: str, html: Path, folder: Path) -> Sample:
    stem = html.name[: -len(".html.gz")]
    truth: dict[str, Any] = json.loads(html.with_name(stem + ".json").read_text("utf-8"))
    corpus = kind == "corpus"
    site = corpus_site(stem) if corpus else str(truth.get("site") or stem)
    return Sample(
        kind=kind,
        page=str(html.relative_to(folder))[: -len(".html.gz")],
        path=html,
        url=truth.get("url"),
        site=site,
        half=half_of(site),
        title=truth.get("title") if corpus or kind == "trafeval" else None,
        authors=(truth.get("authors") or []) if corpus else truth.get("authors"),
        published=truth.get("published"),
        dated=bool(truth.get("published")),
        paragraphs=(truth.get("paragraphs") or []) if corpus else None,
        with_snippets=list(truth.get("with") or ()),
        without_snippets=list(truth.get("without") or ()),
    )


def load_set(folder: Path) -> tuple[str, list[Sample]]:
    """(kind, samples sorted by page name) for one set folder."""
    kind = set_kind(folder)
    pattern = "*/*.html.gz" if kind == "corpus" else "*.html.gz"
    return kind, [_sample(kind, p, folder) for p in sorted(folder.glob(pattern))]


def check_sets(folders: list[Path]) -> list[Path]:
    """The folders, or exit with a clear message when ``../shared`` (or a given set) is absent."""
    missing = [f for f in folders if not f.is_dir()]
    if missing:
        names = ", ".join(str(f) for f in missing)
        print(f"error: set folder not found: {names}\n"
              f"The development sets live in ../shared beside the repository checkout "
              f"(expected {SHARED}); clone the repo next to the shared folder or pass the "
              f"set folders as arguments.", file=sys.stderr)
        raise SystemExit(2)
    return folders
