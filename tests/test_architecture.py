"""Imports point one way (README "Layers"): the domain never loads Textual, Rich or I/O-heavy
libraries; nothing below the front doors loads Textual; the contract in pyproject.toml holds."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "groupguide"


def test_domain_imports_no_textual_or_rich():
    code = (
        "import sys, pkgutil, importlib, groupguide.domain as d\n"
        "for m in pkgutil.iter_modules(d.__path__): importlib.import_module('groupguide.domain.'+m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich', 'tinydb', 'aiohttp', 'yaml', 'filelock')]\n"
        "print(','.join(bad)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "package",
    [
        "groupguide.services",
        "groupguide.export",
        "groupguide.evaluation",
        "groupguide.phone",
        "groupguide.store",
        "groupguide.cli",
    ],
)
def test_layers_below_the_tui_load_no_textual(package):
    """Every module of the package imported, in a fresh interpreter: no textual, no rich."""
    code = (
        "import sys, pkgutil, importlib\n"
        f"p = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "bad = sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'})\n"
        "print(','.join(bad)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, package + result.stdout + result.stderr


def test_export_builders_load_no_store():
    """The pure document builders need neither TinyDB nor the lock."""
    code = (
        "import sys, groupguide.export, groupguide.export.output\n"
        "bad = sorted({m.split('.')[0] for m in sys.modules} & {'tinydb', 'filelock'})\n"
        "bad += [m for m in sys.modules if m.startswith('groupguide.store')]\n"
        "print(','.join(bad)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tui_never_reaches_into_the_store():
    """Screens read and save through the workspace (``app.services``), never its store."""
    offenders = [
        str(p.relative_to(REPO))
        for p in (PACKAGE / "tui").rglob("*.py")
        if "services.store" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_import_contract_holds():
    """``lint-imports``: the layers, the TUI kept from the store, a pure domain, no cycles."""
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.fail("lint-imports is missing: pip install -e '.[test]'")
    result = subprocess.run(
        [exe, "--no-cache"], capture_output=True, text=True, cwd=REPO, timeout=300
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_no_module_is_over_400_lines():
    """A module past 400 lines wants a home of its own for part of it (issue 14). The largest
    today: tui/screens/run.py, domain/runstate.py, tui/screens/evaluation_results.py."""
    long = {
        str(p.relative_to(REPO)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}, long


def test_every_package_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(REPO).parts)
        for p in (REPO / "groupguide").rglob("__init__.py")
    }
    assert found <= listed, found - listed
