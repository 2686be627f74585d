"""Portuguese words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
        "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    by=("por",),
    date_fillers=("de",),
    stock_labels=("publicidade", "leia também", "leia mais", "veja também", "continue lendo"),
    credit_words=("fonte",),
    agencies=("lusa", "agência brasil"),
    time_units={
        "minuto": 1, "minutos": 1, "hora": 60, "horas": 60, "dia": 1440, "dias": 1440,
        "semana": 10080, "semanas": 10080,
    },
    ago_before=("há",),
    day_words={"hoje": 0, "ontem": 1},
    stopwords=(
        "o", "a", "os", "as", "e", "de", "que", "em", "um", "uma", "é", "para", "com", "não",
        "do", "da", "no", "na", "por", "se", "mais", "dos", "das", "foi", "ao", "como",
    ),
)
