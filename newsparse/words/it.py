"""Italian words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    by=("di",),
    author_labels=("testo", "testo di", "a cura di", "autore", "autrice"),
    editor_labels=("redazione", "editing"),
    published=("pubblicato",),
    updated=("aggiornato",),
    date_fillers=("alle", "pubblicato", "aggiornato", "il"),
    sponsored_labels=(
        "contenuto sponsorizzato", "contenuti sponsorizzati", "sponsorizzato", "pubblicità",
        "publiredazionale",
    ),
    stock_labels=(
        "pubblicità", "continua a leggere", "leggi anche", "leggi di più", "vedi anche",
    ),
    genres=("commento",),
    indefinite_articles=("un", "uno", "una"),
    credit_words=("fonte",),
    definite_articles=("il",),
    agencies=("ansa", "agi", "adnkronos"),
    time_units={
        "minuto": 1, "minuti": 1, "ora": 60, "ore": 60, "giorno": 1440, "giorni": 1440,
        "settimana": 10080, "settimane": 10080,
    },
    ago_after=("fa",),
    day_words={"oggi": 0, "ieri": 1},
    stopwords=(
        "il", "lo", "la", "gli", "le", "e", "di", "che", "un", "una", "è", "per", "con", "non",
        "del", "della", "nel", "si", "sono", "da", "al", "alla", "anche", "ha", "come", "più",
        "dei",
    ),
)
