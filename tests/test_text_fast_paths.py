"""The text path's fast forms give the answers of the plain forms they replace, on seeded random
texts: read_dump's normalisation from a text's odd characters, the title-line sign, the body
blocks' one-pattern kind, the page-tail line search, the case-folding length guards, the NK
News sniff's cheap-first order, read_dump's one-pass reading of dumps that are not wrapped, the
for-more count in bytes, language detection's ASCII words split from bytes, the References
mark tried at line starts, the underscore pattern opened by the underscore and read_dump's
layout and margins read in one pass."""

from __future__ import annotations

import itertools
import random
import re
import textwrap
import unicodedata
from collections import Counter

from newsparse.adapters.nknews import boilerplate as bp
from newsparse.adapters.nknews import textkind
from newsparse.adapters.nknews.byline import byline_memo
from newsparse.adapters.nknews.textkind import _TAIL_LINE, _TITLE_LINE, _title_line, listing_reason
from newsparse.api import read_page
from newsparse.extract import language, textdump
from newsparse.extract.textdump import Line
from newsparse.page import Page
from newsparse.text import repair_mojibake

_ODD = (
    "\u00a0", "\t", "\u200b", "\u00ad", "\u2009", "\ufeff", "\x0c", "\x0b", "\x1f", "\x7f",
    "\u3000", "é", "Ã©", "â€™", "Ã", "\u00c2", "\u2028", "\x85", "\u0301", "e\u0301", "A\u0302",
    "\u212b", "漢字", "ｱ", "\u1100\u1161", "\u05d0\u0591\u05b0", "’", "—", "ðŸ˜€", "\U0001f600",
)
_PLAIN = ("word ", "Word", " ", "\n", "\n\n", "[12]", "* ", "x", "  ", "NK News", "References")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pieces = _ODD + _PLAIN
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(count)]


