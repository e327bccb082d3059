"""The wheel carries the shipped catalogues, activities and example plan, and an installed copy
finds them (a non-editable install must work on a fresh machine)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# One wheel build for the module: with the parallel suite both tests run on one worker (pip builds
# in the source tree, and two builds at once would share its build/ folder).
pytestmark = pytest.mark.xdist_group("wheel")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(result.stderr[-2000:])
    return next(out.glob("groupguide-*.whl"))


def test_wheel_ships_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "groupguide/shipped_curricula/fkm.yaml",
        "groupguide/shipped_curricula/klk-del1.yaml",
        "groupguide/shipped_sessions/activities.yaml",
        "groupguide/shipped_sessions/example-plan.yaml",
        "groupguide/tui/app.tcss",
    ):
        assert expected in names, expected
    for tcss in REPO.glob("groupguide/**/*.tcss"):
        assert str(tcss.relative_to(REPO)) in names, tcss


def test_installed_copy_finds_builtin_files(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "from groupguide.paths import builtin_dir; from groupguide.library import Library;"
        "lib = Library.load(None); print(builtin_dir('sessions'), len(lib.goals),"
        " len(lib.activities))"
    )
    env = {"PYTHONPATH": str(target), "GROUPGUIDE_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    path, goals, activities = result.stdout.split()
    assert path.startswith(str(target)) and goals == "26" and int(activities) >= 7
    assert list((tmp_path / "cache").glob("catalogues-*.json"))  # the installed copy caches too


def test_wheel_ships_the_pdf_fonts_with_their_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "LICENSE"):
        assert f"groupguide/export/pdf/fonts/{name}" in names, name
    for font in REPO.glob("groupguide/export/pdf/fonts/*.ttf"):
        assert str(font.relative_to(REPO)) in names, font


def test_installed_copy_writes_a_pdf_with_its_own_fonts(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "from groupguide.export.document import Document, Printable;"
        "from groupguide.export.pdf import render_pdf;"
        "from reportlab.pdfbase import pdfmetrics;"
        "data = render_pdf(Printable('x', 'T', (Document('# Nguyễn Thị Lan'),)));"
        "print(data[:5].decode(), pdfmetrics.getFont('GroupguideSans').face.filename)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(target)},
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    magic, font = result.stdout.split()
    assert magic == "%PDF-" and font.startswith(str(target)), result.stdout
