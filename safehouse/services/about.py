"""What Help → About shows: the program's version (its package metadata, the one
source), the schema revision the open database is at, and the licences of the program
and of the works it ships (the Korean font, the icons), with their full texts."""

from __future__ import annotations

from importlib import metadata, resources

from safehouse import version
from safehouse.services.dto.about import AboutFacts, Notice
from safehouse.storage import migrate
from safehouse.storage.db import Database

# The works shipped in resources/, each with its licence file beside it.
BUNDLED = (
    ("font", "Nanum Gothic (NAVER)", "SIL Open Font License 1.1",
     ("fonts", "OFL-NanumGothic.txt")),
    ("icons", "Lucide", "ISC", ("icons", "LICENSE-lucide.txt")),
    ("app_icon", "Safehouse icon", "CC0 1.0", ("icons", "LICENSE-safehouse-icon.txt")),
)
LICENCE_FILES = ("LICENSE", "LICENCE", "COPYING")


def program_licence() -> tuple[str | None, str | None]:
    """The licence the package's metadata states (``License-Expression``, or the older
    ``License``), and the text of a licence file it ships; None for what is absent."""
    try:
        dist = metadata.distribution("safehouse")
    except metadata.PackageNotFoundError:
        return None, None
    meta = dist.metadata
    stated = next(iter((meta.get_all("License-Expression") or [])
                       + (meta.get_all("License") or [])), None)
    text = None
    for file in dist.files or ():
        if file.name.upper().split(".")[0] in LICENCE_FILES:
            text = file.read_text(encoding="utf-8")
            break
    return (stated.strip() if stated else None), text


def about(db: Database) -> AboutFacts:
    """The facts of Help → About for the open database (one short read: its revision)."""
    stated, text = program_licence()
    folder = resources.files("safehouse.resources")
    notices = [Notice(key, work, licence, folder.joinpath(*path).read_text(encoding="utf-8"))
               for key, work, licence, path in BUNDLED]
    if text:
        notices.insert(0, Notice("program", "Safehouse", stated or "", text))
    return AboutFacts(version=version(), revision=migrate.current_revision(db),
                      program_licence=stated, notices=tuple(notices))
