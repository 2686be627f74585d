"""Danish words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    by=("af",),
    author_labels=("tekst", "fra"),
    published=("udgivet",),
    updated=("opdateret",),
    date_fillers=("offentliggjort", "opdateret", "kl", "den"),
    stock_labels=("reklame", "læs også", "læs mere"),
    credit_words=("kilde",),
    agencies=("ritzau",),
    time_units={
        "minut": 1, "minutter": 1, "time": 60, "timer": 60, "dag": 1440, "dage": 1440, "uge": 10080,
        "uger": 10080,
    },
    ago_before=("for",),
    ago_after=("siden",),
    day_words={"i dag": 0, "i går": 1},
    stopwords=(
        "og", "i", "det", "som", "en", "er", "på", "for", "med", "af", "til", "den", "har",
        "ikke", "om", "et", "var", "de", "jeg", "men", "han", "hun", "sig", "fra", "også",
        "blev",
    ),
)
