"""Chinese words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    stock_labels=("广告", "廣告", "阅读更多", "相关阅读"),
    agencies=("xinhua", "新华社", "中央社", "cna"),
    time_units={"分钟": 1, "分鐘": 1, "小时": 60, "小時": 60, "天": 1440, "周": 10080, "週": 10080},
    ago_after=("前",),
    day_words={"今天": 0, "昨天": 1},
)
