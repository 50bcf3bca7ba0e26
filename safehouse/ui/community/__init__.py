"""The Community page: the goal and growth, who reached whom, events and attendance."""
