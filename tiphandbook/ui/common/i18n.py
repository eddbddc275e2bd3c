"""Interface languages: Qt translators installed at run time, so switching needs no restart.

Languages are stored as BCP 47 tags because Uzbek Latin and Uzbek Cyrillic share one ``QLocale.name()`` (uz_UZ)
and only the script subtag tells them apart. Our own strings come from ``resources/translations/tiphandbook_TAG.qm``;
Qt's standard strings (dialog buttons, context menus, file dialogs) from the ``qtbase_ru.qm`` that ships in the
PySide6 wheel, and for Uzbek from our own ``qtbase_TAG.qm``, since Qt has no Uzbek translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tiphandbook.core.paths import resources_dir

INTERFACE_LANGUAGES: dict[str, str] = {  # BCP 47 tag -> the language's own name
    "en": "English",
    "ru": "Русский",
    "uz-Latn": "Oʻzbekcha (lotin)",
    "uz-Cyrl": "Ўзбекча (кирилл)",
}


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def system_language() -> str:
    """The interface language matching the desktop's locale, English when we have no translation for it."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Russian:
        return "ru"
    if locale.language() == QLocale.Language.Uzbek:
        return "uz-Cyrl" if locale.script() == QLocale.Script.CyrillicScript else "uz-Latn"
    return "en"


def qt_locale(tag: str) -> QLocale:
    if tag == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if tag.startswith("uz"):
        script = QLocale.Script.CyrillicScript if tag == "uz-Cyrl" else QLocale.Script.LatinScript
        return QLocale(QLocale.Language.Uzbek, script, QLocale.Country.Uzbekistan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class Translators:
    """Owns the installed QTranslators; ``switch`` replaces them, which sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def switch(self, tag: str) -> bool:
        """Install the translators for ``tag``; False (and English) when its files are missing."""
        tag = tag if tag in INTERFACE_LANGUAGES else "en"
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        ok = self._install(f"tiphandbook_{tag}", translations_dir())  # English too: its plural forms
        if tag != "en":
            if tag == "ru":
                self._install("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            else:
                self._install(f"qtbase_{tag}", translations_dir())
        QLocale.setDefault(qt_locale(tag if ok else "en"))
        self.language = tag if ok else "en"
        return ok

    def _install(self, name: str, folder: str) -> bool:
        translator = QTranslator(self.app)
        if not translator.load(name, folder):
            return False
        self.app.installTranslator(translator)
        self._installed.append(translator)
        return True
