"""Sign-off lines: the author's name or initials set at the end of the article text.

Many small sites and agencies sign an article at its end instead of (or besides) a byline
under the headline. The shapes read here, each on one of the last blocks of the text:

* a labelled credit: "Autorin: Uta Muster, Projektleiterin", "Auteur : Jean Dupont",
  "Text: Max Muster", "Von Max Muster", "By Jane Doe" (the by-words and author labels of
  :mod:`newsparse.words`, a colon after a label); a role after a comma is not a name;
* initials, the newsroom's short signs: "ssi, dan; Foto: …", "rdb", "aja/PAP", "(grh)"
  (lower-case letters, two to four, beside agency credits; never a common word);
* a name in brackets closing the last paragraph: "… bleibt spannend. (Jane Doe)";
* a name after a dash, alone in the last paragraph: "– Jane Doe".

Editing and contributing credits ("Redaktion:", "Edition :", "Editing by", "Mitarbeit:",
"additional reporting by") name no author (:attr:`newsparse.words.Words.editor_labels`).
A bare name alone in the last paragraph is not read: it cannot be told from a sub-heading
or a quoted person. The caller reads a sign-off only when no better source (structured data,
a byline) names a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse import words
from newsparse.extract.authors import (
    clean_author,
    is_agency,
    is_name_like,
    looks_like_organisation,
    split_byline,
)
from newsparse.found import Source
from newsparse.text import clean

__all__ = ["LAST_BLOCKS", "SIGNOFF", "is_credit_block", "signoff_names"]

SIGNOFF = Source.markup("html:sign-off")
"""The provenance of authors read from a sign-off."""

LAST_BLOCKS = 3
"""How many blocks at the end of the text may hold a labelled sign-off."""

_EDITOR_LABELS = frozenset(words.every("editor_labels"))
_LABELS = [w for w in words.every("author_labels") if w not in _EDITOR_LABELS]
# "Autorin: Uta Muster", "Auteur : Jean Dupont": an author label, then a colon.
_LABELLED = re.compile(r"^\(?\s*(?:" + words.alternation(_LABELS) + r")\s*:\s*", re.IGNORECASE)
# "Von Max Muster", "By Jane Doe": a by-word, then a capital.
_BY = re.compile(r"^\(?\s*(?:" + words.alternation(words.every("by")) + r")\s+(?=[^\W\d_])",
                 re.IGNORECASE)
_EDITOR = re.compile(r"^\(?\s*(?:" + words.alternation(_EDITOR_LABELS) + r")\b", re.IGNORECASE)
_NAME_END = re.compile(r"[,;|(]")
_BRACKETS = re.compile(r"\s*\([^()]{0,60}\)")
_INITIALS = re.compile(r"[a-zäöüß]{2,4}")
_INITIALS_SPLIT = re.compile(r"\s*[,/&]\s*|\s+")
_STOPWORDS = frozenset(words.every("stopwords"))
_CLOSING_BRACKET = re.compile(r"\(([^()]{2,60})\)[^\w()]*$")
_SENTENCE_END = (".", "!", "?", "…", '"', "“", "”", "»", "«", "'", "’")
_DASH = re.compile(r"^[–—]\s*")
_MAX_SIGNOFF = 120
_MAX_NAMES = 6


def _person(name: str) -> bool:
    return is_name_like(name) and not looks_like_organisation(name)


def _labelled(text: str) -> list[str] | None:
    """The names of a labelled credit, or ``None`` when ``text`` is no labelled credit."""
    if _EDITOR.match(text):
        return None
    label = _LABELLED.match(text)
    if label is None:
        label = _BY.match(text)
        if label is None or not text[label.end()].isupper():
            return None
    return _leading_names(text[label.end():])


def _leading_names(rest: str) -> list[str] | None:
    """The names at the start of ``rest``: comma-separated parts while they are persons
    ("Uta Muster, Projektleiterin der Stiftung" -> Uta Muster)."""
    names: list[str] = []
    for part in _NAME_END.split(_BRACKETS.sub("", rest).rstrip(" .)")):
        found = split_byline(part) if part.strip() else []
        if not found or not all(_person(n) for n in found):
            break
        names.extend(found)
    return names[:_MAX_NAMES] or None


def _initials(text: str) -> list[str] | None:
    """Newsroom initials before any credits: "ssi, dan; Foto: …", "aja/PAP", "rdb"."""
    head = text.split(";", 1)[0].strip(" .")
    tokens = [t for t in _INITIALS_SPLIT.split(head) if t]
    if not tokens or len(tokens) > _MAX_NAMES:
        return None
    signs: list[str] = []
    for token in tokens:
        if is_agency(token):
            continue
        if not _INITIALS.fullmatch(token):
            return None
        signs.append(token)
    if all(sign in _STOPWORDS for sign in signs):
        return None  # "und", "in/an": words, not signs
    return signs or None


def _bracketed(text: str) -> list[str] | None:
    """A sign-off in brackets closing a paragraph: "(Jane Doe)", "(grh)", "(jd/dpa)"."""
    match = _CLOSING_BRACKET.search(text)
    if match is None:
        return None
    before = text[: match.start()].rstrip()
    if before and not before.endswith(_SENTENCE_END):
        return None  # "… sagte sie (Jane Doe)." names someone inside the sentence
    inside = match.group(1).strip()
    signs = _initials(inside)
    if signs:
        return signs
    name = clean_author(inside)
    if not name or inside != name or not is_name_like(name, letters_only=True):
        return None
    return None if looks_like_organisation(name) else [name]


def _dashed(text: str) -> list[str] | None:
    """A name after a dash, alone in a paragraph: "– Jane Doe"."""
    dash = _DASH.match(text)
    if dash is None:
        return None
    head = _NAME_END.split(text[dash.end():], 1)[0].strip(" .")
    if not head or not is_name_like(head, letters_only=True):
        return None
    return [head] if not looks_like_organisation(head) else None


def signoff_names(blocks: Sequence[str]) -> list[str]:
    """The names or initials that sign the article whose text ends with ``blocks`` (its
    paragraphs in order), or ``[]``: a labelled credit in one of the last
    :data:`LAST_BLOCKS` blocks; initials, a bracketed name or a dashed name in the last."""
    for position, block in enumerate(reversed(blocks[-LAST_BLOCKS:])):
        last = position == 0
        if len(block) <= _MAX_SIGNOFF:
            text = clean(block)
            names = _labelled(text)
            if names is None and last:
                names = _initials(text) or _bracketed(text) or _dashed(text)
        elif last:
            names = _bracketed(clean(block[-_MAX_SIGNOFF:]))  # the end of a long last paragraph
        else:
            continue
        if names:
            return names
    return []


def is_credit_block(text: str, *, cleaned: bool = False) -> bool:
    """Whether a block at the end of the text is wholly a credit line, not article text: a
    sign-off (labelled, initials, a dashed name, a bracketed one standing alone) or an editing
    credit ("Redaktion: …", "Mitarbeit: …"). The body leaves such blocks out, as it leaves out
    a byline standing alone; a sign-off inside a paragraph of prose stays (the body never
    rewords a block). ``cleaned``: ``text`` is :func:`~newsparse.text.clean`'s output already
    (a :class:`~newsparse.Block`'s text), which cleaning again would not change."""
    if not cleaned:
        text = clean(text)
    if not text or len(text) > _MAX_SIGNOFF:
        return False
    if _EDITOR.match(text) and ":" in text[:40]:
        return _leading_names(text.split(":", 1)[1]) is not None
    if text.startswith("("):
        return _bracketed(text) is not None
    return bool(_labelled(text) or _initials(text) or _dashed(text))
