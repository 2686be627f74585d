"""Indonesian words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    agencies=("antara",),
    time_units={"menit": 1, "jam": 60, "hari": 1440, "minggu": 10080},
    ago_after=("yang lalu", "lalu"),
    day_words={"hari ini": 0, "kemarin": 1},
    stopwords=(
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan",
        "pada", "juga", "ke", "adalah", "oleh", "karena", "bisa", "sudah",
    ),
)
