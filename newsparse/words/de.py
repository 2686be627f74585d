"""German words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6,
        "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    },
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    by=("von",),
    author_labels=(
        "autor", "autorin", "autoren", "autorin/autor", "autor/autorin", "text", "redaktion",
        "reporter", "erstellt von", "verfasst von", "geschrieben von",
    ),
    editor_labels=(
        "redaktion", "mitarbeit", "unter mitarbeit von", "bearbeitung", "bearbeitet von",
        "lektorat", "schlussredaktion", "mit material von",
    ),
    published=("datum", "veröffentlicht", "erschienen"),
    updated=("aktualisiert", "geändert", "letzte änderung", "zuletzt bearbeitet"),
    as_of=("stand",),
    date_fillers=(
        "uhr", "um", "am", "stand", "veröffentlicht", "aktualisiert", "zuletzt", "erstellt",
        "datum", "den",
    ),
    sponsored_labels=(
        "gesponsert", "gesponserte inhalte", "gesponserter inhalt", "gesponserter beitrag",
        "anzeige", "werbung", "sponsored", "advertorial", "bezahlter inhalt", "bezahlter beitrag",
    ),
    stock_labels=(
        "anzeige", "werbung", "weiterlesen", "mehr lesen", "teilen", "artikel teilen",
        "lesen sie auch", "auch interessant", "mehr zum thema",
    ),
    genres=(
        "kommentar", "analyse", "gastbeitrag", "kolumne", "interview", "essay", "reportage",
        "glosse", "pressemitteilung",
    ),
    indefinite_articles=("ein", "eine"),
    credit_words=("foto", "fotos", "bild", "bilder", "quelle", "grafik", "illustration", "video"),
    roles=(
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin",
        "rechtsanwalt", "rechtsanwältin",
    ),
    organisation_words=(
        "nachrichten", "redaktion", "redaktionen", "agentur", "presse", "medien", "online",
        "zeitung", "magazin", "verlag",
    ),
    definite_articles=("die", "der", "das"),
    agencies=(
        "dpa", "deutsche presse-agentur", "epd", "kna", "ddp", "apa", "sda", "keystone-sda", "afp",
        "reuters", "ap",
    ),
    time_units={
        "minute": 1, "minuten": 1, "min": 1, "stunde": 60, "stunden": 60, "std": 60, "tag": 1440,
        "tagen": 1440, "woche": 10080, "wochen": 10080,
    },
    ago_before=("vor",),
    day_words={"heute": 0, "gestern": 1},
    stopwords=(
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit",
        "sich", "auf", "für", "von", "zu", "im", "auch", "wird", "sie", "er", "es", "wie",
        "bei", "nach", "noch", "aus", "wurde", "sind", "hat",
    ),
)
