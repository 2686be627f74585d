"""Turkish words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
        "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    },
    stock_labels=("reklam", "devamını oku", "ilgili haberler"),
    organisation_words=("ajansı",),
    agencies=("anadolu ajansı", "aa", "dha", "iha"),
    time_units={"dakika": 1, "saat": 60, "gün": 1440, "hafta": 10080},
    ago_after=("önce",),
    day_words={"bugün": 0, "dün": 1},
    stopwords=(
        "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan",
        "en", "ama", "ne", "değil", "sonra", "kadar", "ise",
    ),
)
