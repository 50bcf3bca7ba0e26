"""Starts writers quickly: importing the program takes two seconds on a busy machine, and
a login half a second, so the harness starts this launcher once: it imports everything,
logs in, closes its connections, and forks a fresh writer process for each kill.

A writer started ``login`` logs in itself first, exactly as ``python -m
tests.crash.writer`` does (its kill may fall in the login, which writes too); one
started ``session`` uses the launcher's login (the keys in memory) and opens its own
connections after the fork.

Commands on stdin, one a line; answers on stdout:

    go <seed> <output file> login|session  ->  pid <pid>
                                           ->  exit <pid> <status>  (-9: killed)

The writer's lines go to the output file, its errors to <file>.err. End of input ends
the launcher.
"""

from __future__ import annotations

import os
import sys
import traceback

from safehouse.services import access
from tests.crash import writer


def _child(args: list[str], output: str, mode: str, opened: access.Opened) -> None:
    out = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    err = os.open(output + ".err", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(out, 1)
    os.dup2(err, 2)
    os.close(out)
    os.close(err)
    code = 1
    try:
        if mode == "login":
            code = writer.main(args)
        else:
            writer.write(opened.db, opened.actor, writer.parser().parse_args(args))
            code = 0
    except BaseException:  # shown in <file>.err, the harness fails on it
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main() -> int:
    base = ["--db", sys.argv[1]] + (["--schema", sys.argv[2]] if len(sys.argv) > 2 else [])
    opened = writer.log_in(writer.parser().parse_args(base))
    opened.db.engine.dispose()  # no connection crosses the fork
    for line in sys.stdin:
        command, seed, output, mode = line.split()
        assert command == "go" and mode in ("login", "session")
        pid = os.fork()
        if pid == 0:
            _child([*base, "--seed", seed], output, mode, opened)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        print(f"exit {pid} {code}", flush=True)
    opened.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
