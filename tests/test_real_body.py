"""Real pages saved as fixtures for the body rules of issue 9: the text that the evaluation
set's annotators marked as main text is in the body, and what they marked as not main text is
not (snippets copied from ``../shared/corpus-extra/trafeval``'s annotations).

The whole output is pinned by each fixture's expected.json; these tests say which part of it
the case is about, so a regenerated expected.json cannot silently lose it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import skip_unless_present

from newsparse import parse

GENERIC = Path(__file__).resolve().parent.parent / "fixtures" / "generic"

CASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # case: (snippets in the body, snippets not in it)
    "real-dsgvo-layer-promoted-node-meininger": (
        ("meldet für 2021 einen Umsatz von 64,2", "Wichtige Brands sind etwa die Champagnermarken",
         "Joint Venture Cheval des Andes"),
        ("Unsere neue Rubrik. Zum Auftakt fragen", "Italien-Fans alles, was das Herz begehrt",
         "Sektkellerei am"),
    ),
    "real-page-class-on-body-umweltbundesamt": (
        ("Entwurf der Europäischen Kommission für einen", "denn die Entsorgung",
         "Energien auszubauen und Technologien"),
        ("Die Auswertung der Stimmen beansprucht einige Zeit.",
         "Quelle: jorisvo / Fotolia.com", "Greenwashing"),
    ),
}


def _text(case: str) -> str:
    folder = GENERIC / case
    url = json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("url")
    article = parse((folder / "input.html").read_bytes(), url=url, adapter="generic")
    return " ".join(" ".join(article.paragraphs).split())


@pytest.mark.parametrize("case", sorted(CASES))
def test_annotated_snippets(case: str) -> None:
    skip_unless_present(GENERIC / case)
    inside, outside = CASES[case]
    text = _text(case)
    assert [s for s in inside if s not in text] == []
    assert [s for s in outside if s in text] == []
