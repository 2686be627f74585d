"""Romanian words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6,
        "iulie": 7, "august": 8, "septembrie": 9, "octombrie": 10, "noiembrie": 11,
        "decembrie": 12,
    },
    weekdays=("luni", "marți", "marţi", "miercuri", "joi", "vineri", "sâmbătă", "sîmbătă",
              "duminică"),
    published=("publicat",),
    updated=("actualizat",),
)
