"""One window per database and user: a second start of the program for the same
database, by the same user of the computer, brings the open window forward instead of
showing a second login.

The first start takes a lock file and listens on a local socket (a named pipe on
Windows); a later start finds the lock taken, connects, says ``raise`` and exits. Both
are named by a hash of the database (its file's full path, or its server URL without the
password) and the computer's user name (the login has not happened yet: the program's
own user is not known), so the names say neither. They live in the user's own runtime
folder (``$XDG_RUNTIME_DIR`` on Linux; the user's temporary folder on Windows), where
no other user can put a socket of theirs. A lock or a socket left by a crash is taken
over: the lock names its process, which is gone, and the socket is removed before
listening anew. Should the first program not answer (hung), the second starts as if
alone, as it did before there was a guard.

Only QtCore and QtNetwork: a second start asks here before it loads the rest of the
program (see :func:`safehouse.app.run_app`).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import stat
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEventLoop, QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

PREFIX = "safehouse-"
RAISE = b"raise\n"
ANSWER = b"ok\n"
WAIT_MS = 2000  # for each step of the conversation with the first program
CONNECT_SECONDS = 3.0  # the first program may be between its lock and its socket


def os_user() -> str:
    """The computer's user running the program (not the Safehouse account)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no name for this user id
        return str(os.getuid()) if hasattr(os, "getuid") else ""


def instance_name(database: str, user: str | None = None) -> str:
    """The guard's name for ``database`` (a file's full path or a URL without its
    password) and ``user``: a hash, so that neither is readable in it."""
    who = os_user() if user is None else user
    digest = hashlib.sha256(f"{database}\0{who}".encode()).hexdigest()
    return PREFIX + digest[:32]


def runtime_folder() -> str:
    """Where the lock file (and, but on Windows, the socket) go: the user's own folder;
    "" for the temporary folder when no private one can be had."""
    if sys.platform == "win32":
        return QDir.tempPath()  # %TEMP%, in the user's profile
    if os.environ.get("XDG_RUNTIME_DIR"):
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.RuntimeLocation)
    # No runtime folder (a session without a login manager): one of our own in the
    # temporary folder, private to this user (Qt would do the same, with a warning).
    folder = os.path.join(QDir.tempPath(), f"safehouse-{os.getuid()}")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return ""
    private = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() \
        and not info.st_mode & 0o077
    return folder if private else ""


class InstanceGuard(QObject):
    """``claim()`` once at start-up: True for the first program (it now listens and
    emits ``sig_raise_requested`` when another start asks it to come forward), False
    when another program answered (it was asked to come forward; this one should exit).

    ``folder``: for the tests; the user's runtime folder otherwise."""

    sig_raise_requested = Signal()

    def __init__(self, name: str, folder: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        base = folder if folder is not None else runtime_folder()
        self.name = name
        # A full path on Unix puts the socket in the private folder; a pipe on Windows.
        self.server_name = name if sys.platform == "win32" or not base else \
            os.path.join(base, name)
        self._lock = QLockFile(os.path.join(base or QDir.tempPath(), name + ".lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def claim(self) -> bool:
        if self._lock.tryLock(0):
            self._listen()
            return True
        if self._ask_to_raise():
            return False
        log.warning("another start holds the instance lock but does not answer")
        return True

    def already_open(self) -> str:
        """What a later start says before it exits."""
        return self.tr("Safehouse is already open for this database; its window has been "
                       "brought forward.")

    def release(self) -> None:
        """Stop listening and let go of the lock (the program is closing)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    # --- the first program ----------------------------------------------------------

    def _listen(self) -> None:
        QLocalServer.removeServer(self.server_name)  # a socket left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_server_new_connection)
        if server.listen(self.server_name):
            self._server = server
        else:  # the program runs unguarded, as before
            log.warning("the single-instance socket cannot listen: %s", server.errorString())

    def _on_server_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))


    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > 64:  # not ours
                socket.abort()
            return
        line = bytes(socket.readLine(64).data())
        if line == RAISE:
            socket.write(ANSWER)
            socket.flush()
            self.sig_raise_requested.emit()
        socket.disconnectFromServer()

    # --- a later program --------------------------------------------------------------

    def _ask_to_raise(self) -> bool:
        """Ask the first program to come forward: True when it answered. It may be
        between its lock and its socket: the connection is tried for a few seconds."""
        deadline = time.monotonic() + CONNECT_SECONDS
        while True:
            answered = self._converse()
            if answered is not None:
                return answered
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)

    def _converse(self) -> bool | None:
        """One connection: None when there was none, else whether the answer came. Run
        in a local event loop, not with the blocking waits: those would hold Python's
        lock, and the guard that answers may be in this same process (the tests)."""
        socket = QLocalSocket()
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        state = {"connected": False, "over": False}
        answer = bytearray()

        def finish() -> None:
            state["over"] = True
            loop.quit()

        def on_connected() -> None:
            state["connected"] = True
            socket.write(RAISE)
            socket.flush()

        def on_ready_read() -> None:
            answer.extend(bytes(socket.readAll().data()))
            if ANSWER in answer or len(answer) > 64:
                finish()

        socket.connected.connect(on_connected)
        socket.readyRead.connect(on_ready_read)
        socket.disconnected.connect(finish)
        socket.errorOccurred.connect(lambda _error: finish())
        socket.connectToServer(self.server_name)
        if not state["over"]:
            timer.start(WAIT_MS)
            loop.exec()
            timer.stop()
        socket.abort()
        if not state["connected"]:
            return None
        return bytes(answer).startswith(ANSWER)


def bring_forward(window: QWidget | None) -> None:
    """Show ``window`` (or the dialog that is modal over everything, such as the login)
    in front, restored if minimised; where the desktop refuses to hand over the focus,
    its taskbar entry asks for attention."""
    from PySide6.QtWidgets import QApplication  # loaded by then: the first program's

    target = QApplication.activeModalWidget() or window
    if target is None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        target = visible[0] if visible else None
    if target is None:
        return
    if target.isMinimized():
        target.showNormal()
    target.show()
    target.raise_()
    target.activateWindow()
    QApplication.alert(target)
