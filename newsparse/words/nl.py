"""Dutch words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    by=("door",),
    published=("datum", "gepubliceerd"),
    updated=("bijgewerkt",),
    date_fillers=("om", "gepubliceerd", "de"),
    sponsored_labels=(
        "gesponsorde inhoud", "gesponsord", "advertentie", "advertorial",
    ),
    stock_labels=("advertentie", "lees ook", "lees meer", "lees verder"),
    definite_articles=("de", "het"),
    agencies=("anp",),
    time_units={
        "minuut": 1, "minuten": 1, "uur": 60, "dag": 1440, "dagen": 1440, "week": 10080,
        "weken": 10080,
    },
    ago_after=("geleden",),
    day_words={"vandaag": 0, "gisteren": 1},
    stopwords=(
        "de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "zijn", "voor", "met",
        "niet", "die", "er", "aan", "ook", "als", "bij", "door", "naar", "heeft", "werd",
        "maar",
    ),
)
