"""One input widget per question type. Each shows the question's parts in the session's shuffled order and
reports the response in the quiz's own order (see ``core.quiz.responses``), so nothing here knows about marks."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.quiz_text import inline_html, to_plain
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import letter

INDEX_ROLE = Qt.ItemDataRole.UserRole


class AnswerInput(QWidget):
    """Base: ``response()`` is None until the student has given an answer."""

    changed = Signal()
    submitted = Signal()  # Enter in a text field: "check my answer"

    def response(self) -> Response | None:
        raise NotImplementedError

    def set_response(self, response: Response | None) -> None:
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        """No more changes (an answer being marked), but the text stays as readable as before."""
        self.setEnabled(not locked)


def show_text(label: QLabel, text: str, text_format: str) -> None:
    """Put a question's text on a label: plain text as it is, Markdown and HTML as sanitised rich text."""
    if text_format == "plain":
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
    else:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(inline_html(text, text_format))


class _WrappingLabel(QLabel):
    """An option's text: wraps long sentences (a radio button cannot) and toggles its button when clicked."""

    def __init__(self, text: str, button: QAbstractButton, rich: bool = False) -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.button = button
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.button.isEnabled():
            self.button.click()


class _Choices(AnswerInput):
    """Lettered options with radio buttons (one answer) or check boxes (any number)."""

    def __init__(self, texts: list[str], exclusive: bool, lettered: bool = True, text_format: str = "plain") -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setColumnStretch(1, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.buttons: list[QAbstractButton] = []
        for position, text in enumerate(texts):
            prefix = f"{letter(position)}. " if lettered else ""
            button = QRadioButton() if exclusive else QCheckBox()
            button.setAccessibleName(prefix + to_plain(text, text_format))
            self.group.addButton(button, position)
            layout.addWidget(button, position, 0, Qt.AlignmentFlag.AlignTop)
            rich = text_format != "plain"
            shown = html.escape(prefix) + inline_html(text, text_format) if rich else prefix + text
            layout.addWidget(_WrappingLabel(shown, button, rich), position, 1, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        layout.setRowStretch(len(texts), 1)  # spare height below the options, not between them
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not locked)

    def checked(self) -> list[int]:
        return [p for p, b in enumerate(self.buttons) if b.isChecked()]

    def set_checked(self, positions: set[int]) -> None:
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)  # an exclusive group cannot be cleared
        for position, button in enumerate(self.buttons):
            button.setChecked(position in positions)
        self.group.setExclusive(exclusive)


class SingleChoiceInput(_Choices):
    def __init__(self, question: Question, order: tuple[int, ...]) -> None:
        super().__init__([question.options[i].text for i in order], exclusive=True, text_format=question.text_format)
        self.order = order

    def response(self) -> Response | None:
        checked = self.checked()
        return self.order[checked[0]] if checked else None

    def set_response(self, response: Response | None) -> None:
        self.set_checked({self.order.index(response)} if isinstance(response, int) else set())


class MultipleChoiceInput(_Choices):
    def __init__(self, question: Question, order: tuple[int, ...]) -> None:
        super().__init__([question.options[i].text for i in order], exclusive=False, text_format=question.text_format)
        self.order = order

    def response(self) -> Response | None:
        picked = frozenset(self.order[p] for p in self.checked())
        return picked or None

    def set_response(self, response: Response | None) -> None:
        picked = response if isinstance(response, frozenset) else frozenset()
        self.set_checked({self.order.index(i) for i in picked})


class TrueFalseInput(_Choices):
    def __init__(self, lang: str) -> None:
        super().__init__([quiz_label("true", lang), quiz_label("false", lang)], exclusive=True, lettered=False)

    def response(self) -> Response | None:
        checked = self.checked()
        return checked[0] == 0 if checked else None

    def set_response(self, response: Response | None) -> None:
        self.set_checked(set() if response is None else {0 if response else 1})


class MatchingInput(AnswerInput):
    """Each left-hand side with a list of the right-hand sides (shuffled) to pick its partner from."""

    def __init__(self, question: Question, order: tuple[int, ...]) -> None:
        super().__init__()
        self.order = order
        layout = QGridLayout(self)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.boxes: list[QComboBox] = []
        for row, (left, _) in enumerate(question.pairs):
            label = QLabel()
            show_text(label, left, question.text_format)
            label.setWordWrap(True)
            box = QComboBox()
            box.addItem("—", None)
            for j in order:
                box.addItem(question.pairs[j][1], j)
            box.setAccessibleName(to_plain(left, question.text_format))
            label.setBuddy(box)
            box.currentIndexChanged.connect(lambda *_: self.changed.emit())
            layout.addWidget(label, row, 0)
            layout.addWidget(box, row, 1)
            self.boxes.append(box)
        layout.setRowStretch(len(question.pairs), 1)

    def response(self) -> Response | None:
        chosen = tuple(box.currentData() for box in self.boxes)
        return chosen if any(c is not None for c in chosen) else None

    def set_response(self, response: Response | None) -> None:
        chosen = response if isinstance(response, tuple) else ()
        for row, box in enumerate(self.boxes):
            j = chosen[row] if row < len(chosen) else None
            box.setCurrentIndex(0 if j is None else 1 + self.order.index(j))


