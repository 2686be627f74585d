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
    stopwords=(
        "i", "w", "na", "z", "że", "się", "nie", "do", "to", "jest", "o", "od", "po", "jak",
        "przez", "za", "ale", "dla", "są", "jego", "być", "który", "także",
    ),
)
