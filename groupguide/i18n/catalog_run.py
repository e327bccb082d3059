"""User-facing texts: run mode (the runner, check-in, the confidentiality guard). key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the runner
    "run.subtitle": ("Gjennomføring av samlingen", "Running the gathering"),
    "run.help": (
        "Gjennomføringen viser hva som skjer nå, hva som kommer, tiden og hvem som snakker.\n"
        "{key[run.toggle]} starter og pauser klokken. {key[run.next]} avslutter programposten og "
        "registrerer den som gjennomført med faktisk tid; {key[run.back]} går tilbake. "
        "I en programpost med faser (kasuistikk, summeøvelse, audit, evalueringsrunde) går "
        "{key[run.next_phase]} og {key[run.prev_phase]} mellom fasene, og i en runde "
        "markerer {key[run.speaker]} at neste i taleturen har snakket ({key[run.unspeaker]} "
        "angrer). Under spørsmålene står tips til deg som gruppeveileder (hvordan spørre, hva du bør "
        "unngå); de vises aldri på projektoren. I en summeøvelse trekkes parene når fasen "
        "«To og to» begynner; {key[run.pairs]} trekker nye og unngår så langt det går alle par "
        "som er brukt før i halvåret, og parene som står på skjermen. I audit legger "
        "{key[run.figure1]}–{key[run.figure4]} inn et tall for hånd for indikator 1–4 (skriv "
        "«-4,2» for å fjerne et tall), og {key[run.phones]} viser en QR-kode som lar deltakerne "
        "sende inn egne tall fra mobilen, anonymt. Fordelingen er skjult, også for tall du "
        "skriver inn, til du avslutter innsamlingen ({key[run.end_figures]}); da ser hver mobil "
        "hvor eget tall ligger, og skjermen bare fordeling og median (som intervallet den "
        "ligger i). Når innsamlingen eller programposten avsluttes, "
        "lagres bare gruppens fordeling med programposten, aldri et enkelt tall. "
        "{key[run.notes]} åpner notatfeltet; {key[run.notes.leave]} forlater det. Notater "
        "kommer aldri i dokumenter til deltakerne. {key[run.projector]} gir projektorvisning "
        "uten notater.\n"
        "Dagen registreres slik den blir holdt: første start gir dato og klokkeslett samlingen "
        "begynte, og hver programpost får sin faktiske start og slutt. Åpnes en samling en annen "
        "dag enn den er planlagt, spør appen først. Når dagen er over, retter {key[run.record]} "
        "i ettertid hvilke programposter som ble holdt, med minutter og klokkeslett.\n"
        "Tilstanden lagres hele tiden: krasjer maskinen, fortsetter «groupguide run» der du "
        "slapp, med tiden i behold.",
        "Run mode shows what happens now, what is next, the time and who speaks.\n"
        "{key[run.toggle]} starts and pauses the clock. {key[run.next]} ends the block and "
        "records it as held with its actual time; {key[run.back]} goes back. In a block with "
        "phases (a case, a buzz exercise, an audit, the evaluation round) "
        "{key[run.next_phase]} and {key[run.prev_phase]} move between phases, and in a round "
        "{key[run.speaker]} marks that the next speaker has spoken ({key[run.unspeaker]} "
        "undoes). Below the questions are tips for you as the leader (how to ask, what to "
        "avoid); they are never shown on the projector. In a buzz exercise the pairs are drawn "
        'when the "Two and two" phase begins; {key[run.pairs]} draws new ones, avoiding as far '
        "as possible every pair used earlier in the half-year and the pairs on the screen. In "
        "an audit, {key[run.figure1]}–{key[run.figure4]} enter a figure by hand for measure 1–4 "
        '(type "-4.2" to remove one), and {key[run.phones]} shows a QR code with which the '
        "participants send their own figures from their phones, anonymously. The distribution "
        "is hidden, also for figures you type, until you end the collection "
        "({key[run.end_figures]}); then each phone sees where its own figure stands, and the "
        "screen only the distribution and the median (as the interval it lies in). When "
        "the collection or the block ends, only the group's distribution is kept with the "
        "block, never a single figure. {key[run.notes]} opens the notes field; "
        "{key[run.notes.leave]} leaves it. Notes never go into documents for participants. "
        "{key[run.projector]} gives the projector layout without notes.\n"
        "The day is recorded as it is held: the first start gives the date and clock time the "
        "gathering began, and each block its real start and end. A gathering opened on another "
        "day than planned asks first. Once the day is over, {key[run.record]} corrects "
        "afterwards which blocks were held, with minutes and clock times.\n"
        'The state is saved all the time: if the computer crashes, "groupguide run" resumes '
        "where you were, with the time kept.",
    ),
    "run.not_found": (
        "Fant ikke gruppen eller samlingen.",
        "The group or the gathering was not found.",
    ),
    "run.resumed": (
        "Fortsetter der du slapp: «{title}», {elapsed} brukt.",
        "Resuming where you left off: “{title}”, {elapsed} used.",
    ),
    "run.now": ("Programpost {number} av {total}:", "Block {number} of {total}:"),
    "run.presenter": ("presenterer: {name}", "presenting: {name}"),
    "run.finished": (
        "Alle programpostene ({count}) er gjennomført.",
        "All blocks ({count}) were held.",
    ),
    "run.finished.some": (
        "{held} av {total} {total|programpost|programposter} gjennomført, {skipped} hoppet over.",
        "{held} of {total} {total|block|blocks} held, {skipped} skipped.",
    ),
    "run.finished_hint": (
        "Samlingen er ferdig. {key[run.back]} går tilbake til siste programpost, "
        "{key[run.record]} retter i ettertid hvilke programposter som ble holdt, med minutter og "
        "klokkeslett, {key[run.evaluation]} åpner evalueringen, {key[run.close]} lukker.",
        "The gathering is over. {key[run.back]} goes back to the last block, "
        "{key[run.record]} corrects afterwards which blocks were held, with minutes and clock "
        "times, {key[run.evaluation]} opens the evaluation, {key[run.close]} closes.",
    ),
    "run.status.running": ("▶ Klokken går", "▶ Clock running"),
    "run.status.paused": (
        "⏸ Pause – trykk {key[run.toggle]} for å starte",
        "⏸ Paused – press {key[run.toggle]} to start",
    ),
    "run.status.finished": ("Ferdig", "Finished"),
    "run.timer.left": ("{minutes} min igjen av {planned}", "{minutes} min left of {planned}"),
    "run.timer.overrun": (
        "Overtid: {minutes} min (plan {planned} min)",
        "Over time: {minutes} min (planned {planned} min)",
    ),
    "run.phase": ("Fase {number}/{total}:", "Phase {number}/{total}:"),
    "run.phase.next": (
        "Neste fase ({key[run.next_phase]}): {title}, {minutes} min",
        "Next phase ({key[run.next_phase]}): {title}, {minutes} min",
    ),
    "run.phase.last": ("Siste fase.", "Last phase."),
    "run.drift.behind": (
        "{minutes} min etter planen, slutt ca. {end}",
        "{minutes} min behind the plan, ending about {end}",
    ),
    "run.drift.ahead": (
        "{minutes} min foran planen, slutt ca. {end}",
        "{minutes} min ahead of the plan, ending about {end}",
    ),
    "run.drift.ahead_skipped": (
        "{minutes} min foran planen ({count} {count|programpost|programposter} hoppet over), "
        "slutt ca. {end}",
        "{minutes} min ahead of the plan ({count} {count|block|blocks} skipped), ending about "
        "{end}",
    ),
    "run.drift.on_time": ("I rute, slutt ca. {end}", "On time, ending about {end}"),
    "run.next.block": (
        "Neste: {time} {title} ({minutes} min)",
        "Next: {time} {title} ({minutes} min)",
    ),
    "run.next.last": ("Dette er siste programpost.", "This is the last block."),
    "run.next.none_finished": ("Ingen flere programposter.", "No more blocks."),
    "run.ended": (
        "«{title}» registrert som gjennomført: {minutes} min.",
        "“{title}” recorded as held: {minutes} min.",
    ),
    "run.skipped": (
        "«{title}» ble hoppet over (under et halvt minutt på klokken) og er ikke "
        "registrert som gjennomført.",
        "“{title}” was skipped (under half a minute on the clock) and is not recorded as held.",
    ),
    "run.prompts.none": ("Ingen spørsmål for denne fasen.", "No questions for this phase."),
    "run.guidance": ("Tips til gruppeveileder", "Tips for the group leader"),
    "run.help.now": ("Aktivitet: {activity}", "Activity: {activity}"),
    "run.help.phase": ("Fase {number}/{total}: {title}", "Phase {number}/{total}: {title}"),
    "run.help.source": ("Kilde: {source}", "Source: {source}"),
    "run.speakers.none": ("Ingen i taleturen.", "Nobody in the speaking order."),
    "run.speakers.count": (
        "{done} av {total} har snakket",
        "{done} of {total} {done|has|have} spoken",
    ),
    "run.speakers.all_done": (
        "Alle har hatt ordet i denne runden.",
        "Everyone has spoken in this round.",
    ),
    "run.pairs.none": (
        "Ingen par ennå: trykk {key[run.pairs]}.",
        "No pairs yet: press {key[run.pairs]}.",
    ),
    "run.pairs.too_few": ("For få til stede til å danne par.", "Too few present to make pairs."),
    "run.audit.no_measures": (
        "Programposten samler ikke inn noen tall. Velg indikatorer i programposten "
        "(samlingen, {key[gathering.edit]}).",
        "The block collects no figures. Choose measures in the block (the gathering, "
        "{key[gathering.edit]}).",
    ),
    "run.audit.default_title": ("Audit", "Audit"),
    "run.audit.prompt": (
        "Tallet til én deltaker, for eksempel 4,2. Ingen navn lagres. Skriv «-4,2» for å "
        "fjerne et tall som ble feil.",
        'One participant\'s figure, for example 4.2. No names are stored. Type "-4.2" to '
        "remove a figure entered by mistake.",
    ),
    "run.audit.error": (
        "Skriv et tall mellom 0 og {most}, for eksempel 4,2.",
        "Type a number between 0 and {most}, for example 4.2.",
    ),
    "run.audit.not_found": ("Det tallet finnes ikke i listen.", "That figure is not in the list."),
    "run.audit.taken": (
        "Tallet er tatt imot ({count} tall). Fordelingen vises når du avslutter innsamlingen "
        "({key[run.end_figures]}).",
        "Figure taken ({count} {count|figure|figures}). The distribution is shown when you end "
        "the collection ({key[run.end_figures]}).",
    ),
    "run.audit.removed": (
        "Ett tall er fjernet ({count} tall igjen).",
        "One figure removed ({count} {count|figure|figures} left).",
    ),
    "run.audit.ended": (
        "Innsamlingen er avsluttet. Fordelingen vises nå.",
        "The collection has ended. The distribution is shown now.",
    ),
    "run.audit.hidden": (
        "{count} tall mottatt. Fordelingen vises når du avslutter innsamlingen "
        "({key[run.end_figures]}), så ingen kan se hvem som sendte hva.",
        "Figures received: {count}. The distribution is shown when you end the collection "
        "({key[run.end_figures]}), so that nobody can see who sent "
        "what.",
    ),
    "run.audit.waiting": (
        "{count} tall lagt inn; fordelingen vises fra {needed} tall, for anonymitetens skyld.",
        "Figures entered: {count}; the distribution is shown from {needed} "
        "{needed|figure|figures}, for anonymity.",
    ),
    "run.audit.median": (
        "Median mellom {low} og {high} ({count} tall)",
        "Median between {low} and {high} ({count} {count|figure|figures})",
    ),
    "run.audit.median_range": (
        "Median mellom {low} og {high} ({count} tall; grovt inndelt under {exact} tall, for "
        "anonymitet)",
        "Median between {low} and {high} ({count} {count|figure|figures}; coarser below {exact} "
        "{exact|figure|figures}, for anonymity)",
    ),
    "run.evaluation.missing": (
        "Evalueringen er ikke tilgjengelig ennå.",
        "The evaluation is not available yet.",
    ),
    "run.input.ok": ("OK", "OK"),
    # keys
    "run.key.toggle": ("Start/pause", "Start/pause"),
    "run.key.next": ("Neste", "Next"),
    "run.key.back": ("Tilbake", "Back"),
    "run.key.next_phase": ("Neste fase", "Next phase"),
    "run.key.prev_phase": ("Forrige fase", "Previous phase"),
    "run.key.speaker": ("Har snakket", "Has spoken"),
    "run.key.unspeaker": ("Angre taler", "Undo speaker"),
    "run.key.pairs": ("Nye par", "New pairs"),
    "run.key.end_figures": ("Avslutt innsamlingen", "End collection"),
    "run.key.figure1": ("Tall for hånd", "Type a figure"),
    "run.key.figure2": ("Tall for hånd: indikator 2", "Type a figure for measure 2"),
    "run.key.figure3": ("Tall for hånd: indikator 3", "Type a figure for measure 3"),
    "run.key.figure4": ("Tall for hånd: indikator 4", "Type a figure for measure 4"),
    "run.key.phones": ("Tall fra mobil", "Figures from phones"),
    "run.key.notes": ("Notater", "Notes"),
    "run.key.attendance": ("Oppmøte", "Attendance"),
    "run.key.evaluation": ("Evaluering", "Evaluation"),
    "run.key.projector": ("Projektor", "Projector"),
    "run.key.close": ("Lukk", "Close"),
    # notes and the confidentiality guard
    "run.notes.title": (
        "Notater (Markdown, fortrolig) – {key[run.notes]} skriver, {key[run.notes.leave]} går ut",
        "Notes (Markdown, confidential) – {key[run.notes]} writes, {key[run.notes.leave]} leaves",
    ),
    "run.notes.leave": ("Forlat notat", "Leave note"),
    "run.notes.mask": ("Masker", "Mask"),
    "run.guard.warning": (
        "⚠ Taushetsplikt: 1 mulig pasientidentifikator ({kinds}). {key[run.notes.mask]} maskerer.",
        "⚠ Confidentiality: 1 possible patient identifier ({kinds}). {key[run.notes.mask]} masks "
        "it.",
    ),
    "run.guard.warning_many": (
        "⚠ Taushetsplikt: {count} {count|mulig pasientidentifikator|mulige "
        "pasientidentifikatorer} ({kinds}). {key[run.notes.mask]} "
        "maskerer.",
        "⚠ Confidentiality: {count} possible patient identifiers ({kinds}). {key[run.notes.mask]} "
        "masks them.",
    ),
    "run.guard.nothing": ("Fant ingenting å maskere.", "Nothing to mask."),
    "run.guard.masked": (
        "Maskerte {count} {count|identifikator|identifikatorer}.",
        "Masked {count} {count|identifier|identifiers}.",
    ),
    "run.guard.kind.national_id": ("fødselsnummer", "national identity number"),
    "run.guard.kind.d_number": ("D-nummer", "D-number"),
    "run.guard.kind.h_number": ("H-nummer", "H-number"),
    "run.guard.kind.fh_number": ("FH-nummer", "FH number"),
    "run.guard.kind.phone": ("telefonnummer", "phone number"),
    "run.guard.kind.email": ("e-postadresse", "e-mail address"),
    "run.guard.mask.national_id": ("[fødselsnummer fjernet]", "[identity number removed]"),
    "run.guard.mask.d_number": ("[D-nummer fjernet]", "[D-number removed]"),
    "run.guard.mask.h_number": ("[H-nummer fjernet]", "[H-number removed]"),
    "run.guard.mask.fh_number": ("[FH-nummer fjernet]", "[FH number removed]"),
    "run.guard.mask.phone": ("[telefonnummer fjernet]", "[phone number removed]"),
    "run.guard.mask.email": ("[e-post fjernet]", "[e-mail removed]"),
    # check-in
    "run.checkin.title": ("Oppmøte", "Attendance"),
    "run.checkin.heading": ("Oppmøte: $title", "Attendance: $title"),
    "run.checkin.intro": (
        "Alle er satt som til stede. {key[checkin.absent]}: fraværende · {key[checkin.arrived]}: "
        "kom sent · {key[checkin.left]}: gikk tidlig · {key[checkin.reset]}: til stede "
        "hele tiden · {key[checkin.confirm]}: bekreft. Kan rettes senere med "
        "{key[run.attendance]}.",
        "Everyone is marked present. {key[checkin.absent]}: absent · {key[checkin.arrived]}: "
        "came late · {key[checkin.left]}: left early · {key[checkin.reset]}: present "
        "throughout · {key[checkin.confirm]}: confirm. Can be corrected later with "
        "{key[run.attendance]}.",
    ),
    "run.checkin.intro_again": (
        "Rett oppmøtet. {key[checkin.absent]}: fraværende · {key[checkin.arrived]}: kom sent · "
        "{key[checkin.left]}: gikk tidlig · {key[checkin.reset]}: til stede hele tiden · "
        "{key[checkin.confirm]}: lagre · {key[checkin.cancel]}: avbryt uten å endre.",
        "Correct the attendance. {key[checkin.absent]}: absent · {key[checkin.arrived]}: "
        "came late · {key[checkin.left]}: left early · {key[checkin.reset]}: present "
        "throughout · {key[checkin.confirm]}: save · {key[checkin.cancel]}: cancel without "
        "changes.",
    ),
    "run.checkin.help": (
        "Oppmøtet gir minuttene hver deltaker får på bekreftelsen. Bare gjennomførte programposter "
        "teller, med faktisk tid.",
        "Attendance gives the minutes each participant gets on the certificate. Only held "
        "blocks count, with their actual time.",
    ),
    "run.checkin.confirm": ("Bekreft", "Confirm"),
    "run.checkin.absent": ("Fraværende", "Absent"),
    "run.checkin.arrived": ("Kom sent", "Came late"),
    "run.checkin.left": ("Gikk tidlig", "Left early"),
    "run.checkin.reset": ("Til stede", "Present"),
    "run.checkin.col.name": ("Deltaker", "Participant"),
    "run.checkin.col.status": ("Oppmøte", "Attendance"),
    "run.checkin.col.minutes": ("Minutter", "Minutes"),
    "run.checkin.status.present": ("til stede", "present"),
    "run.checkin.status.absent": ("fraværende", "absent"),
    "run.checkin.status.arrived": ("kom {time}", "arrived {time}"),
    "run.checkin.status.left": ("gikk {time}", "left {time}"),
    "run.checkin.summary": ("{present} av {total} til stede", "{present} of {total} present"),
    "run.checkin.arrived_title": ("Kom klokken", "Arrived at"),
    "run.checkin.left_title": ("Gikk klokken", "Left at"),
    "run.checkin.time_prompt": ("Klokkeslett (TT:MM)", "Clock time (HH:MM)"),
    "run.checkin.time_error": ("Skriv et klokkeslett som 10:30.", "Type a time such as 10:30."),
    "run.checkin.outside_error": (
        "{time} er utenfor samlingen slik den ble holdt ({span}). Den som ikke var der, merkes "
        "som fraværende ({key[checkin.absent]}).",
        "{time} is outside the gathering as it was held ({span}). Mark someone who was not "
        "there as absent ({key[checkin.absent]}).",
    ),
    "run.checkin.order_error": (
        "Gikk-tiden må være etter kom-tiden.",
        "The time left must be after the time arrived.",
    ),
    "run.checkin.saved": (
        "Oppmøte lagret: {present} av {total} til stede.",
        "Attendance saved: {present} of {total} present.",
    ),
    "run.checkin.skipped": (
        "Oppmøte er ikke registrert ennå: trykk {key[run.attendance]} når du er klar.",
        "Attendance is not taken yet: press {key[run.attendance]} when you are ready.",
    ),
    # the command line
    "run.cli.help": ("gjennomfør en samling", "run a gathering (run mode)"),
    "run.cli.gathering_help": (
        "samlingens nummer (1, 2, …) eller tittel",
        "the gathering's number (1, 2, …) or title",
    ),
    "run.cli.gathering_not_found": (
        "Fant ikke samling «{wanted}» i {group}. Samlinger: {names}",
        "No gathering “{wanted}” in {group}. Gatherings: {names}",
    ),
}
