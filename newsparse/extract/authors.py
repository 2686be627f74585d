"""Cleaning author names: bylines in, clean person names out; organisations told apart.

The genre, credit, role and organisation words are read from :mod:`newsparse.words` (one
module a language): adding a language adds its words here without an edit to this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsparse import words
from newsparse.text import clean

__all__ = [
    "PARTICLES", "clean_author", "invert_name", "is_agency", "is_name_like",
    "looks_like_organisation", "name_key", "split_byline", "unique_names",
]


def _firsts(*lists: Iterable[str]) -> str:
    """A look-ahead for the first letters of the words of ``lists`` (in a case-blind
    pattern): put before their alternation, it turns away a text that opens with no such
    letter in one test, where the engine would enter and leave each case-blind word (the
    same matches: every word opens with one of these letters)."""
    return "(?=[" + re.escape("".join(sorted({w[0] for ws in lists for w in ws}))) + "])"


_BY_WORDS = words.every("by") + words.every("author_labels") + words.every("credit_labels")
_BY = re.compile(r"^\s*" + _firsts(_BY_WORDS) + "(?:" + words.alternation(_BY_WORDS)
                 + r")\s*[:\-]?\s+", re.IGNORECASE)
# "Kommentar von", "Eine Analyse von", "A commentary by": a genre word before the byline word.
_GENRE_BY = re.compile(
    r"^\s*" + _firsts(words.every("indefinite_articles"), words.every("genres"))
    + "(?:(?:" + words.alternation(words.every("indefinite_articles")) + r")\s+)?(?:"
    + words.alternation(words.every("genres")) + r")\s+(?:"
    + words.alternation(words.every("by") + words.every("genre_links")) + r")\s+",
    re.IGNORECASE,
)
# Picture and source credits: "Foto: REUTERS/Jane Doe", "Image: Getty Images", "Quelle: dpa".
_CREDIT = re.compile(
    r"(?:^|(?<=[\s,;|(]))(?:" + words.alternation(words.every("credit_words"))
    + r")\s*:\s*[^,;|]*",
    re.IGNORECASE,
)
# Matches start at a token start only: a bare ``\S+@`` is quadratic on a long token without "@".
_EMAIL = re.compile(r"(?<!\S)\S+@\S+|\[email\s*protected\]", re.IGNORECASE)
# No leading "\s*": tried from every position of a run of white space, it cost square time in
# the run; the parts are stripped when cleaned.
# A joining word followed by a full stop is an abbreviation: "e. V.", "e.V." (a German
# registered association) is no second name.
_SPLIT = re.compile(
    r"(?:\||;|,|/|·|•|\b(?:and|und|et|y|e|og|och|en)\b(?!\s?\.)|&|\+|、)\s*",
    re.IGNORECASE,
)
_MONTHS = words.alternation(words.months())
_DATE_WORDS = words.alternation(
    words.every("updated") + words.every("published") + words.every("as_of")
)
_DATEISH = re.compile(
    r"(?:\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\b\d{4}-\d{2}-\d{2}|"
    r"\b(?:" + _MONTHS + r")[a-zä]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\b\d{1,2}\.?\s+(?:" + _MONTHS + r")[a-zäé]*\.?\s+\d{4}|"
    r"\b\d{1,2}:\d{2}|\b(?:" + _DATE_WORDS + r")\b|"
    r"\b\d+\s*(?:min|minutes?|minuten|hours?|stunden|days?|tage)\b).*$",
    re.IGNORECASE,
)
# Every branch of _DATEISH but the date words needs a digit (``\d``): a text without one can
# only match there, so it is searched for the date words alone, each start tested for a
# word's first letter before the words are tried (the same matches, about 3x faster).
_DATE_WORD_FIRSTS = "".join(sorted({re.escape(word[0]) for word in (
    words.every("updated") + words.every("published") + words.every("as_of"))}))
_DATE_WORD_TAIL = re.compile(
    r"\b(?=[" + _DATE_WORD_FIRSTS + r"])(?:" + _DATE_WORDS + r")\b.*$", re.IGNORECASE
)
_ANY_DIGIT = re.compile(r"\d")
_ROLES = words.alternation(words.every("roles"))
_ROLE_TAIL = re.compile(
    r"\s*[,(–—|-]\s*(?:" + _ROLES + r"|in\s+[A-Z]).*$",
    re.IGNORECASE,
)
_ROLE_FIRSTS = _firsts(words.every("roles"))
_ROLE_ONLY = re.compile(r"^" + _ROLE_FIRSTS + "(?:" + _ROLES + r")\b", re.IGNORECASE)
# "Rechtsanwalt Max Muster", "Reporter Jane Doe": a role before a name of two words or more.
_ROLE_HEAD = re.compile(r"^" + _ROLE_FIRSTS + "(?:" + _ROLES + r")\s+(?=\S+\s+\S)",
                        re.IGNORECASE)
_ROLE_TAIL_MARKS = frozenset(",(–—|-")  # one of them starts every match of _ROLE_TAIL
_IN_SECTION = re.compile(r"\s*,\s*in\s+[A-Z].*$")  # "By TPN, in News"
_PAREN = re.compile(r"\s*\([^()]{0,60}\)")  # "Jane Doe (dpa)", "Jane Doe (text)"
# "Jane Doe in Washington", "Jane Doe for The Guardian", "Jane Doe für die Zeit".
_PLACE_OR_OUTLET = re.compile(
    r"\s+(?:in|aus|from|for|für|pour|para|per)\s+(?:the\s+|die\s+|der\s+|das\s+)?"
    r"[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}$"
)
_TRAILING_ROLE = re.compile(r"\s+(?:staff|senior|chief|special)\s+(?:writer|reporter|"
                            r"correspondent|editor)s?$", re.IGNORECASE)
_NOT_NAME = re.compile(r"https?://|www\.|\d{3,}|[<>{}=@#©]")  # © : a picture credit
_ORG_WORDS = re.compile(
    r"\b" + _firsts(words.every("organisation_words"))
    + "(?:" + words.alternation(words.every("organisation_words")) + r")\b"
    r"|\.(?:com|de|org|net|co|uk|be|ch|at|no|se|dk|fr|es|it|jp|kr|tr|pl|ru|za|in)\b",
    re.IGNORECASE,
)
# Legal forms of companies and associations: "GmbH", "e.V.", "Ltd", "Inc.".
_LEGAL_FORM = re.compile(
    r"(?<!\w)(?:e\.\s?V\.|g?GmbH|AG|KG|Ltd\.?|LLC|Inc\.?|S\.A\.|SARL|S\.L\.|B\.V\.|plc)(?!\w)"
)
# Words that are also surnames ("Emily Post"): organisations only with an article or more words.
_ORG_WEAK = re.compile(
    r"\b" + _firsts(words.every("organisation_weak_words")) + "(?:"
    + words.alternation(words.every("organisation_weak_words")) + r")\b", re.IGNORECASE
)
_ARTICLE = re.compile(
    r"^(?:" + words.alternation(words.every("definite_articles")) + r")\s", re.IGNORECASE
)
PARTICLES = frozenset({  # name particles: "von", "van der", "de la" (lower case)
    "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das", "la", "le",
    "zu", "ten", "ter", "bin", "ibn", "al", "el", "y", "e", "mc", "st.", "af", "av",
})
# Particles that are also articles: after a word that is no particle they start a phrase.
_ARTICLEPARTICLES = frozenset({"der", "den", "das"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ASCII_DIGIT = re.compile("[0-9]")
_MAX_NAME = 80
# CMS account names that stand for nobody: "admin", "Webmaster", "Gast".
_ACCOUNTS = frozenset({"admin", "administrator", "webmaster", "editor", "guest", "gast", "user",
                       "anonymous", "anonym", "unknown", "root", "system", "wordpress",
                       "no author"})
_MAX_RAW = 600
# "Sponsored content", "Gesponserte Inhalte", "Anzeige": a label of paid content, nobody's name.
_SPONSORED = frozenset(words.every("sponsored_labels"))


def name_key(name: str) -> str:
    """A comparison key: case-folded letters and digits only."""
    return re.sub(r"[\W_]+", "", name.casefold())


_AGENCIES = frozenset(name_key(agency) for agency in words.every("agencies"))


def clean_author(raw: str) -> str | None:
    """One name, cleaned of "By", e-mail addresses, trailing dates and roles; ``None`` if
    nothing name-like is left."""
    if len(raw) > _MAX_RAW:
        return None  # no byline is this long; never run the patterns on a huge string
    name = clean(_without_parens(_without_emails(raw)))
    name = _GENRE_BY.sub("", name)
    name = _BY.sub("", name)
    name = _cut_date_tail(name)
    if not _ROLE_TAIL_MARKS.isdisjoint(name):
        name = _ROLE_TAIL.sub("", name)
    name = _PLACE_OR_OUTLET.sub("", name)
    name = _ROLE_HEAD.sub("", name.strip())
    person = _TRAILING_ROLE.sub("", name)
    if len(person.split()) >= 2:  # "Jane Doe Staff Writer"; "Guardian staff reporter" stays
        name = person
    name = name.strip(" ,;:|-–—·•\"'()[]*")
    if not name or len(name) > _MAX_NAME or _NOT_NAME.search(name) or _ROLE_ONLY.match(name):
        return None
    folded = name.casefold()
    if not any(ch.isalpha() for ch in name) or folded in _ACCOUNTS or folded in _SPONSORED:
        return None
    return name


def _without_emails(text: str) -> str:
    """``_EMAIL.sub(" ", text)``: only a text with an "@" or a "[" can match."""
    return _EMAIL.sub(" ", text) if "@" in text or "[" in text else text


def _without_parens(text: str) -> str:
    """``_PAREN.sub("", text)``: only a text with a "(" can match."""
    return _PAREN.sub("", text) if "(" in text else text


def _cut_date_tail(text: str) -> str:
    """``text`` without a date or a date word and all after it on its line ("Jane Doe
    12.03.2021", "Jane Doe Updated ..."): ``_DATEISH.sub("", text)``, faster."""
    if _ANY_DIGIT.search(text) is None:
        return _DATE_WORD_TAIL.sub("", text)
    return _DATEISH.sub("", text)


def split_byline(raw: str) -> list[str]:
    """Split a byline such as ``"By Jane Doe and John Roe"`` into clean names."""
    raw = raw[:_MAX_RAW]
    text = clean(_without_parens(_without_emails(raw)))
    if ":" in text:  # (every credit has its colon)
        text = _CREDIT.sub(" ", text)
    text = _BY.sub("", _GENRE_BY.sub("", clean(text)))
    text = _cut_date_tail(text)
    if "," in text:  # (_IN_SECTION opens with a comma)
        text = _IN_SECTION.sub("", text)
    names = (clean_author(part) for part in _SPLIT.split(text))
    return unique_names(n for n in names if n)


def invert_name(raw: str) -> str:
    """``"Doe, Jane"`` (the Dublin Core and citation convention) as ``"Jane Doe"``."""
    parts = [p.strip() for p in raw.split(",")]
    short = len(parts) == 2 and all(parts) and all(len(p.split()) <= 3 for p in parts)
    if short and not any(_ORG_WORDS.search(p) for p in parts):
        return f"{parts[1]} {parts[0]}"
    return raw


_NAME_MARKS = frozenset("'’.- ")


def _has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``: one C search for ASCII text (its only digits are
    0-9), the character loop for the rest (``isdigit`` also takes "²" and "①")."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)


def _letters_and_marks(text: str) -> bool:
    """``all(c.isalpha() or c in "'’.- " for c in text)``, by C string methods: with the
    marks removed, nothing but letters is left (``isalpha`` is the same test per character)."""
    rest = text.replace(" ", "").replace("'", "").replace("’", "").replace(".", "")
    rest = rest.replace("-", "")
    return not rest or rest.isalpha()


def is_name_like(name: str, *, single_word: bool = False, letters_only: bool = False) -> bool:
    """Whether ``name`` looks like a person's name (2-5 capitalised words; CJK 2-12 chars).

    ``single_word`` also accepts one capitalised word (structured sources, e.g. a mononym);
    ``letters_only`` accepts no character but letters, spaces and ``'’.-`` (a line of a text
    dump such as "Photo: KCNA" is then no name).
    """
    if letters_only and not _letters_and_marks(name):
        return False  # (past this test, a letters-only name holds no digit: none is a letter)
    if not name.isascii() and _CJK.search(name):
        return 2 <= len(name.replace(" ", "")) <= 12 and (letters_only or not _has_digit(name))
    words = name.split()
    if not words or len(words) > 5 or (not letters_only and _has_digit(name)):
        return False
    if len(words) == 1 and not single_word:
        return False
    lowered = [w.lower() for w in words]
    if lowered[-1] in PARTICLES:
        return False  # "Kommentar von": a label cut from its name
    for index in range(1, len(words)):
        if words[index] in _ARTICLEPARTICLES and lowered[index - 1] not in PARTICLES:
            return False  # "Projektleiterin der Stiftung" (but "Ursula von der Leyen")
    counted = 0
    for word, low in zip(words, lowered, strict=True):
        if low in PARTICLES:
            continue
        head = word.lstrip("'\"(‘’“")[:1]
        if not head or not (head.isupper() or not head.isalpha()):
            return False
        counted += 1
    return counted >= 1


def is_agency(name: str) -> bool:
    """Whether ``name`` is a news agency's credit ("dpa", "AFP", "Reuters", "Associated Press";
    the lists are in :mod:`newsparse.words`).

    The rule, everywhere: an agency credit is an organisation, never a person. Beside a named
    person it is dropped from ``authors``; when the page names nobody else, it is given as the
    author with an ``author_is_organisation`` warning, like any organisation.
    """
    return name_key(name) in _AGENCIES


def looks_like_organisation(name: str, site_keys: Iterable[str] = ()) -> bool:
    """Whether ``name`` names an organisation: the site itself, a news agency acronym
    ("AFP", "dpa"), or a name with words such as "News", "Redaktion", ".com"."""
    key = name_key(name)
    if not key:
        return False
    if key in _AGENCIES:
        return True
    for site in site_keys:
        if key == site or (len(key) >= 4 and len(site) >= 4 and (key in site or site in key)):
            return True
    if _ORG_WORDS.search(name) or _LEGAL_FORM.search(name):
        return True
    if _ORG_WEAK.search(name) and (_ARTICLE.match(name) or len(name.split()) >= 3):
        return True
    letters = name.replace(".", "").replace("-", "")
    if " " not in name.strip() and 2 <= len(letters) <= 5 and letters.isalpha():
        return letters.isupper() or letters.islower()  # "AFP", "dpa"
    return False


def unique_names(names: Iterable[str]) -> list[str]:
    """Drop repeats (case-insensitive), keeping the first spelling and the order."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())
