"""Russian words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
        "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    },
    by=("от", "автор"),
    stock_labels=("реклама", "читайте также", "читать далее", "подробнее"),
    credit_words=("источник",),
    agencies=("тасс", "риа новости", "интерфакс", "tass", "interfax"),
)
