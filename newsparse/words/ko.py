"""Korean words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    stock_labels=("광고", "더보기", "관련기사"),
    agencies=("yonhap", "연합뉴스"),
)
