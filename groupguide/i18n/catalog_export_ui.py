"""User-facing texts: the front doors to export: the export command's help and messages and the
documents screen. key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- CLI ---------------------------------------------------------------------------------
    "export.cli.certificates": (
        "bekreftelser på deltakelse (PDF/HTML, én per deltaker og samlet)",
        "attendance certificates (PDF/HTML, one per participant and combined)",
    ),
    "export.cli.attendance": (
        "oppmøteliste (CSV for Excel og JSON)",
        "attendance sheet (CSV for Excel, and JSON)",
    ),
    "export.cli.report": ("samlingsrapport (PDF/HTML)", "gathering report (PDF/HTML)"),
    "export.cli.handout": (
        "samlingsplan til deltakerne (PDF/HTML)",
        "gathering plan for the participants (PDF/HTML)",
    ),
    "export.cli.ics": ("samlingene som kalenderfil (.ics)", "the gatherings as a calendar (.ics)"),
    "export.cli.supervisors": (
        "oppsummering til individuelle veiledere (PDF/HTML)",
        "summaries for the individual supervisors (PDF/HTML)",
    ),
    "export.cli.opt.out": ("mappen filene skrives til", "the folder to write to"),
    "export.cli.opt.force": ("overskriv filer som finnes", "overwrite existing files"),
    "export.cli.opt.format": (
        "pdf (standard: filen som lastes opp i Kompetanseportalen og signeres), html (for "
        "nettleseren) eller both (begge)",
        "pdf (default: the file uploaded to Kompetanseportalen and signed), html (for the "
        "browser) or both",
    ),
    "export.cli.nothing": ("Ingenting å skrive.", "Nothing to write."),
    # -- TUI ---------------------------------------------------------------------------------
    "export.tui.title": ("Dokumenter", "Documents"),
    "export.tui.help": (
        "Velg dokumentet til venstre, hvem eller hva det gjelder (hele halvåret, én samling "
        "eller én deltaker, der det passer) og formatet (Tab går til neste valg): PDF-en er den som signeres og lastes "
        "opp i Kompetanseportalen, HTML-filen åpnes i nettleseren. Til høyre står filene som "
        "blir skrevet; {key[export.view]} viser forhåndsvisningen. {key[export.write]} skriver "
        "filene til mappen ({key[export.folder]} for å velge en annen), og etterpå står det hva "
        "som ble skrevet hvor. Filer som finnes, overskrives bare etter at du har sagt ja.",
        "Choose the document on the left, whom or what it covers (the whole half-year, one "
        "gathering or one participant, whichever applies) and the format (Tab goes to the next choice): the PDF is the one to sign and "
        "upload to Kompetanseportalen, the HTML file opens in a browser. On the right are the "
        "files that will be written; {key[export.view]} shows the preview. {key[export.write]} "
        "writes the files to the folder ({key[export.folder]} to choose another), and then says "
        "what was written where. Existing files are overwritten only after you say yes.",
    ),
    "export.tui.kinds": ("Dokument", "Document"),
    "export.tui.kind.certificates": ("Bekreftelse på deltakelse", "Attendance certificates"),
    "export.tui.kind.attendance": ("Oppmøteliste (Excel)", "Attendance sheet (Excel)"),
    "export.tui.kind.report": ("Samlingsrapport", "Gathering report"),
    "export.tui.kind.closeout": ("Sluttrapport for halvåret", "Close-out report for the half-year"),
    "export.tui.kind.handout": (
        "Samlingsplan til deltakerne",
        "Gathering plan for the participants",
    ),
    "export.tui.kind.ics": ("Kalender (.ics)", "Calendar (.ics)"),
    "export.tui.kind.supervisors": (
        "Oppsummering til individuelle veiledere",
        "Summaries for individual supervisors",
    ),
    "export.tui.all_held": ("Alle holdte samlinger", "Every gathering held"),
    "export.tui.folder": ("Mappe: $path", "Folder: $path"),
    "export.tui.written": (
        "Skrev {count} {count|fil|filer} i {path}",
        "Wrote {count} {count|file|files} to {path}",
    ),
    "export.tui.rendering": ("Lager forhåndsvisning …", "Making the preview …"),
    "export.tui.write": ("Skriv filer", "Write files"),
    "export.tui.choose_folder": ("Mappe", "Folder"),
    "export.tui.folder_title": ("Velg mappe", "Choose the folder"),
    "export.tui.folder_prompt": (
        "Mappen filene skal skrives til:",
        "The folder to write the files to:",
    ),
    "export.tui.back": ("Tilbake", "Back"),
    "export.tui.overwrite_question": (
        "{count} {count|fil|filer} finnes fra før i $path. Vil du overskrive {count|den|dem}?",
        "{count} {count|file already exists|files already exist} in $path. Overwrite "
        "{count|it|them}?",
    ),
    "export.tui.overwrite": ("Overskriv", "Overwrite"),
    "export.tui.not_overwritten": (
        "Avbrutt: ingen filer er skrevet.",
        "Cancelled: no files were written.",
    ),
    "export.tui.failed": ("Filene ble ikke skrevet", "The files were not written"),
    "export.tui.group_gone": ("Gruppen finnes ikke lenger.", "The group no longer exists."),
    "export.tui.more": (
        "*… og {count} til (alle blir skrevet).*",
        "*… and {count} more (all are written).*",
    ),
}
