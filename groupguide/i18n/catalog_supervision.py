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
}
