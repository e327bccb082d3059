"""``groupguide export …`` end to end on a temporary data folder."""

from __future__ import annotations

import csv

import pytest

from groupguide.main import main

GROUP = "LIS1 Vestland høst 2026"


@pytest.fixture
def loaded(data_dir, example_plan):
    assert main(["--data-dir", str(data_dir), "import", str(example_plan)]) == 0
    return data_dir


@pytest.mark.parametrize(
    "kind,count",
    [
        ("certificates", 9),
        ("attendance", 2),
        ("report", 2),
        ("closeout", 2),  # the PDF and the matrix as CSV
        ("handout", 1),
        ("ics", 1),
        ("supervisors", 4),
        ("letters", 4),
    ],
)
def test_export_kinds(loaded, tmp_path, capsys, kind, count):
    out = tmp_path / "out"
    assert (
        main(["--data-dir", str(loaded), "export", kind, "--group", GROUP, "--out", str(out)]) == 0
    )
    files = sorted(p for p in out.iterdir())
    assert len(files) == count
    assert capsys.readouterr().out.count("Skrev ") == count


def test_closeout_is_the_whole_half_years(loaded, tmp_path, capsys):
    out = tmp_path / "out"
    args = ["--data-dir", str(loaded), "export", "closeout", "--group", GROUP, "--out", str(out)]
    assert main([*args, "--format", "both"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "sluttrapport-lis1-vestland-host-2026.html",
        "sluttrapport-lis1-vestland-host-2026.pdf",
        "sluttrapport-oppmote-lis1-vestland-host-2026.csv",
    ]
    html = (out / names[0]).read_text(encoding="utf-8")
    assert "Sluttrapport for halvåret (foreløpig)" in html and "Trenger å ta igjen" in html
    # the evaluations are read from the data folder: none answered yet
    assert "Ingen har svart på den skriftlige evalueringen" in html
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:  # one gathering is not a close-out
        main([*args, "--gathering", "1", "--force"])
    assert exit_info.value.code == 2 and "--gathering" in capsys.readouterr().err


def test_one_participants_certificate_and_supervisor_summary(loaded, tmp_path, capsys):
    base = ["--data-dir", str(loaded), "export"]
    out = tmp_path / "one"
    assert (
        main([*base, "certificates", "--group", GROUP, "--out", str(out), "--participant", "kari"])
        == 0
    )
    assert [p.name for p in out.iterdir()] == ["bekreftelse-kari-nordmann.pdf"]
    assert (
        main(
            [
                *base,
                "supervisors",
                "--group",
                GROUP,
                "--out",
                str(out),
                "--participant",
                "Ola Hansen",
                "--format",
                "html",
            ]
        )
        == 0
    )
    summary = (out / "individuell-veileder-per-aas.html").read_text(encoding="utf-8")
    assert "Ola Hansen" in summary and "Kari Nordmann" not in summary
    capsys.readouterr()
    assert (
        main(
            [*base, "certificates", "--group", GROUP, "--out", str(out), "--participant", "Nobody"]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "Fant ingen deltaker «Nobody»" in err and "Kari Nordmann; Ola Hansen" in err
    assert "Traceback" not in err


def test_no_overwrite_without_force(loaded, tmp_path, capsys):
    args = [
        "--data-dir",
        str(loaded),
        "export",
        "attendance",
        "--group",
        GROUP,
        "--out",
        str(tmp_path),
    ]
    assert main(args) == 0
    target = next(tmp_path.glob("*.csv"))
    target.write_text("mine", encoding="utf-8")
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "--force" in err and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "mine"
    assert main([*args, "--force"]) == 0
    rows = list(csv.reader(target.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert rows[0][0] == "Navn" and len(rows) == 9


def test_report_gathering_number(loaded, tmp_path, capsys):
    out = tmp_path / "out"
    base = ["--data-dir", str(loaded), "export", "report", "--group", GROUP, "--out", str(out)]
    assert main([*base, "--gathering", "2"]) == 0
    # PDF alone by default: the file to sign and upload
    assert [p.name for p in out.iterdir()] == [
        "samlingsrapport-2-samling-2-brukermedvirkning-psykisk-helse-og-rus.pdf"
    ]
    assert main([*base, "--gathering", "2", "--format", "both", "--force"]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".html", ".pdf"]
    assert main([*base, "--gathering", "7"]) == 1
    err = capsys.readouterr().err
    assert "Fant ikke samling «7»" in err and "2. Samling 2" in err  # the ones there are


@pytest.mark.parametrize(
    ("kind", "wanted", "unwanted"),
    [
        ("certificates", "<h2>Samling 2 – Brukermedvirkning", "<h2>Samling 1 – Etikk"),
        (
            "supervisors",
            "Samling 2 – Brukermedvirkning, psykisk helse og rus, 21. oktober",
            "Samling 1 – Etikk, samvalg og sykmelding, 16. september",
        ),
        ("handout", "<h2>2. Samling 2 – Brukermedvirkning", "<h2>1. Samling 1"),
    ],
)
def test_every_export_takes_one_gathering_by_number_or_title(
    loaded, tmp_path, kind, wanted, unwanted
):
    out = tmp_path / kind
    args = ["--data-dir", str(loaded), "export", kind, "--group", GROUP, "--out", str(out)]
    assert main([*args, "--gathering", "Samling 2", "--format", "html"]) == 0
    pages = " ".join(p.read_text(encoding="utf-8") for p in out.glob("*.html"))
    assert wanted in pages and unwanted not in pages


def test_attendance_and_calendar_of_one_gathering(loaded, tmp_path):
    out = tmp_path / "out"
    base = ["--data-dir", str(loaded), "export"]
    assert main([*base, "attendance", "--group", GROUP, "--out", str(out), "--gathering", "2"]) == 0
    header = next(out.glob("*.csv")).read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Samling 2 21.10.2026 09:02–16:15" in header and "Samling 1" not in header
    assert main([*base, "ics", "--group", GROUP, "--out", str(out), "--gathering", "1"]) == 0
    assert next(out.glob("*.ics")).read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1


def test_unknown_group_and_unwritable_folder(loaded, tmp_path, capsys):
    assert (
        main(
            [
                "--data-dir",
                str(loaded),
                "export",
                "ics",
                "--group",
                "Finnes ikke",
                "--out",
                str(tmp_path),
            ]
        )
        == 1
    )
    assert "Finnes ikke" in capsys.readouterr().err
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    assert (
        main(
            [
                "--data-dir",
                str(loaded),
                "export",
                "ics",
                "--group",
                GROUP,
                "--out",
                str(blocker / "sub"),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "Kunne ikke skrive" in err and "Traceback" not in err


def test_english(loaded, tmp_path):
    assert (
        main(
            [
                "--data-dir",
                str(loaded),
                "--lang",
                "en",
                "export",
                "certificates",
                "--group",
                GROUP,
                "--out",
                str(tmp_path),
                "--format",
                "html",
            ]
        )
        == 0
    )
    assert not list(tmp_path.glob("*.pdf"))
    text = (tmp_path / "certificate-kari-nordmann.html").read_text(encoding="utf-8")
    assert "Confirmation of participation in group guidance" in text
