"""http, https and mailto links: they leave the handbook, so they open in the web browser only after the user
agrees (the app is meant to work offline, and a click should never surprise)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

SCHEMES = ("http", "https", "mailto")


def confirm_external_link(parent: QWidget, url: QUrl) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExternalLinks", "Open external link?"),
        QCoreApplication.translate("ExternalLinks", "This link leaves the handbook and opens in your web browser; it "
                                   "needs an internet connection.\n\n%1").replace("%1", url.toDisplayString()),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(url)
    return True
