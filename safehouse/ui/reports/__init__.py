"""The Reports page: choose a report, preview its pages, print or save it."""
