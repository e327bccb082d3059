"""User-facing texts: core (problem labels, YAML files, learning-goal catalogues and the activity
library). key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- how a problem is labelled -------------------------------------------------------------
    "problem.error": ("feil", "error"),
    "problem.warning": ("advarsel", "warning"),
    "problem.hint": ("tips", "hint"),
    "problem.line": ("linje {line}", "line {line}"),
    "problem.setting": ("Innstillingen «{field}»", "The setting “{field}”"),
    "core.and": ("og", "and"),
    # -- YAML files ----------------------------------------------------------------------------
    "yaml.syntax": ("Filen kan ikke leses: {reason}", "The file cannot be read: {reason}"),
    "yaml.invalid": (
        "den er ikke gyldig YAML ({detail}). Sjekk innrykk, kolon og anførselstegn på og like "
        "før denne linjen.",
        "it is not valid YAML ({detail}). Check indentation, colons and quotes on and just "
        "before this line.",
    ),
    "yaml.too_large": (
        "den er på {size} kB, og en plan- eller målfil kan være høyst {limit} kB. Sjekk at det er "
        "riktig fil; en stor plan kan deles i flere filer.",
        "it is {size} kB, and a plan or goal file can be at most {limit} kB. Check that it is "
        "the right file; a large plan can be split into several files.",
    ),
    "yaml.too_deep": (
        "innholdet er nøstet mer enn {limit} nivåer dypt her, og en plan trenger under ti. Sjekk "
        "innrykket og klammeparentesene, eller om filen er laget for et annet program.",
        "the content is nested more than {limit} levels deep here, and a plan needs fewer than "
        "ten. Check the indentation and the brackets, or whether the file was made for another "
        "program.",
    ),
    "yaml.alias_limit": (
        "henvisningene til ankere (som *{alias} her) ville gjentatt mer enn {values} verdier "
        "eller {size} kB tekst, så en liten fil ville blitt enorm. Skriv de gjentatte delene ut der de trengs, eller bruk "
        "færre henvisninger.",
        "the references to anchors (such as *{alias} here) would repeat more than {values} "
        "values or {size} kB of text, so a small file would become enormous. Write the repeated parts out where they "
        "are needed, or use fewer references.",
    ),
    "yaml.alias_recursive": (
        "henvisningen *{alias} peker inn i verdien den selv står i, og den kan aldri skrives "
        "helt ut. Skriv verdien ut, eller la henvisningen peke på noe annet.",
        "the reference *{alias} points into the value it stands in itself, so it could never "
        "be written out. Write the value out, or let the reference point to something else.",
    ),
    # -- reading catalogue and activity files --------------------------------------------------
    "yaml.unreadable": (
        "Kunne ikke lese filen: {reason}.",
        "Could not read the file: {reason}.",
    ),
    "yaml.not_utf8": (
        "Filen er ikke lagret som UTF-8. Lagre den på nytt som UTF-8 (vanlig tekst).",
        "The file is not saved as UTF-8. Save it again as UTF-8 (plain text).",
    ),
    "curricula.empty": (
        "Filen er tom.",
        "The file is empty.",
    ),
    "curricula.file_ignored": (
        "Ingen læringsmål fra denne filen blir brukt før feilen i «catalogue» er rettet.",
        "No learning goals from this file are used until the error in “catalogue” is fixed.",
    ),
    # -- fields --------------------------------------------------------------------------------
    "curricula.missing_field": (
        "Feltet «{name}» mangler, men må være med.",
        "The required field “{name}” is missing.",
    ),
    "curricula.unknown_field": (
        "Ukjent felt «{name}» – kanskje en skrivefeil? Tillatt her: {allowed}.",
        "Unknown field “{name}” – perhaps a typo? Allowed here: {allowed}.",
    ),
    "curricula.empty_text": (
        "Feltet kan ikke være tomt.",
        "The field must not be empty.",
    ),
    "curricula.expected_text": (
        "Her skal det stå en tekst, ikke «{found}».",
        "A text is expected here, not “{found}”.",
    ),
    "curricula.expected_bool": (
        "Her skal det stå true eller false, ikke «{found}».",
        "true or false is expected here, not “{found}”.",
    ),
    "curricula.expected_list": (
        "Her skal det stå en liste (linjer som starter med «- »), ikke «{found}».",
        "A list (lines starting with “- ”) is expected here, not “{found}”.",
    ),
    "curricula.expected_mapping": (
        "Her skal det stå felt med navn og verdi (nøkkel: verdi), ikke «{found}».",
        "Fields with names and values (key: value) are expected here, not “{found}”.",
    ),
    "curricula.bad_minutes": (
        "Her skal det stå et helt antall minutter større enn 0, ikke «{found}».",
        "A whole number of minutes greater than 0 is expected here, not “{found}”.",
    ),
    # -- learning goals ------------------------------------------------------------------------
    "curricula.bad_catalogue_id": (
        "Katalog-id-en «{value}» kan bare ha bokstaver, tall og bindestrek, for eksempel «ALM».",
        "The catalogue id “{value}” may only contain letters, digits and hyphens, e.g. “ALM”.",
    ),
    "curricula.bad_code": (
        "«{code}» er ikke en brukbar læringsmålkode. Skriv for eksempel «ALM-01».",
        "“{code}” is not a usable learning-goal code. Write for example “ALM-01”.",
    ),
    "curricula.duplicate_code": (
        "Læringsmålet {code} finnes allerede (i {other}). Denne oppføringen blir ikke brukt.",
        "The learning goal {code} already exists (in {other}). This entry is not used.",
    ),
    "curricula.alias_taken": (
        "Den alternative koden «{alias}» viser allerede til {code} og blir ikke brukt her.",
        "The alternative code “{alias}” already refers to {code} and is not used here.",
    ),
    # -- activities ----------------------------------------------------------------------------
    "curricula.bad_slug": (
        "Id-en «{value}» kan bare ha små bokstaver a–z, tall og bindestrek, for eksempel "
        "«rollespill».",
        "The id “{value}” may only contain lower-case letters a–z, digits and hyphens, e.g. "
        "“role-play”.",
    ),
    "curricula.builtin_activity": (
        "«{id}» er en innebygd aktivitet og kan ikke erstattes. Gi aktiviteten din en egen id, "
        "og skriv «kind: {id}» hvis den skal oppføre seg som den innebygde.",
        "“{id}” is a built-in activity and cannot be replaced. Give your activity its own id, "
        "and write “kind: {id}” if it should behave like the built-in one.",
    ),
    "curricula.duplicate_activity": (
        "Aktiviteten «{id}» finnes allerede (i {other}). Denne oppføringen blir ikke brukt.",
        "The activity “{id}” already exists (in {other}). This entry is not used.",
    ),
    "curricula.unknown_kind": (
        "Ukjent aktivitetstype «{kind}». Bruk en av de innebygde: {allowed}.",
        "Unknown activity kind “{kind}”. Use one of the built-in ones: {allowed}.",
    ),
    "curricula.unknown_goal": (
        "Læringsmålet «{code}» finnes ikke i noen katalog og blir ikke foreslått.",
        "The learning goal “{code}” is not in any catalogue and is not suggested.",
    ),
    "curricula.duplicate_phase": (
        "Fasen «{id}» står to ganger i samme aktivitet.",
        "The phase “{id}” appears twice in the same activity.",
    ),
    "curricula.translation_count": (
        "«{original}_en» har {count} {count|tekst|tekster}, men «{original}» har {expected}; de "
        "engelske blir ikke brukt, og de norske vises også når appen går på engelsk.",
        "“{original}_en” has {count} {count|text|texts} but “{original}” has {expected}; the "
        "English ones are not used, and the Norwegian ones are shown when the app runs in "
        "English too.",
    ),
    "curricula.bad_presenters": (
        "«presenters» sier hvor mange deltakere som presenterer i en programpost av "
        "aktiviteten: et helt tall fra 0 til {most}, ikke «{found}».",
        "“presenters” says how many participants present in a block of the activity: a whole "
        "number from 0 to {most}, not “{found}”.",
    ),
    "curricula.bad_measure_id": (
        "Id-en «{value}» kan bare ha små bokstaver a–z, tall, bindestrek og understrek, for "
        "eksempel «antibiotika».",
        "The id “{value}” may only contain lower-case letters a–z, digits, hyphens and "
        "underscores, e.g. “antibiotics”.",
    ),
    "curricula.bad_maximum": (
        "«maximum» er det største tallet en deltaker kan sende inn: et tall større enn 0, ikke "
        "«{found}».",
        "“maximum” is the largest figure a participant can send: a number greater than 0, not "
        "“{found}”.",
    ),
    "curricula.duplicate_measure": (
        "Indikatoren «{id}» står to ganger i samme aktivitet.",
        "The measure “{id}” appears twice in the same activity.",
    ),
    "curricula.too_many_default_measures": (
        "Høyst {most} indikatorer kan samles inn som standard i én programpost.",
        "At most {most} measures can be collected by default in one block.",
    ),
    "curricula.phase_sum": (
        "Fasene varer til sammen {phases} {phases|minutt|minutter}, men aktiviteten er satt til "
        "{minutes} {minutes|minutt|minutter}.",
        "The phases last {phases} {phases|minute|minutes} in total, but the activity is set to "
        "{minutes} {minutes|minute|minutes}.",
    ),
}
