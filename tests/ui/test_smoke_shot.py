"""SAFEHOUSE_SMOKE_SCREENSHOT: the bundle's smoke test takes the first window, then the
window is cancelled; without the variable nothing happens."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from safehouse.ui import smoke_shot


def _dialog() -> QDialog:
    dialog = QDialog()
    dialog.setWindowTitle("Safehouse — 처음 시작")
    QVBoxLayout(dialog).addWidget(QLabel("환영합니다 / Welcome"))
    return dialog


def test_the_first_window_is_taken_and_cancelled(qtbot, qapp, tmp_path, monkeypatch, capsys):
    shot = tmp_path / "first.png"
    monkeypatch.setenv(smoke_shot.VARIABLE, str(shot))
    monkeypatch.setenv(smoke_shot.DELAY, "50")
    smoke_shot.arm(qapp)
    dialog = _dialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(10_000, dialog.accept)  # a bound: accepted only if never taken
    assert dialog.exec() == QDialog.DialogCode.Rejected  # closed by the smoke shot
    assert "window: Safehouse — 처음 시작" in capsys.readouterr().out
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 10


def test_without_the_variable_nothing_is_taken(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.delenv(smoke_shot.VARIABLE, raising=False)
    before = len(qapp.findChildren(QTimer))
    smoke_shot.arm(qapp)
    assert len(qapp.findChildren(QTimer)) == before  # nothing armed
    dialog = _dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(150)
    assert dialog.isVisible()
    assert not list(tmp_path.rglob("*.png"))
