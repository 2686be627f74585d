"""Korean words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    stock_labels=("광고", "더보기", "관련기사"),
    agencies=("yonhap", "연합뉴스"),
    time_units={"분": 1, "시간": 60, "일": 1440, "주": 10080},
    ago_after=("전",),
    day_words={"오늘": 0, "어제": 1},
)
