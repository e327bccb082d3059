"""Texts about the individual supervisors (§2.2 "Koordinering av tema") and the group leader's
assessment of achieved competence (§2.3): contacts, letters before the half-year, notes shared
with the supervisor, criteria per learning goal and the assessments themselves."""

MESSAGES: dict[str, tuple[str, str]] = {
    # rules
    "domain.supervisor.email": (
        "«{value}» ser ikke ut som en e-postadresse (individuell veileder).",
        "“{value}” does not look like an e-mail address (individual supervisor).",
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
        "Group guidance is a learning activity of the LIS1 service in the municipality. The "
        "programme asks the group leader to contact the participants' individual supervisors to "
        "coordinate group guidance and individual supervision (Gruppeveiledning §2.2). Here is "
        "the half-year's plan for the group {names} takes part in.",
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
        "Do you see themes or learning goals {names} needs to work on more, or would you like "
        "the group to take something up? Tell the group leader ({leader}) at least {days} days "
        "before the gathering concerned (see “Feedback by” above), so that it can go into the "
        "programme. The participant can also bring a case from their own practice.",
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
        "Brev til individuelle veiledere før halvåret",
        "Letters to individual supervisors before the half-year",
    ),
    "export.assess.not_assessed": ("Ikke vurdert: {codes}.", "Not assessed: {codes}."),
}
