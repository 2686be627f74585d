"""Sign-off lines: the author named or initialled at the end of the article text (issue 10)."""

from __future__ import annotations

import json

import pytest

from newsparse import parse
from newsparse.extract.authors import is_name_like, split_byline
from newsparse.extract.signoff import is_credit_block, signoff_names
from newsparse.text import clean

TEXT = "<p>" + "Enough article text for the body extractor to accept this page. " * 8 + "</p>"


def signed(end: str, head: str = "") -> str:
    """An article page whose text ends with ``end`` (no byline, no author metadata)."""
    return (f"<html lang='de'><head><title>A headline for tests</title>"
            f"<meta property='og:site_name' content='Daily Example'>{head}</head><body>"
            f"<article><h1>A headline for tests</h1>{TEXT}{TEXT}{end}</article></body></html>")


def ld(obj: dict[str, object]) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


@pytest.mark.parametrize(("blocks", "names"), [
    (["Autorin: Uta Muster, Projektleiterin der Stiftung in Tunis."], ["Uta Muster"]),
    (["Auteur : Jean Dupont", "Edition : M-A. Martin", "Permalien https://example.com/p"],
     ["Jean Dupont"]),
    (["Autor: Rechtsanwalt Max Muster"], ["Max Muster"]),
    (["Autor: Max Muster (Sponsored Post), Redner bei example.com"], ["Max Muster"]),
    (["Text: Anna Beispiel und Max Muster"], ["Anna Beispiel", "Max Muster"]),
    (["Von Max Muster"], ["Max Muster"]),
    (["ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18"], ["ssi", "dan"]),
    (["aja/PAP"], ["aja"]),
    (["rdb"], ["rdb"]),
    (["Some text.", "(grh)"], ["grh"]),
    (["Die Wahl bleibt spannend. (Christian P. Muster) +++"], ["Christian P. Muster"]),
    (["Die Wahl bleibt spannend. (ats/nxp)"], ["nxp"]),
    (["The incident drew onlookers.", "– David Example"], ["David Example"]),
])
def test_signoff_shapes(blocks: list[str], names: list[str]) -> None:
    assert signoff_names(blocks) == names


@pytest.mark.parametrize("blocks", [
    ["Redaktion: Marcus Muster, Elena Beispiel"],  # editors are not authors
    ["Mitarbeit: Antonio Example"],
    ["– additional reporting by Donald Example"],
    ["With reporting by Associated Press writer Jane Example"],
    ["Editing by Jane Example"],
    ["(Quelle: APA/sda/dpa)"],  # a source credit
    ["(dpa)"],  # an agency alone is no person
    ["Er sagte das (Angela Muster)."],  # a name inside the last sentence
    ["und"], ["Zukunft."], ["Serena Williams"],  # a word, a heading, a bare name
    ["– Baum-Reiki – Reiki-Kraftfeld – Reiki und Krafttiere"],
    ["Autor: Max Muster", "A long paragraph of text.", "Another one.", "And the last one."],
])
def test_not_a_signoff(blocks: list[str]) -> None:
    assert signoff_names(blocks) == []


def test_abbreviations_are_not_split_as_joining_words() -> None:
    assert split_byline("Hanns-Muster-Stiftung e.V.") == ["Hanns-Muster-Stiftung e.V."]
    assert split_byline("Deutscher Beispielverband e. V.") == ["Deutscher Beispielverband e. V."]
    assert split_byline("Jane Doe e John Roe") == ["Jane Doe", "John Roe"]
    assert split_byline("Gustavo E. Example") == ["Gustavo E. Example"]


def test_a_role_phrase_is_no_name() -> None:
    assert not is_name_like("Projektleiterin der Stiftung")
    assert is_name_like("Ursula von der Leyen")
    assert is_name_like("Jan van den Berg")


def test_signoff_names_the_author_when_nothing_else_does() -> None:
    article = parse(signed("<p>Autorin: Uta Muster, Projektleiterin der Stiftung.</p>"),
                    adapter="generic")
    assert article.authors == ("Uta Muster",)
    dashed = parse(signed("<p>The incident drew onlookers.</p><p>– David Example</p>"),
                   adapter="generic")
    assert dashed.authors == ("David Example",)
    assert dashed.provenance["authors"] == "html:sign-off"


