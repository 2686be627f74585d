"""Chinese words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    stock_labels=("广告", "廣告", "阅读更多", "相关阅读"),
)
