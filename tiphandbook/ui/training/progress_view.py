"""Progress per module: best score, attempts, last attempt and questions due for review; results to CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.content.model import Library, pick
from tiphandbook.core.quiz.catalog import quiz_entries
from tiphandbook.core.quiz.results_csv import write_results_csv
from tiphandbook.core.quiz.history import QuizHistory
from tiphandbook.ui.common.empty_state import EmptyState

QUIZ_ROLE = Qt.ItemDataRole.UserRole


class ProgressView(QDialog):
    quizRequested = Signal(str)  # quiz id, on double-click or Enter

    def __init__(self, library: Library, history: QuizHistory, lang: str, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.history = history
        self.lang = lang
        self.setWindowTitle(self.tr("Training progress"))
        self.resize(860, 520)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Module"), self.tr("Best score"), self.tr("Attempts"), self.tr("Last attempt"),
                                   self.tr("Due for review")])
        self.tree.setAccessibleName(self.tr("Progress by module"))
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._activated)
        attempts = self._fill(now())
        self.empty = EmptyState("chart-line", self)
        self.empty.title.setText(self.tr("No quiz taken yet"))
        self.empty.hint.setText(self.tr("Take a module's quiz (Training › Take the Module's Quiz, Ctrl+Shift+Q): your "
                                        "best score, attempts and the questions due for review appear here."))
        self.empty.setVisible(attempts == 0)
        self.export_button = QPushButton(self.tr("&Export results to CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Double-click a module to open its quiz. Everything here stays on this computer.")))
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _fill(self, now: datetime) -> int:
        """List every quiz; returns how many attempts there were in all."""
        branches: dict[str, QTreeWidgetItem] = {}
        attempts = 0
        for entry in quiz_entries(self.library, self.lang):
            key = entry.academy.id if entry.academy else ""
            if key not in branches:
                name = pick(entry.academy.titles, self.lang) if entry.academy else self.tr("Other quizzes")
                branches[key] = QTreeWidgetItem([name])
                self.tree.addTopLevelItem(branches[key])
                branches[key].setExpanded(True)
            progress = self.history.progress(entry.quiz, now)
            attempts += progress.attempts
            best = f"{round(progress.best_percent)}%" if progress.best_percent is not None else "—"
            last = progress.last_finished.astimezone().strftime("%Y-%m-%d") if progress.last_finished else "—"
            title = entry.module.title if entry.module else entry.quiz.title
            item = QTreeWidgetItem([title, best, str(progress.attempts), last, str(progress.due) if progress.in_review else "—"])
            item.setData(0, QUIZ_ROLE, entry.quiz.id)
            item.setToolTip(0, entry.quiz.title)
            branches[key].addChild(item)
        self.tree.resizeColumnToContents(0)
        return attempts

    def _activated(self, item: QTreeWidgetItem) -> None:
        quiz_id = item.data(0, QUIZ_ROLE)
        if quiz_id:
            self.quizRequested.emit(quiz_id)

    def export_csv(self) -> None:
        student, ok = QInputDialog.getText(self, self.tr("Export results"), self.tr("Student's name (written in each row):"))
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export results to CSV"), "quiz-results.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            rows = self.export_csv_to(Path(path), student.strip())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export results"), self.tr("Could not write the file: %1").replace("%1", str(exc)))
            return
        QMessageBox.information(self, self.tr("Export results"), self.tr("%n attempt(s) written.", "", rows))

    def export_csv_to(self, path: Path, student: str) -> int:
        def title(quiz_id: str) -> str:
            quiz = self.library.quiz(quiz_id, self.lang)
            return quiz.title if quiz else quiz_id

        return write_results_csv(path, student, self.history.finished_attempts(), title)
