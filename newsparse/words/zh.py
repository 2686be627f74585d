"""Chinese words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    stock_labels=("广告", "廣告", "阅读更多", "相关阅读"),
    agencies=("xinhua", "新华社", "中央社", "cna"),
)
