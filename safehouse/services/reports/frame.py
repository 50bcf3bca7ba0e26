"""The page every report is printed on, and the pieces its pages are made of.

Every page: the organisation's name, the report's title and period at the top;
"Confidential", who printed it and when, and "Page N of M" at the bottom. The page
numbers are written when the document is finished (the canvas keeps each page until
then), so M is known; a batch (several members' progress summaries) counts the pages of
each member on its own (:class:`SectionStart`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from safehouse.i18n import translate
from safehouse.services.reports import fonts
from safehouse.services.reports.formats import moment
from safehouse.services.reports.requests import ReportCancelled

PAPERS = {"A4": A4, "Letter": LETTER}
MARGIN: float = 18 * mm
TOP: float = 30 * mm
BOTTOM: float = 20 * mm
INK = colors.HexColor("#1f2933")
GREY = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e7eb")


@dataclass(frozen=True)
class Heading:
    """What the frame prints on every page."""

    organisation: str
    title: str
    period: str
    printed_by: str
    printed_at: datetime  # in the organisation's zone
    lang: str
    paper: str = "A4"


class Styles:
    """The paragraph styles of a report (in the shipped font)."""

    def __init__(self) -> None:
        fonts.register()
        base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=13,
                              textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5,
                                    textColor=GREY)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=15,
                                 leading=19, spaceAfter=4)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=11.5,
                                 leading=15, spaceBefore=10, spaceAfter=4)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=fonts.BOLD)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)


def escape(text: str) -> str:
    """``text`` as a Paragraph shows it literally (its markup characters escaped)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def content_width(paper: str) -> float:
    return float(PAPERS[paper][0]) - 2 * MARGIN


def table(styles: Styles, header: Sequence[str], rows: Sequence[Sequence[str]],
          widths: Sequence[float], width: float, *, right: Sequence[int] = (),
          headed: bool = True) -> Table:
    """A table whose header row repeats on every page it runs onto; ``widths``:
    fractions of ``width``; ``right``: the columns of figures (aligned right). A cell
    whose text fits its column on one line is drawn as a string (fast); a longer one
    as a paragraph that wraps. ``headed`` False: the rows alone, drawn as the rows of
    a table with ``header`` (its last rows, kept apart from the rest)."""
    columns = [w * width for w in widths]

    def cell(text: str, col: int, head: bool) -> str | Paragraph:
        font = fonts.BOLD if head else fonts.REGULAR
        if stringWidth(text, font, 8.5) <= columns[col] - 7 and "\n" not in text:
            return text
        if head:
            return para(text, styles.head_right if col in right else styles.head)
        return para(text, styles.cell_right if col in right else styles.cell)

    data: list[list[Any]] = [[cell(h, i, True) for i, h in enumerate(header)]] * headed
    data += [[cell(v, i, False) for i, v in enumerate(row)] for row in rows]
    made = Table(data, colWidths=columns, repeatRows=int(headed))
    head = [("FONT", (0, 0), (-1, 0), fonts.BOLD, 8.5, 11),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE)] if headed else []
    made.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5, 11),  # (else Helvetica)
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        *[("ALIGN", (col, 0), (col, -1), "RIGHT") for col in right],
        *head,
        ("LINEBELOW", (0, int(headed)), (-1, -1), 0.25, SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return made


def section(title: Paragraph, *body: Flowable) -> list[Flowable]:
    """A heading and what follows it, on a new page when little of this one is left
    (so that a heading never ends a page; a long table then flows on from it)."""
    return [CondPageBreak(40 * mm), title, *body]


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


class SectionStart(Flowable):
    """Marks the start of a part that counts its pages on its own (a member's summary
    in a batch): its page and those after it, up to the next mark, are "page N of M" of
    this part."""

    def __init__(self, key: int) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.section_key = self.key


class CancelPoint(Flowable):
    """Asks ``cancelled()`` when the layout reaches it; raises ReportCancelled if so."""

    def __init__(self, cancelled: Callable[[], bool]) -> None:
        super().__init__()
        self.cancelled = cancelled
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.cancelled():
            raise ReportCancelled
        return 0, 0

    def draw(self) -> None:
        pass


class _FramedCanvas(Canvas):
    """Keeps every page until the end, then draws the frame on each with its number."""

    heading: Heading

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.section_key = 0
        self._kept: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["section_key"] for state in self._kept)
        seen: Counter[int] = Counter()
        for state in self._kept:
            self.__dict__.update(state)
            seen[self.section_key] += 1
            self._frame(seen[self.section_key], totals[self.section_key])
            Canvas.showPage(self)
        Canvas.save(self)

    def _frame(self, page: int, pages: int) -> None:
        h = self.heading
        width, height = self._pagesize
        left, right = MARGIN, width - MARGIN
        self.saveState()
        self.setFillColor(GREY)
        self.setFont(fonts.REGULAR, 8.5)
        self.drawString(left, height - 14 * mm, h.organisation)
        self.drawRightString(right, height - 14 * mm, h.period)
        self.setFillColor(INK)
        self.setFont(fonts.BOLD, 12)
        self.drawString(left, height - 20 * mm, h.title)
        self.setFont(fonts.BOLD, 9)
        self.drawRightString(right, height - 20 * mm, translate("reports", "Confidential"))
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(left, height - 22.5 * mm, right, height - 22.5 * mm)
        self.line(left, 14 * mm, right, 14 * mm)
        self.setFont(fonts.BOLD, 8)
        self.drawString(left, 10 * mm, translate("reports", "Confidential"))
        self.setFont(fonts.REGULAR, 8)
        self.setFillColor(GREY)
        self.drawCentredString(width / 2, 10 * mm, translate(
            "reports", "Printed by {name} on {moment}").format(
                name=h.printed_by, moment=moment(h.printed_at, h.lang)))
        self.drawRightString(right, 10 * mm, translate("reports", "Page {page} of {pages}")
                             .format(page=page, pages=pages))
        self.restoreState()


def build(heading: Heading, story: list[Flowable]) -> bytes:
    """The PDF of ``story`` on ``heading``'s paper, framed on every page."""
    fonts.register()
    out = BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=PAPERS[heading.paper], leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=TOP, bottomMargin=BOTTOM, title=heading.title, author="",
        subject="", creator="Safehouse", producer="Safehouse",
        initialFontName=fonts.REGULAR, initialFontSize=9)
    canvas = type("ReportCanvas", (_FramedCanvas,), {"heading": heading})
    try:
        doc.build(story, canvasmaker=canvas)
    except LayoutError:  # a flowable too big for a page: a bug, named without data
        raise RuntimeError("a part of the report does not fit on a page") from None
    return out.getvalue()
