"""run_in_background: results come back on the GUI thread; a dialog deleted on close
while its work runs is never called back, and nothing crashes."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from safehouse.ui import worker
from safehouse.ui.worker import run_in_background


class _Busy(QDialog):
    """A dialog deleted on close whose callbacks touch its own widgets."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.heard: list[str] = []

    def start(self, release: threading.Event, started: threading.Event) -> None:
        def work() -> str:
            started.set()
            if not release.wait(10):
                raise TimeoutError("never released")
            return "written"

        def done(result: Any) -> None:  # would raise on a deleted dialog
            self.label.setText(str(result))
            self.heard.append(str(result))

        def failed(exc: BaseException) -> None:
            self.label.setText(type(exc).__name__)
            self.heard.append(type(exc).__name__)

        run_in_background(work, done, failed, owner=self)


def test_the_result_comes_back_on_the_gui_thread(qtbot):
    threads: list[bool] = []

    def done(result: Any) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        threads.append(result == 42)

    run_in_background(lambda: 6 * 7, done, lambda exc: threads.append(False))
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=5000)
    assert threads == [True, True]
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=5000)


def test_a_failure_goes_to_on_failure(qtbot):
    failures: list[BaseException] = []

    def work() -> None:
        raise ValueError("no")

    run_in_background(work, lambda _r: failures.append(AssertionError()), failures.append)
    qtbot.waitUntil(lambda: failures != [], timeout=5000)
    assert isinstance(failures[0], ValueError)


def test_an_owner_that_stays_is_called_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = _Busy(parent)
    release, started = threading.Event(), threading.Event()
    dialog.start(release, started)
    release.set()
    qtbot.waitUntil(lambda: dialog.heard == ["written"], timeout=5000)
    assert dialog.label.text() == "written"


def test_a_dialog_deleted_on_close_mid_work_is_not_called_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = _Busy(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    heard = dialog.heard  # kept: the dialog's own list, to look at after it is gone
    release, started = threading.Event(), threading.Event()
    before = worker.pending()
    dialog.open()
    dialog.start(release, started)
    assert started.wait(5), "the work never started"
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.close()  # deleted (deleteLater) while the work still runs
    qtbot.waitUntil(lambda: gone == [True], timeout=5000)
    assert not shiboken6.isValid(dialog)
    release.set()  # the work ends after its dialog is gone
    qtbot.waitUntil(lambda: worker.pending() == before, timeout=5000)
    qtbot.wait(50)  # any late delivery would come now
    assert heard == []

