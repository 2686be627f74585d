"""Arabic words read by the generic finders (see :mod:`newsparse.words`).

Month names in both series the corpora's pages use: the Egyptian and Gulf names taken from
the Latin ones ("أكتوبر") and the Levantine and Iraqi names ("تشرين الأول"); a Levantine
date line often gives both ("24 نيسان / أبريل 2020").
"""

from newsparse.words import Words

WORDS = Words(
    months={
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
        "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
        "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
        "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
        "كانون الأول": 12,
    },
    weekdays=("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
              "الجمعة"),
    published=("تم نشره", "نشر في", "نشر"),
    updated=("آخر تحديث", "تحديث"),
)
