"""English words read by the generic finders (see :mod:`newsparse.words`)."""

from newsparse.words import Words

WORDS = Words(
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    },
    weekdays=(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ),
    by=("by",),
    author_labels=(
        "written by", "words by", "reported by", "posted by", "text by", "story by",
        "a report by", "author", "authors", "text", "reporter", "view all posts by",
        "more posts by", "all posts by",
    ),
    editor_labels=(
        "editing by", "edited by", "editor", "editors", "additional reporting",
        "additional reporting by", "with reporting by", "contributing", "with additional reporting",
    ),
    credit_labels=("photo by", "photos by"),
    published=("date", "published", "publication date", "first published"),
    updated=("updated", "modified", "last edited", "last changed"),
    date_fillers=(
        "at", "on", "published", "updated", "posted", "last", "modified", "created", "date",
        "of", "the",
    ),
    sponsored_labels=(
        "sponsored", "sponsored content", "sponsored post", "sponsored by", "paid content",
        "paid post", "advertisement", "advertorial", "promoted", "promoted content",
        "partner content",
    ),
    stock_labels=(
        "advertisement", "advertisements", "sponsored", "sponsored content", "ad",
        "continue reading", "read more", "story continues below", "article continues below",
        "scroll to continue with content", "skip advertisement", "share", "share this article",
        "share this", "read also", "also read", "see also", "related", "related articles",
        "related stories",
    ),
    genres=(
        "commentary", "analysis", "opinion", "column", "review", "report", "story", "feature",
        "interview", "essay",
    ),
    indefinite_articles=("a", "an"),
    credit_words=(
        "image", "images", "photo", "photos", "photograph", "picture", "pictures", "source",
        "credit", "credits", "illustration", "graphic", "video",
    ),
    roles=(
        "senior", "chief", "staff", "special", "foreign", "political", "deputy", "managing",
        "contributing", "executive", "associate", "editor", "reporter", "correspondent", "writer",
        "columnist", "journalist", "producer", "photographer", "analyst",
    ),
    organisation_words=(
        "news", "newsroom", "desk", "staff", "team", "agency", "press", "online", "digital",
        "tribune", "gazette", "magazine", "radio", "tv", "television", "channel", "network",
        "editorial", "editors", "newsdesk", "correspondent", "correspondents", "reporters",
    ),
    organisation_weak_words=(
        "wire", "service", "media", "times", "post", "herald", "journal", "group",
    ),
    definite_articles=("the",),
    agencies=(
        "ap", "associated press", "reuters", "thomson reuters", "afp", "agence france-presse", "pa",
        "pa media", "press association", "upi", "united press international", "bloomberg", "aap",
        "cp", "canadian press", "ians", "pti",
    ),
    time_units={
        "minute": 1, "minutes": 1, "min": 1, "mins": 1, "hour": 60, "hours": 60, "hr": 60,
        "hrs": 60, "day": 1440, "days": 1440, "week": 10080, "weeks": 10080,
    },
    ago_after=("ago",),
    day_words={"today": 0, "yesterday": 1},
    stopwords=(
        "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "with", "on", "as",
        "are", "by", "this", "have", "from", "be", "at", "his", "her", "they", "said", "which",
        "has", "were", "been", "their", "will", "would", "who", "not",
    ),
)
