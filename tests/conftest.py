from __future__ import annotations

from pathlib import Path

import pytest

from groupguide.i18n import set_language
from tests.needs import REPO


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
