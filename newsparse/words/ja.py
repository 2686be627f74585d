"""Japanese words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    stock_labels=("広告", "続きを読む", "関連記事"),
    agencies=("kyodo", "jiji", "共同通信", "時事通信"),
)
