"""Printing a previewed PDF: the system's print dialog, then each page drawn into the
printer at its resolution (``QPdfDocument.render``), one page at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

# a page image finer than this is no sharper on paper, only larger in memory
MAX_DPI = 600
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def make_printer(paper: str) -> QPrinter:
    """A printer on the organisation's paper (A4 unless the setting says Letter)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the report has its own margins
    return printer


def ask(parent: QWidget, printer: QPrinter, pages: int, title: str) -> bool:
    """The system print dialog (printer, copies, which pages); True to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def page_range(printer: QPrinter, pages: int) -> range:
    """The pages chosen in the dialog (from 0), all of them unless a range was given."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first <= 0:
        return range(pages)
    return range(first - 1, min(last if last > 0 else pages, pages))


def print_document(document: QPdfDocument, printer: QPrinter,
                   parent: QWidget | None = None) -> bool:
    """Draw the chosen pages into ``printer``; False when cancelled or it failed (then
    the job is aborted, nothing half-printed is sent)."""
    chosen = page_range(printer, document.pageCount())
    progress = QProgressDialog(
        QCoreApplication.translate("printing", "Printing…"),
        QCoreApplication.translate("printing", "Cancel"), 0, len(chosen), parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    painter = QPainter()
    if not painter.begin(printer):
        progress.deleteLater()
        return False
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        area = printer.pageLayout().fullRectPixels(printer.resolution())
        for done, index in enumerate(chosen):
            if done:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, size)
            target = QRect(0, 0, area.width(), area.height())
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
            progress.setValue(done + 1)
            QCoreApplication.processEvents()
            if progress.wasCanceled():
                printer.abort()
                return False
    finally:
        painter.end()
        progress.deleteLater()
    return True
