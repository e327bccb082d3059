from __future__ import annotations

import os
from pathlib import Path

import pytest

from groupguide.i18n import set_language
from groupguide.paths import ENV_CACHE_DIR, ENV_DATA_DIR
from tests.needs import REPO


@pytest.fixture(autouse=True, scope="session")
def _no_home_folders(tmp_path_factory):
    """No test (nor an app or CLI it starts in a subprocess) reads or writes the real user data
    or cache folder: this session's own (each parallel worker has its own session)."""
    saved = {name: os.environ.get(name) for name in (ENV_DATA_DIR, ENV_CACHE_DIR)}
    os.environ[ENV_DATA_DIR] = str(tmp_path_factory.mktemp("user-data"))
    os.environ[ENV_CACHE_DIR] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def _norwegian():
    set_language("nb")
    yield
    set_language("nb")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def library():
    from groupguide.library import Library

    lib = Library.load(None)
    assert not lib.problems, [str(p) for p in lib.problems]
    return lib


@pytest.fixture
def example_plan() -> Path:
    return REPO / "sessions" / "example-plan.yaml"
