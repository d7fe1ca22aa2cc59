"""`python -m bench [NAME [ARGS...]]` from the repository root (`make bench BENCH_ARGS=...`).

Without a name every benchmark runs, one after the other, each in its own process (a benchmark
points the settings at its own throwaway database before importing the app). A benchmark is any
module of this package with a top-level ``main(argv) -> int`` (or ``async def main(argv)``);
helper modules (``_common``, ``baseline_status_updater``...) have none and are skipped. Its name
is the module's with dashes (``auth``, ``client-search``, ``status-updater``).
``python -m bench NAME --help`` lists a benchmark's options.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import pkgutil
import subprocess
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _has_main(name: str) -> bool:
    """A top-level ``main`` in the module's source (checked without importing it: importing a
    benchmark may configure the app for its own database)."""
    path = PACKAGE_DIR / f"{name}.py"
    if not path.is_file():
        return False
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "main" for node in tree.body
    )


def benchmarks() -> dict[str, str]:
    found = {}
    for module in pkgutil.iter_modules([str(PACKAGE_DIR)]):
        if module.name.startswith("_") or not _has_main(module.name):
            continue
        found[module.name.replace("_", "-")] = f"bench.{module.name}"
    return dict(sorted(found.items()))


def main(argv: list[str]) -> int:
    available = benchmarks()
    if argv and argv[0] in {"-h", "--help"}:
        print(__doc__)
        print("Benchmarks: " + ", ".join(available))
        return 0
    if argv and not argv[0].startswith("-"):
        name, rest = argv[0], argv[1:]
        if name not in available:
            print(f"No existe el benchmark «{name}». Disponibles: {', '.join(available)}", file=sys.stderr)
            return 2
        module = importlib.import_module(available[name])
        result = module.main(rest)
        if inspect.iscoroutine(result):
            result = asyncio.run(result)
        return int(result or 0)
    failed = []
    for name in available:
        print(f"\n== bench {name}", flush=True)
        rc = subprocess.call([sys.executable, "-m", "bench", name, *argv])  # noqa: S603 (our own module)
        if rc:
            failed.append(name)
    if failed:
        print(f"Fallaron: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
