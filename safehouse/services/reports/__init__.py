"""Printable reports (ReportLab; no Qt): the progress summary, the impact report, the
room roster and the week's schedule.

:func:`produce.produce` makes a report's PDF in memory from a
:class:`requests.ReportRequest`; :func:`produce.record_output` writes the audit line
when it is saved or printed. Each report takes a plain data object that a service builds
(``*_data`` modules, or :mod:`safehouse.services.schedule_data`), and draws it in
:mod:`frame`'s page (organisation, title, period, "Confidential", who printed it and
when, page N of M).
"""
