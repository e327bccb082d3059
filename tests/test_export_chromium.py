"""A certificate opened in headless Chromium prints to a one- or two-page A4 PDF with the text on
it. Skips locally without Chromium/poppler; never skips on CI (CI=true)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from groupguide.export import build, write_export
from tests.export_helpers import context, example_group
from tests.needs import missing

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOPPM = shutil.which("pdftoppm")
PDFTOTEXT = shutil.which("pdftotext")
PDFINFO = shutil.which("pdfinfo")


def _need_tools() -> None:
    absent = [
        name
        for name, path in (
            ("chromium", CHROMIUM),
            ("pdftoppm", PDFTOPPM),
            ("pdftotext", PDFTOTEXT),
            ("pdfinfo", PDFINFO),
        )
        if path is None
    ]
    if absent:
        missing(
            f"system tools not installed: {', '.join(absent)}",
            "apt-get install chromium poppler-utils",
        )


def print_to_pdf(html: Path, pdf: Path) -> None:
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
            f"--user-data-dir={pdf.parent / 'profile'}",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def test_certificate_prints_to_a4(library, example_plan, tmp_path):
    _need_tools()
    group = example_group(library, example_plan)
    group.participants[0].name = "<script>alert(1)</script> Kari"
    written = write_export(tmp_path / "out", build("certificates", context(library, group)))
    html = next(p for p in written if "script-alert-1-script-kari" in p.name)
    pdf = tmp_path / "kari.pdf"
    print_to_pdf(html, pdf)
    info = subprocess.run([PDFINFO, str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    assert 1 <= pages <= 3
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Bekreftelse på deltakelse i gruppeveiledning" in text
    assert "<script>alert(1)</script> Kari" in text  # shown as text, not run
    assert "Underskrift gruppeveileder" in text and "Eva Solberg" in text
    assert "FKM LM-02" in text
    subprocess.run(
        [PDFTOPPM, "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=60
    )
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == pages and all(p.stat().st_size > 5000 for p in pngs)
