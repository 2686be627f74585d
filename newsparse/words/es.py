"""Spanish words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    by=("por",),
    author_labels=("autor", "autora", "texto"),
    editor_labels=("edición", "editado por", "redacción", "con información de"),
    published=("publicado",),
    updated=("actualizado",),
    date_fillers=("a las", "publicado", "actualizado", "el", "de", "del"),
    sponsored_labels=(
        "contenido patrocinado", "patrocinado", "publicidad", "publirreportaje",
    ),
    stock_labels=("publicidad", "leer más", "lee también", "ver también", "te puede interesar"),
    genres=("análisis", "opinión"),
    genre_links=("de",),
    indefinite_articles=("un", "una"),
    credit_words=("fuente",),
    definite_articles=("el",),
    agencies=("efe", "europa press"),
    time_units={
        "minuto": 1, "minutos": 1, "min": 1, "hora": 60, "horas": 60, "día": 1440, "días": 1440,
        "semana": 10080, "semanas": 10080,
    },
    ago_before=("hace",),
    day_words={"hoy": 0, "ayer": 1},
    stopwords=(
        "el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "es", "por", "con",
        "para", "del", "se", "no", "al", "lo", "como", "más", "pero", "sus", "fue", "ha",
        "este", "esta",
    ),
)
