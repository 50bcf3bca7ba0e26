"""The preview of a report's actual PDF pages (QtPdf's ``QPdfView``).

The PDF is read from memory (a ``QBuffer`` over the bytes): no file is written to show
it, and :meth:`PdfPreview.clear` lets go of the bytes, the buffer and the document.
Imported only when the Reports page is first made (the first window loads no PDF module).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class PdfPreview(QWidget):
    """Shows a PDF's pages one under the other; zoom (Ctrl++ / Ctrl+-, fit the width,
    fit the page) and page through (the page box, Page Up / Page Down).

    ``sig_page_changed(page, pages)``: the page in view (from 1) and how many there are.
    """

    sig_page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Report preview"))

        keys = QKeySequence.StandardKey
        self.zoom_out_action = self._action(self.tr("Zoom out"), keys.ZoomOut, self.zoom_out)
        self.zoom_in_action = self._action(self.tr("Zoom in"), keys.ZoomIn, self.zoom_in)
        self.fit_width_action = self._action(self.tr("Fit width"), None, self.fit_width)
        self.fit_page_action = self._action(self.tr("Whole page"), None, self.fit_page)
        self.previous_action = self._action(self.tr("Previous page"),
                                            keys.MoveToPreviousPage, self.previous_page)
        self.next_action = self._action(self.tr("Next page"), keys.MoveToNextPage,
                                        self.next_page)
        # Ctrl+= too: on most keyboards "+" needs Shift
        self.zoom_in_action.setShortcuts([QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")])

        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setRange(0, 0)
        self.page_box.setKeyboardTracking(False)
        self.page_of = QLabel(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %"))

        # A tool bar: in a narrow window what does not fit (the zoom, then the page
        # box) goes behind its » button rather than widening the window.
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.addActions([self.previous_action, self.next_action])
        self.toolbar.addWidget(QLabel(self.tr("Page"), self))
        self.toolbar.addWidget(self.page_box)
        self.toolbar.addWidget(self.page_of)
        gap = QWidget(self)
        gap.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(gap)
        self.toolbar.addActions([self.zoom_out_action, self.zoom_in_action])
        self.toolbar.addWidget(self.zoom_label)
        self.toolbar.addActions([self.fit_width_action, self.fit_page_action])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self._connect_signals()
        self._update_controls()

    def _action(self, text: str, key: QKeySequence.StandardKey | None,
                slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(key).toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _connect_signals(self) -> None:
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._on_navigator_page_changed)
        self.page_box.valueChanged.connect(self._on_page_box_changed)
        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self.view.zoomModeChanged.connect(self._update_zoom_label)

    # --- the document -------------------------------------------------------------------

    def show_pdf(self, data: bytes) -> bool:
        """Show this PDF (its bytes stay in memory only); False when it cannot be read."""
        self.clear()
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.clear()
            return False
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to_page(1)
        self._update_controls()
        return True

    def clear(self) -> None:
        """Show nothing, and let go of the PDF (for the idle lock, or a new report)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._data = QByteArray()
        self._update_controls()

    def pdf_bytes(self) -> bytes:
        """The PDF shown (empty when none)."""
        return bytes(self._data.data()) if self._buffer is not None else b""

    def page_count(self) -> int:
        return self.document.pageCount() if self._buffer is not None else 0

    def current_page(self) -> int:
        """The page in view, from 1 (0 when nothing is shown)."""
        return self.view.pageNavigator().currentPage() + 1 if self.page_count() else 0

    # --- paging and zoom ----------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (from 1) at its top."""
        count = self.page_count()
        if count:
            page = min(max(page, 1), count)
            navigator = self.view.pageNavigator()
            navigator.jump(page - 1, QPointF(), navigator.currentZoom())

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def zoom_in(self) -> None:
        self._zoom_to(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.view.zoomFactor() / ZOOM_STEP)

    def _zoom_to(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, low), high))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # --- slots --------------------------------------------------------------------------

    def _on_navigator_page_changed(self, _page: int) -> None:
        self._update_controls()

    def _on_page_box_changed(self, page: int) -> None:
        if page and page != self.current_page():
            self.go_to_page(page)

    def _update_zoom_label(self, *_args: object) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Width"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("Page"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)} %")

    def _update_controls(self) -> None:
        count, page = self.page_count(), self.current_page()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, count)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)
        self.page_of.setText(self.tr("of {pages}").format(pages=count))
        self.toolbar.setEnabled(count > 0)
        self.previous_action.setEnabled(page > 1)
        self.next_action.setEnabled(0 < page < count)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action,
                       self.fit_page_action):
            action.setEnabled(count > 0)
        self._update_zoom_label()
        self.sig_page_changed.emit(page, count)
