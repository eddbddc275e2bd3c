"""The reader's own marks on the handbook: bookmarks and notes (``store``: their tables and queries)."""
