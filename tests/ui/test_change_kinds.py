"""Change kinds are an enum: the services emit its members, the change hub passes them on
as they are, and every kind reaches a view that reloads on it (its ``RELOAD_ON``)."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import safehouse
import safehouse.ui
from safehouse.changes import Change, ChangeKind
from safehouse.storage.db import Database
from safehouse.ui.context import ChangeHub

PACKAGE = Path(safehouse.__file__).parent


def emitted_kinds() -> set[str]:
    """The kinds the services and storage name (``ChangeKind.X``), by member name."""
    found: set[str] = set()
    for folder in ("services", "storage"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                        and node.value.id == "ChangeKind"):
                    found.add(node.attr)
    return found


def reload_lists() -> dict[str, frozenset[object]]:
    """Every ``RELOAD_ON`` of a class in safehouse.ui, by class."""
    found: dict[str, frozenset[object]] = {}
    for info in pkgutil.walk_packages(safehouse.ui.__path__, "safehouse.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and "RELOAD_ON" in vars(cls):
                found[f"{info.name}.{name}"] = vars(cls)["RELOAD_ON"]
    return found


def test_every_kind_is_emitted_by_a_service():
    unused = sorted(k.name for k in ChangeKind if k.name not in emitted_kinds())
    assert not unused, f"kinds no service emits: {unused}"


def test_views_reload_on_real_kinds_and_every_kind_reaches_a_view():
    lists = reload_lists()
    assert "safehouse.ui.members.page.MembersPage" in lists
    strays = {view: sorted(str(k) for k in kinds if not isinstance(k, ChangeKind))
              for view, kinds in lists.items()}
    assert not any(strays.values()), f"not ChangeKinds: {strays}"
    watched = set().union(*lists.values())
    unheard = sorted(k.value for k in ChangeKind if k not in watched)
    assert not unheard, f"kinds no view reloads on: {unheard}"


def test_the_hub_passes_the_kind_on_as_an_enum(qtbot, sqlite_db: Database):
    hub = ChangeHub(sqlite_db)
    try:
        with qtbot.waitSignal(hub.sig_changed) as signal:
            sqlite_db.notify(Change(ChangeKind.KEEP_AWAY, (7,)))
        kind, ids = signal.args
        assert kind is ChangeKind.KEEP_AWAY and ids == [7]
    finally:
        hub.detach()
