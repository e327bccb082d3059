"""Texts of the record of a gathering as it was held: another day than planned, recording
afterwards (etterregistrering), and the honest end of run mode."""

MESSAGES: dict[str, tuple[str, str]] = {
    # another day than planned
    "record.other_day.question": (
        "«{title}» er planlagt til {planned}, men i dag er det {today}. Vil du registrere "
        "samlingen som holdt i dag? Datoen i planen blir stående; bekreftelser og rapport får "
        "dagens dato.",
        (
            "“{title}” is planned for {planned}, but today is {today}. Record the gathering "
            "as held today? The plan keeps its date; certificates and the report get today's "
            "date."
        ),
    ),
    "record.other_day.yes": ("Holdt i dag", "Held today"),
    "record.other_day.back": ("Tilbake", "Back"),
    "record.other_day.done": (
        "Samlingen registreres som holdt i dag, {today}.",
        "The gathering is recorded as held today, {today}.",
    ),
    "run.drift.held": ("Holdt {span}", "Held {span}"),
    # keys
    "run.key.record": ("Etterregistrer", "Record afterwards"),
    "record.key.open": ("Etterregistrer", "Record afterwards"),
    "record.key.open_tip": (
        "Registrer samlingen under markøren i ettertid: dato, start, programposter og oppmøte",
        "Record the gathering under the cursor afterwards: date, start, blocks and attendance",
    ),
    "record.key.edit": ("Rett programpost", "Edit block"),
    "record.key.toggle": ("Holdt/hoppet over", "Held/skipped"),
    "record.key.attendance": ("Oppmøte", "Attendance"),
    "record.key.save": ("Lagre", "Save"),
    # the screen
    "record.subtitle": ("Etterregistrering", "Record afterwards"),
    "record.heading": ("Etterregistrering: $title", "Record afterwards: $title"),
    "record.intro.new": (
        "Alle programposter er satt som holdt etter planen. Merk det som ble hoppet over "
        "({key[record.toggle]}), rett minutter og starttid ({key[record.edit]}), ta oppmøtet "
        "({key[record.attendance]}) og lagre ({key[record.save]}).",
        "Every block is set as held as planned. Mark what was skipped ({key[record.toggle]}), "
        "correct minutes and start times ({key[record.edit]}), take the attendance "
        "({key[record.attendance]}) and save ({key[record.save]}).",
    ),
    "record.intro.held": (
        "Slik samlingen er registrert. Rett det som ikke stemmer: {key[record.toggle]} "
        "holdt/hoppet over, {key[record.edit]} minutter og starttid, {key[record.attendance]} "
        "oppmøte, {key[record.save]} lagrer. Det du endrer, merkes som etterregistrert.",
        "The gathering as recorded. Correct what is wrong: {key[record.toggle]} held/skipped, "
        "{key[record.edit]} minutes and start time, {key[record.attendance]} attendance, "
        "{key[record.save]} saves. What you change is marked as recorded afterwards.",
    ),
    "record.help": (
        "Etterregistrering er for en samling som ble holdt uten gjennomføring i appen (på "
        "papir), eller for å rette det gjennomføringen registrerte: en programpost avsluttet på "
        "under et halvt minutt, minutter med klokken på pause, en annen dag.\n\n"
        "Skriv datoen samlingen ble holdt og når den startet. Hver programpost er holdt "
        "(minutter, starttid) eller hoppet over ({key[record.toggle]}). Uten egen starttid "
        "begynner en programpost når den forrige sluttet; et klokkeslett tidligere enn det går over "
        "midnatt. "
        "{key[record.edit]} retter minutter og starttid, {key[record.attendance]} tar oppmøtet "
        "med når hver kom og gikk, {key[record.save]} lagrer og {key[record.cancel]} avbryter.\n\n"
        "Programpostene du endrer, merkes som etterregistrert, og rapporten sier det.",
        "Recording afterwards is for a gathering held without run mode (on paper), or to "
        "correct what run mode recorded: a block ended in under half a minute, minutes with the "
        "clock paused, another day.\n\n"
        "Type the date the gathering was held and when it began. Mark each block as held "
        "(minutes, start time) or skipped ({key[record.toggle]}). Without a start time of its own a block "
        "begins when the block before it ended; a clock time earlier than that is taken "
        "to be after midnight. {key[record.edit]} corrects minutes and start time, "
        "{key[record.attendance]} takes attendance, with when each participant arrived and left, "
        "{key[record.save]} saves and {key[record.cancel]} cancels.\n\n"
        "The blocks you change are marked as recorded afterwards, and the report says so.",
    ),
    "record.day": ("Holdt dato", "Held on"),
    "record.start": ("Startet", "Began"),
    "record.col.time": ("Tid", "Time"),
    "record.col.block": ("Programpost", "Block"),
    "record.col.planned": ("Plan", "Planned"),
    "record.col.held": ("Holdt", "Held"),
    "record.col.mark": ("Merknad", "Note"),
    "record.held_minutes": ("{minutes} min", "{minutes} min"),
    "record.skipped": ("hoppet over", "skipped"),
    "record.mark": ("etterregistrert", "recorded afterwards"),
    "record.summary.blocks": (
        "{held} av {total} {total|programpost|programposter} holdt, {skipped} hoppet over",
        "{held} of {total} {total|block|blocks} held, {skipped} skipped",
    ),
    "record.summary.span": ("{start}–{end}", "{start}–{end}"),
    "record.summary.no_attendance": (
        "oppmøte ikke tatt ({key[record.attendance]})",
        "attendance not taken ({key[record.attendance]})",
    ),
    "record.summary.attendance": (
        "{present} av {total} til stede",
        "{present} of {total} present",
    ),
    "record.bad_date": (
        "«{value}» er ikke en dato. Skriv for eksempel 22.10.2026.",
        "“{value}” is not a date. Type a date such as 2026-10-22.",
    ),
    "record.bad_start": (
        "«{value}» er ikke et klokkeslett. Skriv for eksempel 09:00.",
        "“{value}” is not a clock time. Type a time such as 09:00.",
    ),
    "record.not_saved_no_attendance": (
        "Ikke lagret: uten oppmøte får ingen bekreftelse for samlingen.",
        "Not saved: without attendance nobody gets a certificate for the gathering.",
    ),
    "record.saved": (
        "«{title}» registrert som holdt {day}: {held} {held|programpost|programposter} holdt, "
        "{afterwards} av dem etterregistrert.",
        (
            "“{title}” recorded as held on {day}: {held} {held|block|blocks} held, "
            "{afterwards} of them recorded afterwards."
        ),
    ),
    "record.discard_question": (
        "Forkaste det du har registrert her?",
        "Discard what you have recorded here?",
    ),
    "record.discard": ("Forkast", "Discard"),
    # one block
    "record.block.title": ("Holdt: {title}", "Held: {title}"),
    "record.block.intro": (
        "Planlagt {planned} min. Uten starttid begynner programposten når den forrige sluttet.",
        "Planned {planned} min. Without a start time the block begins when the previous one ended.",
    ),
    "record.block.start": ("Startet (TT:MM)", "Began (HH:MM)"),
    "record.block.start_placeholder": ("når forrige slutter", "when the previous one ends"),
    "record.block.minutes": ("Minutter holdt", "Minutes held"),
    "record.block.bad_minutes": (
        "Minutter holdt må være et helt tall fra 1 til {max}. En programpost som ikke ble holdt, "
        "merkes som hoppet over.",
        "Minutes held must be a whole number from 1 to {max}. Mark a block that was not held "
        "as skipped.",
    ),
    "record.block.minutes_clock": (
        "Minutter holdt: «{value}» er et klokkeslett. Skriv hvor mange minutter programposten varte "
        "(f.eks. 50); når den startet, skrives i Startet.",
        "Minutes held: “{value}” is a clock time. Write how many minutes the block lasted "
        "(e.g. 50); when it began goes in Began.",
    ),
    # the rules
    "record.minutes": (
        "«{title}»: minutter holdt må være fra 1 til {max}.",
        "“{title}”: minutes held must be from 1 to {max}.",
    ),
    "record.overlap": (
        "«{title}» starter {start}, før forrige programpost slutter ({end}). Rett starttiden "
        "eller minuttene til den forrige.",
        (
            "“{title}” begins at {start}, before the previous block ends ({end}). Correct "
            "the start time or the previous block's minutes."
        ),
    ),
    "record.before_start": (
        "«{title}» starter {start}, før samlingen startet ({end}). Rett starttiden.",
        (
            "“{title}” begins at {start}, before the gathering began ({end}). Correct the "
            "start time."
        ),
    ),
    # documents
    "export.cert.title_provisional": (
        "Bekreftelse på deltakelse i gruppeveiledning (foreløpig)",
        "Confirmation of participation in group guidance (provisional)",
    ),
    "export.cert.status": (
        "Deltatt på {attended} av {total} {total|samling|samlinger} i halvåret.",
        "Attended {attended} of the half-year's {total} {total|gathering|gatherings}.",
    ),
    "export.cert.status_missed": (
        "Ikke til stede på: {gatherings}.",
        "Not present at: {gatherings}.",
    ),
    "export.cert.status_provisional": (
        "**Foreløpig:** utstedt før halvårets siste samling er holdt; {count} gjenstår: "
        "{gatherings}.",
        "**Provisional:** issued before the half-year's last gathering is held; {count} to "
        "come: {gatherings}.",
    ),
    "export.report.date_moved": (
        "{day} (planlagt {planned})",
        "{day} (planned for {planned})",
    ),
    "export.report.afterwards": ("etterregistrert", "recorded afterwards"),
    "export.report.afterwards_note": (
        "{count} {count|programpost|programposter} er etterregistrert: minutter og klokkeslett "
        "er skrevet inn i ettertid, ikke målt under gjennomføringen.",
        "{count} {count|block|blocks} recorded afterwards: minutes and clock times were "
        "entered later, not timed in run mode.",
    ),
    # the rules of a plan (checked in plan files as in the app)
    "domain.group.no_organiser": (
        "Ingen arrangør (kommune eller kontor): bekreftelsene skriver «Arrangør: –» med mindre "
        "innstillingen organiser er satt.",
        "No organiser (municipality or office): certificates will print “Organiser: –” unless "
        "the “organiser” setting is set.",
    ),
    "domain.gathering.end_before_start": (
        "Sluttiden {end} er ikke etter starttiden {start}.",
        "The end time {end} is not after the start time {start}.",
    ),
    "domain.block.held_times_unheld": (
        "Faktisk start og slutt (held_start, held_end) hører til en gjennomført programpost: oppgi "
        "held_minutes også.",
        (
            "An actual start and end (held_start, held_end) belong only to a block that was "
            "held: give held_minutes too."
        ),
    ),
    "domain.block.held_end_alone": (
        "held_end uten held_start: oppgi når programposten startet.",
        "held_end without held_start: give when the block began.",
    ),
    "domain.block.held_order": (
        "Programposten slutter ({end}) før den starter ({start}).",
        "The block ends ({end}) before it begins ({start}).",
    ),
    # goals are the leader's decision
    "planui.goals.suggested": (
        "Aktivitetens foreslåtte mål er krysset av. Ingenting knyttes til programposten før du "
        "lagrer ({key[dialog.save]}); fjern det programposten ikke skal dekke.",
        "The activity's suggested goals are ticked. Nothing is attached to the block until you "
        "save ({key[dialog.save]}); untick what the block will not cover.",
    ),
    "planui.goals.none_attached": (
        "Ingen læringsmål knyttet til «{title}». {key[gathering.goals]} velger mål.",
        "No learning goals attached to “{title}”. {key[gathering.goals]} chooses goals.",
    ),
    # --gathering on every export
    "export.cli.opt.gathering.certificates": (
        "bare denne samlingen (nummer 1, 2, …, id eller tittel); status og foreløpig gjelder "
        "fortsatt hele halvåret",
        (
            "only this gathering (number 1, 2, …, id or title); the status line and the "
            "provisional mark still cover the whole half-year"
        ),
    ),
    "export.cli.opt.gathering.attendance": (
        "bare denne samlingen (nummer 1, 2, …, id eller tittel)",
        "only this gathering (number 1, 2, …, id or title)",
    ),
    "export.cli.opt.gathering.report": (
        "samlingen (nummer 1, 2, …, id eller tittel); ellers alle som er holdt",
        "the gathering (number 1, 2, …, id or title); otherwise every gathering held",
    ),
    "export.cli.opt.gathering.handout": (
        "bare denne samlingen (nummer 1, 2, …, id eller tittel)",
        "only this gathering (number 1, 2, …, id or title)",
    ),
    "export.cli.opt.gathering.ics": (
        "bare denne samlingen (nummer 1, 2, …, id eller tittel)",
        "only this gathering (number 1, 2, …, id or title)",
    ),
    "export.cli.opt.gathering.supervisors": (
        "bare denne samlingen (nummer 1, 2, …, id eller tittel)",
        "only this gathering (number 1, 2, …, id or title)",
    ),
}
