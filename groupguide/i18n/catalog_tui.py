"""User-facing texts: the terminal app (shared parts and the home screen). key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.app.title": ("groupguide – gruppeveiledning", "groupguide – group guidance"),
    "tui.help": ("Hjelp", "Help"),
    "tui.help_tip": ("Vis tastene på denne skjermen", "Show the keys of this screen"),
    "tui.help.title": ("Taster på denne skjermen", "Keys on this screen"),
    "tui.help.palette": (
        "Ctrl+P åpner kommandopaletten: skriv for å finne en handling. Ctrl+Q avslutter.",
        "Ctrl+P opens the command palette: type to find an action. Ctrl+Q quits.",
    ),
    "tui.quit": ("Avslutt", "Quit"),
    "tui.close": ("Lukk", "Close"),
    "tui.cancel": ("Avbryt", "Cancel"),
    "tui.yes": ("Ja", "Yes"),
    "tui.ok": ("OK", "OK"),
    "tui.save": ("Lagre", "Save"),
    "tui.not_saved": ("Ikke lagret", "Not saved"),
    "tui.store_error": (
        "Kunne ikke lagre: {reason}. Det som var lagret fra før, er urørt.",
        "Could not save: {reason}. What was saved before is untouched.",
    ),
    "tui.demo_notice": (
        "Demomodus: endringer lagres i en midlertidig mappe som slettes når du avslutter.",
        "Demo mode: changes go to a throwaway folder that is deleted when you quit.",
    ),
    "tui.group.name": ("Navn på gruppen", "Group name"),
    "tui.group.name_placeholder": ("f.eks. LIS1 Vest vår 2027", "e.g. LIS1 West spring 2027"),
    "tui.group.term": ("Termin (halvår)", "Term (half-year)"),
    "tui.group.term_placeholder": ("f.eks. 2027 vår", "e.g. 2027 spring"),
    "tui.group.facilitator": ("Gruppeveileder", "Group leader"),
    "tui.home.heading": ("Grupper", "Groups"),
    "tui.home.subtitle": ("Hjem", "Home"),
    "tui.home.help": (
        "Hjem viser alle gruppene dine med termin, antall deltakere (maks 12), neste samling og "
        "hvor stor andel av de anbefalte læringsmålene som er planlagt. Enter åpner gruppen.",
        "Home lists all your groups with term, number of participants (max 12), next gathering "
        "and the share of recommended learning goals planned. Enter opens the group.",
    ),
    "tui.home.col.name": ("Gruppe", "Group"),
    "tui.home.col.term": ("Termin", "Term"),
    "tui.home.col.participants": ("Deltakere", "Participants"),
    "tui.home.col.next": ("Neste samling", "Next gathering"),
    "tui.home.col.coverage": ("Mål dekket", "Goals covered"),
    "tui.home.archived": ("arkivert", "archived"),
    "tui.home.empty": (
        "Ingen grupper ennå. Trykk N for å lage en ny gruppe, eller I for å importere en planfil.",
        "No groups yet. Press N to create a group, or I to import a plan file.",
    ),
    "tui.home.open": ("Åpne", "Open"),
    "tui.home.open_tip": ("Åpne gruppen: deltakere, plan, dekning og ønsker",
                          "Open the group: participants, plan, coverage and wishes"),
    "tui.home.new": ("Ny gruppe", "New group"),
    "tui.home.new_tip": ("Lag en ny gruppe for et halvår", "Create a group for a half-year"),
    "tui.home.new_title": ("Ny gruppe", "New group"),
    "tui.home.rename": ("Endre", "Edit"),
    "tui.home.rename_title": ("Endre gruppe", "Edit group"),
    "tui.home.archive": ("Arkiver", "Archive"),
    "tui.home.unarchive": ("Hent fram", "Unarchive"),
    "tui.home.archived_done": ("«{name}» er arkivert.", "“{name}” is archived."),
    "tui.home.unarchived_done": ("«{name}» er hentet fram igjen.", "“{name}” is restored."),
    "tui.home.delete": ("Slett", "Delete"),
    "tui.home.delete_question": (
        "Slette gruppen «$name» med alle deltakere, samlinger, oppmøte og notater? "
        "Du kan angre med U så lenge appen er åpen.",
        "Delete the group “$name” with all participants, gatherings, attendance and notes? "
        "You can undo with U while the app is open.",
    ),
    "tui.home.deleted": (
        "«{name}» er slettet. Trykk U for å angre.",
        "“{name}” is deleted. Press U to undo.",
    ),
    "tui.home.undo": ("Angre sletting", "Undo delete"),
    "tui.home.restored": ("«{name}» er gjenopprettet.", "“{name}” is restored."),
    "tui.home.import": ("Importer plan", "Import plan"),
    "tui.home.import_title": ("Importer planfil", "Import a plan file"),
    "tui.home.import_prompt": (
        "Sti til planfilen (YAML). Samme gruppe igjen oppdateres, den dupliseres ikke.",
        "Path to the plan file (YAML). The same group again is updated, never duplicated.",
    ),
    "tui.home.import_failed": ("Planen kunne ikke importeres", "The plan could not be imported"),
    "tui.home.show_archived": ("Vis arkiverte", "Show archived"),
    "tui.home.name_taken": (
        "Det finnes allerede en gruppe som heter «{name}».",
        "There is already a group called “{name}”.",
    ),
    "tui.group.run": ("Gjennomfør", "Run"),
    "tui.group.run_tip": (
        "Kjør samlingen under markøren: oppmøte, tidtaker, refleksjon, summepar",
        "Run the gathering under the cursor: attendance, timer, reflection, buzz pairs",
    ),
    "tui.group.evaluation": ("Evaluering", "Evaluation"),
    "tui.group.evaluation_tip": (
        "Åpne den anonyme evalueringen for samlingen (QR-kode til mobilene)",
        "Open the anonymous evaluation of the gathering (QR code for the phones)",
    ),
    "tui.group.results": ("Resultater", "Results"),
    "tui.group.export": ("Dokumenter", "Documents"),
    "tui.group.export_tip": (
        "Bekreftelser, oppmøteliste, rapporter, samlingsplan og kalender",
        "Certificates, attendance sheet, reports, handout and calendar",
    ),
    "tui.group.pick_gathering": (
        "Velg en samling først (fanen Plan).",
        "Pick a gathering first (the Plan tab).",
    ),
}
