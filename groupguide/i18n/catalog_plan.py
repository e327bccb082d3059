"""User-facing texts: plan files. key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "plan.not_mapping": (
        "En planfil må starte med nøklene group, participants og gatherings.",
        "A plan file must start with the keys group, participants and gatherings.",
    ),
    "plan.unknown_key": (
        "Ukjent felt «{key}» (tillatt her: {allowed}).",
        "Unknown field “{key}” (allowed here: {allowed}).",
    ),
    "plan.required": (
        "Feltet «{key}» mangler.",
        "The field “{key}” is missing.",
    ),
    "plan.type.mapping": (
        "Her skal det stå felt med navn og verdi (nøkkel: verdi).",
        "A mapping (key: value) is expected here.",
    ),
    "plan.teacher_role": (
        "Ukjent rolle «{role}» for en kursleder; gyldige roller er {roles}.",
        "Unknown role “{role}” for a teacher; the valid roles are {roles}.",
    ),
    "plan.type.list": (
        "Her skal det stå en liste (linjer som starter med «- »).",
        "A list (lines starting with “- ”) is expected here.",
    ),
    "plan.type.text": (
        "Her skal det stå en tekst.",
        "A text is expected here.",
    ),
    "plan.type.integer": (
        "Her skal det stå et helt tall (minutter), ikke «{value}».",
        "A whole number (minutes) is expected here, not “{value}”.",
    ),
    "plan.unknown_key_likely": (
        "Ukjent felt «{key}». Mente du «{likely}»? (tillatt her: {allowed})",
        "Unknown field “{key}”. Did you mean “{likely}”? (allowed here: {allowed})",
    ),
    "plan.moment": (
        '«{value}» er ikke et tidspunkt; skriv TT:MM i anførselstegn ("13:41") eller dato og '
        'tid ("2026-10-23T00:30").',
        '“{value}” is not a moment; write HH:MM in quotes ("13:41") or date and time '
        '("2026-10-23T00:30").',
    ),
    "plan.moment_undated": (
        "Et klokkeslett for når programposten ble holdt trenger en dato: gi samlingen held_date eller "
        "date, eller skriv dato og tid (2026-10-23T00:30).",
        "A clock time for when the block was held needs a date: give the gathering held_date "
        "or date, or write date and time (2026-10-23T00:30).",
    ),
    "plan.date": (
        "«{value}» er ikke en dato; skriv ÅÅÅÅ-MM-DD, f.eks. 2027-02-03.",
        "“{value}” is not a date; write YYYY-MM-DD, e.g. 2027-02-03.",
    ),
    "plan.time": (
        '«{value}» er ikke et klokkeslett; skriv TT:MM i anførselstegn, f.eks. "09:00".',
        '“{value}” is not a clock time; write HH:MM in quotes, e.g. "09:00".',
    ),
    "plan.unknown_participant": (
        "«{name}» er ikke blant deltakerne i planen.",
        "“{name}” is not among the plan's participants.",
    ),
    "plan.audit": (
        "En lagret fordeling må ha measure og count, og eventuelt median_range og bins med tall.",
        (
            "A kept distribution needs a measure and a count, and, if given, median_range "
            "and bins as numbers."
        ),
    ),
    "plan.pair_history": (
        "Et par i pair_history må ha to eller tre deltakernavn fra planen.",
        "A pair in pair_history needs two or three participant names from the plan.",
    ),
}
