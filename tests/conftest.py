from __future__ import annotations

import os
from pathlib import Path

import pytest

from groupguide.i18n import set_language
from tests.needs import REPO


@pytest.fixture(autouse=True, scope="session")
def _no_home_folders(tmp_path_factory):
    """No test (nor an app or CLI it starts in a subprocess) reads or writes the real user data
    folder: one of this session's own (each parallel worker has its own session)."""
    saved = os.environ.get("GROUPGUIDE_DATA_DIR")
    os.environ["GROUPGUIDE_DATA_DIR"] = str(tmp_path_factory.mktemp("user-data"))
    yield
    if saved is None:
        os.environ.pop("GROUPGUIDE_DATA_DIR", None)
    else:
        os.environ["GROUPGUIDE_DATA_DIR"] = saved


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
