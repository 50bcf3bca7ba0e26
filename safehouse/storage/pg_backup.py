"""PostgreSQL backups: ``pg_dump --format=custom`` encrypted on the way to the file, and
``pg_restore`` fed by decrypting it (the format is :mod:`safehouse.storage.backup_stream`).

The client programs get the connection on their command line and environment (the
password only in ``PGPASSWORD``); their error output names tables and the server, never
rows.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL

from safehouse.errors import DatabaseError, translate
from safehouse.storage.backup_stream import decrypt_stream, encrypt_stream
from safehouse.storage.db import Database


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DatabaseError(translate(
            "errors", "{tool} was not found. Install the PostgreSQL client programs (the "
            "same major version as the server, or newer) and make sure {tool} is on the "
            "PATH.").format(tool=name))
    return found


_SSL_ENV = {"sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
            "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY", "sslcrl": "PGSSLCRL"}


def pg_connection(url: URL) -> tuple[list[str], dict[str, str]]:
    """Command-line arguments and environment for the PostgreSQL client programs.

    The password goes into ``PGPASSWORD``, never onto the command line.
    """
    args = ["--no-password"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    for name, variable in _SSL_ENV.items():
        value = url.query.get(name)
        if isinstance(value, str):
            env[variable] = value
    return args, env


def _schema_args(db: Database) -> list[str]:
    return ["--schema", db.schema] if db.schema else []


def _tool_failed(name: str, stderr: bytes) -> DatabaseError:
    # The tools' messages name tables and the server, never rows.
    said = stderr.decode("utf-8", "replace").strip().splitlines()
    detail = f": {said[-1][:300]}" if said else ""
    return DatabaseError(translate("errors", "{tool} failed{detail}").format(
        tool=name, detail=detail))


def dump_pg(db: Database, target: Path) -> tuple[str, dict[str, int]]:
    """``pg_dump --format=custom`` of the database (or its schema), encrypted into
    ``target`` (a new or empty file); returns the schema and the row counts of its
    tables as dumped: counted in the snapshot that ``pg_dump`` is given (``--snapshot``)."""
    assert db.key is not None
    tool = _pg_tool("pg_dump")
    conn_args, env = pg_connection(db.url)
    with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
        snapshot = str(conn.execute(text("SELECT pg_export_snapshot()")).scalar_one())
        schema = db.schema or str(conn.execute(text("SELECT current_schema()")).scalar_one())
        tables = conn.execute(text(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = :schema "
            "AND table_type = 'BASE TABLE'"), {"schema": schema}).scalars().all()
        counts = {str(name): int(conn.execute(text(
            f'SELECT count(*) FROM "{schema}"."{name}"')).scalar_one()) for name in tables}
        cmd = [tool, "--format=custom", f"--snapshot={snapshot}", *conn_args,
               *_schema_args(db), "--dbname", str(db.url.database)]
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with tempfile.TemporaryFile() as errors, os.fdopen(fd, "wb") as out:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, env=env)
            assert proc.stdout is not None
            try:
                encrypt_stream(proc.stdout, out, db.key)
            finally:
                proc.stdout.close()
                code = proc.wait()
            out.flush()
            os.fsync(out.fileno())
            if code != 0:
                errors.seek(0)
                raise _tool_failed("pg_dump", errors.read())
        conn.rollback()
    return schema, counts


def _feed(proc: subprocess.Popen[bytes], backup: Path, key: bytes) -> None:
    assert proc.stdin is not None
    try:
        with backup.open("rb") as source:
            for chunk in decrypt_stream(source, key):
                proc.stdin.write(chunk)
    except BrokenPipeError:
        pass  # the tool stopped early; its exit status says why
    except BaseException:
        proc.kill()
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()
        proc.wait()
        raise
    finally:
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()


@dataclass
class DumpContents:
    """What a PostgreSQL backup holds, read back from it: its tables' row counts (of
    the schema it was made of) and its active administrators."""

    counts: dict[str, int] = field(default_factory=dict)
    administrators: int = 0


_COPY = re.compile(r'^COPY ((?:"[^"]+"|[^ ."]+)\.)?("[^"]+"|[^ ."]+) \((.*)\) FROM stdin;$')


def _unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def _read_script(lines: Iterable[bytes], contents: DumpContents, schema: str | None) -> None:
    table: str | None = None
    columns: list[str] = []
    for raw in lines:
        line = raw.decode("utf-8", "replace").rstrip("\n")
        if table is None:
            match = _COPY.match(line)
            if match is None:
                continue
            owner = _unquote(match.group(1)[:-1]) if match.group(1) else None
            if schema is not None and owner not in (None, schema):
                continue
            table = _unquote(match.group(2))
            columns = [_unquote(c.strip()) for c in match.group(3).split(",")]
            contents.counts[table] = 0
            continue
        if line == "\\.":
            table = None
            continue
        contents.counts[table] += 1
        if table == "users":
            row = dict(zip(columns, line.split("\t"), strict=False))
            if row.get("role") == "administrator" and row.get("active") == "t":
                contents.administrators += 1


def check_pg(backup: Path, key: bytes, *, schema: str | None = None) -> DumpContents:
    """Decrypt every frame and have ``pg_restore`` read the whole archive back as SQL;
    returns what it holds. DatabaseError when either fails or the archive is not of a
    Safehouse database. ``schema``: count only that schema's tables."""
    if not backup.is_file():
        raise DatabaseError(translate("errors", "There is no backup file at {path}.").format(
            path=backup))
    tool = _pg_tool("pg_restore")
    contents = DumpContents()
    failed: list[BaseException] = []

    def feed(proc: subprocess.Popen[bytes]) -> None:
        try:
            _feed(proc, backup, key)
        except BaseException as error:  # handed to the reading thread below
            failed.append(error)

    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([tool, "--file=-"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=errors)
        feeder = threading.Thread(target=feed, args=(proc,), daemon=True)
        feeder.start()
        assert proc.stdout is not None
        try:
            _read_script(proc.stdout, contents, schema)
        finally:
            proc.stdout.close()
            code = proc.wait()
            feeder.join()
        if failed:
            raise failed[0]
        if code != 0:
            errors.seek(0)
            raise DatabaseError(translate("errors", "The backup {file} is damaged ({why}).")
                                .format(file=backup.name,
                                        why=_tool_failed("pg_restore", errors.read())))
    if "alembic_version" not in contents.counts:
        raise DatabaseError(translate("errors", "The backup {file} is not of a Safehouse "
                                      "database.").format(file=backup.name))
    return contents


def restore_pg(db: Database, backup: Path, key: bytes) -> None:
    """Decrypt a checked backup into ``pg_restore --clean --if-exists``, in one
    transaction: if it fails, the database is as it was."""
    tool = _pg_tool("pg_restore")
    conn_args, env = pg_connection(db.url)
    cmd = [tool, "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
           "--no-owner", *conn_args, *_schema_args(db), "--dbname", str(db.url.database)]
    db.dispose()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=errors, env=env)
        _feed(proc, backup, key)
        if proc.wait() != 0:
            errors.seek(0)
            raise _tool_failed("pg_restore", errors.read())
