"""The Members page: list, profile, household, keep-away and room history."""

from safehouse.ui.members.page import MembersPage

__all__ = ["MembersPage"]
