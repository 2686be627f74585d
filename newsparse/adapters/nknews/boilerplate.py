"""What is not NK News article text, and the body clean-up shared by text dumps and HTML.

Opinion disclaimers, update notes, captions, pull quotes, end notes, teaser copies, paywall
prompts, the page tail (Related Articles, About the Author, footer) and Blogger chrome.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple

import attrs

from newsparse.adapters.nknews.byline import find_date, parse_day
from newsparse.article import Block, BlockKind, clean_block
from newsparse.kit import parse_date

__all__ = [
    "TAIL", "BodyResult", "Unit", "clean_body", "fold", "is_caption", "is_tail", "is_ui",
    "paywall_prompt", "update_day",
]

_DISCLAIMER = re.compile(
    r"^(?:The following (?:article )?is an opinion piece by .{1,200}?(?=Views expressed)\s*)?"
    r"Views expressed in opinion articles are (?:exclusively )?the author\S{0,2} own and do not"
    r" represent (?:the views of|those of) NK News\.?\s*",
    re.IGNORECASE,
)
_OPINION_INTRO = re.compile(r"^The following (?:article )?is an opinion piece by\b", re.I)
_UPDATE_PAREN = re.compile(r"^\((?:Updated?|Update)\b[^)]{0,300}\)\s*", re.IGNORECASE)
_UPDATE_LINE = re.compile(
    r"^Updated? at [^:]{1,80}:\s*This (?:article|story) has been updated\b[^.]*\.\s*", re.I
)
_UPDATE_TIME = re.compile(
    r"(\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)\s*(?:\(?\s*([A-Z]{2,4})\s*\)?)?\s+on\s+", re.I
)
_CAPTION = re.compile(
    r"\|\s*(?:Photos?|Images?|Illustration|Graphic|Video|Map)\s*(?:by\s+|:)"
    r"|^(?:Photo|Image|Illustration)\s*(?:by\b|:)|^Illustration by NK NEWS",
    re.IGNORECASE,
)
_END_NOTE = re.compile(r"^(?:Edited by\b|Featured image\s*(?:by\b|:)|Translated by\b)", re.I)
TAIL = (
    r"^(?:Related Articles?|About the Author|Recommended for You|Trending|No comments:?|"
    r"\d+ comments?:|Post a Comment|Newer Posts?\b.*|Older Posts?\b.*|Home|Share this:?|Labels:.*|"
    r"Email This\b.*|BlogThis!.*|"
    r"Posted by .{1,60} at \d{1,2}:\d{2}.*|View more articles by .*|"
    r"More articles by .*|Subscribe to: Post Comments.*|Leave a Reply|Sign in to NK News|"
    r"(?:Copyright[^\S\n]*)?©.*(?:Korea Risk Group|NK News|NK Consulting).*|Most Popular|"
    r"Read next)$"
)
"""The pattern of a line that starts the page tail (case-insensitive; :func:`is_tail`). No part
of it matches a line break, so it finds the same lines in a text of many lines, in multi-line
mode."""
_TAIL = re.compile(TAIL, re.IGNORECASE)
_PROMPT = re.compile(
    r"^(?:You have reached the limit of your free article allowance|Subscribe today for "
    r"unlimited access|Prices start from just|Existing users,? please sign in|Try unlimited "
    r"access|Only \$\d+ for \w+ weeks|Subscribe now|All major cards accepted|This (?:article|"
    r"content) is (?:only )?(?:available )?(?:for|to) NK Pro (?:subscribers|members)|"
    r"Subscribe to NK Pro|Get unlimited access to NK Pro|Already (?:a subscriber|have an "
    r"account)\?)",
    re.IGNORECASE,
)
# No leading "\s*" (tried from every position of a run of white space: square time); the
# teaser before the mark is stripped instead.
_PRO_END = re.compile(r"©\s*Korea Risk Group\.?\s*All rights reserved\.?\s*(?:\|\s*)?$", re.I)
_UI = re.compile(
    r"^(?:Read More|Share|Tweet|Facebook|Twitter|LinkedIn|Email|Print|Reddit|WhatsApp|Copy link|"
    r"Share this article|NK News Logo|NK Pro Logo|NK Pro Banner|NK PRO|Author Image|Remember Me|"
    r"Username|Password|Forgot password\?|Log ?in|Sign in|Sign up)$",
    re.IGNORECASE,
)
_LEAD_STARTS = frozenset("(UuTtVv")
"""First letters of the notes and disclaimers above (no other character matches one of them
case-insensitively)."""
_LEAD_HINT = re.compile(r"\(update|updated? at |the following |views expressed ", re.I)
"""How each note and disclaimer above starts (a block starting otherwise has none)."""
_RULE = re.compile(r"^[-_=*~•·]{3,}$")
# What a block is, in one match (the first alternative that matches wins, in the order
# clean_body tests them): a paywall prompt, the start of the page tail or an end note, a widget
# label or a rule, an opinion piece's intro.
_BLOCK_KIND = re.compile(
    f"(?P<prompt>{_PROMPT.pattern})|(?P<stop>{_TAIL.pattern}|{_END_NOTE.pattern})"
    f"|(?P<skip>{_UI.pattern}|(?-i:{_RULE.pattern}))|(?P<intro>{_OPINION_INTRO.pattern})",
    re.IGNORECASE,
)
_MAX_PULL_QUOTE = 400
_MAX_UNITS = 1000
_TERMINAL = tuple(".!?\"”’')]…:")
_QUOTES = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("—", "-"), ("–", "-"))


class Unit(NamedTuple):
    """One candidate body block: its cleaned text (see :func:`~newsparse.text.clean`)
    and kind (from HTML tags or text-layout guesses). A named tuple: a text dump makes one
    per line, several times faster than a frozen class."""

    text: str
    kind: BlockKind = "paragraph"


@attrs.frozen
class BodyResult:
    """The article's own blocks and what the clean-up learned on the way."""

    blocks: tuple[Block, ...]
    paywalled: bool = False
    teaser: bool = False
    updated: dt.date | None = None


