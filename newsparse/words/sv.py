"""Swedish words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    by=("av",),
    author_labels=("från",),
    published=("publicerad",),
    updated=("uppdaterad",),
    date_fillers=("publicerad", "uppdaterad", "den"),
    stock_labels=("annons", "reklam", "läs också", "läs mer"),
    credit_words=("källa",),
    agencies=("tt",),
    time_units={
        "minut": 1, "minuter": 1, "timme": 60, "timmar": 60, "dag": 1440, "dagar": 1440,
        "vecka": 10080, "veckor": 10080,
    },
    ago_before=("för",),
    ago_after=("sedan",),
    day_words={"idag": 0, "i dag": 0, "igår": 1, "i går": 1},
    stopwords=(
        "och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "till", "den", "har",
        "inte", "om", "ett", "var", "de", "jag", "men", "han", "hon", "sig", "från", "också",
    ),
)
