"""Polish words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "styczeń": 1, "stycznia": 1, "lutego": 2, "marzec": 3, "marca": 3, "kwietnia": 4,
        "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8, "września": 9, "października": 10,
        "listopada": 11, "grudnia": 12,
    },
    by=("przez",),
    stock_labels=(
        "reklama", "czytaj więcej", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
    ),
    credit_words=("źródło",),
    agencies=("pap",),
    time_units={
        "minutę": 1, "minuty": 1, "minut": 1, "godzinę": 60, "godziny": 60, "godzin": 60,
        "dzień": 1440, "dni": 1440, "tydzień": 10080, "tygodnie": 10080,
    },
    ago_after=("temu",),
    day_words={"dzisiaj": 0, "dziś": 0, "wczoraj": 1},
    stopwords=(
        "i", "w", "na", "z", "że", "się", "nie", "do", "to", "jest", "o", "od", "po", "jak",
        "przez", "za", "ale", "dla", "są", "jego", "być", "który", "także",
    ),
)