def fold(text: str) -> str:
    """Cleaned text (see :func:`~newsparse.text.clean`) for comparisons: quotes and dashes
    straightened, case folded."""
    if not text.isascii():  # (str.replace is many times faster than str.translate here)
        for curly, straight in _QUOTES:
            if curly in text:
                text = text.replace(curly, straight)
    return text.casefold().strip(" \"'")


def is_tail(text: str) -> bool:
    """Whether a (cleaned) line starts the page tail: related articles, author box, footer,
    Blogger chrome."""
    return bool(_TAIL.match(text))


def is_caption(text: str) -> bool:
    """Whether a (cleaned) block is a photo caption (``... | Photo: KCNA``)."""
    return len(text) < 400 and _caption(text)


def _caption(text: str) -> bool:
    # Every caption form has a "|" or starts with its label: no search needed otherwise.
    return ("|" in text or text[:1] in "PIpi") and bool(_CAPTION.search(text))


def is_ui(text: str) -> bool:
    """Whether a (cleaned) line is a widget label (Share, Read More, logo alt texts, sign-in)."""
    return bool(_UI.match(text))


def paywall_prompt(text: str) -> bool:
    """Whether a (cleaned) line is a subscription or sign-in prompt of the paywall."""
    return bool(_PROMPT.match(text))


def update_day(note: str) -> dt.date | None:
    """The moment an ``(Updated at 3:50 p.m. KST on May 4, 2022 ...)`` note gives."""
    written = find_date(note)
    if written is None:
        return None
    time = _UPDATE_TIME.search(note)
    if time and time.group(2):
        moment = parse_date(f"{written.replace('.', '')} {time.group(1)} {time.group(2)}")
        if moment is not None:
            return moment
    return parse_day(written)


def _strip_lead(text: str) -> tuple[str, dt.date | None]:
    """Remove disclaimers and update notes from the front of a block."""
    updated: dt.date | None = None
    while text[:1] in _LEAD_STARTS and _LEAD_HINT.match(text):
        before = text
        match = _UPDATE_PAREN.match(text) or _UPDATE_LINE.match(text)
        if match:
            updated = updated or update_day(match.group(0))
            text = text[match.end():]
        text = _DISCLAIMER.sub("", text, count=1)
        if text == before:
            break
    return text.strip(), updated


