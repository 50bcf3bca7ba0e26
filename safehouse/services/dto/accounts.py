"""Who is acting, and the accounts an administrator manages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The person logged in, on whose behalf a service acts."""

    id: int
    username: str
    display_name: str
    role: str
    must_change_password: bool = False


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    active: bool


@dataclass(frozen=True)
class AccountInfo:
    """A row of the administrator's list of accounts."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    locked: bool  # too many failed logins, until the lock runs out or is lifted
    has_key_slot: bool | None  # None when the database has no key ring
    # Her slot holds the confidential key (None: no key ring). False for a role that
    # may see confidential fields: an administrator's new password for her gives it.
    has_confidential_key: bool | None = None

