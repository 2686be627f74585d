"""Each site adapter on its corpus page, field by field against the hand-checked ground truth.

Usage (from the repository root)::

    .venv/bin/python benchmarks/site_truth.py [CORPUS]

``CORPUS`` defaults to ``../shared/corpus``. For every page of AP News, Reuters, BBC, Voice of
America, The Guardian and Hankook Ilbo the page is parsed through its site adapter (routed by
the truth's URL) and, for comparison, through the generic adapter. Printed per page: title
(exact, see ``metrics.title_score``), authors (same names in the same order), published (same
moment when the truth has a time and offset, else the same day), tags (the truth's ``topics``,
same order), body precision/recall (``metrics.body_scores``), subheadings (the truth's section
headings are the body's heading blocks, in order).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from metrics import body_scores, title_score

import newsparse
from newsparse import Article

REPO = Path(__file__).resolve().parent.parent
SITES = ("APNews", "Reuters", "BBC", "VoiceOfAmerica", "TheGuardian", "HankookIlbo")


def _published(article: Article, truth: str | None) -> bool:
    if not truth or article.published is None:
        return truth is None and article.published is None
    want = dt.datetime.fromisoformat(truth)
    got = article.published
    if isinstance(got, dt.datetime) and want.tzinfo is not None:
        return got == want and got.utcoffset() == want.utcoffset()
    return (got.date() if isinstance(got, dt.datetime) else got) == want.date()


def _row(article: Article, truth: dict[str, object]) -> dict[str, object]:
    paragraphs = [str(p) for p in truth.get("paragraphs") or []]  # type: ignore[union-attr]
    precision, recall = body_scores("\n".join(article.paragraphs), "\n".join(paragraphs))
    sections = truth.get("sections") or []
    headings = [s["heading"] for s in sections if s.get("heading")]  # type: ignore[union-attr]
    return {
        "title": title_score(article.title, str(truth.get("title"))) == 1.0,
        "authors": list(article.authors) == list(truth.get("authors") or []),  # type: ignore[call-overload]
        "published": _published(article, truth.get("published")),  # type: ignore[arg-type]
        "tags": list(article.tags) == list(truth.get("topics") or []),  # type: ignore[call-overload]
        "body P/R": f"{precision or 0:.3f}/{recall or 0:.3f}",
        "headings": [b.text for b in article.body if b.kind == "heading"] == headings,
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    corpus = Path(args[0]) if args else REPO.parent / "shared" / "corpus"
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    for site in SITES:
        for page in sorted(corpus.glob(f"*/{site}_*.html.gz")):
            truth = json.loads(page.with_name(page.name[:-8] + ".json").read_text("utf-8"))
            raw = gzip.decompress(page.read_bytes())
            for adapter in (None, "generic"):
                article = newsparse.parse(raw, url=str(truth["url"]), adapter=adapter)
                cells = "  ".join(f"{k} {v}" for k, v in _row(article, truth).items())
                print(f"{page.stem[:-5]:28} {article.adapter:12} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
