"""What Help > About adds below the app's name: the content edition and the licences of everything shipped.

The licences are listed here, not read from installed package metadata, because a frozen build has none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tiphandbook.core.content.edition import content_edition
from tiphandbook.core.content.model import Library

THIRD_PARTY = (  # (name, licence) of the runtime dependencies in pyproject.toml
    ("Qt / PySide6", "LGPL-3.0"), ("markdown-it-py, mdit-py-plugins", "MIT"), ("nh3", "MIT"), ("PyYAML", "MIT"),
    ("platformdirs", "MIT"), ("cryptography", "Apache-2.0 / BSD-3-Clause"), ("Whoosh", "BSD-2-Clause"),
    ("PyStemmer", "MIT / BSD"), ("RapidFuzz", "MIT"), ("openpyxl", "MIT"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def edition_text(library: Library | None) -> str:
    edition = content_edition(library) if library is not None else None
    if edition is None:
        return tr("Content edition: no dated change recorded.")
    return tr("Content edition of %1 (the newest change recorded in the content).").replace("%1", edition.date)


def licences_text() -> str:
    others = ", ".join(f"{name} ({licence})" for name, licence in THIRD_PARTY)
    return "\n".join((
        tr("Licences: the program code is MIT-licensed (LICENSE). The project's own handbook, checklist, screening "
           "and curricula text is licensed under Creative Commons Attribution 4.0 (CC BY 4.0, LICENSE-CONTENT); "
           "official legal texts quoted in it are not covered."),
        tr("Fonts: DejaVu Sans (Bitstream Vera and DejaVu licence, free to use and redistribute)."),
        tr("Third-party libraries: %1.").replace("%1", others),
    ))
