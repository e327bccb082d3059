"""User-facing texts: the command line. key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.crash": (
        "en feil i programmet stoppet kommandoen. Det som var lagret, er på plass. En "
        "feilrapport uten innholdet ditt er skrevet til {path}.",
        "an error in the program stopped the command. What was saved is in place. An error "
        "report without your content is written to {path}.",
    ),
    "cli.crash_no_file": (
        "en feil i programmet stoppet kommandoen. Det som var lagret, er på plass.",
        "an error in the program stopped the command. What was saved is in place.",
    ),
    "cli.description": (
        "Planlegg og gjennomfør gruppeveiledning for LIS1: samlinger, læringsmål (FKM, KLK), "
        "anonym evaluering og bekreftelser til Kompetanseportalen. Uten kommando starter "
        "terminalappen.",
        "Plan and run group guidance for LIS1 doctors: gatherings, learning goals (FKM, KLK), "
        "anonymous evaluation and certificates for Kompetanseportalen. Without a command the "
        "terminal app starts.",
    ),
    "cli.commands": ("kommando", "command"),
    "cli.usage_error": ("feil bruk", "wrong usage"),
    "cli.bad_lang": (
        "ukjent språk «{lang}»; bruk nb (bokmål) eller en (English)",
        "unknown language “{lang}”; use nb (bokmål) or en (English)",
    ),
    "cli.opt.data_dir": (
        "datamappe (ellers $GROUPGUIDE_DATA_DIR eller brukerens datamappe)",
        "data folder (else $GROUPGUIDE_DATA_DIR or the user data folder)",
    ),
    "cli.opt.lang": ("språk: nb (standard) eller en", "language: nb (default) or en"),
    "cli.opt.demo": (
        "start på en midlertidig datamappe med eksempelgruppen",
        "start on a throwaway data folder with the example group",
    ),
    "cli.opt.json": ("skriv JSON", "print JSON"),
    "cli.opt.without_notes": (
        "utelat notater (for å dele planen med andre)",
        "leave out notes (to share the plan with others)",
    ),
    "cli.metavar.name": ("NAVN", "NAME"),
    "cli.goals.help": ("list læringsmålene", "list the learning goals"),
    "cli.goals.optional": ("valgfritt", "optional"),
    "cli.goals.heading": (
        "Læringsmålene ordrett fra «Gruppeveiledning» v5.0 §1.1.1 (bør dekkes) og §1.1.2 "
        "(valgfrie).",
        "The learning goals word for word from “Gruppeveiledning” v5.0 §1.1.1 (to be covered) "
        "and §1.1.2 (optional), in the programme's Norwegian: they are the regulated texts.",
    ),
    "cli.check.help": ("kontroller en planfil", "check a plan file"),
    "cli.check.failed": (
        "Planen har {count} feil.",
        "The plan has {count} {count|error|errors}.",
    ),
    "cli.check.ok": (
        "Planen er i orden: «{name}», {participants} {participants|deltaker|deltakere}, "
        "{gatherings} {gatherings|samling|samlinger}.",
        "The plan is fine: “{name}”, {participants} {participants|participant|participants}, "
        "{gatherings} {gatherings|gathering|gatherings}.",
    ),
    "cli.import.help": (
        "importer en planfil (samme gruppe igjen oppdateres)",
        "import a plan file (importing the same group again updates it)",
    ),
    "cli.import.created": ("Importerte gruppen «{name}».", "Imported the group “{name}”."),
    "cli.import.updated": ("Oppdaterte gruppen «{name}».", "Updated the group “{name}”."),
    "cli.groups.help": ("list gruppene", "list the groups"),
    "cli.groups.none": (
        "Ingen grupper ennå. Start groupguide, eller importer en plan med «groupguide import».",
        "No groups yet. Start groupguide, or import a plan with “groupguide import”.",
    ),
    "cli.export.help": ("eksporter", "export"),
    "cli.export.what": ("hva", "what"),
    "cli.export.plan.help": (
        "skriv gruppens plan som YAML",
        "write the group's plan as YAML",
    ),
    "cli.export.written": ("Skrev {path}", "Wrote {path}"),
    "cli.write_failed": (
        "Kunne ikke skrive til {path}: {reason}",
        "Could not write to {path}: {reason}",
    ),
    "cli.group_not_found": (
        "Fant ingen gruppe som heter «{name}». Gruppene er: {names}",
        "No group called “{name}”. The groups are: {names}",
    ),
    "cli.argparse.usage": ("bruk: ", "usage: "),
    "cli.argparse.positional": ("argumenter", "positional arguments"),
    "cli.argparse.options": ("valg", "options"),
    "cli.argparse.help": ("vis denne hjelpen og avslutt", "show this help message and exit"),
    "cli.argparse.version": (
        "vis versjonsnummeret og avslutt",
        "show program's version number and exit",
    ),
    "cli.argparse.required": (
        "disse argumentene mangler: %s",
        "the following arguments are required: %s",
    ),
    "cli.argparse.unrecognized": ("ukjente argumenter: %s", "unrecognized arguments: %s"),
    "cli.argparse.one_argument": ("trenger én verdi", "expected one argument"),
    "cli.argparse.invalid_choice": (
        "ugyldig valg: %(value)r (velg blant %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "cli.argparse.argument": (
        "%(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
}
