"""newsparse: turn scraped news pages (HTML or plain text) into clean, typed Article objects."""

from newsparse.adapter import Adapter
from newsparse.api import parse, read_page
from newsparse.article import Article, ArticleWarning, Block, Provenance
from newsparse.batch import Failure, parse_many
from newsparse.errors import (
    AdapterNotFoundError,
    AmbiguousAdapterError,
    LimitExceededError,
    NewsparseError,
    NotAnArticleError,
    UnsupportedInputError,
)
from newsparse.limits import Limits
from newsparse.page import Page
from newsparse.registry import Registry, default_registry, register

__version__ = "0.1.0"

__all__ = [
    "Adapter",
    "AdapterNotFoundError",
    "AmbiguousAdapterError",
    "Article",
    "ArticleWarning",
    "Block",
    "Failure",
    "LimitExceededError",
    "Limits",
    "NewsparseError",
    "NotAnArticleError",
    "Page",
    "Provenance",
    "Registry",
    "UnsupportedInputError",
    "__version__",
    "default_registry",
    "parse",
    "parse_many",
    "read_page",
    "register",
]