def test_signoff_beats_an_organisation() -> None:
    org = ld({"@type": "NewsArticle", "headline": "A headline for tests",
              "author": {"@type": "Organization", "name": "Der Beispielbote"}})
    article = parse(signed("<div>ssi, dan; Foto: Shutterstock</div>", org), adapter="generic")
    assert article.authors == ("ssi", "dan")
    assert "author_is_organisation" not in [w.code for w in article.warnings]


def test_a_person_in_structured_data_beats_the_signoff() -> None:
    person = ld({"@type": "NewsArticle", "headline": "A headline for tests",
                 "author": {"@type": "Person", "name": "Jane Doe"}})
    article = parse(signed("<p>Autor: Max Muster</p>", person), adapter="generic")
    assert article.authors == ("Jane Doe",)


def test_registered_association_is_an_organisation_not_a_person() -> None:
    meta = "<meta name='author' content='Hanns-Muster-Stiftung e.V.'>"
    article = parse(signed("<p>Autorin: Uta Muster, Projektleiterin.</p>", meta),
                    adapter="generic")
    assert article.authors == ("Uta Muster",)


def test_account_handle_gives_way_to_the_name_it_spells() -> None:
    handle = ld({"@type": "NewsArticle", "headline": "A headline for tests",
                 "author": {"@type": "Person", "name": "christian.muster"}})
    html = signed("<p>Die Wahl bleibt spannend. (Christian P. Muster) +++</p>", handle)
    assert parse(html, adapter="generic").authors == ("Christian P. Muster",)
    other = signed("<p>Die Wahl bleibt spannend. (Jane Doe) +++</p>", handle)
    assert parse(other, adapter="generic").authors == ("christian.muster",)  # not its name


def test_a_phrase_in_the_author_tag_is_no_person() -> None:
    meta = "<meta name='author' content='deinen Hochzeitsbloggern'>"
    html = signed("<p>Autor: Samuel Muster (Sponsored Post), Redner bei example.com</p>", meta)
    assert parse(html, adapter="generic").authors == ("Samuel Muster",)
    lower = "<meta name='author' content='viktor muster'>"  # a name typed in lower case
    assert parse(signed("", lower), adapter="generic").authors == ("viktor muster",)


@pytest.mark.parametrize(("text", "credit"), [
    ("Autorin: Uta Muster, Projektleiterin.", True),
    ("ssi, dan; Foto [M]: Shutterstock", True),
    ("SDA/sep", True),
    ("(grh)", True),
    ("– David Example", True),
    ("Redaktion: Marcus Muster, Elena Beispiel", True),  # an editing credit is no text either
    ("Die Wahl bleibt spannend. (Jane Doe)", False),  # prose with a sign-off: never reworded
    ("Redaktion", False),
    ("Die Redaktion: hier folgt ein ganzer Satz über etwas anderes.", False),
    ("Zukunft.", False),
])
def test_credit_blocks(text: str, credit: bool) -> None:
    assert is_credit_block(text) is credit
    # A block's text is cleaned already: the body asks without cleaning it again.
    assert is_credit_block(clean(f"  {text}\u00a0"), cleaned=True) is credit


def test_a_signoff_block_leaves_the_body_but_names_the_author() -> None:
    html = signed("<p>Die Wahl bleibt spannend.</p><div>ssi, dan; Foto: Shutterstock</div>")
    article = parse(html, adapter="generic")
    assert article.authors == ("ssi", "dan")
    assert article.paragraphs[-1] == "Die Wahl bleibt spannend."
    prose = parse(signed("<p>Die Wahl bleibt spannend. (Christian P. Muster)</p>"),
                  adapter="generic")
    assert prose.paragraphs[-1] == "Die Wahl bleibt spannend. (Christian P. Muster)"
    assert prose.authors == ("Christian P. Muster",)
