"""Texts about the individual supervisors (§2.2 "Koordinering av tema") and the group leader's
assessment of achieved competence (§2.3): contacts, letters before the half-year, notes shared
with the supervisor, criteria per learning goal and the assessments themselves."""

MESSAGES: dict[str, tuple[str, str]] = {
    # rules
    "domain.supervisor.email": (
        "«{value}» ser ikke ut som en e-postadresse (individuell veileder).",
        "“{value}” does not look like an e-mail address (individual supervisor).",
    ),
    "domain.email.participant": (
        "«{value}» ser ikke ut som en e-postadresse (deltakerens e-post).",
        "“{value}” does not look like an e-mail address (the participant's e-mail).",
    ),
    "domain.assessment.status": (
        "Ukjent vurdering «{status}»: bruk en av {statuses}.",
        "Unknown assessment “{status}”: use one of {statuses}.",
    ),
    "domain.assessment.not_planned": (
        "Læringsmålet {code} er ikke lenger i planen for halvåret, så det kan ikke vurderes "
        "her. Det som er vurdert før, blir stående.",
        "The learning goal {code} is no longer in the half-year's plan, so it cannot be "
        "assessed here. What was assessed before stays.",
    ),
    "domain.assessment.too_long": (
        "Kommentaren til {code} er lengre enn {limit} tegn; skriv den kortere.",
        "The comment on {code} is longer than {limit} characters; make it shorter.",
    ),
    "domain.criterion.too_long": (
        "Kriteriet for {code} er lengre enn {limit} tegn; skriv det kortere.",
        "The criterion for {code} is longer than {limit} characters; make it shorter.",
    ),
    # the assessment's values, as a person reads them
    "assessment.status.reached": ("oppnådd", "reached"),
    "assessment.status.not_yet": ("ikke ennå", "not yet"),
    "assessment.status.not_assessed": ("ikke vurdert", "not assessed"),
    # plan files
    "plan.assessment.twice": (
        "Læringsmålet {code} er vurdert to ganger for samme deltaker; behold én.",
        "The learning goal {code} is assessed twice for the same participant; keep one.",
    ),
    "plan.criterion.twice": (
        "Læringsmålet {code} har to kriterier; behold ett.",
        "The learning goal {code} has two criteria; keep one.",
    ),
    # §2.3 in documents
    "export.assess.formative": (
        "Gruppeveileders vurdering av læringsmålene er en underveisvurdering (vurdering for "
        "læring) og et bidrag til kompetansevurderingen; sluttvurderingen gjøres av individuell "
        "veileder og leder i utdanningsvirksomheten. Føringer for vurderingen gir "
        "Helsedirektoratet i «Kompetansevurdering av leger i spesialisering» "
        "(Gruppeveiledning §2.3): {url}",
        "The group leader's assessment of the learning goals is formative (assessment for "
        "learning), a contribution to the competence assessment; the final assessment is made "
        "by the individual supervisor and the leader of the training institution. "
        "Helsedirektoratet gives its principles in the guide “Kompetansevurdering av leger i "
        "spesialisering” (competence assessment of doctors in specialist training; "
        "Gruppeveiledning §2.3): {url}",
    ),
    "export.assess.criteria_intro": (
        "Etter samlingene vurderer gruppeveileder om du har nådd læringsmålene "
        "(Gruppeveiledning §2.3). Dette er kriteriene du blir vurdert etter:",
        "After the gatherings the group leader assesses whether you have reached the learning "
        "goals (Gruppeveiledning §2.3). These are the criteria you are assessed on:",
    ),
    "export.assess.no_criteria": (
        "Gruppeveileder har ikke skrevet kriterier for læringsmålene ennå.",
        "The group leader has not written criteria for the learning goals yet.",
    ),
    "export.assess.missing": (
        "Uten kriterium ennå: {codes}.",
        "No criterion yet: {codes}.",
    ),
    "export.assess.no_goals": (
        "Ingen læringsmål er planlagt ennå.",
        "No learning goals are planned yet.",
    ),
    "export.assess.heading": (
        "Gruppeveileders vurdering av oppnådd kompetanse (§2.3)",
        "The group leader's assessment of achieved competence (§2.3)",
    ),
    "export.assess.section": (
        "Vurdering av oppnådd kompetanse (§2.3)",
        "Assessment of achieved competence (§2.3)",
    ),
    "export.assess.none_yet": (
        "Gruppeveileder har ikke vurdert læringsmålene for denne deltakeren ennå.",
        "The group leader has not assessed the learning goals for this participant yet.",
    ),
    "export.assess.none_in_group": (
        "Gruppeveileder har ikke vurdert læringsmålene for noen deltaker ennå.",
        "The group leader has not assessed the learning goals for any participant yet.",
    ),
    "export.assess.col.goal": ("Læringsmål", "Learning goal"),
    "export.assess.col.status": ("Vurdering", "Assessment"),
    "export.assess.col.comment": ("Kommentar", "Comment"),
    "export.assess.not_planned": ("ikke lenger i planen", "no longer in the plan"),
    "export.assess.criteria_used": ("Kriteriene det er vurdert etter:", "The criteria used:"),
    "export.assess.per_participant": ("Per deltaker", "Per participant"),
    "export.assess.not_assessed_count": (
        "ikke vurdert: {count} {count|læringsmål|læringsmål}",
        "not assessed: {count} {count|learning goal|learning goals}",
    ),
    "export.sup.no_supervisor_for": (
        "individuell veileder for {name} (ikke registrert)",
        "the individual supervisor of {name} (not recorded)",
    ),
    # letters before the half-year
    "export.letter.title": (
        "Brev til individuell veileder før halvåret i gruppeveiledning",
        "Letter to the individual supervisor before the half-year of group guidance",
    ),
    "export.letter.from": ("Fra gruppeveileder", "From the group leader"),
    "export.letter.participants": (
        "{count|Deltaker|Deltakere}",
        "{count|Participant|Participants}",
    ),
    "export.letter.intro": (
        "Gruppeveiledning er en læringsaktivitet i LIS1-tjenesten i kommunen. Programmet ber "
        "gruppeveileder ta kontakt med deltakernes individuelle veileder for å koordinere "
        "innholdet i gruppeveiledningen og den individuelle veiledningen (Gruppeveiledning "
        "§2.2). Her er halvårets plan for gruppen {names} er med i.",
        (
            "Group guidance is a learning activity of the LIS1 service in the municipality. "
            "The programme asks the group leader to contact the participants' individual "
            "supervisors to coordinate group guidance and individual supervision "
            "(Gruppeveiledning §2.2). Here is the half-year's plan for the group {names} "
            "will take part in."
        ),
    ),
    "export.letter.dates": ("Samlingene", "The gatherings"),
    "export.letter.col.feedback": ("Innspill innen", "Feedback by"),
    "export.letter.held": ("holdt", "held"),
    "export.letter.goals": (
        "Læringsmål som er planlagt for hver samling",
        "Learning goals planned for each gathering",
    ),
    "export.letter.criteria_intro": (
        "Etter samlingene vurderer gruppeveileder om deltakerne har nådd læringsmålene "
        "(Gruppeveiledning §2.3). Deltakerne får kriteriene før første samling:",
        "After the gatherings the group leader assesses whether the participants have reached "
        "the learning goals (Gruppeveiledning §2.3). The participants are given the criteria "
        "before the first gathering:",
    ),
    "export.letter.feedback_heading": ("Slik gir du innspill", "How to feed back themes"),
    "export.letter.feedback": (
        "Ser du temaer eller læringsmål {names} trenger å arbeide mer med, eller ønsker du at "
        "gruppen tar opp noe? Gi beskjed til gruppeveileder ({leader}) senest {days} dager før "
        "samlingen det gjelder (se «Innspill innen» over), så kan det tas inn i programmet. "
        "Deltakeren kan også ta med en kasuistikk fra egen praksis.",
        (
            "Do you see themes or learning goals that {names} should work on more, or would "
            "you like the group to take something up? Tell the group leader ({leader}) at "
            "least {days} days before the gathering concerned (see “Feedback by” above), so "
            "that it can go into the programme. The participant can also bring a case from "
            "their own practice."
        ),
    ),
    "export.letter.the_leader": ("gruppeveileder", "the group leader"),
    "export.letter.after": (
        "Etter samlingene får du en oppsummering for {names}: oppmøte, læringsmålene det er "
        "arbeidet med, notater gruppeveileder velger å dele, og gruppeveileders vurdering etter "
        "kriteriene over. Ingenting fra den anonyme evalueringen er med.",
        "After the gatherings you receive a summary for {names}: attendance, the learning goals "
        "worked on, notes the group leader chooses to share, and the group leader's assessment "
        "against the criteria above. Nothing from the anonymous evaluation is included.",
    ),
    "export.letter.without": (
        "{count} {count|deltaker|deltakere} uten individuell veileder registrert "
        "({names}) får hvert sitt brev: send det når individuell veileder er kjent, eller gi "
        "det til deltakeren.",
        "{count} {count|participant|participants} without an individual supervisor recorded "
        "({names}) get a letter each: send it once the individual supervisor is known, or give "
        "it to the participant.",
    ),
    "export.letter.emails_differ": (
        "{name} står med flere e-postadresser: {emails}. Sjekk hvilken som gjelder.",
        "{name} is recorded with several e-mail addresses: {emails}. Check which is right.",
    ),
    "export.file.letter": ("brev", "letter"),
    "export.cli.letters": (
        "brev til hver individuell veileder før halvåret (PDF/HTML)",
        "letters to each individual supervisor before the half-year (PDF/HTML)",
    ),
    "export.cli.opt.gathering.letters": (
        "bare denne samlingen (nummer 1, 2, …, id eller tittel)",
        "only this gathering (number 1, 2, …, id or title)",
    ),
    "export.tui.kind.letters": (
        "Brev til individuelle veiledere",
        "Letters to individual supervisors",
    ),
    "export.assess.not_assessed": ("Ikke vurdert: {codes}.", "Not assessed: {codes}."),
    # the TUI
    "supervision.form.supervisor_email": (
        "E-post (individuell veileder)",
        "E-mail (individual supervisor)",
    ),
    "supervision.note.text": ("Notat", "Note"),
    "supervision.note.shared": (
        "Del med individuell veileder",
        "Share with the individual supervisor",
    ),
    "supervision.note.shared_hint": (
        "Et delt notat står i oppsummeringen til deltakerens individuelle veileder. Skriv det "
        "slik at deltakeren kunne lest det, og uten pasientopplysninger.",
        "A shared note is printed in the summary for the participant's individual supervisor. "
        "Write it so that the participant could read it, and without patient details.",
    ),
    "supervision.note.empty": ("Notatet er tomt.", "The note is empty."),
    "supervision.note.new": ("Nytt notat", "New note"),
    "supervision.note.edit": ("Rediger notat", "Edit note"),
    "supervision.notes.title": ("Notater om $name", "Notes about $name"),
    "supervision.notes.about": (
        "Gruppeveileders notater om deltakeren. Bare notater du deler, kommer med i "
        "oppsummeringen til individuell veileder.",
        "The group leader's notes about the participant. Only notes you share go into the "
        "summary for the individual supervisor.",
    ),
    "supervision.notes.empty": (
        "Ingen notater ennå: {key[notes.add]} skriver et.",
        "No notes yet: {key[notes.add]} writes one.",
    ),
    "supervision.notes.keys": (
        "{key[notes.add]} nytt · {key[notes.edit]} rediger · {key[notes.share]} del/ikke del · "
        "{key[notes.remove]} slett · {key[notes.undo]} angre",
        "{key[notes.add]} new · {key[notes.edit]} edit · {key[notes.share]} share/unshare · "
        "{key[notes.remove]} delete · {key[notes.undo]} undo",
    ),
    "supervision.notes.removed": (
        "Notatet er slettet. {key[notes.undo]} angrer.",
        "The note was deleted. Press {key[notes.undo]} to undo.",
    ),
    "supervision.notes.restored": ("Notatet er tilbake.", "The note is back."),
    "supervision.notes.add": ("Nytt notat", "New note"),
    "supervision.notes.share": ("Del/ikke del", "Share/unshare"),
    "supervision.notes.remove": ("Slett notat", "Delete note"),
    "supervision.notes.remove_question": ("Slette notatet «{text}»?", "Delete the note “{text}”?"),
    "supervision.notes.col.date": ("Dato", "Date"),
    "supervision.notes.col.shared": ("Delt", "Shared"),
    "supervision.notes.col.text": ("Notat", "Note"),
    "supervision.notes.yes": ("delt", "shared"),
    "supervision.notes.now_shared": (
        "Notatet deles med individuell veileder.",
        "The note is shared with the individual supervisor.",
    ),
    "supervision.notes.now_private": (
        "Notatet er bare ditt.",
        "The note is yours alone.",
    ),
    "supervision.assess.title": (
        "Vurdering av oppnådd kompetanse: $name",
        "Assessment of achieved competence: $name",
    ),
    "supervision.assess.about": (
        "Etter samlingene: har deltakeren nådd læringsmålene, etter kriteriene deltakerne fikk "
        "på forhånd (§2.3)? Vurderingen står i oppsummeringen til individuell veileder, aldri "
        "sammen med den anonyme evalueringen.",
        "After the gatherings: has the participant reached the learning goals, against the "
        "criteria the participants were given beforehand (§2.3)? The assessment goes into the "
        "summary for the individual supervisor, never together with the anonymous evaluation.",
    ),
    "supervision.assess.empty": (
        "Ingen læringsmål er planlagt ennå: knytt mål til programpostene i planen først.",
        "No learning goals are planned yet: attach goals to the plan's blocks first.",
    ),
    "supervision.assess.keys": (
        "{key[assess.edit]} vurder med kommentar · {key[assess.reached]} oppnådd · "
        "{key[assess.not_yet]} ikke ennå · {key[assess.clear]} ikke vurdert",
        "{key[assess.edit]} assess with a comment · {key[assess.reached]} reached · "
        "{key[assess.not_yet]} not yet · {key[assess.clear]} not assessed",
    ),
    "supervision.assess.form_title": ("{code}: {name}", "{code}: {name}"),
    "supervision.assess.criterion": ("Kriterium: $text", "Criterion: $text"),
    "supervision.assess.no_criterion": (
        "Ikke noe kriterium er skrevet for dette læringsmålet ennå ({key[participants.criteria]} på "
        "Deltakere-fanen).",
        "No criterion written for this learning goal yet ({key[participants.criteria]} on the "
        "Participants tab).",
    ),
    "supervision.assess.comment": ("Kort kommentar", "Short comment"),
    "supervision.assess.formative": (
        "Dette er din underveisvurdering som gruppeveileder; sluttvurderingen gjør individuell "
        "veileder og leder i utdanningsvirksomheten.",
        "This is your formative assessment as group leader; the final assessment is made by "
        "the individual supervisor and the leader of the training institution.",
    ),
    "supervision.assess.too_long": (
        "Kommentaren er lengre enn {limit} tegn; skriv den kortere.",
        "The comment is longer than {limit} characters; make it shorter.",
    ),
    "export.assess.col.criterion": ("Kriterium", "Criterion"),
    "supervision.criteria.title": (
        "Kriterier for vurdering av oppnådd kompetanse (§2.3)",
        "Criteria for the assessment of achieved competence (§2.3)",
    ),
    "supervision.criteria.about": (
        "Deltakerne skal vite på forhånd hva de blir vurdert etter. Kriteriene står i "
        "samlingsplanen til deltakerne og i brevene til individuelle veiledere.",
        (
            "Participants should know beforehand what they are assessed on. The criteria are "
            "printed in the participants' handout and in the letters to the individual "
            "supervisors."
        ),
    ),
    "supervision.criteria.keys": (
        "{key[criteria.edit]} skriv eller rediger · {key[criteria.remove]} fjern",
        "{key[criteria.edit]} write or edit · {key[criteria.remove]} remove",
    ),
    "supervision.criteria.none": ("ikke skrevet ennå", "not written yet"),
    "supervision.criteria.remove": ("Fjern kriterium", "Remove criterion"),
    "supervision.criteria.removed": (
        "Kriteriet for {code} er fjernet.",
        "The criterion for {code} was removed.",
    ),
    "supervision.criteria.form_title": ("Kriterium for {code}", "Criterion for {code}"),
    "supervision.criteria.offered": (
        "Et forslag laget av læringsmålets egen tekst: skriv det om med dine ord, konkret nok "
        "til at deltakeren vet hva som skal til.",
        "A start made from the learning goal's own text: rewrite it in your words, concrete "
        "enough that the participant knows what it takes.",
    ),
    "supervision.criteria.too_long": (
        "Kriteriet er lengre enn {limit} tegn; skriv det kortere.",
        "The criterion is longer than {limit} characters; make it shorter.",
    ),
    "supervision.key.notes": ("Notater", "Notes"),
    "supervision.key.notes_tip": (
        "Dine notater om deltakeren; del dem med individuell veileder ett og ett",
        "Your notes about the participant; share them with the individual supervisor one by one",
    ),
    "supervision.key.assess": ("Vurdering", "Assess"),
    "supervision.key.assess_tip": (
        "Vurder om deltakeren har nådd læringsmålene (§2.3)",
        "Assess whether the participant has reached the learning goals (§2.3)",
    ),
    "supervision.key.criteria": ("Kriterier", "Criteria"),
    "supervision.key.criteria_tip": (
        "Kriteriene for vurderingen, ett per læringsmål (§2.3)",
        "The assessment criteria, one per learning goal (§2.3)",
    ),
    "supervision.guard": (
        "Teksten ser ut til å inneholde {count} {count|pasientidentifikator|"
        "pasientidentifikatorer} ({kinds}). Den havner i et dokument: ta det bort, eller trykk "
        "{key[dialog.mask]} for å maskere det her. I dokumentene blir det maskert uansett.",
        "The text seems to contain {count} {count|patient identifier|patient identifiers} "
        "({kinds}). It goes into a document: take it out, or press {key[dialog.mask]} to mask "
        "it here. Documents mask it anyway.",
    ),
}
