"""What a test needs from outside the repository: a system tool, the seed documents.

Locally a missing input skips the test with a reason that says what to install. Under CI
(``CI=true``) it fails instead, so that a green CI run never hides a test that did not run:
``.ci/run`` installs every tool, and CI's checkout has ``../shared/seeds`` beside it.
"""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# The Norwegian source documents; GROUPGUIDE_SEEDS points elsewhere (e.g. to prove that a missing
# folder fails under CI).
SEEDS = Path(os.environ.get("GROUPGUIDE_SEEDS") or REPO.parent / "shared" / "seeds")


def missing(what: str, hint: str = "") -> NoReturn:
    """Skip locally, fail under CI: ``what`` is missing (``hint`` says how to get it)."""
    reason = f"{what}{f' ({hint})' if hint else ''}"
    if IN_CI:
        pytest.fail(f"{reason}: required under CI=true", pytrace=False)
    pytest.skip(reason)


def missing_part(what: str, hint: str = "") -> None:
    """Like ``missing`` for one check inside a test whose other checks still run: a warning in
    the summary locally, a failure under CI."""
    reason = f"{what}{f' ({hint})' if hint else ''}"
    if IN_CI:
        pytest.fail(f"{reason}: required under CI=true", pytrace=False)
    warnings.warn(f"not checked: {reason}", pytest.PytestWarning, stacklevel=2)


def tool(name: str, package: str) -> str:
    """The path of the system tool ``name`` (Debian package ``package``)."""
    path = shutil.which(name)
    if path is None:
        missing(f"system tool {name} not installed", f"apt-get install {package}")
    return path


def seed(name: str) -> Path:
    """A seed document by file name, from the seeds folder."""
    path = SEEDS / name
    if not path.is_file():
        missing(
            f"seed document {name} not found in {SEEDS}",
            "CI's checkout has ../shared/seeds; GROUPGUIDE_SEEDS overrides the folder",
        )
    return path
