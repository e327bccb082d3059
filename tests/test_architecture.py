"""Imports point one way: the domain never loads Textual, Rich or I/O-heavy libraries."""

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_domain_imports_no_textual_or_rich():
    code = (
        "import sys, pkgutil, importlib, groupguide.domain as d\n"
        "for m in pkgutil.iter_modules(d.__path__): importlib.import_module('groupguide.domain.'+m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich', 'tinydb', 'aiohttp', 'yaml', 'filelock')]\n"
        "print(','.join(bad)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_store_and_exports_import_no_textual():
    for module in ("groupguide.store", "groupguide.plans", "groupguide.curricula",
                   "groupguide.cli"):
        code = (f"import sys, {module}\n"
                "sys.exit(1 if any(m.startswith('textual') for m in sys.modules) else 0)")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                cwd=REPO)
        assert result.returncode == 0, module + result.stderr


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    found = {".".join(p.parent.relative_to(REPO).parts)
             for p in (REPO / "groupguide").rglob("__init__.py")}
    assert found <= listed, found - listed
