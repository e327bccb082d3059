"""User-facing texts: the exported documents (certificates, attendance, reports, handout, calendar,
supervisor summaries), their file names and writing them. key: (bokmål, English). The export
command and screen: ``catalog_export_ui``."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- formatting ------------------------------------------------------------------------
    "export.duration.hm": ("{hours} t {minutes} min", "{hours} h {minutes} min"),
    "export.duration.h": ("{hours} t", "{hours} h"),
    "export.duration.m": ("{minutes} min", "{minutes} min"),
    "export.no_date": ("dato ikke satt", "date not set"),
    "export.months": (
        "januar,februar,mars,april,mai,juni,juli,august,september,oktober,november,desember",
        "January,February,March,April,May,June,July,August,September,October,November,December",
    ),
    "export.weekdays": (
        "mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag",
        "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    ),
    "export.date": ("{day}. {month} {year}", "{day} {month} {year}"),
    "export.gathering_n": ("Samling {n}", "Gathering {n}"),
    "export.footer": (
        "Laget med groupguide {date}. Skal signeres av gruppeveileder.",
        "Made with groupguide on {date}. To be signed by the group leader.",
    ),
    "export.footer.plain": ("Laget med groupguide {date}.", "Made with groupguide on {date}."),
    # -- PDF -------------------------------------------------------------------------------
    "export.pdf.page": ("Side {page} av {pages}", "Page {page} of {pages}"),
    "export.pdf.font_broken": (
        "Kunne ikke lage {name}: skriftfilen som følger med programmet er ødelagt eller mangler "
        "({reason}). Installer groupguide på nytt.",
        "Could not make {name}: the font file shipped with the program is damaged or missing "
        "({reason}). Reinstall groupguide.",
    ),
    "export.pdf.missing_glyphs": (
        "{name}: skriften i PDF-en har ikke tegnene {chars}; de blir tomme bokser. HTML-filen "
        "viser dem.",
        "{name}: the PDF's font lacks the characters {chars}; they show as empty boxes. The "
        "HTML file shows them.",
    ),
    # -- fields and columns ----------------------------------------------------------------
    "export.field.participant": ("Deltaker", "Participant"),
    "export.field.participants": ("Deltakere", "Participants"),
    "export.field.workplace": ("Arbeidssted", "Workplace"),
    "export.field.activity": ("Læringsaktivitet", "Learning activity"),
    "export.field.organiser": ("Arrangør", "Organiser"),
    "export.field.group": ("Gruppe", "Group"),
    "export.field.term": ("Halvår", "Half-year"),
    "export.field.leader": ("Gruppeveileder", "Group leader"),
    "export.field.date": ("Dato", "Date"),
    "export.field.time": ("Tid", "Time"),
    "export.field.place": ("Sted", "Place"),
    "export.col.time": ("Tid", "Time"),
    "export.col.block": ("Programpost", "Block"),
    "export.col.minutes": ("Min", "Min"),
    "export.col.planned": ("Planlagt min", "Planned min"),
    "export.col.held": ("Gjennomført min", "Held min"),
    "export.col.goals": ("Læringsmål", "Learning goals"),
    "export.col.presenters": ("Presenterer", "Presenting"),
    "export.col.gathering": ("Samling", "Gathering"),
    "export.col.attendance": ("Oppmøte", "Attendance"),
    "export.col.attended": ("Til stede", "Attended"),
    "export.col.note": ("Kom/gikk", "Arrived/left"),
    "export.activity.lis1": (
        "Gruppeveiledning for LIS1 i kommunen",
        "Group guidance (gruppeveiledning) for LIS1 in the municipality",
    ),
    "export.activity.track": ("Gruppeveiledning, {track}", "Group guidance, {track}"),
    # -- certificates ----------------------------------------------------------------------
    "export.cert.title": (
        "Bekreftelse på deltakelse i gruppeveiledning",
        "Confirmation of participation in group guidance",
    ),
    "export.cert.intro": (
        "Deltakeren har deltatt på {count} {count|samling|samlinger} i gruppeveiledningen, til "
        "sammen {hours} {hours|time|timer}. Bare samlinger deltakeren var til stede på, og "
        "programposter som ble gjennomført, er tatt med.",
        "The participant attended {count} {count|gathering|gatherings} of the group guidance, "
        "{hours} {hours|hour|hours} in total. Only gatherings the participant attended and "
        "blocks that were held are included.",
    ),
    "export.cert.gathering_line": (
        "{date}, {place}. Til stede: {attended}.",
        "{date}, {place}. Attended: {attended}.",
    ),
    "export.cert.gathering_line_no_place": (
        "{date}. Til stede: {attended}.",
        "{date}. Attended: {attended}.",
    ),
    "export.cert.arrived": ("kom {time}", "arrived {time}"),
    "export.cert.left": ("gikk {time}", "left {time}"),
    "export.cert.partial": ("delvis til stede", "partly present"),
    "export.cert.presented": ("presenterte", "presented"),
    "export.cert.goals_not_counted": (
        "til stede mindre enn halve programposten",
        "present for less than half of it",
    ),
    "export.cert.no_blocks": (
        "Ingen programposter er registrert som gjennomført mens deltakeren var til stede.",
        "No blocks are recorded as held while the participant was present.",
    ),
    "export.cert.goals_heading": ("Læringsmål det er arbeidet med", "Learning goals worked on"),
    "export.cert.no_goals": (
        "Ingen læringsmål registrert.",
        "No learning goals recorded.",
    ),
    "export.cert.unknown_goals": (
        "Andre temaer (ikke i målkatalogen): {codes}",
        "Other topics (not in the goal catalogue): {codes}",
    ),
    "export.cert.totals": ("Sum", "Total"),
    "export.cert.totals_line": (
        "{count} {count|samling|samlinger}, {duration} ({hours} {hours|time|timer}).",
        "{count} {count|gathering|gatherings}, {duration} ({hours} {hours|hour|hours}).",
    ),
    "export.cert.none_for": (
        "Ingen bekreftelse for {name}: ikke registrert til stede på noen samling.",
        "No certificate for {name}: not recorded as present at any gathering.",
    ),
    "export.cert.nobody": (
        "Ingen deltakere har registrert oppmøte ennå. Registrer oppmøte på en samling først.",
        (
            "No attendance has been recorded for any participant yet. Take attendance at a "
            "gathering first."
        ),
    ),
    "export.sign.place_date": ("Sted og dato", "Place and date"),
    "export.sign.leader": ("Underskrift gruppeveileder", "Signature, group leader"),
    # -- attendance sheet ------------------------------------------------------------------
    "export.csv.name": ("Navn", "Name"),
    "export.csv.workplace": ("Arbeidssted", "Workplace"),
    "export.csv.status": ("oppmøte", "attendance"),
    "export.csv.hours": ("timer", "hours"),
    "export.csv.attended": ("Samlinger deltatt", "Gatherings attended"),
    "export.csv.total_hours": ("Timer totalt", "Total hours"),
    "export.status.present": ("til stede", "present"),
    "export.status.partial": ("delvis", "partial"),
    "export.status.absent": ("fravær", "absent"),
    "export.attendance.none_taken": (
        "Oppmøte er ikke registrert på noen samling ennå.",
        "Attendance has not been taken at any gathering yet.",
    ),
    "export.preview.csv": (
        "Oppmøteliste (CSV for Excel: semikolon, desimalkomma, UTF-8):",
        "Attendance sheet (CSV for Excel: semicolons, decimal comma, UTF-8):",
    ),
    # -- gathering report ------------------------------------------------------------------
    "export.report.title": ("Samlingsrapport", "Gathering report"),
    "export.report.agenda": ("Program slik det ble gjennomført", "Agenda as held"),
    "export.report.not_held": ("ikke gjennomført", "not held"),
    "export.report.programme_totals": (
        "Planlagt program: {planned}. Gjennomført program: {held} (pauser ikke medregnet).",
        "Planned programme: {planned}. Programme held: {held} (breaks not counted).",
    ),
    "export.report.no_blocks": (
        "Samlingen har ingen programposter.",
        "The gathering has no blocks.",
    ),
    "export.report.attendance": ("Oppmøte", "Attendance"),
    "export.report.no_attendance": ("Oppmøte er ikke registrert.", "Attendance was not taken."),
    "export.report.attendance_line": (
        "Til stede: {present}. Delvis til stede: {partial}. Fravær: {absent}. "
        "Deltakere i gruppen: {total}.",
        "Present: {present}. Partly present: {partial}. Absent: {absent}. "
        "Participants in the group: {total}.",
    ),
    "export.report.goals": ("Læringsmål det ble arbeidet med", "Learning goals covered"),
    "export.report.no_goals": (
        "Ingen læringsmål registrert som gjennomført.",
        "No learning goals recorded as covered.",
    ),
    "export.report.goals_not_held": (
        "Planlagt, men ikke gjennomført: {codes}",
        "Planned but not held: {codes}",
    ),
    "export.report.evaluation": ("Skriftlig anonym evaluering", "Written anonymous evaluation"),
    "export.report.oral_round": ("Muntlig evalueringsrunde", "Evaluation round"),
    "export.report.leader_evaluation": (
        "Gruppeveileders egen evaluering",
        "The group leader's own evaluation",
    ),
    "export.report.not_written": ("Ikke skrevet.", "Not written."),
    "export.report.oral_wishes": (
        "Ønsker til tema fra evalueringsrunden",
        "Topic wishes from the evaluation round",
    ),
    "export.report.teacher_evaluation": (
        "Evaluering fra {name} ({role})",
        "Evaluation by {name} ({role})",
    ),
    "export.report.nothing_held": (
        "Ingen samlinger er gjennomført ennå (oppmøte eller gjennomførte programposter mangler).",
        "No gathering has been held yet (no attendance or held blocks).",
    ),
    "export.eval.unavailable": (
        "Den skriftlige evalueringen er ikke tilgjengelig for denne samlingen.",
        "The written evaluation is not available for this gathering.",
    ),
    "export.eval.none": (
        "Ingen har svart på den skriftlige evalueringen. Evalueringen vises når minst "
        "{threshold} har svart.",
        "Nobody has answered the written evaluation. The evaluation is shown once at least "
        "{threshold} have answered.",
    ),
    "export.eval.threshold": (
        "Evalueringen vises når minst {threshold} har svart (nå {count}), slik at ingen "
        "enkeltsvar kan kjennes igjen.",
        "The evaluation is shown once at least {threshold} have answered (now {count}), so "
        "that no single answer can be recognised.",
    ),
    "export.eval.count": (
        "{count} svar. Fritekst i tilfeldig rekkefølge.",
        "{count} {count|answer|answers}. Free text in random order.",
    ),
    "export.eval.item": ("Spørsmål", "Question"),
    "export.eval.overall": (
        "Relevans for arbeidet (hele samlingen)",
        "Relevance for work (the whole gathering)",
    ),
    "export.eval.mean": ("Snitt (1–5)", "Mean (1–5)"),
    "export.eval.answers": ("Svar", "Answers"),
    "export.eval.text.good": ("Dette fungerte godt", "What worked well"),
    "export.eval.text.better": ("Dette kan bli bedre", "What could be better"),
    "export.eval.text.wishes": ("Ønsker til senere samlinger", "Wishes for later gatherings"),
    # -- handout and calendar --------------------------------------------------------------
    "export.handout.title": ("Samlingsplan", "Gathering plan"),
    "export.handout.intro": (
        "Her er datoer, steder og program for gruppeveiledningen dette halvåret, med "
        "læringsmålene hver samling arbeider med og hva som forventes av deg.",
        "Here are the dates, places and programme of this half-year's group guidance, with the "
        "learning goals each gathering works on and what is expected of you.",
    ),
    "export.handout.dates": ("Datoer og steder", "Dates and places"),
    "export.handout.held_on": (
        "Ble holdt {date}, ikke på planlagt dato.",
        "Held on {date}, not on the planned date.",
    ),
    "export.handout.goals": ("Læringsmål denne samlingen:", "Learning goals of this gathering:"),
    "export.handout.expectations": ("Hva forventes av deg", "What is expected of you"),
    "export.handout.expect.attend": (
        "Møt på alle samlingene og hele dagen. Gi beskjed til gruppeveileder på forhånd ved "
        "fravær; bekreftelsen viser bare tiden du faktisk var til stede.",
        "Attend every gathering for the whole day. Tell the group leader in advance if you "
        "cannot come; the certificate shows only the time you were actually present.",
    ),
    "export.handout.expect.case": (
        "Forbered en kasuistikk fra egen praksis når du står oppført med det, og tenk gjennom "
        "hva du gjorde (P1), hvorfor (P2) og hvilke verdier som lå bak (P3).",
        "Prepare a case from your own practice when you are listed for one, and think through "
        "what you did (P1), why (P2) and which values lay behind it (P3).",
    ),
    "export.handout.expect.confidential": (
        "Kasuistikker skal være anonymisert: ingen navn, fødselsnummer eller andre "
        "opplysninger som kan identifisere pasienten. Det som sies i gruppen, blir i gruppen.",
        "Cases must be anonymised: no names, national identity numbers or other details that "
        "could identify the patient. What is said in the group stays in the group.",
    ),
    "export.handout.expect.audit": (
        "Til auditen på {gathering}: ta med dine egne tall for {measures}.",
        "For the audit at {gathering}: bring your own figures for {measures}.",
    ),
    "export.handout.expect.evaluation": (
        "Svar på den anonyme evalueringen etter hver samling (to minutter på mobilen). "
        "Ønskene dine former de neste samlingene.",
        "Answer the anonymous evaluation after each gathering (two minutes on your phone). "
        "Your wishes shape the next gatherings.",
    ),
    "export.handout.expect.certificate": (
        "Etter halvåret får du en bekreftelse på deltakelse med timer og læringsmål, som du "
        "laster opp i Kompetanseportalen.",
        "After the half-year you receive a confirmation of participation with hours and "
        "learning goals, which you upload to Kompetanseportalen.",
    ),
    "export.handout.no_gatherings": (
        "Gruppen har ingen samlinger ennå.",
        "The group has no gatherings yet.",
    ),
    "export.ics.description": (
        "Gruppeveiledning: {group}. Gruppeveileder: {leader}.",
        "Group guidance: {group}. Group leader: {leader}.",
    ),
    "export.ics.undated": (
        "Uten dato, ikke med i kalenderen: {titles}",
        "Left out of the calendar (no date): {titles}",
    ),
    "export.preview.ics": ("Kalenderfil (iCalendar):", "Calendar file (iCalendar):"),
    # -- supervisors -----------------------------------------------------------------------
    "export.sup.title": (
        "Oppsummering fra gruppeveiledningen til individuell veileder",
        "Group guidance summary for the individual supervisor",
    ),
    "export.sup.to": ("Til", "To"),
    "export.sup.no_supervisor": (
        "(ingen individuell veileder registrert)",
        "(no individual supervisor recorded)",
    ),
    "export.sup.intro": (
        "Til koordinering av gruppeveiledning og individuell veiledning. Bare læringsmål fra "
        "programposter som ble gjennomført mens deltakeren var til stede er tatt med, og bare "
        "notater gruppeveileder har valgt å dele.",
        "For coordinating group guidance and individual supervision. Only learning goals of "
        "blocks held while the participant was present are included, and only notes the "
        "group leader chose to share.",
    ),
    "export.sup.attended": ("Deltok på", "Attended"),
    "export.sup.no_attendance": (
        "Ikke registrert til stede på noen samling ennå.",
        "Not recorded as present at any gathering yet.",
    ),
    "export.sup.missed": ("Fravær", "Absent from"),
    "export.sup.goals": ("Læringsmål det er arbeidet med", "Learning goals worked on"),
    "export.sup.notes": ("Delte notater fra gruppeveileder", "Notes shared by the group leader"),
    "export.sup.upcoming": ("Planlagt videre i gruppen", "Planned next in the group"),
    "export.sup.nobody": ("Gruppen har ingen deltakere.", "The group has no participants."),
    # -- file names (safe ASCII stems) -----------------------------------------------------
    "export.file.certificate": ("bekreftelse", "certificate"),
    "export.file.certificates": ("bekreftelser", "certificates"),
    "export.file.attendance": ("oppmote", "attendance"),
    "export.file.report": ("samlingsrapport", "gathering-report"),
    "export.file.handout": ("samlingsplan", "gathering-plan"),
    "export.file.calendar": ("samlinger", "gatherings"),
    "export.file.supervisor": ("individuell-veileder", "supervisor"),
    "export.file.no_supervisor": ("uten-veileder", "no-supervisor"),
    # -- writing -----------------------------------------------------------------------------
    "export.bad_name": ("Ugyldig filnavn: «{name}»", "Invalid file name: “{name}”"),
    "export.not_a_folder": ("{path} er ikke en mappe.", "{path} is not a folder."),
    "export.target_is_folder": (
        "{path} er en mappe; velg en annen mappe å skrive til.",
        "{path} is a folder; choose another folder to write to.",
    ),
    "export.write_failed": (
        "Kunne ikke skrive {path}: {reason}",
        "Could not write {path}: {reason}",
    ),
    "export.exists": (
        "{count} {count|fil|filer} finnes fra før, for eksempel {path}. Ingenting er skrevet. "
        "Bruk --force for å overskrive.",
        "{count} {count|file already exists|files already exist}, for example {path}. Nothing "
        "was written. Use --force to overwrite.",
    ),
}
