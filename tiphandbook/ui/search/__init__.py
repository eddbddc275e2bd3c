"""The Search tab and the index seen from the GUI."""
