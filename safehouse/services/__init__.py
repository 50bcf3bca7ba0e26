"""Use cases. Each public function opens one unit of work, checks the actor's
permission, validates, writes, audits, and returns frozen dataclasses.

Two rules every new service follows:

- **Rights as they are now.** ``actor = require(db, actor, Action.X)`` first: the
  account is read again, so a disabled account or a changed role takes effect at its
  next action (:mod:`safehouse.services.permissions`).
- **Reads audited once, on purpose.** A function that hands out a person's record or a
  confidential list (a profile, a keep-away list, and later counseling notes and
  screenings) takes a required keyword argument ``purpose: Read``
  (:mod:`safehouse.services.reading`): ``Read.OPEN`` when a person chose to look at it,
  which writes one ``….view`` audit line, ``Read.REFRESH`` for showing it again after a
  change, and for a service's or a report's own reading, which writes none. Lists,
  counts and searches are not audited.
"""
