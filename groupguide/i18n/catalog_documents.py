"""User-facing texts: the half-year's close-out report (sluttrapport for halvåret), the
participant's municipality in the documents. key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "export.field.municipality": ("Kommune", "Municipality"),
    "export.csv.municipality": ("Kommune", "Municipality"),
    # -- the close-out: heading and facts --------------------------------------------------
    "closeout.title": ("Sluttrapport for halvåret", "Close-out report for the half-year"),
    "closeout.title_provisional": (
        "Sluttrapport for halvåret (foreløpig)",
        "Close-out report for the half-year (provisional)",
    ),
    "closeout.file": ("sluttrapport", "close-out"),
    "closeout.file_matrix": ("sluttrapport-oppmote", "close-out-attendance"),
    "closeout.field.made": ("Laget", "Made"),
    "closeout.municipality_count": ("{name} {count}", "{name} {count}"),
    "closeout.no_municipality": ("uten kommune {count}", "no municipality {count}"),
    "closeout.provisional": (
        "**Foreløpig:** halvåret er ikke ferdig. {held} av {total} samlinger er holdt; "
        "{count} gjenstår: {gatherings}. Tallene gjelder det som er holdt til nå, og rapporten "
        "lages på nytt når den siste samlingen er holdt.",
        (
            "**Provisional:** the half-year is not finished. {held} of {total} "
            "{total|gathering has|gatherings have} been held; {count} still to come: "
            "{gatherings}. The figures are those of what has been held so far; make the "
            "report again once the last gathering is held."
        ),
    ),
    "closeout.finished": (
        "Halvåret er ferdig: alle {total} samlinger er holdt.",
        "The half-year is finished: all {total} gatherings have been held.",
    ),
    "closeout.finished_two": (
        "Halvåret er ferdig: begge samlingene er holdt.",
        "The half-year is finished: both gatherings have been held.",
    ),
    "closeout.finished_one": (
        "Halvåret er ferdig: samlingen er holdt.",
        "The half-year is finished: its gathering has been held.",
    ),
    "closeout.no_gatherings": (
        "Halvåret har ingen samlinger ennå.",
        "The half-year has no gatherings yet.",
    ),
    # -- gatherings ------------------------------------------------------------------------
    "closeout.gatherings": ("Samlinger", "Gatherings"),
    "closeout.col.number": ("Nr.", "No."),
    "closeout.col.gathering": ("Samling", "Gathering"),
    "closeout.col.date": ("Dato", "Date"),
    "closeout.col.place": ("Sted", "Place"),
    "closeout.col.time": ("Tid", "Time"),
    "closeout.col.programme": ("Program", "Programme"),
    "closeout.planned_time": ("planlagt {span}", "planned {span}"),
    "closeout.not_held": ("planlagt {duration}", "{duration} planned"),
    "closeout.moved": ("{day} (planlagt {planned})", "{day} (planned {planned})"),
    "closeout.programme_line": (
        "Holdt: {held} program ({days} {days|dag|dager} à {day}), pauser ikke medregnet. Hele halvårets "
        "plan: {total} ({total_days} {total_days|dag|dager}). Programmet: {low}–{high} dager totalt (§2.1).",
        "Held: {held} of programme ({days} {days|day|days} of {day}), breaks not counted. The whole "
        "half-year's plan: {total} ({total_days} {total_days|day|days}). The programme: {low}–{high} days in "
        "total (§2.1).",
    ),
    "closeout.programme_short": (
        "Halvårets program (holdt og planlagt) er under programmets {low} {low|dag|dager}: alle "
        "deltakerne kommer til kort, og det er planen som må utvides.",
        "The half-year's programme (held and planned) is below the programme's {low} {low|day|days}: "
        "every participant falls short, and it is the plan that must grow.",
    ),
    # -- attendance matrix -----------------------------------------------------------------
    "closeout.attendance": ("Oppmøte", "Attendance"),
    "closeout.col.participant": ("Deltaker", "Participant"),
    "closeout.col.municipality": ("Kommune", "Municipality"),
    "closeout.col.total": ("Sum", "Total"),
    "closeout.col.catch_up": ("Ta igjen", "Catch up"),
    "closeout.cell.partial": ("delvis {hours}", "partial {hours}"),
    "closeout.cell.absent": ("fravær", "absent"),
    "closeout.cell.not_taken": ("ikke ført", "not recorded"),
    "closeout.cell.remaining": ("–", "–"),
    "closeout.yes": ("ja", "yes"),
    "closeout.no": ("nei", "no"),
    "closeout.legend": (
        "Programtid godkjent per samling (pauser ikke medregnet); kolonnene er "
        "samlingenes nummer i listen over. «delvis»: kom senere eller gikk tidligere; "
        "«fravær»: ikke til stede; «ikke ført»: oppmøtet er ikke registrert; «–»: ikke holdt ennå.",
        "Programme time credited per gathering (breaks not counted); the columns are the "
        "gatherings' numbers in the list above. “partial”: arrived later or left earlier; "
        "“absent”: not there; “not recorded”: attendance was not taken; “–”: not held yet.",
    ),
    "closeout.not_taken_note": (
        "Oppmøtet er ikke registrert for {gatherings}: ingen får timer for den før det er ført.",
        "Attendance was not taken at {gatherings}: nobody is credited for it until it is.",
    ),
    "closeout.csv.not_taken": ("ikke ført", "not recorded"),
    "closeout.csv.remaining": ("ikke holdt ennå", "not held yet"),
    "closeout.csv.catch_up": ("Trenger å ta igjen", "Needs to catch up"),
    "closeout.csv.short_by": ("Mangler timer", "Hours short"),
    "closeout.no_participants": ("Gruppen har ingen deltakere.", "The group has no participants."),
    # -- catching up -----------------------------------------------------------------------
    "closeout.catch_up": ("Trenger å ta igjen", "Needs to catch up"),
    "closeout.catch_up_rule": (
        "Programmet varer {low}–{high} dager totalt (§2.1). En deltaker trenger å ta igjen når "
        "programtiden som er godkjent, sammen med alt programmet som gjenstår i halvåret, blir "
        "mindre enn {low} {low|dag|dager} ({required}; en dag regnes som {day} program).",
        "The programme lasts {low}–{high} days in total (§2.1). A participant needs to catch up "
        "when the programme time credited, together with all the programme still to come in the "
        "half-year, stays below {low} {low|day|days} ({required}; a day counts as {day} of programme).",
    ),
    "closeout.catch_up_none": (
        "Ingen trenger å ta igjen.",
        "Nobody needs to catch up.",
    ),
    "closeout.catch_up_item": (
        "**{name}**: {missed}; godkjent {credited}, mangler {short} til {low} {low|dag|dager}.",
        "**{name}**: {missed}; credited {credited}, {short} short of {low} {low|day|days}.",
    ),
    "closeout.catch_up_item_remaining": (
        "**{name}**: {missed}; godkjent {credited}, mangler {short} til {low} {low|dag|dager} selv med "
        "alt som gjenstår.",
        "**{name}**: {missed}; credited {credited}, {short} short of {low} {low|day|days} even with all "
        "that is still to come.",
    ),
    "closeout.missed_absent": ("fravær på samling {numbers}", "absent from gathering {numbers}"),
    "closeout.missed_partial": (
        "delvis på samling {numbers}",
        "partly present at gathering {numbers}",
    ),
    "closeout.missed_nothing": ("ingen fravær", "no absence"),
    "closeout.must_attend": (
        "Må være med på det som gjenstår for å nå {low} {low|dag|dager}:",
        "Must attend what is still to come to reach {low} {low|day|days}:",
    ),
    "closeout.must_attend_item": (
        "{name}: trenger {needed} av {remaining} som gjenstår.",
        "{name}: needs {needed} of the {remaining} still to come.",
    ),
    # -- goals -----------------------------------------------------------------------------
    "closeout.goals": ("Læringsmål", "Learning goals"),
    "closeout.goals_summary": (
        "Av {total} anbefalte læringsmål er {held} gjennomført, {planned} bare planlagt og "
        "{missing} ikke med i planen.",
        "Of {total} recommended learning goals, {held} {held|was|were} worked on, "
        "{planned} {planned|is|are} only planned and {missing} {missing|is|are} not in the plan.",
    ),
    "closeout.goals_held": ("Gjennomført ({count})", "Worked on ({count})"),
    "closeout.goals_planned": ("Bare planlagt ({count})", "Only planned ({count})"),
    "closeout.goals_planned_note": (
        "Ligger på en programpost som ikke er holdt (ennå).",
        "On a block that has not been held (yet).",
    ),
    "closeout.goals_missing": ("Ikke med i planen ({count})", "Not in the plan ({count})"),
    "closeout.goals_other": (
        "Andre læringsmål som er gjennomført: {codes}",
        "Other learning goals worked on: {codes}",
    ),
    "closeout.goals_where": ("samling {numbers}", "gathering {numbers}"),
    "closeout.goals_none": ("Ingen.", "None."),
    # -- evaluations -----------------------------------------------------------------------
    "closeout.evaluations": ("Deltakernes evaluering", "The participants' evaluation"),
    "closeout.evaluations_intro": (
        "Den skriftlige evalueringen er anonym: et sammendrag vises bare for en lukket "
        "evaluering med minst {threshold} svar. Fritekst står i tilfeldig rekkefølge.",
        "The written evaluation is anonymous: a summary is shown only for a closed evaluation "
        "with at least {threshold} {threshold|answer|answers}. Free text is in random order.",
    ),
    "closeout.written": ("Skriftlig, anonym", "Written, anonymous"),
    "closeout.oral_round": ("Muntlig evalueringsrunde", "Evaluation round"),
    "closeout.not_held_yet": ("Ikke holdt ennå.", "Not held yet."),
    "closeout.leader": ("Gruppeveileders egen evaluering", "The group leader's own evaluation"),
    "closeout.leader_and_teachers": (
        "Egen evaluering fra gruppeveileder og undervisere",
        "The group leader's and teachers' own evaluations",
    ),
    "closeout.leader_role": ("gruppeveileder", "group leader"),
    "closeout.leader_unnamed": ("Gruppeveileder", "The group leader"),
    # -- wishes ----------------------------------------------------------------------------
    "export.eval.unanswered_left_out": (
        "{count} spørsmål som ingen svarte på, er utelatt.",
        "{count} {count|question|questions} nobody answered {count|is|are} left out.",
    ),
    "closeout.wishes": ("Temaønsker", "Topic wishes"),
    "closeout.wishes_intro": (
        "Temaønsker fra de skriftlige evalueringene (fra evalueringer med minst {threshold} "
        "svar) og fra evalueringsrunden på samlingene, og hva som ble av dem.",
        "Topic wishes from the written evaluations (from evaluations with at least {threshold} "
        "{threshold|answer|answers}) and from the gatherings' evaluation rounds, and what "
        "became of them.",
    ),
    "closeout.wishes_none": (
        "Ingen temaønsker fra evalueringsrundene, og ingen skriftlig evaluering med nok svar "
        "til å vise dem.",
        "No topic wishes from the evaluation rounds, and no written evaluation with enough "
        "answers to show them.",
    ),
    "closeout.col.wish": ("Ønske", "Wish"),
    "closeout.col.from": ("Fra", "From"),
    "closeout.col.outcome": ("Hva skjedde", "What became of it"),
    "closeout.wish.from_round": (
        "Samling {n}, evalueringsrunden",
        "Gathering {n}, evaluation round",
    ),
    "closeout.wish.held": (
        "tatt opp på samling {n} ({date})",
        "taken up at gathering {n} ({date})",
    ),
    "closeout.wish.skipped": (
        "lagt inn på samling {n}, men ikke gjennomført",
        "carried into gathering {n}, but not held",
    ),
    "closeout.wish.planned": ("planlagt på samling {n}", "planned for gathering {n}"),
    "closeout.wish.nowhere": ("ikke tatt opp", "not taken up"),
    # -- command line ----------------------------------------------------------------------
    "export.cli.closeout": (
        "sluttrapport for halvåret (PDF/HTML, og oppmøtematrisen som CSV for Excel)",
        "the half-year's close-out report (PDF/HTML, and the attendance matrix as CSV for Excel)",
    ),
    "documents.cli.opt.participant.certificates": (
        "bare denne deltakerens bekreftelse (navn, eller starten av et navn)",
        "only this participant's certificate (a name, or the beginning of one)",
    ),
    "documents.cli.opt.participant.supervisors": (
        "bare oppsummeringen om denne deltakeren, til hennes eller hans individuelle veileder",
        "only the summary about this participant, for their individual supervisor",
    ),
    "documents.cli.participant_not_found": (
        "Fant ingen deltaker «{wanted}» i {group}. Deltakerne: {names}",
        "No participant “{wanted}” in {group}. The participants: {names}",
    ),
    # -- the documents screen --------------------------------------------------------------
    "documents.tui.scope": ("Gjelder", "Covers"),
    "documents.tui.whole": ("Hele halvåret", "The whole half-year"),
    "documents.tui.participant": ("Deltaker: {name}", "Participant: {name}"),
    "documents.tui.format": ("Format", "Format"),
    "documents.tui.format.pdf": ("PDF (signeres, lastes opp)", "PDF (to sign and upload)"),
    "documents.tui.format.html": ("HTML (for nettleseren)", "HTML (for the browser)"),
    "documents.tui.format.both": ("PDF og HTML", "PDF and HTML"),
    "documents.tui.format.csv": ("CSV (Excel) og JSON", "CSV (Excel) and JSON"),
    "documents.tui.format.ics": ("Kalenderfil (.ics)", "Calendar file (.ics)"),
    "documents.tui.files_tab": ("Filer", "Files"),
    "documents.tui.preview_tab": ("Forhåndsvisning", "Preview"),
    "documents.tui.toggle_view": ("Filer/forhåndsvisning", "Files/preview"),
    "documents.tui.will_write": (
        "{count} {count|fil|filer} blir skrevet:",
        "{count} {count|file|files} will be written:",
    ),
    "documents.tui.written": (
        "Skrev {count} {count|fil|filer} i mappen",
        "Wrote {count} {count|file|files} to the folder",
    ),
    "documents.tui.open_folder": (
        "Åpne mappen i filbehandleren, eller i et terminalvindu med: {command}",
        "Open the folder in your file manager, or in a terminal with: {command}",
    ),
    "documents.tui.about.certificates": (
        "Bekreftelse på deltakelse til Kompetanseportalen: én fil per deltaker og alle samlet. "
        "Signeres av gruppeveileder.",
        "Attendance certificates for Kompetanseportalen: one file per participant and all of "
        "them together. Signed by the group leader.",
    ),
    "documents.tui.about.attendance": (
        "Oppmøte per deltaker og samling, for Excel (semikolon, desimalkomma) og som JSON.",
        "Attendance per participant and gathering, for Excel (semicolons, decimal comma) and as "
        "JSON.",
    ),
    "documents.tui.about.report": (
        "Rapport fra én samling: programmet slik det ble holdt, oppmøte med navn, læringsmål og "
        "evaluering. Signeres.",
        "A report of one gathering: the agenda as held, attendance by name, learning goals and "
        "the evaluation. To be signed.",
    ),
    "documents.tui.about.closeout": (
        "Halvårets sluttrapport til kommunen eller ALIS-kontoret: samlinger, oppmøtematrise "
        "(også som CSV), hvem som må ta igjen, læringsmål, evalueringer, temaønsker. Signeres.",
        "The half-year's close-out for the municipality or the ALIS office: gatherings, the "
        "attendance matrix (also as CSV), who needs to catch up, learning goals, evaluations, "
        "topic wishes. To be signed.",
    ),
    "documents.tui.about.handout": (
        "Samlingsplanen til deltakerne: datoer, steder, program og læringsmål.",
        "The gathering plan for the participants: dates, places, programme and learning goals.",
    ),
    "documents.tui.about.ics": (
        "Samlingene som kalenderfil, til å legge inn i en kalender.",
        "The gatherings as a calendar file, to add to a calendar.",
    ),
    "documents.tui.about.supervisors": (
        "Oppsummering til hver individuell veileder om deltakerne sine.",
        "A summary for each individual supervisor about their participants.",
    ),
    "documents.tui.about.letters": (
        "Brev til hver individuell veileder før halvåret: datoene, læringsmålene som er planlagt, "
        "kriteriene og hvordan temaer kan meldes inn. Ett brev per individuell veileder, og ett "
        "per deltaker som ikke har noen. Ingen notater eller vurderinger.",
        "A letter to each individual supervisor before the half-year: the dates, the learning "
        "goals planned, the criteria and how the supervisor can suggest themes. One letter per "
        "supervisor, and one per participant without one. No notes or assessments.",
    ),
}
