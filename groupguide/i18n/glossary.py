"""One word for each thing: the glossary every text follows, in both languages.

The words follow the seeds: *Gruppeveiledning* v5.0 (the programme) and the course booklet for
individual supervisors (2024). Each ``Term`` names the preferred word in bokmål and English and
the variants a reader would stumble on; ``tests/test_glossary.py`` checks every catalogue text
(``catalog_*.py``) and every text the shipped YAML catalogues show (activities, goal catalogues'
headings, the example plan) against the banned variants, and that a number's noun agrees with
it (``NOUNS``: "1 samling", "3 samlinger", never "samling(er)" or "1 samlinger").

A banned variant is a regular expression matched case-insensitively as a whole word (not inside
a compound: "gruppeveileder" is not "veileder"); ``(?-i:…)`` makes a part case-sensitive.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    concept: str  # what it is (the code's word)
    nb: str  # the preferred word in bokmål
    en: str  # the preferred word in English
    banned_nb: tuple[str, ...] = ()
    banned_en: tuple[str, ...] = ()
    source: str = ""  # where the seeds use the preferred word

    def banned(self, language: str) -> tuple[str, ...]:
        return self.banned_nb if language == "nb" else self.banned_en


TERMS: tuple[Term, ...] = (
    Term(
        "group guidance",
        "gruppeveiledning",
        "group guidance",
        banned_nb=(r"veiledningsgruppe\w*",),
        banned_en=(r"group supervision", r"group mentoring"),
        source="Gruppeveiledning v5.0 §1",
    ),
    Term(
        "facilitator",
        "gruppeveileder",
        "group leader",
        # a bare "veileder" could be the individual supervisor as well: say which
        banned_nb=(
            r"fasilitator\w*",
            r"gruppeleder\w*",
            r"(?<!individuell )(?<!individuelle )veileder(?:en|e|ne|s)?",
        ),
        banned_en=(r"facilitators?", r"tutors?", r"group supervisors?"),
        source="Gruppeveiledning v5.0 §2.1–2.2",
    ),
    Term(
        "supervisor",
        "individuell veileder",
        "individual supervisor",
        banned_nb=(r"personlig(?:e)? veileder\w*", r"hovedveileder\w*"),
        banned_en=(r"personal supervisors?", r"mentors?"),
        source="Gruppeveiledning v5.0 §2.2 (Koordinering av tema); kursheftet, Ordliste",
    ),
    Term(
        "gathering",
        "samling",
        "gathering",
        banned_nb=(r"kursdag\w*", r"møtedag\w*", r"samlingsdag\w*"),
        banned_en=(r"meeting days?", r"course days?"),
        source="Gruppeveiledning v5.0 §2.2",
    ),
    Term(
        "block",
        "programpost",
        "block",
        banned_nb=(r"økt(?:a|en|er|ene)?", r"post(?:en|er|ene)?", r"programpunkt\w*"),
        banned_en=(r"agenda items?", r"programme items?"),
    ),
    Term(
        "term",
        "halvår",
        "half-year",
        banned_nb=(r"semester\w*", r"termin(?:en|er|ene)?"),
        banned_en=(r"semesters?", r"terms?"),
        source="Gruppeveiledning v5.0 §2.1 («gjennom halvåret»)",
    ),
    Term(
        "learning goal",
        "læringsmål",
        "learning goal",
        banned_nb=(r"læremål\w*", r"læringsmålsetting\w*"),
        banned_en=(r"learning objectives?", r"learning outcomes?"),
        source="Gruppeveiledning v5.0 §1.1",
    ),
    Term(
        "learning activity",
        "læringsaktivitet",
        "learning activity",
        banned_nb=(r"læreaktivitet\w*",),
        source="Kursheftet, Ordliste",
    ),
    Term(
        "participant",
        "deltaker",
        "participant",
        banned_nb=(r"deltager\w*",),
        banned_en=(r"attendees?", r"trainees?"),
        source="Gruppeveiledning v5.0 §2.1",
    ),
    Term(
        "presenter",
        "den som presenterer",
        "presenter",
        banned_nb=(r"presentatør\w*", r"framlegger\w*", r"fremlegger\w*"),
        banned_en=(r"presentors?",),
        source="Gruppeveiledning v5.0 §2.2 («to LIS 1 presenterer auditen»)",
    ),
    Term(
        "run mode",
        "gjennomføring",
        "run mode",
        banned_nb=(r"kjøremodus", r"kjøring\w*", r"kjør(?:e|er|es|t)?"),
    ),
    Term(
        "co-leader",
        "medveileder",
        "co-leader",
        banned_nb=(r"medgruppeveileder\w*", r"hjelpeveileder\w*"),
        banned_en=(r"co-facilitators?", r"co-supervisors?"),
        source="Gruppeveiledning v5.0 §2.1 (Kursledere)",
    ),
    Term(
        "guest teacher",
        "gjesteunderviser",
        "guest teacher",
        banned_nb=(r"gjesteforeleser\w*", r"foredragsholder\w*", r"foreleser\w*"),
        banned_en=(r"guest lecturers?", r"guest speakers?", r"guest's talk"),
        source="Gruppeveiledning v5.0 §2.4 (undervisere)",
    ),
    Term(
        "evaluation round",
        "evalueringsrunde",
        "evaluation round",
        banned_nb=(r"muntlig(?:e)? runde\w*",),
        banned_en=(r"oral rounds?",),
        source="Gruppeveiledning v5.0 §2.4 (1. Evalueringsrunde med deltakerne)",
    ),
    Term(
        "assessment",
        "vurdering",
        "assessment",
        # the leader's assessment of a participant is never called evaluation: the evaluation is
        # the participants' anonymous one of the gathering
        banned_nb=(r"kompetanseevaluering\w*", r"evaluering av deltaker\w*"),
        banned_en=(r"competence evaluations?", r"evaluation of (?:the )?participants?"),
        source="Gruppeveiledning v5.0 §2.3; kursheftet, «Underveisvurdering og sluttvurdering»",
    ),
    Term(
        "measure",
        "indikator",
        "measure",
        banned_nb=(r"måltall\w*",),
        banned_en=(r"indicators?",),
    ),
    Term(
        "folder",
        "mappe",
        "folder",
        banned_nb=(r"utmappe\w*", r"mappa"),
        banned_en=(r"output folders?", r"director(?:y|ies)"),
    ),
    Term("file", "fil (filen)", "file", banned_nb=(r"fila",)),
    Term("line", "linje (linjen)", "line", banned_nb=(r"linja",)),
    Term("clock", "klokke (klokken)", "clock", banned_nb=(r"klokka",)),
    Term(
        "the app",
        "appen",
        "the app",
        banned_nb=(r"applikasjon\w*",),
        banned_en=(r"application",),
    ),
    Term(
        "computer",
        "maskinen",
        "computer",
        banned_nb=(r"laptop\w*", r"bærbar(?:e|en)?"),
        banned_en=(r"laptops?", r"machines?"),
    ),
    Term(
        "LIS1",
        "LIS1",
        "LIS1",
        # LIS1 is part 1: "LIS1 del 1" says it twice
        banned_nb=(r"LIS1 del 1", r"(?-i:LIS 1)"),
        banned_en=(r"LIS1 part 1", r"(?-i:LIS 1)"),
        source="Gruppeveiledning v5.0 §2.1 (Målgruppe: LIS 1 i kommunehelsetjenesten)",
    ),
    Term(
        "Kompetanseportalen",
        "Kompetanseportalen",
        "Kompetanseportalen",
        banned_nb=(r"(?-i:kompetanseportalen)",),
        banned_en=(r"(?-i:kompetanseportalen)", r"competence portal"),
        source="Kursheftet, «Kompetanseportalen»",
    ),
)

# Patterns no text may have, in any language: a plural in brackets ("samling(er)", "file(s)")
# and "svært"/"very" with nothing after it ("5 = svært").
STYLE_RULES: dict[str, tuple[str, ...]] = {
    "nb": (r"\w\((?:er|e|r|ar|ene|a|en|s)\)", r"svært(?=\s*(?:$|[.,;:)»\"]))"),
    "en": (r"\w\((?:s|es)\)", r"\bvery(?=\s*(?:$|[.,;:)”\"]))"),
}

# Nouns whose plural differs from the singular: a number in a text (``{count}``) followed by one
# of these plurals must choose the form (``{count|samling|samlinger}``).
NOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    "nb": (
        ("samling", "samlinger"),
        ("deltaker", "deltakere"),
        ("programpost", "programposter"),
        ("time", "timer"),
        ("minutt", "minutter"),
        ("dag", "dager"),
        ("måned", "måneder"),
        ("gruppe", "grupper"),
        ("fil", "filer"),
        ("lapp", "lapper"),
        ("telefon", "telefoner"),
        ("kode", "koder"),
        ("tekst", "tekster"),
        ("problem", "problemer"),
        ("ønske", "ønsker"),
        ("notat", "notater"),
        ("identifikator", "identifikatorer"),
        ("pasientidentifikator", "pasientidentifikatorer"),
        ("personopplysning", "personopplysninger"),
        ("fase", "faser"),
        ("indikator", "indikatorer"),
        ("vurdering", "vurderinger"),
        ("kriterium", "kriterier"),
        ("veileder", "veiledere"),
        ("presentasjon", "presentasjoner"),
        ("kasuistikk", "kasuistikker"),
        ("linje", "linjer"),
        ("verdi", "verdier"),
        ("adresse", "adresser"),
        ("side", "sider"),
        ("innsending", "innsendinger"),
        ("medveileder", "medveiledere"),
        ("gjesteunderviser", "gjesteundervisere"),
    ),
    "en": (
        ("gathering", "gatherings"),
        ("participant", "participants"),
        ("block", "blocks"),
        ("hour", "hours"),
        ("minute", "minutes"),
        ("day", "days"),
        ("month", "months"),
        ("group", "groups"),
        ("file", "files"),
        ("slip", "slips"),
        ("phone", "phones"),
        ("code", "codes"),
        ("text", "texts"),
        ("problem", "problems"),
        ("error", "errors"),
        ("answer", "answers"),
        ("goal", "goals"),
        ("figure", "figures"),
        ("wish", "wishes"),
        ("note", "notes"),
        ("clash", "clashes"),
        ("identifier", "identifiers"),
        ("phase", "phases"),
        ("pair", "pairs"),
        ("measure", "measures"),
        ("assessment", "assessments"),
        ("criterion", "criteria"),
        ("supervisor", "supervisors"),
        ("letter", "letters"),
        ("presentation", "presentations"),
        ("case", "cases"),
        ("document", "documents"),
        ("line", "lines"),
        ("value", "values"),
        ("address", "addresses"),
        ("page", "pages"),
        ("certificate", "certificates"),
        ("co-leader", "co-leaders"),
    ),
}