def _normalised_plainly(text: str) -> str:
    """What read_dump's normalisation is defined as: NFC, mojibake repaired, invisible
    characters dropped, odd white space as a space (each on the whole text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = textdump._SURROGATE.sub("\ufffd", text)
    text = repair_mojibake(unicodedata.normalize("NFC", text))
    return textdump._ODD_SPACE.sub(" ", textdump._INVISIBLE.sub("", text))


def test_normalising_from_the_odd_characters_is_normalising_the_text() -> None:
    changed = 0
    for text in [*_texts(3, 6000), "\ud800 x", "a\ud800\u00a0b"]:
        normal, odd = textdump._normalised(text)
        assert normal == _normalised_plainly(text), repr(text)
        assert odd == "".join(c for c in normal if not (" " <= c <= "~" or c == "\n"))
        changed += normal != text
    assert changed > 1000  # the texts do need normalising


def test_the_title_line_sign_is_the_per_line_search() -> None:
    rng = random.Random(5)
    pieces = ("Headline", " | ", " - ", " – ", "NK News", "NK Pro", "NK PRO", "NKNews", "NK",
              " - North Korea News", "\n", "\r\n", " ", "\t", "x", "News", "Pro")
    found = 0
    for _ in range(6000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = any(_TITLE_LINE.search(line) for line in head.split("\n"))
        assert _title_line(head) == expected, repr(head)
        found += expected
    assert found > 300


def _kind_plainly(text: str) -> str | None:
    if bp._PROMPT.match(text):
        return "prompt"
    if bp._TAIL.match(text) or bp._END_NOTE.match(text):
        return "stop"
    if bp._UI.match(text) or bp._RULE.match(text):
        return "skip"
    return "intro" if bp._OPINION_INTRO.match(text) else None


def test_one_pattern_tells_a_block_s_kind_as_the_separate_patterns_do() -> None:
    rng = random.Random(7)
    pieces = ("Read More", "Share", "Related Articles", "About the Author", "Subscribe now",
              "Edited by ", "Featured image: ", "The following is an opinion piece by ", "---",
              "•••", "©", " Korea Risk Group", "Posted by Jo at 10:30", "x", " ", "ſ", "K",
              "Email This", "3 comments:", "You have reached the limit of your free article "
              "allowance", "Views expressed", "NK PRO", "log in", "Labels: a")
    kinds: set[str | None] = set()
    for _ in range(8000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        found = bp._BLOCK_KIND.match(text)
        kind = found.lastgroup if found else None
        assert kind == _kind_plainly(text), text
        kinds.add(kind)
    assert kinds == {"prompt", "stop", "skip", "intro", None}


def test_the_first_tail_line_is_the_first_line_is_tail_finds() -> None:
    rng = random.Random(9)
    pieces = ("Related Articles", "Home", "Posted by Jo at 10:30", "Copyright", "© 2020 NK News",
              "Copyright © Korea Risk Group", "Newer Posts", "text", "Labels:", "x", " ", "\n")
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        lines = text.split("\n")
        expected = next((i for i, line in enumerate(lines) if bp.is_tail(line)), None)
        assert _TAIL_LINE.first_line(text) == expected, text
        found += expected is not None
    assert found > 1000


def test_case_folding_makes_one_to_three_characters_of_each() -> None:
    # (the "read more" and "about the author" tests fold only texts short enough to match)
    sizes = {len(chr(point).casefold()) for point in range(0x110000)
             if not 0xD800 <= point <= 0xDFFF}
    assert sizes == {1, 2, 3}


def test_the_lead_note_pattern_only_matches_after_its_first_letters() -> None:
    # Each alternative starts with "(", "u", "t" or "v": the characters that match one of them
    # case-insensitively are all among the first letters the guard lets through.
    first = re.compile("[(utv]", re.IGNORECASE)
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    assert set(first.findall(every)) <= bp._LEAD_STARTS
    assert {alternative[:1].lower() for alternative in bp._LEAD_HINT.pattern.split("|")} == {
        "\\", "u", "t", "v"}


def test_a_line_holding_a_line_break_does_not_shift_the_tail() -> None:
    byline = "Jane Doe October 31, 2019"
    with_break = [Line(byline), Line("x\nRelated Articles"), Line(byline), Line(byline)]
    assert listing_reason(with_break) == "a listing of 3 articles (one byline each)"
    assert listing_reason([Line(byline), Line("Related Articles"), Line(byline)]) is None


def _sniff_plainly(page: Page) -> float:
    """NK News' text sniff as first written: every sign tried in the signs' order, the weights
    added until they reach 1."""
    text = page.text
    head = text[: textkind._HEAD]
    dated = textkind._year_lines(head)
    read_byline = byline_memo()
    signs = (
        (0.6, lambda: textkind._title_line(head[: textkind._TITLE_SPAN])),
        (0.4, lambda: textkind._SITE_MARK.search(head)),
        (0.6, lambda: "Visit NK News for more" in text),
        (0.5, lambda: textkind._FOOTER.search(text)),
        (0.4, lambda: "not repre" in text.lower() and textkind._DISCLAIMER_HINT.search(text)),
        (0.3, lambda: textkind._twin_byline(dated, read_byline)),
        (0.2, lambda: "Featured image" in text and textkind._END_NOTE.search(text)),
        (0.1, lambda: textkind._CAPTION.search(text)),
        (0.2, lambda: textkind._HEADER_LINE.search(head) and any(read_byline(t) for t, _ in dated)),
    )
    score = 0.0
    for weight, found in signs:
        if found():
            score += weight
            if score >= 1.0:
                return 1.0
    return score


def test_the_sniff_s_cheap_first_order_scores_as_the_signs_order() -> None:
    rng = random.Random(13)
    pieces = (
        "\n", "\n\n", " ", "x", "Word word.", "Headline | NK News - North Korea News",
        "NK News Logo", "Visit NK News for more", "© 2020 Korea Risk Group",
        "Views expressed are the author's own and do not represent the views of NK News",
        "Jane Doe March 3, 2020", "April 06, 2020", "Featured image: KCNA", " Featured image by x",
        "A photo | Photo: KCNA", "[12]", "\r", "Mara Lindqvist  August 20, 2019",
    )
    scores: set[float] = set()
    for _ in range(3000):
        text = "x" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        page = read_page(text.encode("utf-8"))
        expected = _sniff_plainly(page)
        assert textkind.sniff(page) == expected, repr(text)
        scores.add(expected)
    assert 1.0 in scores and 0.0 in scores and len(scores) > 8  # (sums below 1 reached too)


def _read_fully(text: str) -> tuple[Line, ...]:
    """read_dump without its one-pass reading of dumps that are not hard-wrapped and without
    its test for marks in the whole dump."""
    text, odd = textdump._normalised(text)
    refs = textdump._REFERENCES.search(text)
    if refs:
        text = text[: refs.start()]
    wide = textdump._WIDE.search(odd) is not None
    return textdump._read_lines(text.split("\n"), wide, "_" in text)


def test_the_one_pass_reading_of_unwrapped_dumps_is_the_full_reading() -> None:
    rng = random.Random(17)
    pieces = (
        "the delegation arrived in Pyongyang ", "and met officials of the ministry ", "Word ",
        "\n", "\n\n", "   ", "* ", "• ", "+ ", "o ", "#[1]alternate", "Link: rel ", "[12]", "[IMG]",
        "(BUTTON) ", "Menu_Item ", "Home_Page", "___", "date 2020-01-01 ", "x" * 45, "漢字",
        "\u00a0", "**Heading**", "  ", "References\n\n   1. http://x\n", "[a b]", "(*)",
        "\n* Menu_Item\n* Home_Page\n* Top_News\n",
    )
    fast = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert textdump.read_dump(text) == _read_fully(text), repr(text)
        normal = textdump._normalised(text)[0]
        fast += textdump._long_breakable_line(normal.split("\n"))
    assert fast > 400  # (the one-pass reading is taken on many of them)


def test_the_for_more_count_in_lower_cased_bytes_is_the_four_cases_counted() -> None:
    rng = random.Random(19)
    pieces = ("r m", "R M", "r M", "R m", "for more", "r", " ", "m", "M", "\u212a", "ſ", "ﬀ",
              "é", "Ｒ", "İ", "\n", "x", "’", "\ud800")
    found = set()
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        plain = sum(map(text.count, ("r m", "R m", "r M", "R M")))
        assert text.encode("utf-8", "surrogatepass").lower().count(textkind._FOR_MORE) == plain
        found.add(min(plain, 2))
    assert found == {0, 1, 2}


def _stopwords_plainly(words: Counter[str]) -> str | None:
    scores = dict.fromkeys(language._STOPWORDS, 0)
    for word in language._STOPWORD_LANGUAGES.keys() & words.keys():
        for lang in language._STOPWORD_LANGUAGES[word]:
            scores[lang] += words[word]
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= language._MIN_HITS and top >= second * language._MARGIN else None


def _detect_plainly(text: str) -> str | None:
    """Language detection's stopword path as first written: words found by a pattern in the
    lower-cased sample, ranked by a stable sort."""
    text = text[: language._SAMPLE]
    plain = text
    for char in language._SEPARATORS:
        plain = plain.replace(char, " ")
    if plain.isascii():
        found = re.findall("[a-z]+", plain.lower())
        return _stopwords_plainly(Counter(found)) if sum(map(len, found)) >= 20 else None
    return language.detect_text_language(text)  # (scripts: unchanged)


def test_ascii_words_split_from_bytes_detect_as_the_pattern_s_words() -> None:
    rng = random.Random(23)
    lists = [sorted(words) for words in language._STOPWORDS.values()]
    fillers = (" ", "  ", ", ", ". ", "’", "“", "—", "\u00a0", "x1", "Word", "THE ", "Und ",
               "é", "don't ", "_", "-", "\n", "3", "Пример ")
    answers = set()
    for _ in range(3000):
        stopwords = rng.choice(lists) + rng.choice(lists)[:5]  # (one language, a few others')
        pieces = (*stopwords, *[" "] * len(stopwords), *fillers)
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 80)))
        if rng.random() < 0.5:
            text = text.upper() if rng.random() < 0.2 else text.title()
        expected = _detect_plainly(text)
        assert language.detect_text_language(text) == expected, repr(text)
        answers.add(expected)
    assert None in answers and len(answers) > 5  # (several languages win, and none)


def test_latin1_words_split_from_bytes_detect_as_the_pattern_s_words() -> None:
    """A sample of Latin-1 characters (but for characters neither of a word nor of a script,
    read as spaces) is detected from words split in C passes: as the pattern's words, letters
    and scripts detect it."""
    rng = random.Random(29)
    latin = [w for words in language._STOPWORDS.values() for w in sorted(words)
             if all(c <= "\xff" for c in w)]
    lists = [sorted(words) for words in language._STOPWORDS.values()]
    fillers = (" ", "  ", ", ", ". ", "’", "“", "„", "—", "\u00a0", "\u00b7", "«", "»", "x1",
               "Größe ", "ÉTÉ ", "µ", "²", "½", "ß", "ª", "_", "-", "\n", "3", "ÿ", "×", "÷",
               "\u00ad", "Ärger ", "æ", "Ð", "¿", "¡", "„", "‚", "♥", "\u200b", "😀", "、",
               "\u060c", "\u2071", "ł", "Пример ", "\U0001d400", "\ud800",
               "\u060c" * 12, "\u30fb" * 12)  # (a script's punctuation: the script's count)
    answers = set()
    for _ in range(3000):
        stopwords = rng.choice(lists) + rng.sample(latin, 8)
        pieces = (*stopwords, *[" "] * len(stopwords), *fillers)
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 80)))
        if rng.random() < 0.5:
            text = text.upper() if rng.random() < 0.2 else text.title()
        expected = language._pattern_language(text[: language._SAMPLE])
        assert language.detect_text_language(text) == expected, repr(text)
        answers.add(expected)
    assert None in answers and len(answers) > 5  # (several languages win, and none)


def _wrap_widths_plainly(lines: list[textdump._Raw]) -> dict[int, int] | None:
    """The wrap margins and the decision whether the dump was wrapped, as first written: a
    second pass over every pair of lines after the margins are measured."""
    widths = textdump._margins(lines)
    if widths is None:
        return None
    pairs = fitting = lower = 0
    for a, b in itertools.pairwise(lines):
        width = widths.get(a[1], 0)
        if b[3] or b[2] or a[4] < width - 25 or b[1] != a[1]:
            continue
        pairs += 1
        first = b[0].split(" ", 1)[0]
        if a[4] + 1 + textdump._columns(first) > width:
            fitting += 1
            lower += b[0][:1].islower()
    return widths if textdump._wrapped_at(pairs, fitting, lower) else None


def _read_lines_plainly(lines: list[str], wide: bool, underscores: bool) -> tuple[Line, ...]:
    raw = textdump._raw_lines(lines, wide)
    if raw and "date " in raw[0][0][:6]:
        raw[0] = (textdump._CRAWL_PREFIX.sub("", raw[0][0]), *raw[0][1:])
    widths = _wrap_widths_plainly(raw)
    underscored = underscores and textdump._underscored_links(raw)
    if widths is None:
        return textdump._unwrapped(raw, underscored)
    out: list[Line] = []
    parts: list[str] = []
    head: textdump._Raw | None = None
    previous: textdump._Raw | None = None
    for line in raw:
        piece, indent, bullet, gap, _ = line
        joins = False
        if previous is not None and not gap and not bullet and indent == previous[1]:
            first = piece.split(" ", 1)[0]
            joins = previous[4] + 1 + textdump._columns(first) > widths.get(indent, 0)
        previous = line
        piece = textdump._strip_marks(piece)
        if underscored:
            piece = textdump._UNDERSCORED.sub(" ", piece)
        if joins:
            parts.append(piece)
            continue
        if head is not None:
            textdump._finish(out, head, parts)
        head, parts = line, [piece]
    if head is not None:
        textdump._finish(out, head, parts)
    return tuple(out)


def test_the_wrap_decision_counted_while_joining_is_the_second_pass_s() -> None:
    rng = random.Random(29)
    words = ("the", "delegation", "arrived", "in", "Pyongyang", "North", "Korea-", "[12]link",
             "(BUTTON)", "ministry", "漢字", "x" * 30, "Menu_Item", "officials", "said", ".")
    wrapped = 0
    for _ in range(1500):
        blocks = []
        for _ in range(rng.randint(1, 8)):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
            width = rng.choice((30, 50, 72, 79, 120))
            indent = " " * rng.choice((0, 0, 3, 6))
            lead = rng.choice(("", "", "* ", "• "))
            blocks.append(textwrap.fill(text, width, initial_indent=indent + lead,
                                        subsequent_indent=indent + " " * len(lead)))
        text = rng.choice(("\n\n", "\n")).join(blocks)
        normal, odd = textdump._normalised(text)
        wide = textdump._WIDE.search(odd) is not None
        lines = normal.split("\n")
        expected = _read_lines_plainly(lines, wide, "_" in normal)
        assert textdump._read_lines(lines, wide, "_" in normal) == expected, repr(text)
        wrapped += any(line.parts for line in expected)
    assert wrapped > 300  # (lines joined in many of them, not in others)


def test_the_references_mark_tried_at_line_starts_is_the_pattern_s_search() -> None:
    rng = random.Random(31)
    pieces = ("References", "  ", "\t", "\n", "\n\n", "1. ", "1.\tx", "Visible links",
              "Hidden links", "x", " References\n", " \n", "References\n\n   1. http://x\n",
              "ReferencesReferences", "\r")
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        match = textdump._REFERENCES.search(text)
        expected = match.start() if match else None
        assert textdump._references(text) == expected, repr(text)
        found += expected is not None
    assert found > 2000  # (the mark found in many of them, at several places)


def test_the_underscore_pattern_opened_by_the_underscore_is_the_look_behind_form() -> None:
    plainly = re.compile(r"(?<=[^\W_])_(?=[^\W_])")
    rng = random.Random(37)
    pieces = ("_", "a", "é", "1", " ", "\n", "-", "__", "漢", "_a_", "ß", "Menu_Item", "٣")
    changed = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = plainly.sub(" ", text)
        assert textdump._UNDERSCORED.sub(" ", text) == expected, repr(text)
        assert bool(textdump._UNDERSCORED.search(text)) == bool(plainly.search(text))
        changed += expected != text
    assert changed > 2000


def test_the_layout_and_margins_read_in_one_pass_are_the_two_passes() -> None:
    rng = random.Random(41)
    pieces = ("the delegation arrived ", "in Pyongyang ", "Word ", "\n", "\n\n", "   ", "* ",
              "• ", "o ", "#[1]alternate", "Link: rel ", "[12]", "date 2020-01-01 ", "x" * 45,
              "漢字", "  ", "word " * 30, "**Heading**", "date ")
    unwrapped = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        normal, odd = textdump._normalised(text)
        wide = textdump._WIDE.search(odd) is not None
        lines = normal.split("\n")
        raw = textdump._raw_lines(lines, wide)
        if raw and "date " in raw[0][0][:6]:
            raw[0] = (textdump._CRAWL_PREFIX.sub("", raw[0][0]), *raw[0][1:])
        expected = (raw, textdump._margins(raw))
        assert textdump._laid_out(lines, wide) == expected, repr(text)
        unwrapped += raw != [] and expected[1] is None
    assert unwrapped > 300


def test_the_general_punctuation_block_is_neither_words_nor_a_script() -> None:
    first, last = (ord(c) for c in language._PUNCTUATION)
    for code in range(first, last + 1):
        char = chr(code)
        assert not language._WORD.search(char), hex(code)
        assert not any(p.search(char) for _, p in language._SCRIPTS), hex(code)


def test_the_separators_are_neither_words_nor_a_script() -> None:
    for char in language._SEPARATORS:
        assert not language._WORD.search(char), hex(ord(char))
        assert not any(p.search(char) for _, p in language._SCRIPTS), hex(ord(char))
