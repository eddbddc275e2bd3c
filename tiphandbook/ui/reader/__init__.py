"""Reading the handbook: the reader view, find bar, contents tree, home page, bookmarks and notes."""
