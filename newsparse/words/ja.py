"""Japanese words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    stock_labels=("広告", "続きを読む", "関連記事"),
    agencies=("kyodo", "jiji", "共同通信", "時事通信"),
    time_units={"分": 1, "時間": 60, "日": 1440, "週間": 10080},
    ago_after=("前",),
    day_words={"今日": 0, "昨日": 1},
)
