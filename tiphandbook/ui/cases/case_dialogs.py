"""The dialogs in front of the case records: set a passphrase, unlock, change the passphrase, start a record.

Each passphrase dialog does its work in ``accept`` and stays open with the reason when it fails, so a wrong
passphrase or a mistyped confirmation costs one more try and nothing else.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.cases.crypto import WrongPassphrase
from tiphandbook.core.cases.vault import MIN_PASSPHRASE_LENGTH, KeyringDamaged, Vault, passphrase_problem
from tiphandbook.core.store.database import WriteFailed

ERROR_STYLE = "error"  # the label's role, which resources/styles/app.qss colours for the theme
NOTICE_STYLE = "notice"


def notice_label(text: str, parent: QWidget, style: str = NOTICE_STYLE) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _PassphraseDialog(QDialog):
    """Fields in a form, an error line, OK/Cancel; subclasses say what OK does in ``attempt``."""

    def __init__(self, vault: Vault, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.error = notice_label("", self, ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def field(self, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(label.rstrip(":"))
        self.form.addRow(label, edit)
        return edit

    def attempt(self) -> str | None:
        """Do the work; the reason it failed, or None."""
        raise NotImplementedError

    def accept(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivation takes a moment
        try:
            problem = self.attempt()
        except WriteFailed as exc:  # the passphrase was not stored: the dialog stays, with the reason
            problem = str(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def new_passphrase_problem(self, new: QLineEdit, again: QLineEdit) -> str | None:
        problem = passphrase_problem(new.text())
        if problem:
            return self.tr("This passphrase is too weak: %1").replace("%1", problem)
        if new.text() != again.text():
            return self.tr("The two passphrases are not the same.")
        return None


class SetUpPassphraseDialog(_PassphraseDialog):
    """First use: choose the passphrase, told plainly that it cannot be recovered."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.setWindowTitle(self.tr("Protect case records"))
        self.layout_.addWidget(notice_label(self.tr(
            "Case records are encrypted on this computer with a passphrase that you choose now. You will be asked "
            "for it to open them, and again after the records lock when the app is left idle."), self, ""))
        self.layout_.addWidget(notice_label(self.tr(
            "If you forget this passphrase, your case records cannot be read: not by you, not by an administrator, "
            "not by the developers. There is no reset and no recovery."), self))
        self.passphrase = self.field(self.tr("Passphrase:"))
        self.passphrase.setPlaceholderText(self.tr("at least %n characters", "", MIN_PASSPHRASE_LENGTH))
        self.again = self.field(self.tr("Repeat passphrase:"))
        self.understood = QCheckBox(self.tr("I understand that a forgotten passphrase means unreadable records."), self)
        self.form.addRow(self.understood)
        self.ok_button.setEnabled(False)
        self.understood.toggled.connect(self.ok_button.setEnabled)
        self.finish_layout()

    def attempt(self) -> str | None:
        problem = self.new_passphrase_problem(self.passphrase, self.again)
        if problem is None:
            self.vault.set_up(self.passphrase.text(), datetime.now(timezone.utc))
        return problem


class UnlockDialog(_PassphraseDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.setWindowTitle(self.tr("Unlock case records"))
        self.layout_.addWidget(notice_label(self.tr("Enter your passphrase to open the case records."), self, ""))
        self.passphrase = self.field(self.tr("Passphrase:"))
        self.finish_layout()

    def attempt(self) -> str | None:
        try:
            self.vault.unlock(self.passphrase.text())
        except KeyringDamaged as exc:
            return str(exc)
        except WrongPassphrase:
            self.passphrase.selectAll()
            return self.tr("That passphrase is not correct. Nothing was changed; try again.")
        return None


class ChangePassphraseDialog(_PassphraseDialog):
    """Two ways, explained: re-protect the key only, or re-encrypt everything with a new key (the one to choose
    when the old passphrase may be known, so it is chosen for the user who says so)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.layout_.addWidget(notice_label(self.tr("A forgotten passphrase means unreadable records."), self))
        self.current = self.field(self.tr("Current passphrase:"))
        self.new = self.field(self.tr("New passphrase:"))
        self.again = self.field(self.tr("Repeat new passphrase:"))
        self.may_be_known = QCheckBox(self.tr("Someone else may know or have seen the old passphrase"), self)
        self.form.addRow(self.may_be_known)
        self.rewrap_only = QRadioButton(self.tr("Change the passphrase only (quick)"), self)
        self.re_encrypt = QRadioButton(self.tr("Change the passphrase and re-encrypt everything with a new key"), self)
        explanations = (
            self.tr("Someone who learns the old passphrase later cannot open the records on this computer. But with "
                    "an old copy of the data (a backup) and the old passphrase, everything can still be read, even "
                    "what is written after the change."),
            self.tr("An old copy of the data and the old passphrase then open only what that copy already held, "
                    "nothing written from now on. Delete old backups too: they stay readable with the old passphrase."),
        )
        for choice, explanation in zip((self.rewrap_only, self.re_encrypt), explanations, strict=True):
            self.form.addRow(choice)
            self.form.addRow(notice_label(explanation, self, "margin-left: 24px;"))
        self.rewrap_only.setChecked(True)
        self.may_be_known.toggled.connect(lambda known: (self.re_encrypt if known else self.rewrap_only).setChecked(True))
        self.finish_layout()

    def attempt(self) -> str | None:
        problem = self.new_passphrase_problem(self.new, self.again)
        if problem:
            return problem
        try:
            self.vault.change_passphrase(self.current.text(), self.new.text(), datetime.now(timezone.utc),
                                         re_encrypt=self.re_encrypt.isChecked())
        except KeyringDamaged as exc:
            return str(exc)
        except WrongPassphrase:
            return self.tr("The current passphrase is not correct. Nothing was changed.")
        return None


class NewRecordDialog(QDialog):
    """Which checklist, and the case it is for, with the reminder about identifying victims."""

    def __init__(self, checklists: list[tuple[str, str]], chosen: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case record"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.checklist = QComboBox(self)
        self.checklist.setAccessibleName(self.tr("Checklist"))
        for checklist_id, title in checklists:
            self.checklist.addItem(title, checklist_id)
        if chosen is not None and self.checklist.findData(chosen) >= 0:
            self.checklist.setCurrentIndex(self.checklist.findData(chosen))
        form.addRow(self.tr("Checklist:"), self.checklist)
        self.reference = QLineEdit(self)
        self.reference.setAccessibleName(self.tr("Case reference"))
        self.reference.setPlaceholderText(self.tr("e.g. the case or file number"))
        form.addRow(self.tr("Case reference:"), self.reference)
        self.case_title = QLineEdit(self)
        self.case_title.setAccessibleName(self.tr("Case title"))
        form.addRow(self.tr("Case title:"), self.case_title)
        layout.addLayout(form)
        layout.addWidget(notice_label(self.tr(
            "Identify victims and witnesses only by initials or a code: never by full name, address or anything "
            "else that identifies them, here or in the notes."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start record"))
        self.ok_button.setEnabled(False)
        self.reference.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def checklist_id(self) -> str:
        return str(self.checklist.currentData())
