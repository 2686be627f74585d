"""Ukrainian words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    credit_words=("джерело",),
    agencies=("укрінформ", "уніан", "ukrinform", "unian"),
)
