"""French words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
    },
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    by=("par",),
    author_labels=("texte", "auteur", "auteure", "autrice"),
    editor_labels=("édition", "edition", "rédaction", "édité par", "avec"),
    published=("publié le", "publié"),
    updated=("mis à jour",),
    date_fillers=("à", "publié", "publiée", "le", "mis", "à jour", "de"),
    sponsored_labels=(
        "contenu sponsorisé", "contenu sponsorise", "article sponsorisé", "publicité",
        "publi-reportage", "publireportage", "contenu partenaire",
    ),
    stock_labels=("publicité", "lire la suite", "lire aussi", "à lire aussi", "voir aussi"),
    genres=("chronique", "tribune", "analyse", "reportage"),
    genre_links=("de",),
    indefinite_articles=("un", "une"),
    definite_articles=("le", "la", "les"),
    agencies=("afp", "belga", "ats"),
    time_units={
        "minute": 1, "minutes": 1, "min": 1, "heure": 60, "heures": 60, "h": 60, "jour": 1440,
        "jours": 1440, "semaine": 10080, "semaines": 10080,
    },
    ago_before=("il y a",),
    day_words={"aujourd'hui": 0, "hier": 1},
    stopwords=(
        "le", "la", "les", "et", "des", "un", "une", "est", "pour", "que", "qui", "dans", "du",
        "en", "au", "pas", "sur", "ce", "avec", "plus", "par", "il", "elle", "sont", "ont",
        "été", "aux", "cette",
    ),
)
