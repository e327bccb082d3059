"""User-facing texts: the domain's rules. key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the home screen's "next gathering": the first gathering not yet held
    "domain.next.upcoming": ("{date}", "{date}"),
    "domain.next.today": ("{date} (i dag)", "{date} (today)"),
    "domain.next.overdue": ("{date} ikke holdt", "{date} not held"),
    "domain.next.undated": ("Samling {number} uten dato", "Gathering {number}, no date"),
    "domain.next.all_held": ("Alle gjennomført", "All held"),
    "domain.next.none": ("Ingen samlinger", "No gatherings"),
    "domain.participants.cap": (
        "En gruppe kan ha høyst {cap} {cap|deltaker|deltakere} (programmet: maks {cap}, 8 er "
        "ideelt).",
        "A group can have at most {cap} {cap|participant|participants} (the programme: max {cap}, "
        "8 is ideal).",
    ),
    "domain.participants.above_ideal": (
        "Gruppen har {count} {count|deltaker|deltakere}; {ideal} er ideelt ifølge programmet.",
        (
            "The group has {count} {count|participant|participants}; the programme calls "
            "{ideal} ideal."
        ),
    ),
    "domain.participants.name_empty": (
        "Deltakeren mangler navn.",
        "The participant has no name.",
    ),
    "domain.participants.duplicate": (
        "Det finnes allerede en deltaker som heter «{name}».",
        "There is already a participant called “{name}”.",
    ),
    "domain.participants.track": (
        "Ukjent utdanningsløp «{track}» (gyldige: {tracks}).",
        "Unknown track “{track}” (valid: {tracks}).",
    ),
    "domain.group.name_empty": (
        "Gruppen mangler navn.",
        "The group has no name.",
    ),
    "domain.days.outside": (
        "Planlagt tid er {days} {days|dag|dager}; programmet sier {low}–{high} {high|dag|dager} totalt i "
        "halvåret.",
        "Planned time is {days} {days|day|days}; the programme asks for {low}–{high} {high|day|days} in the "
        "half-year.",
    ),
    "domain.span.too_long": (
        "Samlingene strekker seg over omtrent {months} {months|måned|måneder} ({first}–{last}), men programmet "
        "fordeler dem gjennom halvåret. Stemmer årstallene, eller hører noen samlinger til et "
        "annet halvår?",
        "The gatherings span about {months} {months|month|months} ({first}–{last}), but the programme spreads them "
        "over the half-year. Are the years right, or do some gatherings belong to another "
        "half-year?",
    ),
    "domain.block.unknown_activity": (
        "Ukjent aktivitet «{activity}» (ikke i aktivitetsbiblioteket). Gyldige: {ids}.",
        "Unknown activity “{activity}” (not in the activity library). Valid: {ids}.",
    ),
    "domain.block.minutes": (
        "En programpost må vare fra 1 til 1440 minutter (ett døgn).",
        "A block must last from 1 to 1440 minutes (one day).",
    ),
    "domain.block.held_minutes": (
        "Gjennomført tid kan ikke være negativ.",
        "Held minutes cannot be negative.",
    ),
    "domain.block.unknown_goal": (
        "Ukjent læringsmål «{code}».",
        "Unknown learning goal “{code}”.",
    ),
    "domain.block.unknown_goal_near": (
        "Ukjent læringsmål «{code}». Mente du {near}?",
        "Unknown learning goal “{code}”. Did you mean {near}?",
    ),
    "domain.block.unknown_presenter": (
        "Den som presenterer, er ikke deltaker i gruppen.",
        "The presenter is not a participant of the group.",
    ),
    "domain.block.presenter_twice": (
        "Samme deltaker står to ganger som den som presenterer.",
        "The same participant is named twice as presenter.",
    ),
    "domain.block.too_many_presenters": (
        "{count} presenterer her, men i «{activity}» presenterer høyst {most}.",
        (
            "{count} {count|participant presents|participants present} here, but at most "
            "{most} can present in “{activity}”."
        ),
    ),
    "domain.block.unknown_measure": (
        "Ukjent indikator «{measure}» (kjente: {known}). Gruppens egne indikatorer står under "
        "measures øverst i planfilen.",
        "Unknown measure “{measure}” (known: {known}). The group's own measures are listed under "
        "measures at the top of the plan file.",
    ),
    "domain.block.too_many_measures": (
        "En programpost kan samle inn høyst {most} {most|indikator|indikatorer}.",
        "A block can collect at most {most} {most|measure|measures}.",
    ),
    "domain.block.clash": (
        "«{title}» er låst til et klokkeslett som overlapper forrige programpost med {minutes} min.",
        "“{title}” is pinned to a time that overlaps the previous block by {minutes} min.",
    ),
    "domain.gathering.overrun": (
        "Programmet går {minutes} min over samlingens sluttid.",
        "The agenda runs {minutes} min past the gathering's end time.",
    ),
    "domain.attendance.unknown": (
        "Oppmøtet nevner en som ikke er deltaker i gruppen.",
        "The attendance names someone who is not a participant of the group.",
    ),
    "domain.attendance.status": (
        "Ukjent oppmøtestatus «{status}» (planfilen bruker «present», «absent» eller et antall "
        "minutter).",
        "Unknown attendance status “{status}” (the plan file uses “present”, “absent” or a number "
        "of minutes).",
    ),
    "domain.attendance.minutes": (
        "Minutter til stede kan ikke være negativt.",
        "Minutes attended cannot be negative.",
    ),
}
