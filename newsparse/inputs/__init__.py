"""Batch inputs: files, directories, manifests, WARC archives and feeds, as a stream of items."""

from newsparse.inputs.expand import expand
from newsparse.inputs.items import Done, Failure, Input, Item, Skipped

__all__ = ["Done", "Failure", "Input", "Item", "Skipped", "expand"]
