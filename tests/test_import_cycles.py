"""No import cycle in ``safehouse/``: a module never needs, even indirectly, a module that
needs it. Checked on the source with ``ast``: imports inside functions and under
``TYPE_CHECKING`` count too (a cycle hidden in a function is still a cycle of design)."""

from __future__ import annotations

import ast
from pathlib import Path

import safehouse

PACKAGE = Path(safehouse.__file__).parent

Graph = dict[str, set[str]]


def modules_of(root: Path, package: str) -> dict[str, tuple[Path, bool]]:
    """Every module under ``root`` by dotted name: (its file, whether it is a package)."""
    found: dict[str, tuple[Path, bool]] = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        found[".".join(parts)] = (path, is_package)
    return found


def _absolute(node: ast.ImportFrom, name: str, is_package: bool) -> str:
    """The module an ``from … import`` names, with relative imports resolved."""
    if node.level == 0:
        return node.module or ""
    here = name.split(".") if is_package else name.split(".")[:-1]
    base = here[: len(here) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def import_graph(root: Path, package: str) -> Graph:
    """Module → the modules of the same package it imports, anywhere in its file.

    ``from pkg import module`` counts as importing ``pkg.module``; ``from pkg import
    name`` as importing ``pkg`` (its ``__init__``).
    """
    modules = modules_of(root, package)
    graph: Graph = {}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        needs: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                needs.update(alias.name for alias in node.names if alias.name in modules)
            elif isinstance(node, ast.ImportFrom):
                source = _absolute(node, name, is_package)
                for alias in node.names:
                    if f"{source}.{alias.name}" in modules:
                        needs.add(f"{source}.{alias.name}")
                    elif source in modules:
                        needs.add(source)
        needs.discard(name)
        graph[name] = needs
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """One cycle (``a → b → … → a``) in each group of modules that import each other."""
    found: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack: list[tuple[str, list[str]]] = [(start, sorted(graph[start]))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, pending = stack[-1]
            if not pending:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
                continue
            nxt = pending.pop(0)
            if nxt in on_path:
                cycle = path[path.index(nxt):] + [nxt]
                if not any(set(cycle) <= set(seen) for seen in found):
                    found.append(cycle)
            elif nxt not in done and nxt in graph:
                stack.append((nxt, sorted(graph[nxt])))
                path.append(nxt)
                on_path.add(nxt)
    return found


def test_safehouse_has_no_import_cycle():
    graph = import_graph(PACKAGE, "safehouse")
    assert "safehouse.storage.db" in graph and graph["safehouse.storage.db"]
    found = [" → ".join(cycle) for cycle in cycles(graph)]
    assert found == [], "import cycles:\n" + "\n".join(found)


def test_the_checker_finds_a_cycle_however_it_is_hidden(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from pkg.sub import b\n")
    (pkg / "sub" / "b.py").write_text("def later():\n    from . import c\n")
    (pkg / "sub" / "c.py").write_text("from ..a import something\nimport pkg.d\n")
    (pkg / "d.py").write_text("import os\n")
    graph = import_graph(pkg, "pkg")
    assert graph == {
        "pkg": set(), "pkg.sub": set(), "pkg.a": {"pkg.sub.b"}, "pkg.sub.b": {"pkg.sub.c"},
        "pkg.sub.c": {"pkg.a", "pkg.d"}, "pkg.d": set(),
    }
    assert cycles(graph) == [["pkg.a", "pkg.sub.b", "pkg.sub.c", "pkg.a"]]

    (pkg / "sub" / "c.py").write_text("import pkg.d\n")
    assert cycles(import_graph(pkg, "pkg")) == []
