"""Making a report's PDF, and the audit line when it leaves the program.

:func:`produce` checks the request, builds the report's data through the services (as
the actor, so her role decides what it may hold), and draws it in the report's own
language (:func:`safehouse.i18n.in_language`: this thread only). Nothing is written to
disk: the PDF comes back as bytes, for the preview, the printer or a file the user
chose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from safehouse import clock, i18n
from safehouse.audit_actions import AuditAction
from safehouse.errors import ValidationError, translate
from safehouse.files import write_private
from safehouse.services import audit, schedule_data, settings
from safehouse.services.dto.accounts import Actor
from safehouse.services.permissions import require
from safehouse.services.reports import formats, frame, impact, progress, roster, schedule
from safehouse.services.reports.impact_data import impact_data
from safehouse.services.reports.progress_data import progress_data
from safehouse.services.reports.requests import (
    KINDS,
    PAPERS,
    RIGHTS,
    ReportCancelled,
    ReportRequest,
)
from safehouse.services.reports.roster_data import roster_data
from safehouse.storage.db import Database

__all__ = ["ReportCancelled", "produce", "record_output", "save", "title_of"]

HOW = ("save", "print")

# what each report needs of the actor's role (the data's own services check it too)
def title_of(kind: str) -> str:
    """A report's title in the current language."""
    titles = {
        "progress": translate("reports", "Progress summary"),
        "impact": translate("reports", "Impact report"),
        "roster": translate("reports", "Room roster"),
        "schedule": translate("reports", "Counseling schedule"),
    }
    return titles[kind]


def check_request(request: ReportRequest) -> None:
    """Refuse a request whose options do not go together (ValidationError naming the
    option)."""
    if request.kind not in KINDS:
        raise ValidationError(translate("reports", "There is no report called {kind}.")
                              .format(kind=request.kind), field="kind")
    if request.lang not in i18n.LANGUAGES:
        raise ValidationError(translate("reports", "Reports are made in English (en) or "
                                        "Korean (ko)."), field="lang")
    if request.paper not in PAPERS:
        raise ValidationError(translate("reports", "The paper is A4 or Letter."),
                              field="paper")
    if request.kind == "progress" and not request.member_ids:
        raise ValidationError(translate("reports", "Choose the member (or members) whose "
                                        "progress summary to print."), field="members")
    if request.start and request.end and request.start > request.end:
        raise ValidationError(translate("reports", "The period ends before it starts."),
                              field="end")
    if (request.first_year and request.last_year
            and request.first_year > request.last_year):
        raise ValidationError(translate("reports", "The last year comes before the first."),
                              field="last_year")


def produce(db: Database, actor: Actor, request: ReportRequest, *,
            cancelled: Callable[[], bool] = lambda: False) -> bytes:
    """The PDF in memory; checks ``cancelled()`` between sections and members and raises
    ReportCancelled. Refuses (ValidationError naming the field) what the request cannot
    be, and (PermissionDenied) a report the actor's role may not print."""
    check_request(request)
    actor = require(db, actor, *RIGHTS[request.kind])
    with i18n.in_language(request.lang):
        heading, story = _story(db, actor, request, cancelled)
        if cancelled():
            raise ReportCancelled
        return frame.build(heading, story)


def _heading(db: Database, actor: Actor, request: ReportRequest, period: str
             ) -> frame.Heading:
    return frame.Heading(
        organisation=settings.organisation_name(db), title=title_of(request.kind),
        period=period, printed_by=actor.display_name or actor.username,
        printed_at=clock.now(), lang=request.lang, paper=request.paper)


def _story(db: Database, actor: Actor, request: ReportRequest,
           cancelled: Callable[[], bool]) -> tuple[frame.Heading, list[Flowable]]:
    lang, paper = request.lang, request.paper
    if request.kind == "roster":
        data = roster_data(db, actor, request.on)
        return (_heading(db, actor, request, formats.day(data.on, lang)),
                roster.story(data, lang, paper, cancelled))
    if request.kind == "schedule":
        week = schedule_data.schedule_week(db, actor, request.week or clock.today(),
                                           counselor_id=request.counselor_id)
        return (_heading(db, actor, request,
                         formats.period(week.first_day, week.last_day, lang)),
                schedule.story(week, lang, paper, cancelled))
    if request.kind == "progress":
        found = []
        for member_id in request.member_ids:
            if cancelled():
                raise ReportCancelled
            found.append(progress_data(db, actor, member_id, start=request.start,
                                       end=request.end, deidentified=request.deidentified))
        heading = _heading(db, actor, request,
                           formats.period(found[0].start, found[0].end, lang))
        if len(found) == 1:
            return heading, progress.story(found[0], lang, paper, cancelled)
        return heading, progress.batch_story(found, lang, paper, cancelled)
    figures = impact_data(db, actor, first_year=request.first_year,
                          last_year=request.last_year)
    return (_heading(db, actor, request, f"{figures.first_year}–{figures.last_year}"),
            impact.story(figures, lang, paper, cancelled))


def record_output(db: Database, actor: Actor, request: ReportRequest, how: str) -> None:
    """One audit line per report saved (``how`` "save") or printed ("print"): which
    report, which member(s), by whom — never its content. A batch of progress
    summaries writes one line per member (the trail is searched by member)."""
    check_request(request)
    if how not in HOW:
        raise ValidationError(translate("reports", "A report is saved or printed."),
                              field="how")
    actor = require(db, actor, *RIGHTS[request.kind])
    action = AuditAction.REPORT_SAVE if how == "save" else AuditAction.REPORT_PRINT
    fields = [f"report={request.kind}", f"lang={request.lang}"]
    fields += _options(request)
    with db.transaction() as s:
        if request.kind == "progress":
            batch = [f"batch={len(request.member_ids)}"] if len(request.member_ids) > 1 else []
            for member_id in request.member_ids:
                audit.record(s, actor, action, entity="member", entity_id=member_id,
                             member_id=member_id, fields=fields + batch)
        else:
            audit.record(s, actor, action, entity="report", fields=fields)


def _options(request: ReportRequest) -> list[str]:
    """The options that say which report it was (dates and years; never content)."""
    found: list[str] = []
    for name in ("start", "end", "on", "week"):
        value: date | None = getattr(request, name)
        if value is not None:
            found.append(f"{name}={value.isoformat()}")
    for name in ("first_year", "last_year", "counselor_id"):
        number: int | None = getattr(request, name)
        if number is not None:
            found.append(f"{name}={number}")
    if request.deidentified:
        found.append("deidentified")
    return found


def save(db: Database, actor: Actor, request: ReportRequest, pdf: bytes, path: Path
         ) -> None:
    """Write a made report to ``path`` (readable by its owner only, whole or absent,
    never over the database or any database, backup or key file), then audit it."""
    check_request(request)
    actor = require(db, actor, *RIGHTS[request.kind])
    databases = [db.file_path] if db.file_path is not None else []
    try:
        write_private(path, pdf, databases=databases)
    except OSError as err:
        raise ValidationError(translate(
            "errors", "Cannot write {path}: {reason}. Choose another folder or file name."
        ).format(path=path, reason=err.strerror or type(err).__name__), field="file") from None
    record_output(db, actor, request, "save")
