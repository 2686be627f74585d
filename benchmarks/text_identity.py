"""Dump what the text path makes of many texts, for an identity check of a text-path change.

Usage (from the repository root; compare two dumps with ``cmp``)::

    .venv/bin/python benchmarks/text_identity.py OUT.jsonl [--every K]

The texts: the layout text (:func:`newsparse.extract.textdump.element_text` of ``<body>``) of
every ``K``-th page (default 2) of the development sets under ``../shared``, every fixture's
``input.txt``, and 600 seeded variants of them (the fixture dumps twelve times over, and 150
of the page texts), each made by one to four of: hard-wrapping at 40-79 columns (indentation
kept), lynx link numbers and button, field and image marks, bullets, odd spaces (NBSP, tab,
thin and ideographic spaces), invisible and control characters, lines read as Latin-1
(mojibake), CRLF line ends, and NK News lines (title lines, bylines, header dates, the page
tail, prompts, notes) inserted. The variants are drawn from one seeded generator: the same sets
give the same texts.

For each text, one JSON line: ``newsparse.parse`` of its UTF-8 bytes (the Article as a dict,
or the error), and for a text page its logical lines (``read_dump``), NK News' text sniff, NK
News' reading of it with and without an nknews.org URL, and the language detected on its
first 800 characters. A change that keeps the text path's output gives a byte-identical file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import lxml.html
from sets import DEFAULT_SETS, REPO, load_set

import newsparse
from newsparse.adapters.nknews import textdump as nk_text
from newsparse.adapters.nknews import textkind as nk_kind
from newsparse.api import read_page
from newsparse.extract import language
from newsparse.extract.textdump import element_text, read_dump

_NK_LINES = (
    "Some Headline Here | NK News - North Korea News", "By Jane Doe  March 3, 2020",
    "Chad O'Carroll March 3, 2020", "Colin ZwirkoColin ZwirkoNovember 29, 2022",
    "April 06, 2020", "Related Articles", "About the Author", "View more articles by Jane Doe",
    "© Korea Risk Group. All rights reserved.", "Featured image: KCNA", "Read More", "1 2 3 4 5",
    "Visit NK News for more", "Photo Stories Archive", "Share", "",
    "(Updated at 3:50 p.m. KST on May 4, 2022)", "NK News Logo", "Jane Doe", "March 3, 2020",
    "Subscribe now", "Edited by Bob", "Anton Sokolin | Colin Zwirko  May 5, 2021",
)
_MARKS = ("[IMG]", "(BUTTON)", "[svg]", "____", "[ ]", "(*)", "![a](b)", "[banner]")


def _page_texts(every: int) -> list[str]:
    texts = []
    for folder in DEFAULT_SETS:
        _, samples = load_set(folder)
        for sample in samples[::every]:
            try:
                doc = lxml.html.document_fromstring(sample.raw())
            except Exception:  # noqa: BLE001 (a page lxml cannot read gives no text)
                continue
            body = doc.find("body")
            text = element_text(body if body is not None else doc)
            if text.strip():
                texts.append(text[:60000])
    return texts


def _variants(rng: random.Random) -> list[Callable[[str], str]]:
    def rewrap(text: str) -> str:
        width = rng.choice((40, 60, 72, 79))
        out = []
        for line in text.split("\n"):
            indent = " " * (len(line) - len(line.lstrip()))
            out.append(textwrap.fill(line.strip(), width, initial_indent=indent,
                                     subsequent_indent=indent) if line.strip() else "")
        return "\n".join(out)

    def marks(text: str) -> str:
        words = text.split(" ")
        number = 1
        for i in range(len(words)):
            if rng.random() < 0.05:
                words[i] = f"[{number}]{words[i]}"
                number += 1
            elif rng.random() < 0.01:
                words[i] = rng.choice(_MARKS) + words[i]
        return " ".join(words)

    def bullets(text: str) -> str:
        return "\n".join(
            rng.choice(("* ", "+ ", "• ", "□ ", "o ", "# ", "   * ", "· ")) + line
            if line.strip() and rng.random() < 0.2 else line for line in text.split("\n"))

    def odd_spaces(text: str) -> str:
        return "".join(rng.choice(("\u00a0", "\t", "\u2009", "\u3000", "  "))
                       if char == " " and rng.random() < 0.05 else char for char in text)

    def controls(text: str) -> str:
        return "".join(char + rng.choice(("\x0c", "\x1f", "\u200b", "\u00ad", "\ufeff", "\x7f",
                                          "\r")) if rng.random() < 0.01 else char
                       for char in text)

    def mojibake(text: str) -> str:
        return "\n".join(line.encode("utf-8").decode("latin-1") if rng.random() < 0.3 else line
                         for line in text.split("\n"))

    def crlf(text: str) -> str:
        return text.replace("\n", "\r\n")

    def nk_lines(text: str) -> str:
        lines = text.split("\n")
        for _ in range(rng.randint(1, 6)):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(_NK_LINES))
        if rng.random() < 0.3 and len(lines) > 3:
            del lines[rng.randrange(len(lines))]
        return "\n".join(lines)

    return [rewrap, marks, bullets, odd_spaces, controls, mojibake, crlf, nk_lines, nk_lines]


def texts(every: int) -> list[str]:
    """The texts (see the module docstring), in a fixed order."""
    pages = _page_texts(every)
    fixtures = [path.read_text("utf-8", "replace")
                for path in sorted(REPO.glob("fixtures/*/*/input.txt"))]
    rng = random.Random(11)
    changes = _variants(rng)
    out = [*pages, *fixtures]
    for text in fixtures * 12 + rng.sample(pages, min(150, len(pages))):
        for change in rng.sample(changes, rng.randint(1, 4)):
            text = change(text)
        out.append(text)
    return out


def _safe(run: Callable[[], object]) -> str:
    try:
        return repr(run())
    except Exception as exc:  # noqa: BLE001 (the error is the output)
        return f"ERR {type(exc).__name__}: {exc}"


def _record(i: int, text: str) -> dict[str, str | int]:
    """What the text path makes of one text (see the module docstring)."""
    raw = text.encode("utf-8", "surrogatepass")
    record: dict[str, str | int] = {"i": i}
    record["parse"] = _safe(lambda: newsparse.parse(raw).to_dict())
    try:
        page = read_page(raw)
    except Exception as exc:  # noqa: BLE001
        record["page"] = repr(exc)
        return record
    if page.kind == "html":
        return record
    words = page.text
    record["dump"] = _safe(lambda: read_dump(words))
    record["sniff"] = _safe(lambda: nk_kind.sniff(page))
    record["nk"] = _safe(lambda: nk_text.parse_text(words, None))
    record["nk_url"] = _safe(lambda: nk_text.parse_text(words, "https://nknews.org/2020/01/x/"))
    record["language"] = _safe(lambda: language.detect_text_language(words[:800]))
    return record


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--every", type=int, default=2, help="every K-th development page")
    args = parser.parse_args()
    found = texts(args.every)
    with args.out.open("w", encoding="utf-8") as out:
        for i, text in enumerate(found):
            out.write(json.dumps(_record(i, text), default=str, sort_keys=True) + "\n")
    print(f"{len(found)} texts dumped to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
