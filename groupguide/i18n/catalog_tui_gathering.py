"""User-facing texts: the gathering editor (agenda, summary, block detail) and its dialogs
(activity library, block form, goal chooser). key: (bokmål, English).

Keys with ``$name`` fields are templates for ``tui.text.fill`` (user text inserted literally);
``{name}`` fields are filled by ``t()``.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the gathering editor ------------------------------------------------------------------
    "planui.gathering.subtitle": ("Samling", "Gathering"),
    "planui.gathering.help": (
        "Programmet for samlingen med utregnede klokkeslett. {key[gathering.add]} legger til en "
        "programpost fra aktivitetsbiblioteket etter den du står på; {key[gathering.goals]} "
        "velger læringsmål; {key[gathering.pin]} låser programposten til klokkeslettet den har "
        "nå (lunsj, en gjesteunderviser) eller løser den igjen. Overlapp med en låst programpost "
        "og overskridelse av sluttiden vises, de rettes ikke av seg selv. Alt lagres med en "
        "gang.",
        "The gathering's agenda with computed clock times. {key[gathering.add]} adds a block from "
        "the activity library after the block under the cursor; {key[gathering.goals]} picks "
        "learning goals; {key[gathering.pin]} pins the block to the time it has now (lunch, a "
        "guest teacher) or unpins it. Clashes with a pinned block and running past the end time are "
        "shown, never silently resolved. Everything is saved at once.",
    ),
    "planui.agenda.add": ("Ny programpost", "Add block"),
    "planui.agenda.add_tip": (
        "Legg til en programpost fra aktivitetsbiblioteket",
        "Add a block from the activity library",
    ),
    "planui.agenda.goals": ("Mål", "Goals"),
    "planui.agenda.pin": ("Lås tid", "Pin time"),
    "planui.agenda.pin_tip": (
        "Lås programposten til klokkeslettet den har nå, eller løs den",
        "Pin the block to its current time, or unpin it",
    ),
    "planui.agenda.edit_gathering": ("Samlingen", "Gathering"),
    "planui.agenda.delete_question": (
        "Slette programposten «$title»? Du kan angre med {key[gathering.undo]} så "
        "lenge appen er åpen.",
        "Delete the block “$title”? You can undo with {key[gathering.undo]} while the app is open.",
    ),
    "planui.agenda.empty": (
        "Programmet er tomt. Trykk {key[gathering.add]} for å legge til en programpost fra "
        "aktivitetsbiblioteket.",
        "The agenda is empty. Press {key[gathering.add]} to add a block from the activity library.",
    ),
    "planui.agenda.col.time": ("Tid", "Time"),
    "planui.agenda.col.minutes": ("Min", "Min"),
    "planui.agenda.col.title": ("Programpost", "Block"),
    "planui.agenda.col.activity": ("Aktivitet", "Activity"),
    "planui.agenda.col.goals": ("Mål", "Goals"),
    "planui.agenda.col.presenter": ("Presenterer", "Presenter"),
    "planui.agenda.col.remark": ("Merknad", "Remark"),
    "planui.agenda.clash": ("overlapper {minutes} min", "overlaps {minutes} min"),
    "planui.agenda.gap": ("{minutes} min ledig før", "{minutes} min free before"),
    "planui.agenda.held": ("✓ {minutes} min", "✓ {minutes} min"),
    "planui.summary.programme": ("Program {time}", "Programme {time}"),
    "planui.summary.ends": ("slutter {time}", "ends {time}"),
    "planui.summary.end_set": ("(satt sluttid {time})", "(end set to {time})"),
    "planui.summary.no_end": ("(ingen sluttid satt)", "(no end time set)"),
    "planui.summary.pins": ("{count} låst", "{count} pinned"),
    "planui.summary.overrun": ("{minutes} min over sluttid", "{minutes} min past the end"),
    "planui.summary.clashes": ("{count} overlapp", "{count} {count|clash|clashes}"),
    "planui.detail.pinned": ("låst til {time}", "pinned to {time}"),
    "planui.detail.presenter": ("Presenterer:", "Presenter:"),
    "planui.detail.no_goals": (
        "Ingen læringsmål valgt ({key[gathering.goals]} for å velge).",
        "No learning goals chosen ({key[gathering.goals]} to choose).",
    ),
    "planui.detail.unknown_goal": ("ukjent mål", "unknown goal"),
    "planui.detail.notes": ("Notater", "Notes"),
    # -- dialogs -------------------------------------------------------------------------------
    "planui.activity.title": (
        "Ny programpost fra aktivitetsbiblioteket",
        "New block from the activity library",
    ),
    "planui.activity.add": ("Legg til", "Add"),
    "planui.activity.goals": ("Foreslåtte mål: {goals}", "Suggested goals: {goals}"),
    "planui.block.edit_title": ("Endre programpost", "Edit block"),
    "planui.block.activity": ("Aktivitet: {activity}", "Activity: {activity}"),
    "planui.block.title": ("Tittel", "Title"),
    "planui.block.minutes": ("Minutter", "Minutes"),
    "planui.block.pinned": ("Låst klokkeslett", "Pinned time"),
    "planui.block.pinned_placeholder": ("tomt = følger programmet", "empty = follows the agenda"),
    "planui.block.presenter": ("Presenterer", "Presenter"),
    "planui.block.presenter_n": ("Presenterer også", "Also presenting"),
    "planui.block.measures": (
        "Indikatorer deltakerne sender inn tall for (høyst {most})",
        "Measures the participants send figures for (at most {most})",
    ),
    "planui.block.own_measure": ("Egen indikator (valgfritt)", "Your own measure (optional)"),
    "planui.block.own_measure_placeholder": (
        "f.eks. Henvisninger til MR",
        "e.g. MRI referrals",
    ),
    "planui.block.own_unit": ("Enhet", "Unit"),
    "planui.block.own_unit_placeholder": ("f.eks. per måned", "e.g. per month"),
    "planui.block.no_measure": (
        "Velg minst én indikator, eller skriv inn gruppens egen.",
        "Choose at least one measure, or type the group's own.",
    ),
    "planui.block.own_measure_title": (
        "Skriv hva indikatoren teller, ikke bare enheten.",
        "Type what the measure counts, not only its unit.",
    ),
    "planui.block.own_measure_identifier": (
        "Indikatoren ser ut til å inneholde en personopplysning (fødselsnummer, telefon eller "
        "e-post). Den kommer med i rapporten: skriv den uten.",
        (
            "The measure seems to contain a personal identifier (national identity number, "
            "phone or e-mail). It appears in the report: write it without one."
        ),
    ),
    "planui.block.no_presenter": ("(ingen ennå)", "(none yet)"),
    "planui.block.notes": (
        "Notater (Markdown) – aldri med i deltakernes dokumenter",
        "Notes (Markdown) – never in the participants' documents",
    ),
    "planui.block.guard": (
        "Notatet ser ut til å inneholde {count} {count|personopplysning|personopplysninger} "
        "(fødselsnummer, telefon eller e-post). Kasuistikker skal ikke kunne identifisere "
        "pasienter.",
        "The note seems to contain {count} personal {count|identifier|identifiers} (national id "
        "number, phone or e-mail). Cases must not identify patients.",
    ),
    "planui.goals.title": ("Læringsmål for «$title»", "Learning goals for “$title”"),
    "planui.goals.filter": (
        "Filtrer på kode eller ord, f.eks. «LM-26» eller «samvalg»",
        "Filter by code or words, e.g. “LM-26” or “samvalg”",
    ),
    "planui.goals.filter_key": ("Filter", "Filter"),
    "planui.goals.none_found": ("Ingen mål passer filteret.", "No goal matches the filter."),
    "planui.goals.recommended": ("anbefalt", "recommended"),
    "planui.goals.optional": ("valgfritt", "optional"),
    "planui.goals.count": (
        "{count} valgt · mellomrom velger",
        "{count} chosen · Space ticks or unticks",
    ),
}
