"""Content updates: open a content folder, install a pack, go back to the bundled content."""
