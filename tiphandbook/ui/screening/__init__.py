"""Screening interviews: the officer's window, the person's full-screen view, hiding, the summary and the note."""
