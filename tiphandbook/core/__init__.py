"""The application's logic, free of Qt so that every feature can be used and tested without a display."""

import tiphandbook.core.content_kinds  # noqa: F401 - fills the content-kind table the loader, checker and search use
