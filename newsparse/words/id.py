"""Indonesian words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    agencies=("antara",),
    stopwords=(
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan",
        "pada", "juga", "ke", "adalah", "oleh", "karena", "bisa", "sudah",
    ),
)
