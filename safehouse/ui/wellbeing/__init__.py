"""The Wellbeing page, the response form, a member's Check-ins tab and the dashboard's
alerts and due check-ins."""
