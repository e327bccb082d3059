"""Golden files: every export of the example plan (attendance and held blocks set in its first two
gatherings), byte for byte. Regenerate after a deliberate change with
``GROUPGUIDE_UPDATE_GOLDEN=1 python -m pytest tests/test_export_golden.py`` and review the diff."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from groupguide.export import KINDS, build
from tests.export_helpers import context, example_group

GOLDEN = Path(__file__).resolve().parent / "golden" / "export"
UPDATE = os.environ.get("GROUPGUIDE_UPDATE_GOLDEN") == "1"

# Files compared byte for byte (None: every file of that kind); the Markdown previews as well.
PICK = {
    "certificates": [
        "bekreftelse-jonas-dahl.html",
        "bekreftelse-maria-nilsen.html",
        "bekreftelse-emil-strand.html",
    ],
    "report": None,
    "closeout": None,
    "handout": None,
    "supervisors": ["individuell-veileder-nils-vik.html"],
    "letters": ["brev-individuell-veileder-nils-vik.html"],
    "attendance": None,
    "ics": None,
}


def _compare(name: str, data: bytes) -> None:
    """Compare with the golden file; write it only when asked (a missing one fails, never passes)."""
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return
    if not path.is_file():
        pytest.fail(
            f"golden file {path} is missing: write it with GROUPGUIDE_UPDATE_GOLDEN=1 "
            f"and review it before committing",
            pytrace=False,
        )
    assert data == path.read_bytes(), f"{name} differs from the golden file"


def _evaluations(group, data_dir: Path):
    """What the app passes: no answers yet in a fresh data folder."""
    from groupguide.export.evaluation import evaluation_status

    return {g.id: evaluation_status(data_dir, group, g) for g in group.gatherings}


@pytest.mark.parametrize("kind", KINDS)
def test_golden(kind, library, example_plan, tmp_path):
    group = example_group(library, example_plan)
    export = build(kind, context(library, group), None, _evaluations(group, tmp_path))
    assert export.files
    wanted = PICK[kind]
    files = [f for f in export.files if wanted is None or f.name in wanted]
    assert wanted is None or len(files) == len(wanted)
    for file in files:
        _compare(file.name, file.data())


def test_golden_previews(library, example_plan, tmp_path):
    """The Markdown the HTML is rendered from, for reading in a review."""
    group = example_group(library, example_plan)
    ctx = context(library, group)
    evaluations = _evaluations(group, tmp_path)
    for kind in ("certificates", "report", "closeout", "handout", "supervisors", "letters"):
        _compare(f"{kind}.md", build(kind, ctx, None, evaluations).preview.encode("utf-8"))
