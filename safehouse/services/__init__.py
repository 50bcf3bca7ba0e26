"""Use cases. Each public function opens one unit of work, checks the actor's
permission, validates, writes, audits, and returns frozen dataclasses."""
