"""The generic adapter: reads any news page with the default field methods of :class:`Adapter`."""

from __future__ import annotations

from newsparse.adapter import Adapter

__all__ = ["Generic"]


class Generic(Adapter):
    """Any site: JSON-LD, OpenGraph/meta and the main text container for HTML; headline and
    blank-line paragraphs for plain text."""

    name = "generic"