def _pull_quotes(units: list[Unit | Block]) -> list[Unit | Block]:
    """Drop repeated blocks and short blocks that repeat a sentence of another block (pull
    quotes). Bodies longer than any article only lose exact repeats."""
    if len(units) > _MAX_UNITS:
        unique: dict[str, Unit | Block] = {}
        for unit in units:
            unique.setdefault(unit.text, unit)
        return list(unique.values())
    folded = [fold(u.text) for u in units]
    whole = "\n".join(folded)
    counts: dict[str, int] = {}
    for text in folded:
        counts[text] = counts.get(text, 0) + 1
    kept, seen = [], set()
    for unit, text in zip(units, folded, strict=True):
        if text in seen:
            continue
        seen.add(text)
        candidate = 25 <= len(text) <= _MAX_PULL_QUOTE and unit.kind != "list_item"
        if not (candidate and whole.count(text) > counts[text]):
            kept.append(unit)
    return kept


def _teaser_copy(kept: list[Unit | Block], end: int, text: str) -> bool:
    """Whether ``text`` is a cut copy of the start of ``kept[:end]``."""
    head = fold(text).rstrip(".… ")
    start: list[str] = []
    length = 0
    for i in range(end):
        start.append(kept[i].text)
        length += len(start[-1]) + 1
        if length > len(head) + 50:
            break
    so_far = fold(" ".join(start))
    return bool(head) and len(so_far) > len(head) and so_far.startswith(head)


def _drop_teaser_copy(kept: list[Unit | Block]) -> None:
    """Remove the last few blocks if together they repeat the start of the body (a teaser)."""
    for count in range(1, min(5, len(kept) - 1) + 1):
        end = len(kept) - count
        if _teaser_copy(kept, end, " ".join(u.text for u in kept[end:])):
            del kept[end:]
            return


def clean_body(units: Iterable[Unit | Block]) -> BodyResult:
    """Keep the article's own blocks (or candidate units) in order; note paywall prompts and a
    cut-off end."""
    kept: list[Unit | Block] = []
    paywalled = False
    updated: dt.date | None = None
    for unit in units:
        text, note_day = _strip_lead(unit.text)
        updated = updated or note_day
        if not text:
            continue
        found = _BLOCK_KIND.match(text)
        kind = found.lastgroup if found else None
        if kind == "prompt":
            paywalled = True
            break
        pro_end = _PRO_END.search(text) if "©" in text else None
        if pro_end:
            # Glued to a teaser (NK Pro, flattened pages) it marks the paywall; on its own line
            # it is the footer, and a paywall only if the text above it is cut off.
            teaser = text[: pro_end.start()].strip()
            if teaser:
                kept.append(Unit(teaser, unit.kind))
            paywalled = bool(teaser) or (bool(kept) and not kept[-1].text.endswith(_TERMINAL))
            break
        if kind == "stop":
            break
        # (case folding makes one to three characters of each: only a text of 3 to 9
        # characters can fold to "read more")
        if len(text) <= 9 and text.casefold() == "read more":
            # The theme's Read More button closes the article block: what follows is sidebar.
            _drop_teaser_copy(kept)
            break
        if kind == "skip" or is_caption(text):
            continue
        if kind == "intro" and len(text) < 250:
            continue
        kept.append(unit if text == unit.text else Unit(text, unit.kind))
    kept = _pull_quotes(kept)
    while kept and kept[-1].kind == "heading":
        kept.pop()
    last = kept[-1].text if kept else ""
    cut = bool(last) and (not last.endswith(_TERMINAL) or last.endswith(("…", "[…]", "...")))
    blocks = tuple(u if isinstance(u, Block) else clean_block(u.kind, u.text) for u in kept)
    return BodyResult(blocks, paywalled=paywalled, teaser=cut, updated=updated)
