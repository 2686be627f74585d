"""Norwegian words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    },
    by=("av",),
    author_labels=("tekst", "skrevet av", "fra"),
    published=("publisert",),
    updated=("oppdatert",),
    date_fillers=("kl", "klokken", "publisert", "oppdatert", "den"),
    stock_labels=("annonse", "reklame", "les også", "les mer"),
    credit_words=("kilde",),
    agencies=("ntb",),
    time_units={
        "minutt": 1, "minutter": 1, "time": 60, "timer": 60, "dag": 1440, "dager": 1440,
        "uke": 10080, "uker": 10080,
    },
    ago_before=("for",),
    ago_after=("siden",),
    day_words={"i dag": 0, "i går": 1},
    stopwords=(
        "og", "i", "det", "som", "en", "er", "på", "for", "med", "av", "til", "den", "har",
        "ikke", "om", "et", "var", "de", "jeg", "men", "han", "hun", "seg", "fra", "også",
        "ble",
    ),
)
