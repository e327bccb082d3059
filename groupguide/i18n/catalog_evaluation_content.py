"""What the evaluation asks besides the parts and the goals, and its other voices (§2.2, §2.4):
the learning environment and the group leader's facilitation on the phones' form, wishes noted
from the oral evaluation round, and co-leaders' and guest teachers' own evaluations."""

MESSAGES: dict[str, tuple[str, str]] = {
    "evaluation.form.aspects": (
        "Læringsmiljøet og gruppeveileder",
        "The learning environment and the group leader",
    ),
    "evaluation.form.aspect.environment": (
        "Hvordan var læringsmiljøet i gruppen?",
        "How was the learning environment in the group?",
    ),
    "evaluation.form.aspect.environment.hint": (
        "Var det trygt å dele egne erfaringer og kasuistikker, og var det rom for ulike syn?",
        "Was it safe to share your own experiences and cases, and was there room for different "
        "views?",
    ),
    "evaluation.form.aspect.facilitation": (
        "Hvordan la gruppeveileder til rette for samtalen og refleksjonen?",
        "How well did the group leader facilitate the discussion and the reflection?",
    ),
    "evaluation.form.aspect.facilitation.hint": (
        "Slapp alle til, ble det stilt åpne spørsmål, og ble tiden godt brukt?",
        "Did everyone get a say, were the questions open, and was the time well used?",
    ),
    "evaluation.form.ends.quality.low": ("1 svært dårlig", "1 very poor"),
    "evaluation.form.ends.quality.high": ("5 svært godt", "5 very good"),
    "evaluation.results.aspects": (
        "Læringsmiljøet og gruppeveileder",
        "The learning environment and the group leader",
    ),
    "evaluation.results.aspect.environment": (
        "Læringsmiljøet i gruppen",
        "The learning environment in the group",
    ),
    "evaluation.results.aspect.facilitation": (
        "Gruppeveileders tilrettelegging av samtalen og refleksjonen",
        "The group leader's facilitation of the discussion and reflection",
    ),
    "evaluation.results.oral_wishes": (
        "Ønsker fra evalueringsrunden (ett per linje)",
        "Wishes from the evaluation round (one per line)",
    ),
    "evaluation.teachers.heading": ("Kursledere og undervisere", "Co-leaders and guest teachers"),
    "evaluation.teachers.none": (
        "Ingen andre enn deg ledet eller underviste på samlingen. {key[evaluation_results.teachers]} "
        "legger til en medveileder eller gjesteunderviser.",
        "Nobody but you led or taught at the gathering. {key[evaluation_results.teachers]} adds a "
        "co-leader or guest teacher.",
    ),
    "evaluation.teachers.no_evaluation": ("(ingen evaluering skrevet)", "(no evaluation written)"),
    "evaluation.teachers.key": ("Kursledere", "Teachers"),
    "evaluation.teachers.key_tip": (
        "Medveiledere og gjesteundervisere på samlingen, med deres egen evaluering",
        "Co-leaders and guest teachers at the gathering, with their own evaluation",
    ),
    "evaluation.teachers.title": (
        "Kursledere og undervisere på samlingen",
        "Co-leaders and guest teachers at the gathering",
    ),
    "evaluation.teachers.intro": (
        "Arrangører, undervisere og instruktører evaluerer samlingen selv (§2.4). Skriv inn "
        "evalueringen fra hver av dem; den står ved siden av din egen i samlingsrapporten.",
        "Organisers, teachers and instructors evaluate the gathering themselves (§2.4). Type each "
        "one's evaluation; it stands beside your own in the gathering report.",
    ),
    "evaluation.teachers.who": ("Hvem", "Who"),
    "evaluation.teachers.new": ("Ny kursleder eller underviser", "A new co-leader or teacher"),
    "evaluation.teachers.name": ("Navn", "Name"),
    "evaluation.teachers.evaluation": ("Evalueringen deres", "Their evaluation"),
    "evaluation.teachers.delete": ("Fjern", "Remove"),
    "evaluation.teachers.role.co-leader": ("medveileder", "co-leader"),
    "evaluation.teachers.role.guest-teacher": ("gjesteunderviser", "guest teacher"),
    "evaluation.teachers.name_empty": ("Skriv inn et navn.", "Type a name."),
    "evaluation.teachers.name_twice": (
        "{name} står allerede på listen.",
        "{name} is already on the list.",
    ),
    "evaluation.teachers.identifier": (
        "Evalueringen ser ut til å inneholde noe som kan identifisere en pasient. Ta det bort "
        "før du lagrer.",
        "The evaluation seems to contain something that could identify a patient. Remove it "
        "before you save.",
    ),
}