class OrderingInput(AnswerInput):
    """A list to put in order by dragging or with Move up / Move down (Alt+Up / Alt+Down)."""

    def __init__(self, question: Question, order: tuple[int, ...]) -> None:
        super().__init__()
        self.question = question
        self.locked = False
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))
        self._fill(order)

    def _fill(self, indices: tuple[int, ...]) -> None:
        self.list.clear()
        for i in indices:
            item = QListWidgetItem(self.question.items[i])
            item.setData(INDEX_ROLE, i)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def set_locked(self, locked: bool) -> None:
        mode = QAbstractItemView.DragDropMode.NoDragDrop if locked else QAbstractItemView.DragDropMode.InternalMove
        self.list.setDragDropMode(mode)
        self.up.setEnabled(not locked)
        self.down.setEnabled(not locked)
        self.locked = locked

    def move_selected(self, step: int) -> None:
        """Move the selected item ``step`` places (not ``QWidget.move``, which places the widget)."""
        row = self.list.currentRow()
        target = row + step
        if self.locked or row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def response(self) -> Response | None:
        """The current order is always an answer: the student may accept the order shown."""
        return tuple(self.list.item(row).data(INDEX_ROLE) for row in range(self.list.count()))

    def set_response(self, response: Response | None) -> None:
        if isinstance(response, tuple) and sorted(i for i in response if i is not None) == list(range(len(self.question.items))):
            self._fill(response)  # type: ignore[arg-type]


class ShortAnswerInput(AnswerInput):
    """One line of text; for a numerical question, a number (a decimal comma is fine)."""

    def __init__(self, number_in: str | None = None) -> None:
        """``number_in``: the quiz's language, for a numerical question (its hint is in that language)."""
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setPlaceholderText(quiz_label("write-number", number_in) if number_in else self.tr("Type your answer"))
        self.edit.textChanged.connect(lambda *_: self.changed.emit())
        self.edit.returnPressed.connect(self.submitted)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def response(self) -> Response | None:
        return self.edit.text().strip() or None

    def set_response(self, response: Response | None) -> None:
        self.edit.setText(response if isinstance(response, str) else "")


class EssayInput(AnswerInput):
    """A few lines of free text, compared by the student with the model answer after Check (not marked)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(quiz_label("your-answer", lang))
        self.edit.setPlaceholderText(quiz_label("write-essay", lang))
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)

    def response(self) -> Response | None:
        return self.edit.toPlainText().strip() or None

    def set_response(self, response: Response | None) -> None:
        self.edit.setPlainText(response if isinstance(response, str) else "")

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)


class NoInput(AnswerInput):
    """A description asks nothing: it is read, then the student moves on."""

    def response(self) -> Response | None:
        return None

    def set_response(self, response: Response | None) -> None:
        """Nothing to show."""


InputFactory = Callable[[Question, tuple[int, ...], str], AnswerInput]  # (question, shown order, content language)

_INPUTS: dict[str, InputFactory] = {  # one line per question type (core/quiz/types), checked by tests/ui
    "single": lambda question, order, lang: SingleChoiceInput(question, order),
    "multiple": lambda question, order, lang: MultipleChoiceInput(question, order),
    "true_false": lambda question, order, lang: TrueFalseInput(lang),
    "matching": lambda question, order, lang: MatchingInput(question, order),
    "ordering": lambda question, order, lang: OrderingInput(question, order),
    "short_answer": lambda question, order, lang: ShortAnswerInput(None),
    "numerical": lambda question, order, lang: ShortAnswerInput(lang),
    "essay": lambda question, order, lang: EssayInput(lang),
    "description": lambda question, order, lang: NoInput(),
}


def make_input(question: Question, order: tuple[int, ...], lang: str) -> AnswerInput:
    factory = _INPUTS.get(question.type)
    if factory is None:
        raise ValueError(f"no answer input for question type {question.type!r}")
    return factory(question, order, lang)


def input_types() -> tuple[str, ...]:
    return tuple(_INPUTS)


def register_input(name: str, factory: InputFactory) -> None:
    """The input for a question type added to ``core.quiz.types`` at run time (as the tests do)."""
    if name in _INPUTS:
        raise ValueError(f"question type {name!r} already has an input")
    _INPUTS[name] = factory


def unregister_input(name: str) -> None:
    _INPUTS.pop(name, None)
