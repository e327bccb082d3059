"""User-facing texts: the terminal app (shared parts and the home screen). key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "tui.app.title": ("groupguide – gruppeveiledning", "groupguide – group guidance"),
    "tui.help": ("Hjelp", "Help"),
    "tui.crash": (
        "groupguide stoppet på grunn av en feil i programmet. Det som var lagret, er på plass; "
        "det du holdt på med i et skjema som ikke var lagret, må skrives inn igjen. En "
        "feilrapport uten innholdet ditt (ingen navn, notater eller tall) er skrevet til {path}. "
        "Start groupguide igjen; send gjerne feilrapporten til den som hjelper deg.",
        "groupguide stopped because of an error in the program. What was saved is in place; "
        "what you were typing in a form that was not saved must be typed again. An error "
        "report without your content (no names, notes or figures) is written to {path}. Start "
        "groupguide again; you may send the report to whoever helps you.",
    ),
    "tui.crash_no_file": (
        "groupguide stoppet på grunn av en feil i programmet. Det som var lagret, er på plass. "
        "Feilrapporten kunne ikke skrives. Start groupguide igjen.",
        "groupguide stopped because of an error in the program. What was saved is in place. "
        "The error report could not be written. Start groupguide again.",
    ),
    "tui.help_tip": ("Vis tastene på denne skjermen", "Show the keys of this screen"),
    "tui.help.title": ("Taster på denne skjermen", "Keys on this screen"),
    "tui.help.not_now": ("(ikke nå)", "(not now)"),
    "tui.help.palette": (
        "{key[app.palette]} åpner kommandopaletten: skriv for å finne en handling. "
        "{key[app.quit]} avslutter.",
        "{key[app.palette]} opens the command palette: type to find an action. "
        "{key[app.quit]} quits.",
    ),
    "tui.quit": ("Avslutt", "Quit"),
    # keys, and the user's keymap (settings.json: "keymap")
    "keys.space": ("Mellomrom", "Space"),
    "keys.keymap.title": ("Tastaturoppsett", "Keymap"),
    "keys.keymap.not_mapping": (
        "«keymap» i settings.json må være en tabell fra kommando-id til taster, f.eks. "
        '{{"run.next": "n,right"}}, ikke {found}. Standardtastene brukes.',
        "“keymap” in settings.json must map command ids to keys, e.g. "
        '{{"run.next": "n,right"}}, not {found}. The standard keys are used.',
    ),
    "keys.keymap.unknown_id": (
        "«keymap» i settings.json: det finnes ingen kommando med id «{id}». Hjelpen "
        "({key[app.help]}) viser id-en ved hver tast.",
        "“keymap” in settings.json: there is no command with the id “{id}”. Help "
        "({key[app.help]}) shows the id beside each key.",
    ),
    "keys.keymap.bad_value": (
        '«keymap» i settings.json: tastene for «{id}» må være tekst, f.eks. "n,right". '
        "Standardtasten brukes.",
        '“keymap” in settings.json: the keys for “{id}” must be text, e.g. "n,right". The '
        "standard key is used.",
    ),
    "keys.keymap.bad_key": (
        "«keymap» i settings.json: {key} for «{id}» er ikke en tast (f.eks. n, N, ctrl+s, f5, "
        "right, space). Standardtasten brukes.",
        "“keymap” in settings.json: {key} for “{id}” is not a key (e.g. n, N, ctrl+s, f5, "
        "right, space). The standard key is used.",
    ),
    "keys.keymap.taken": (
        "«keymap» i settings.json: {key} for «{id}» ({command}) er allerede tasten for "
        "«{other}» på samme skjerm. Begge beholder standardtasten ({command}: {standard}).",
        "“keymap” in settings.json: {key} for “{id}” ({command}) is already the key for "
        "“{other}” on the same screen. Both keep their standard key ({command}: {standard}).",
    ),
    "keys.keymap.clash": (
        "Tasten {key} er brukt til flere kommandoer her: {commands}. Endre «keymap» i "
        "settings.json.",
        "The key {key} is bound to several commands here: {commands}. Change “keymap” in "
        "settings.json.",
    ),
    "tui.close": ("Lukk", "Close"),
    "tui.cancel": ("Avbryt", "Cancel"),
    "tui.yes": ("Ja", "Yes"),
    "tui.confirm.other": ("Den andre knappen", "The other button"),
    "tui.discard.question": ("Forkaste endringene?", "Discard the changes?"),
    "tui.discard.action": ("Forkast", "Discard"),
    "tui.discard.keep": ("Fortsett å skrive", "Keep editing"),
    "tui.confirm.keys": (
        "{enter}: {action} · {left}/{right}: bytt knapp · {key[dialog.cancel]}: avbryt",
        "{enter}: {action} · {left}/{right}: other button · {key[dialog.cancel]}: cancel",
    ),
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
    "tui.group.term": ("Halvår", "Half-year"),
    "tui.group.term_placeholder": ("f.eks. 2027 vår", "e.g. 2027 spring"),
    "tui.group.facilitator": ("Gruppeveileder", "Group leader"),
    "tui.group.organiser": ("Arrangør (på bekreftelsene)", "Organiser (on the certificates)"),
    "tui.group.organiser_placeholder": (
        "f.eks. Bjørnafjorden kommune",
        "e.g. Bjørnafjorden kommune",
    ),
    "tui.home.heading": ("Grupper", "Groups"),
    "tui.home.subtitle": ("Hjem", "Home"),
    "tui.home.help": (
        "Hjem viser alle gruppene dine med halvår, antall deltakere (maks 12), neste samling og "
        "hvor stor andel av de anbefalte læringsmålene som er planlagt. Neste samling er den "
        "første som ikke er gjennomført; er dagen den var planlagt til, passert, står det "
        "«ikke holdt» bak datoen. {key[home.open]} åpner gruppen.",
        "Home lists all your groups with their half-year, number of participants (at most 12), "
        "next gathering and the share of recommended learning goals planned. The next gathering "
        "is the first one not yet held; when its planned day has passed without it being held, "
        "“not held” follows the date. {key[home.open]} opens the group.",
    ),
    "tui.home.col.name": ("Gruppe", "Group"),
    "tui.home.col.term": ("Halvår", "Half-year"),
    "tui.home.col.participants": ("Deltakere", "Participants"),
    "tui.home.col.next": ("Neste samling", "Next gathering"),
    "tui.home.col.coverage": ("Mål dekket", "Goals covered"),
    "tui.home.archived": ("arkivert", "archived"),
    "tui.home.empty": (
        "Ingen grupper ennå. Trykk {key[home.new]} for å lage en ny gruppe, eller "
        "{key[home.import]} for å importere en planfil.",
        "No groups yet. Press {key[home.new]} to create a group, or {key[home.import]} to import a "
        "plan file.",
    ),
    "tui.home.open": ("Åpne", "Open"),
    "tui.home.open_tip": (
        "Åpne gruppen: deltakere, plan, dekning og ønsker",
        "Open the group: participants, plan, coverage and wishes",
    ),
    "tui.home.new": ("Ny gruppe", "New group"),
    "tui.home.new_tip": ("Lag en ny gruppe for et halvår", "Create a group for a half-year"),
    "tui.home.new_title": ("Ny gruppe", "New group"),
    "tui.home.rename": ("Endre", "Edit"),
    "tui.home.rename_title": ("Endre gruppe", "Edit group"),
    "tui.home.archive": ("Arkiver", "Archive"),
    "tui.palette": ("søk", "search"),
    "tui.palette_tip": ("Søk blant alle kommandoer og taster", "Search all commands and keys"),
    "tui.palette_placeholder": ("Søk etter kommandoer …", "Search for commands…"),
    "tui.cmd.help": ("Hjelp", "Help"),
    "tui.cmd.help_tip": (
        "Tastene og forklaringen for denne skjermen ({key[app.help]})",
        "The keys and the explanation for this screen ({key[app.help]})",
    ),
    "tui.cmd.theme": ("Fargetema", "Theme"),
    "tui.cmd.theme_tip": ("Bytt fargetema", "Change the colour theme"),
    "tui.cmd.quit": ("Avslutt", "Quit"),
    "tui.cmd.quit_tip": ("Avslutt appen", "Quit the app"),
    "tui.cmd.maximize": ("Maksimer", "Maximise"),
    "tui.cmd.maximize_tip": (
        "Vis feltet med fokus over hele skjermen",
        "Show the focused widget on the whole screen",
    ),
    "tui.cmd.minimize": ("Normal størrelse", "Minimise"),
    "tui.cmd.minimize_tip": ("Tilbake til vanlig visning", "Back to the normal layout"),
    "tui.cmd.screenshot": ("Skjermbilde", "Screenshot"),
    "tui.cmd.screenshot_tip": (
        "Lagre et SVG-skjermbilde av skjermen",
        "Save an SVG screenshot of the screen",
    ),
    "tui.home.unarchive": ("Hent fram", "Unarchive"),
    "tui.home.archived_done": ("«{name}» er arkivert.", "“{name}” is archived."),
    "tui.home.unarchived_done": (
        "«{name}» er hentet fram igjen.",
        "“{name}” is back from the archive.",
    ),
    "tui.home.delete": ("Slett", "Delete"),
    "tui.home.not_deleted": (
        "Avbrutt: «{name}» er ikke slettet.",
        "Cancelled: “{name}” was not deleted.",
    ),
    "tui.home.delete_question": (
        "Slette gruppen «$name» med alle deltakere, samlinger, oppmøte og notater? "
        "Du kan angre med {key[home.undo]} så lenge appen er åpen.",
        "Delete the group “$name” with all participants, gatherings, attendance and notes? "
        "You can undo with {key[home.undo]} while the app is open.",
    ),
    "tui.home.deleted": (
        "«{name}» er slettet. Trykk {key[home.undo]} for å angre.",
        "“{name}” was deleted. Press {key[home.undo]} to undo.",
    ),
    "tui.home.undo": ("Angre sletting", "Undo delete"),
    "tui.home.restored": ("«{name}» er gjenopprettet.", "“{name}” has been restored."),
    "tui.home.import": ("Importer plan", "Import plan"),
    "tui.home.import_title": ("Importer planfil", "Import a plan file"),
    "tui.home.import_prompt": (
        "Sti til planfilen (YAML). Samme gruppe igjen oppdateres, den dupliseres ikke.",
        (
            "Path to the plan file (YAML). Importing the same group again updates it; it is "
            "never duplicated."
        ),
    ),
    "tui.home.import_placeholder": (
        "f.eks. ~/Nedlastinger/plan.yaml",
        "e.g. ~/Downloads/plan.yaml",
    ),
    "tui.home.import_failed": ("Planen kunne ikke importeres", "The plan could not be imported"),
    "tui.problems.count": (
        "{count} {count|problem|problemer}",
        "{count} {count|problem|problems}",
    ),
    "tui.problems.in_file": (
        "{count} i {file}. Rett filen og importer den igjen.",
        "{count} in {file}. Correct the file and import it again.",
    ),
    "tui.problems.keys": (
        "Piltastene blar · {key[dialog.cancel]}: lukk",
        "Arrow keys scroll · {key[dialog.cancel]}: close",
    ),
    "tui.home.show_archived": ("Vis arkiverte", "Show archived"),
    "tui.home.name_taken": (
        "Det finnes allerede en gruppe som heter «{name}».",
        "There is already a group called “{name}”.",
    ),
    "tui.group.run": ("Gjennomfør", "Run"),
    "tui.group.run_tip": (
        "Gjennomfør samlingen under markøren: oppmøte, tidtaker, refleksjon, summepar",
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
        "Choose a gathering on the Plan tab first.",
    ),
}
