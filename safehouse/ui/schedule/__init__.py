"""The Schedule page: a week of counseling sessions, the booking dialog, counselors."""
