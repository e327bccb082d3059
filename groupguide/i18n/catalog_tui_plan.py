"""User-facing texts: planning screens (the group screen, participants, plan, coverage, wishes).
key: (bokmål, English). The gathering editor and its dialogs: ``catalog_tui_gathering``.

Keys with ``$name`` fields are templates for ``tui.text.fill`` (user text inserted literally);
``{name}`` fields are filled by ``t()``.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- shared --------------------------------------------------------------------------------
    "planui.back": ("Tilbake", "Back"),
    "planui.open": ("Åpne", "Open"),
    "planui.edit": ("Endre", "Edit"),
    "planui.delete": ("Slett", "Delete"),
    "planui.not_deleted": (
        "Avbrutt: «{name}» er ikke slettet.",
        "Cancelled: “{name}” was not deleted.",
    ),
    "planui.move": ("Flytt", "Move"),
    "planui.move_up": ("Flytt opp", "Move up"),
    "planui.move_down": ("Flytt ned", "Move down"),
    "planui.undo": ("Angre", "Undo"),
    "planui.undo_nothing": ("Ingenting å angre.", "Nothing to undo."),
    "planui.removed": (
        "«{name}» er slettet. Trykk {key[group.undo]} for å angre.",
        "“{name}” was deleted. Press {key[group.undo]} to undo.",
    ),
    "planui.agenda.removed": (
        "«{name}» er slettet. Trykk {key[gathering.undo]} for å angre.",
        "“{name}” was deleted. Press {key[gathering.undo]} to undo.",
    ),
    "planui.restored": ("«{name}» er hentet tilbake.", "“{name}” has been restored."),
    "planui.bad_time": (
        "«{value}» er ikke et klokkeslett (skriv f.eks. 09:30).",
        "“{value}” is not a clock time (write e.g. 09:30).",
    ),
    "planui.minutes_short": ("{minutes} min", "{minutes} min"),
    "planui.hours_short": ("{hours} t", "{hours} h"),
    "planui.hours_minutes_short": ("{hours} t {minutes} min", "{hours} h {minutes} min"),
    "planui.overrun_short": ("+{minutes} min", "+{minutes} min"),
    "planui.clash_short": ("{count} overlapp", "{count} {count|clash|clashes}"),
    "planui.palette.key": ("Tast: {key}", "Key: {key}"),
    "planui.pinned": ("Låst til {time}.", "Pinned to {time}."),
    "planui.unpinned": ("Ikke lenger låst til et klokkeslett.", "No longer pinned to a time."),
    # -- the group screen ----------------------------------------------------------------------
    "planui.group.subtitle": ("Gruppe", "Group"),
    "planui.group.facilitator": ("Gruppeveileder: {name}", "Group leader: {name}"),
    "planui.group.help": (
        "Gruppen har fire faner: Deltakere (maks 12, 8 er ideelt), Plan (halvårets samlinger mot "
        "2–3 dager), Dekning (læringsmål × samlinger: ● gjennomført, ○ planlagt, ! anbefalt mål "
        "som mangler) og Ønsker (temaønsker fra evalueringene). Tastene "
        "{key[group.tab.participants]}–{key[group.tab.wishes]} bytter fane. Alt lagres med en "
        "gang. Sletting kan angres med {key[group.undo]} så lenge appen er åpen.",
        "The group has four tabs: Participants (max 12, 8 is ideal), Plan (the half-year's "
        "gatherings against 2–3 days), Coverage (learning goals × gatherings: ● held, "
        "○ planned, ! a recommended goal that is missing) and Wishes (topic wishes from the "
        "evaluations). Keys {key[group.tab.participants]}–{key[group.tab.wishes]} "
        "switch tabs. Everything is saved at once. A delete can be "
        "undone with {key[group.undo]} while the app is open.",
    ),
    "planui.tab.switch": ("Fane", "Tab"),
    "planui.tab.participants": ("Deltakere", "Participants"),
    "planui.tab.plan": ("Plan", "Plan"),
    "planui.tab.coverage": ("Dekning", "Coverage"),
    "planui.tab.wishes": ("Ønsker", "Wishes"),
    "planui.tab.participants_n": ("Deltakere {count}/{cap}", "Participants {count}/{cap}"),
    "planui.tab.plan_n": ("Plan ({count})", "Plan ({count})"),
    "planui.tab.coverage_n": ("Dekning {share}", "Coverage {share}"),
    "planui.tab.wishes_n": ("Ønsker ({count})", "Wishes ({count})"),
    # -- participants --------------------------------------------------------------------------
    "planui.participants.add": ("Ny deltaker", "New participant"),
    "planui.participants.add_tip": ("Legg til en deltaker (maks 12)", "Add a participant (max 12)"),
    "planui.participants.add_title": ("Ny deltaker", "New participant"),
    "planui.participants.edit_title": ("Endre deltaker", "Edit participant"),
    "planui.participants.remove": ("Fjern", "Remove"),
    "planui.participants.not_removed": (
        "Avbrutt: «{name}» er ikke fjernet.",
        "Cancelled: “{name}” was not removed.",
    ),
    "planui.participants.remove_question": (
        "Fjerne «$name» fra gruppen? Oppmøte og presentasjoner som nevner deltakeren, fjernes "
        "også. Du kan angre med {key[group.undo]} så lenge appen er åpen.",
        "Remove “$name” from the group? Attendance and presentations that name the participant "
        "are removed too. You can undo with {key[group.undo]} while the app is open.",
    ),
    "planui.participants.refused": ("Ikke lagt til", "Not added"),
    "planui.participants.count": (
        "{count} av maks {cap} {cap|deltaker|deltakere}",
        "{count} of at most {cap} {cap|participant|participants}",
    ),
    "planui.participants.empty": (
        "Ingen deltakere ennå. Trykk {key[participants.add]} for å legge til den første.",
        "No participants yet. Press {key[participants.add]} to add the first one.",
    ),
    "planui.participants.col.name": ("Navn", "Name"),
    "planui.participants.col.email": ("E-post", "E-mail"),
    "planui.participants.col.workplace": ("Arbeidssted", "Workplace"),
    "planui.participants.col.municipality": ("Kommune", "Municipality"),
    "planui.participants.col.track": ("Løp", "Track"),
    "planui.participants.col.supervisor": ("Individuell veileder", "Individual supervisor"),
    "planui.participants.col.presents": ("Presenterer", "Presents"),
    "planui.participants.presentations": ("Presentasjoner", "Presentations"),
    "planui.participants.presentations_tip": (
        "Vis hvem som presenterer hva i halvåret, samling for samling (og tilbake)",
        "Show who presents what over the half-year, gathering by gathering (and back)",
    ),
    "planui.presents.col.total": ("I alt", "Total"),
    "planui.presents.kind.case-reflection": ("kasuistikk", "case"),
    "planui.presents.kind.buzz": ("summeøvelse", "buzz exercise"),
    "planui.presents.kind.audit": ("audit", "audit"),
    "planui.presents.legend": ("● holdt  ○ planlagt", "● held  ○ planned"),
    "planui.presents.not_yet": (
        "Ikke satt opp til å presentere ennå: {names}",
        "Not yet down to present: {names}",
    ),
    "planui.presents.open": (
        "{blocks} {blocks|programpost|programposter} mangler noen som presenterer "
        "({slots} {slots|plass|plasser})",
        "{blocks} {blocks|block needs|blocks need} someone to present ({slots} "
        "{slots|place|places})",
    ),
    "planui.participant.name": ("Navn", "Name"),
    "planui.participant.email": ("E-post", "E-mail"),
    "planui.participant.email_placeholder": ("navn@example.no", "name@example.com"),
    "planui.participant.workplace": ("Arbeidssted", "Workplace"),
    "planui.participant.municipality": ("Kommune", "Municipality"),
    "planui.participant.municipality_placeholder": ("f.eks. Bjørnafjorden", "e.g. Bjørnafjorden"),
    "planui.participant.track": ("Utdanningsløp", "Training track"),
    "planui.participant.supervisor": ("Individuell veileder", "Individual supervisor"),
    # -- plan ----------------------------------------------------------------------------------
    "planui.plan.add": ("Ny samling", "New gathering"),
    "planui.plan.add_title": ("Ny samling", "New gathering"),
    "planui.plan.edit_title": ("Endre samling", "Edit gathering"),
    "planui.plan.default_title": ("Samling {number}", "Gathering {number}"),
    "planui.plan.duplicate": ("Kopier", "Duplicate"),
    "planui.plan.duplicated": (
        "Kopien står rett etter originalen, uten dato. Trykk {key[plan.edit]} for å gi den en "
        "dato.",
        "The copy is right after the original, without a date. Press {key[plan.edit]} to give it a "
        "date.",
    ),
    "planui.plan.copy_title": ("{title} (kopi)", "{title} (copy)"),
    "planui.plan.template": ("Fra mal", "From template"),
    "planui.plan.template_tip": (
        "Start en samling fra en samling i en planfil i sessions-mappen",
        "Start a gathering from a gathering of a plan file in the sessions folder",
    ),
    "planui.plan.template_form_title": ("Ny samling fra mal", "New gathering from a template"),
    "planui.plan.from_template": (
        "Samlingen er laget med {blocks} {blocks|programpost|programposter} fra malen. Hvem som "
        "presenterer, og notater følger ikke med.",
        "The gathering was made with {blocks} {blocks|block|blocks} from the template. Presenters "
        "and notes are not copied.",
    ),
    "planui.plan.delete_question": (
        "Slette samlingen «$title» med hele programmet? Du kan angre med {key[group.undo]} "
        "så lenge appen er åpen.",
        "Delete the gathering “$title” with its whole agenda? You can undo with {key[group.undo]} "
        "while the app is open.",
    ),
    "planui.plan.delete_held_question": (
        "Samlingen «$title» er gjennomført: oppmøte og gjennomført tid slettes også, og kan da "
        "ikke komme med på deltakernes bekreftelser. Slette likevel? Du kan angre med "
        "{key[group.undo]} så lenge appen er åpen.",
        (
            "The gathering “$title” has been held: its attendance and held time are deleted "
            "too, and can then no longer appear on the participants' certificates. Delete "
            "anyway? You can undo with {key[group.undo]} while the app is open."
        ),
    ),
    "planui.plan.empty": (
        "Ingen samlinger ennå. Trykk {key[plan.add]} for en ny samling, eller {key[plan.template]} "
        "for å starte fra en mal.",
        "No gatherings yet. Press {key[plan.add]} for a new gathering, or {key[plan.template]} to "
        "start from a template.",
    ),
    "planui.plan.planned": ("Planlagt", "Planned"),
    "planui.plan.held": ("Gjennomført", "Held"),
    "planui.plan.started": ("Påbegynt", "Started"),
    "planui.plan.col.no": ("#", "#"),
    "planui.plan.col.date": ("Dato", "Date"),
    "planui.plan.col.time": ("Tid", "Time"),
    "planui.plan.col.title": ("Samling", "Gathering"),
    "planui.plan.col.programme": ("Program", "Programme"),
    "planui.plan.col.status": ("Status", "Status"),
    "planui.plan.col.place": ("Sted", "Place"),
    "planui.meter.under": (
        "Planlagt: {days} {days|dag|dager} – programmet ber om {low}–{high} {high|dag|dager} i "
        "halvåret",
        "Planned: {days} {days|day|days} – the programme asks for {low}–{high} {high|day|days} "
        "in the half-year",
    ),
    "planui.meter.ok": (
        "Planlagt: {days} {days|dag|dager} – innenfor programmets {low}–{high} {high|dag|dager}",
        "Planned: {days} {days|day|days} – within the programme's {low}–{high} {high|day|days}",
    ),
    "planui.meter.over": (
        "Planlagt: {days} {days|dag|dager} – mer enn programmets {low}–{high} {high|dag|dager}",
        "Planned: {days} {days|day|days} – more than the programme's {low}–{high} {high|day|days}",
    ),
    "planui.meter.span.ok": (
        "Samlingene: {first}–{last}, {months} {months|måned|måneder} – innenfor halvåret",
        "Gatherings: {first}–{last}, {months} {months|month|months} – within the half-year",
    ),
    "planui.meter.span.over": (
        "Samlingene: {first}–{last}, {months} {months|måned|måneder} – mer enn et halvår; sjekk "
        "datoene",
        "Gatherings: {first}–{last}, {months} {months|month|months} – more than a half-year; "
        "check the dates",
    ),
    "planui.gathering.title": ("Tittel", "Title"),
    "planui.gathering.title_empty": ("Samlingen mangler tittel.", "The gathering has no title."),
    "planui.gathering.date": ("Dato", "Date"),
    "planui.gathering.date_placeholder": ("dd.mm.åååå", "dd.mm.yyyy"),
    "planui.gathering.bad_date": (
        "«{value}» er ikke en dato (skriv f.eks. 03.02.2027).",
        "“{value}” is not a date (write e.g. 03.02.2027).",
    ),
    "planui.gathering.start": ("Start", "Start"),
    "planui.gathering.end": ("Slutt", "End"),
    "planui.gathering.end_before_start": (
        "Slutt må være etter start.",
        "The end must be after the start.",
    ),
    "planui.gathering.location": ("Sted", "Place"),
    "planui.template.title": ("Start fra en mal", "Start from a template"),
    "planui.template.none": (
        "Fant ingen planfiler med samlinger i sessions-mappene.",
        "No plan files with gatherings in the sessions folders.",
    ),
    "planui.template.size": (
        "{blocks} {blocks|programpost|programposter}",
        "{blocks} {blocks|block|blocks}",
    ),
    "planui.template.use": ("Bruk malen", "Use template"),
    # -- coverage ------------------------------------------------------------------------------
    "planui.coverage.optional": ("Valgfrie mål", "Optional goals"),
    "planui.coverage.col.goal": ("Mål", "Goal"),
    "planui.coverage.col.gathering": ("S{number}", "G{number}"),
    "planui.coverage.col.status": ("Status", "Status"),
    "planui.coverage.status.held": ("gjennomført", "held"),
    "planui.coverage.status.planned": ("planlagt", "planned"),
    "planui.coverage.status.missing": ("mangler", "missing"),
    "planui.coverage.status.optional": ("valgfritt", "optional"),
    "planui.coverage.summary_planned": (
        "Anbefalte mål planlagt: {done}/{total} ({share})",
        "Recommended goals planned: {done}/{total} ({share})",
    ),
    "planui.coverage.summary_held": (
        "gjennomført: {done}/{total} ({share})",
        "held: {done}/{total} ({share})",
    ),
    "planui.coverage.legend_held": ("gjennomført", "held"),
    "planui.coverage.legend_planned": ("planlagt", "planned"),
    "planui.coverage.legend_missing": ("mangler", "missing"),
    "planui.coverage.nowhere": (
        "Ikke planlagt i noen samling ennå.",
        "Not planned in any gathering yet.",
    ),
    "planui.coverage.held_blocks": ("Gjennomført:", "Held:"),
    "planui.coverage.planned_blocks": ("Planlagt:", "Planned:"),
    "planui.coverage.no_blocks": (
        "Ingen programpost i denne samlingen har dette målet.",
        "No block of this gathering has this goal.",
    ),
    # -- wishes --------------------------------------------------------------------------------
    "planui.wishes.intro": (
        "Temaer deltakerne har ønsket seg, i den skriftlige evalueringen og i evalueringsrunden. "
        "{key[wishes.carry]} tar et ønske med i en samling.",
        "Topics the participants asked for, in the written evaluation and in the evaluation "
        "round. {key[wishes.carry]} carries a wish into a gathering.",
    ),
    "planui.wishes.empty": (
        "Ingen ønsker ennå – de kommer fra deltakernes evalueringer og fra ønskene du noterer "
        "fra evalueringsrunden",
        "No wishes yet – they come from the participants' evaluations and from the wishes you "
        "note from the evaluation round",
    ),
    "planui.wishes.oral": ("(fra evalueringsrunden)", "(from the evaluation round)"),
    "planui.wishes.col.gathering": ("Fra samling", "From gathering"),
    "planui.wishes.col.wish": ("Ønske", "Wish"),
    "planui.wishes.col.carried": ("Tatt med i", "Carried into"),
    "planui.wishes.has_it": ("har ønsket allerede", "already has the wish"),
    "planui.wishes.only_open": (
        "Samlinger som er holdt, vises ikke: de kan ikke ta opp nye tema.",
        "Gatherings already held are not shown: they cannot take up new topics.",
    ),
    "planui.wishes.nowhere": (
        "Alle samlingene er holdt, så ønsket kan ikke tas med i noen av dem. Lag en ny samling "
        "på Plan-fanen ({key[plan.add]}).",
        "Every gathering has been held, so the wish cannot be carried into any of them. Make a "
        "new gathering on the Plan tab ({key[plan.add]}).",
    ),
    "planui.wishes.nowhere_left": (
        "Ønsket er allerede med i alle samlinger som ikke er holdt ennå.",
        "The wish is already in every gathering not yet held.",
    ),
    "planui.wishes.carry": ("Ta med", "Carry over"),
    "planui.wishes.carry_tip": (
        "Legg ønsket til som et åpent tema i en samling",
        "Add the wish as an open topic to a gathering",
    ),
    "planui.wishes.choose": (
        "Hvilken samling skal ta opp «$wish»?",
        "Which gathering should take up “$wish”?",
    ),
    "planui.wishes.carried": (
        "Ønsket er lagt til som åpent tema i «{title}».",
        "The wish was added to “{title}” as an open topic.",
    ),
    "planui.wishes.unreadable": (
        "Kunne ikke lese ønskene: {reason}",
        "Could not read the wishes: {reason}",
    ),
}
