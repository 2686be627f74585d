"""Page-level scores shared by evaluate.py and compare.py (every extractor scored alike).

Corpus (``../shared/corpus``), as before:

* **body**: word 4-gram shingles (``\\w+`` tokens after NFC, invisible formatting characters
  removed), counted as a multiset; precision averaged over pages with a non-empty prediction,
  recall over pages with a non-empty truth; F1 is the harmonic mean of the two averages;
* **title**: exact after collapsing white space, case-folding, NFC, no invisible characters;
* **authors**: F1 of the sets of names (white space collapsed, case-folded); both empty = 1.0.

corpus-extra (``trafeval``, ``htmldate``), as their README says:

* **snippets**: the main text (comments excluded) as one string with every run of white space
  made one space; a ``with`` snippet found verbatim is a true positive, missed a false negative;
  a ``without`` snippet found is a false positive, absent a true negative; counts are summed
  over pages before precision, recall, accuracy and F1. No output finds no snippet;
* **title**: exact after NFKC, case, white space, quote and dash normalisation (annotated
  pages only);
* **authors**: trafilatura's check (names joined with ``"; "`` equal the annotation's) and a
  per-page F1 over normalised (NFKC, case-folded, white space collapsed) name sets, on pages
  whose authors are annotated.

**published**, everywhere: on pages with a truth date, the calendar day must match. An aware
prediction is read in the truth's offset when the truth has one, else on its own calendar day;
a plain date is compared as it is.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´‹›"} | {c: '"' for c in "“”„‟″«»"})
_DASHES = re.compile("[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]")


# -- corpus -------------------------------------------------------------------------------


def _visible(text: str) -> str:
    """NFC, without invisible formatting characters (soft hyphens, zero-width spaces)."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams of ``text`` (one shingle if it has fewer than ``n`` tokens)."""
    tokens = _TOKEN.findall(_visible(text))
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def body_scores(predicted: str, truth: str) -> tuple[float | None, float | None]:
    """(precision, recall) of shingles; ``None`` where the side is empty (not averaged)."""
    pred, true = shingles(predicted), shingles(truth)
    overlap = sum((pred & true).values())
    precision = overlap / sum(pred.values()) if pred else None
    recall = overlap / sum(true.values()) if true else None
    return precision, recall


def _norm(text: str) -> str:
    return _SPACE.sub(" ", _visible(text)).strip().casefold()


def title_score(predicted: str | None, truth: str | None) -> float:
    """Corpus title: 1.0 when equal after white space, case, NFC normalisation."""
    return float(_norm(predicted or "") == _norm(truth or ""))


def authors_score(predicted: Sequence[str], truth: Sequence[str], loose: bool = False) -> float:
    """F1 of the name sets (corpus normalisation, or NFKC too when ``loose``); both empty = 1."""
    norm = _name if loose else _norm
    pred = {norm(a) for a in predicted if norm(a)}
    true = {norm(a) for a in truth if norm(a)}
    if not pred and not true:
        return 1.0
    if not pred or not true:
        return 0.0
    hit = len(pred & true)
    return 2 * hit / (len(pred) + len(true))


# -- corpus-extra -------------------------------------------------------------------------


def _name(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", _visible(text))).strip().casefold()


def loose_title(text: str | None) -> str:
    """NFKC, case-folded, white space collapsed, quotes and dashes made plain."""
    text = unicodedata.normalize("NFKC", _visible(text or "")).translate(_QUOTES)
    return _SPACE.sub(" ", _DASHES.sub("-", text)).strip().casefold()


def loose_title_score(predicted: str | None, truth: str) -> float:
    return float(loose_title(predicted) == loose_title(truth))


def authors_joined_score(predicted: Sequence[str], truth: Sequence[str]) -> float:
    """trafilatura's own check: the names joined with ``"; "`` equal the annotation's."""
    return float("; ".join(a.strip() for a in predicted) == "; ".join(a.strip() for a in truth))


def one_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def snippet_counts(text: str, with_: Sequence[str], without: Sequence[str]) -> dict[str, int]:
    """tp/fn over the ``with`` snippets, fp/tn over the ``without`` snippets of one page."""
    flat = one_space(text)
    found_with = sum(1 for s in with_ if one_space(s) in flat) if flat else 0
    found_without = sum(1 for s in without if one_space(s) in flat) if flat else 0
    return {"tp": found_with, "fn": len(with_) - found_with,
            "fp": found_without, "tn": len(without) - found_without}


def snippet_summary(counts: Sequence[dict[str, int]]) -> dict[str, float]:
    """Precision, recall, accuracy and F1 of counts summed over pages."""
    tp, fp, fn, tn = (sum(c[k] for c in counts) for k in ("tp", "fp", "fn", "tn"))
    total = tp + fp + fn + tn
    return {
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / total if total else 0.0,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
    }


# -- dates --------------------------------------------------------------------------------


def date_score(predicted: dt.date | None, truth: str | None) -> float:
    """1.0 when the predicted calendar day is the truth's (see the module docstring)."""
    if not truth:
        return float(predicted is None)
    if predicted is None:
        return 0.0
    true = dt.datetime.fromisoformat(truth)
    if isinstance(predicted, dt.datetime):
        if true.tzinfo is not None and predicted.tzinfo is not None:
            return float(predicted.astimezone(true.tzinfo).date() == true.date())
        return float(predicted.date() == true.date())
    return float(predicted == true.date())


def as_date(value: object) -> dt.date | None:
    """A date or datetime from a competitor's output (ISO string or object); else ``None``."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            try:
                return dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                return None
    return None
