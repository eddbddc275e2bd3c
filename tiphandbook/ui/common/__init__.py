"""Widgets and helpers shared by the features (texts, languages, themes, fonts, background work); no feature here."""
