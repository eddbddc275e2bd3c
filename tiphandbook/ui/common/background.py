"""Work off the GUI thread, owned by the object that started it (Anki's ``aqt.operations`` idea).

Every worker thread of the UI is started here, so each has the same three guarantees: the result or the error comes
back on the GUI thread (``success`` / ``failure``; without a ``failure`` the error is logged and shown in a
warning, never lost in a thread), nothing is delivered after ``close()``, and ``close()`` asks the work to stop and
waits for the thread, so no worker outlives the window that owns it (no index file left open, no late callback on
a deleted widget). Work that can stop early checks the ``threading.Event`` it is given, or calls
``raise_if_stopped``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)
T = TypeVar("T")


class Stopped(Exception):
    """Raised inside work that noticed its owner closed; never delivered to a callback."""


def raise_if_stopped(stop: threading.Event) -> None:
    if stop.is_set():
        raise Stopped


class Background(QObject):
    _finished = Signal(object, object)  # the callback to run on the GUI thread, its argument

    def __init__(self, parent: QObject, closes_with: QWidget | None = None) -> None:
        """``closes_with``: a window whose closing closes this too (the work of a window ends with it)."""
        super().__init__(parent)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self.error_box: QMessageBox | None = None  # the last default error display
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if closes_with is not None:
            closes_with.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget) and watched.isWindow():
            self.close()
        return False

    @property
    def closed(self) -> bool:
        return self._stop.is_set()

    def run(self, name: str, work: Callable[[threading.Event], T], success: Callable[[T], object],
            failure: Callable[[Exception], object] | None = None) -> None:
        """Run ``work(stop)`` in a thread of its own; then ``success(result)`` or ``failure(error)`` on the GUI
        thread, unless ``close()`` was called meanwhile. May be called from any thread."""
        with self._lock:
            if self.closed:
                return
            thread = threading.Thread(target=self._work, args=(work, success, failure), name=name, daemon=True)
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    def _work(self, work: Callable[[threading.Event], Any], success: Callable[[Any], object],
              failure: Callable[[Exception], object] | None) -> None:
        try:
            result = work(self._stop)
        except Stopped:
            return
        except Exception as exc:  # noqa: BLE001 - every error goes to the failure callback, on the GUI thread
            log.exception("background work failed")
            self._send(failure or self._show_error, exc)
            return
        self._send(success, result)

    def _send(self, callback: Callable[[Any], object], argument: object) -> None:
        if self.closed:
            return
        try:
            self._finished.emit(callback, argument)
        except RuntimeError:  # the Qt side was deleted meanwhile: nobody is left to tell
            pass

    def _deliver(self, callback: Callable[[Any], object], argument: object) -> None:
        if not self.closed:
            callback(argument)

    def _show_error(self, error: Exception) -> None:
        """The default failure: say what went wrong in a warning, so work never fails silently."""
        parent = self.parent()
        self.error_box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("Background", "Something went wrong"),
            QCoreApplication.translate("Background", "A task running in the background failed: %1").replace("%1", str(error)),
            QMessageBox.StandardButton.Ok, parent if isinstance(parent, QWidget) else None,
        )
        self.error_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box.open()

    def close(self) -> None:
        """Ask every running task to stop, wait for their threads, and deliver nothing more."""
        with self._lock:
            self._stop.set()
            threads, self._threads = self._threads, []
        current = threading.current_thread()
        for thread in threads:
            if thread is not current:
                thread.join()
