"""Safehouse: records, rooms, counseling and reports for a small safehouse community."""

__version__ = "0.1.0"
