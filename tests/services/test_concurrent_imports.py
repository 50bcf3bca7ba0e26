"""Two imports at once, each through its own connection (as two windows or a window and
the command line would): they are serialised, or the second is refused with a clear
message; no code is given twice and the code counter never moves back."""

from __future__ import annotations

import threading
from datetime import date

from sqlalchemy import select

from safehouse.errors import ConflictError
from safehouse.models import Counter, Member
from safehouse.services import member_csv, members
from safehouse.services.dto.imports import ImportResult
from safehouse.services.dto.people import MemberInput
from safehouse.services.member_rules import code_number
from safehouse.storage.db import Database

TODAY = date(2026, 3, 1)
HEADER = "code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"
ROWS = 300
TIME_LIMIT = 60  # seconds, for everything


def csv_bytes(rows: list[str]) -> bytes:
    return ("\r\n".join((HEADER, *rows)) + "\r\n").encode("utf-8")


def new_rows(prefix: str, n: int = ROWS) -> list[str]:
    return [f",{prefix}{i},,female,1990,active,2024-05-01,," for i in range(n)]


def at_once(db: Database, admin, files: list[bytes]) -> list[ImportResult | Exception]:  # type: ignore[no-untyped-def]
    """Import every file at the same moment, each in a thread with its own engine."""
    start = threading.Barrier(len(files))
    results: list[ImportResult | Exception | None] = [None] * len(files)

    def work(n: int, data: bytes) -> None:
        own = Database(db.url, schema=db.schema, key=db.key)
        try:
            start.wait(timeout=TIME_LIMIT)
            results[n] = member_csv.import_members(own, admin, data, today=TODAY)
        except Exception as err:  # noqa: BLE001 - the test looks at what each got
            results[n] = err
        finally:
            own.dispose()

    threads = [threading.Thread(target=work, args=(n, data), daemon=True)
               for n, data in enumerate(files)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=TIME_LIMIT)
    assert not any(t.is_alive() for t in threads), "an import never finished"
    assert all(r is not None for r in results)
    return [r for r in results if r is not None]


def stored(db: Database) -> tuple[list[str], int]:
    with db.transaction() as s:
        codes = list(s.scalars(select(Member.code)))
        counter = s.get(Counter, members.CODE_COUNTER)
        return codes, counter.value if counter else 0


def settled(results: list[ImportResult | Exception]) -> list[ImportResult]:
    """Each import either wrote all its rows or was refused plainly; none failed."""
    done = []
    for r in results:
        if isinstance(r, ConflictError):
            assert "Try again" in r.message
            continue
        assert isinstance(r, ImportResult), repr(r)
        assert r.ok, r.problems
        done.append(r)
    assert done, "neither import went through"
    return done


def test_two_imports_of_new_members_at_once_give_each_her_own_code(db, admin):
    results = at_once(db, admin, [csv_bytes(new_rows("가")), csv_bytes(new_rows("나"))])
    done = settled(results)
    codes, counter = stored(db)
    assert len(codes) == len(set(codes)) == ROWS * len(done)
    assert counter == max(code_number(c) or 0 for c in codes) == ROWS * len(done)


def test_the_counter_never_moves_back_when_an_import_gives_high_codes(db, admin):
    members.create_member(db, admin, MemberInput(name="김하나"))  # the counter at 1
    high = [f"M-{5000 + i},다{i},,female,1990,active,2024-05-01,," for i in range(ROWS)]
    results = at_once(db, admin, [csv_bytes(high), csv_bytes(new_rows("라"))])
    done = settled(results)
    codes, counter = stored(db)
    assert len(codes) == len(set(codes)) == 1 + ROWS * len(done)
    assert counter == max(code_number(c) or 0 for c in codes)
    if isinstance(results[0], ImportResult):
        assert counter >= 5000 + ROWS - 1
    after = members.create_member(db, admin, MemberInput(name="이은비"))
    assert code_number(after.code) == counter + 1
