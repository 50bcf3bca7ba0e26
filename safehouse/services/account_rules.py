"""The rules for accounts' passwords, user names and full names, with the messages a
form shows next to the field as you type; the services raise the same ones."""

from __future__ import annotations

import re

from safehouse.errors import ValidationError, translate
from safehouse.services.input_rules import text_error

MIN_PASSWORD_LENGTH = 10
MAX_DISPLAY_NAME = 200  # the column's width
USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{2,64}$")


def password_problems(
    password: str, repeat: str | None = None, current: str | None = None
) -> list[ValidationError]:
    """What is wrong with a new password (field ``password``) and its repetition (field
    ``repeat``); empty when all is well. ``current``: the password it replaces, which it
    must not equal. Forms call this as you type; the services raise the first problem."""
    problems: list[ValidationError] = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(ValidationError(
            translate("errors", "The password must have at least {count} characters.")
            .format(count=MIN_PASSWORD_LENGTH),
            field="password",
        ))
    elif (invisible := text_error(password, "password")) is not None:
        problems.append(invisible)  # a lone surrogate cannot even be hashed
    elif current and password == current:
        problems.append(ValidationError(
            translate("errors", "The new password must differ from the current one."),
            field="password"))
    if repeat is not None and password != repeat:
        problems.append(ValidationError(
            translate("errors", "The two passwords are not the same."), field="repeat"))
    return problems


def validate_password(password: str, repeat: str | None = None,
                      current: str | None = None) -> None:
    """Raise the first of :func:`password_problems`."""
    for problem in password_problems(password, repeat, current):
        raise problem


def username_problem(username: str) -> ValidationError | None:
    """What is wrong with a user name (field ``username``), or None."""
    if USERNAME_RE.fullmatch(username):  # (match's "$" lets a final line break through)
        return None
    return ValidationError(
        translate("errors", "A user name has 2 to 64 letters, digits, dots, dashes or "
                  "underscores."),
        field="username",
    )


def validate_username(username: str) -> None:
    problem = username_problem(username)
    if problem is not None:
        raise problem


def display_name_problem(display_name: str) -> ValidationError | None:
    """A person's full name (field ``display_name``) must not be empty, nor longer than
    :data:`MAX_DISPLAY_NAME`, nor hold a control character."""
    if display_name.strip():
        return text_error(display_name.strip(), "display_name", max_length=MAX_DISPLAY_NAME)
    return ValidationError(translate("errors", "Enter the person's full name."),
                           field="display_name")


def encodable(text: str) -> bool:
    """Whether ``text`` can be stored or hashed: no lone surrogate (what Python makes of
    bytes that are no UTF-8, from a command line or SAFEHOUSE_PASSWORD). A login with
    one fails like a wrong password, not with UnicodeEncodeError."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
