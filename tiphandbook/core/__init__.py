"""The application's logic, free of Qt so that every feature can be used and tested without a display."""
