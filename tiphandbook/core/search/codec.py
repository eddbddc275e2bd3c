"""How the index is written: Whoosh's file format (W3Codec), tuned for a local cache that is searched as typed.

- Each segment's field lengths are read once into memory. BM25 needs a document's field length for every posting
  it scores, and the writer asks for it for every posting it writes; W3Codec reads it from the column file each
  time (a seek and a read through three layers of Python). Loaded, it is an array index (one byte per document:
  20 KB at ten times the shipped content). Measured: a third of the time of a full commit, and less time scoring
  big posting lists.
- Posting blocks are not compressed: compressing was a sixth of a full build and of reading big posting lists,
  to save a few megabytes of cache.
- A segment stays as separate files: assembling them into one compound file copied the whole index once more at
  every commit.

The files on disk are W3Codec's. Every writer of the index is given ``SearchCodec()``.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader, W3Segment


class LoadedLengthsReader(W3PerDocReader):
    """W3PerDocReader whose column readers (field lengths among them) are loaded into memory on first use."""

    def _cached_reader(self, fieldname: str, column: Any) -> Any:
        try:
            return self._readers[fieldname]
        except KeyError:
            loaded = self.column_reader(fieldname, column).load() if self.has_column(fieldname) else None
            self._readers[fieldname] = loaded  # None too: a field without lengths is not looked up again
            return loaded


class SeparateFilesSegment(W3Segment):
    """A W3 segment that is never assembled into a compound file."""

    def should_assemble(self) -> bool:
        return False


class SearchCodec(W3Codec):
    """The codec the index is written with. Whoosh pickles it (and the segments) into the index's table of
    contents, so keep these names and this module: others make an existing index unreadable, i.e. rebuilt."""

    def __init__(self) -> None:
        super().__init__(compression=0)

    def per_document_reader(self, storage: Any, segment: Any) -> LoadedLengthsReader:
        return LoadedLengthsReader(storage, segment)

    def new_segment(self, storage: Any, indexname: str) -> SeparateFilesSegment:
        return SeparateFilesSegment(self, indexname)
