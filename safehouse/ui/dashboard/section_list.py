"""The dashboard's sections after the house's own figures, in this order (see
:mod:`safehouse.ui.dashboard.sections`); adding one is its module and one line here."""

from __future__ import annotations

from safehouse.ui.dashboard import (
    care_plan_section,
    community_section,
    movements_section,
    sessions_section,
)
from safehouse.ui.dashboard.sections import Section
from safehouse.ui.wellbeing import alerts_section, due_section

SECTIONS: tuple[Section, ...] = (
    community_section.SECTION,
    sessions_section.SECTION,
    movements_section.SECTION,
    care_plan_section.SECTION,
    due_section.SECTION,
    alerts_section.SECTION,
)
