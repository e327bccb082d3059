"""User-facing texts: anonymity and confidentiality (limits on phones, results after closing, the
identifier guard on every text). key: (bokmål, English)."""

_PAGES: dict[str, tuple[str, str, str, str]] = {
    # key: (nb title, nb text, en title, en text)
    "slow": (
        "Innsendingen tok for lang tid",
        "Skjemaet kom ikke frem i tide. Ingenting er lagret. Gå tilbake og send på nytt.",
        "The submission took too long",
        "The form did not arrive in time. Nothing was stored. Go back and send it again.",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "evaluation.form.identifier": (
        "Teksten ser ut til å inneholde et fødselsnummer, telefonnummer eller en e-postadresse. "
        "Av hensyn til taushetsplikten er det fjernet nedenfor. Se over og send inn; det som "
        "fortsatt ser ut som en identifikator, fjernes før svaret lagres.",
        "The text seems to contain an identity number, a phone number or an e-mail address. "
        "Out of confidentiality it has been removed below. Check and submit; whatever still looks "
        "like an identifier is removed before the answer is stored.",
    ),
    "evaluation.form.code_intro": (
        "Denne evalueringen bruker engangskoder. Skann QR-koden på lappen din, eller skriv "
        "koden som står på den.",
        "This evaluation uses one-time codes. Scan the QR code on your slip, or type the code "
        "printed on it.",
    ),
    "evaluation.form.code_label": ("Koden på lappen", "The code on the slip"),
    "evaluation.form.code_submit": ("Videre", "Continue"),
    "evaluation.form.code_anonymous": (
        "Lappene deles ut tilfeldig; ingen kode er knyttet til en person.",
        "The slips are handed out at random; no code is tied to a person.",
    ),
    "evaluation.form.code_wrong": (
        "Det er ikke en gyldig kode. Den har ti tegn, for eksempel K7M2Q-X9A4R.",
        "That is not a valid code. It has ten characters, for example K7M2Q-X9A4R.",
    ),
    "evaluation.closed_cannot_reopen": (
        "Evalueringen er lukket, og resultatene kan ha vært vist. Den kan ikke åpnes igjen for "
        "flere svar: da kunne man sammenligne resultatene før og etter og se hva de nye svarte.",
        "The evaluation is closed, and its results may have been shown. It cannot be reopened "
        "for more answers: comparing the results before and after would show what the new "
        "answers said.",
    ),
    "evaluation.ballot.how_ahead": (
        "Skann QR-koden på skjermen, og skriv inn denne koden. Den virker én gang.",
        "Scan the QR code on the screen, and type this code. It works once.",
    ),
    "evaluation.port_busy": (
        "Port {port} var i bruk (av skjemaet for audittall i denne samlingen, eller av et annet "
        "program); evalueringen bruker port {chosen}. Adressen og QR-koden viser den nye porten.",
        "Port {port} was in use (by this gathering's form for audit figures, or by another "
        "program); the evaluation uses port {chosen}. The address and the QR code show the new "
        "port.",
    ),
    "evaluation.bind_failed": (
        "Kunne ikke starte skjemaserveren på {host}: {reason}.",
        "Could not start the form server on {host}: {reason}.",
    ),
    "evaluation.not_serving": (
        "Evalueringen blir ikke servert nå.",
        "The evaluation is not being served now.",
    ),
    "evaluation.clear_question": (
        "Slette alle {count} svar? Gjør dette bare med svar gitt som en prøve før den ekte "
        "runden: svarene kan ikke hentes tilbake, og telefonene som svarte kan svare på nytt.",
        "Delete all {count} {count|answer|answers}? Do this only with answers given as a test before the real "
        "round: the answers cannot be brought back, and the phones that answered may answer "
        "again.",
    ),
    "evaluation.not_held_question": (
        "«{title}» er ikke holdt ennå. Åpne evalueringen likevel? Svar nå gjelder en samling "
        "ingen har vært på; prøvesvar kan slettes før den ekte runden.",
        '"{title}" has not been held yet. Open its evaluation anyway? Answers now are about a '
        "gathering nobody has attended; test answers can be deleted before the real round.",
    ),
    "evaluation.mode_trust_open": (
        "Felles QR-kode: skjemaet stoler på telefonen. Ett svar per telefon (nettverksadresse), "
        "høyst én per deltaker. Engangskoder på lapper er den sikre måten.",
        "One shared QR code: the form trusts the phone. One answer per phone (network address), "
        "at most one per participant. One-time codes on slips are the strong way.",
    ),
    "evaluation.mode_trust_ballot": (
        "Engangskoder: hver lapp gir ett svar, uansett telefon. Det sikreste valget.",
        "One-time codes: each slip gives one answer, whatever the phone. The strongest choice.",
    ),
    # the open-evaluation screen
    "evaluation.tui.raise": ("Ett svar til", "One more answer"),
    "evaluation.tui.raise_tip": (
        "Ta imot ett svar mer enn antall deltakere til stede",
        "Take one answer more than the participants present",
    ),
    "evaluation.tui.shared": ("Delt telefon", "Shared phone"),
    "evaluation.tui.shared_tip": (
        "Tillat ett svar til fra en telefon som allerede har svart",
        "Allow one more answer from a phone that has already answered",
    ),
    "evaluation.tui.clear": ("Slett prøvesvar", "Delete test answers"),
    "evaluation.tui.clear_tip": (
        "Slett svarene gitt som en prøve før den ekte runden",
        "Delete the answers given as a test before the real round",
    ),
    "evaluation.tui.clear_confirm": ("Slett svarene", "Delete the answers"),
    "evaluation.tui.cleared": ("Svarene er slettet.", "The answers were deleted."),
    "evaluation.tui.shared_left": (
        "(delt telefon: {count} svar til tillatt)",
        "(shared phone: {count} more {count|answer|answers} allowed)",
    ),
    "evaluation.tui.shared_allowed": (
        "Én telefon som har svart, kan nå svare én gang til (last inn siden på nytt).",
        "One phone that has answered may now answer once more (reload the page).",
    ),
    "evaluation.tui.raised": (
        "Evalueringen tar nå imot {cap} svar.",
        "The evaluation now takes {cap} {cap|answer|answers}.",
    ),
    "evaluation.tui.open_anyway": ("Åpne likevel", "Open anyway"),
    "evaluation.tui.closed_already": (
        "Evalueringen er lukket og kan ikke åpnes igjen for flere svar. Resultatene finner du "
        "under evalueringsresultater ({key[group.results]}), der prøvesvar også kan slettes.",
        "The evaluation is closed and cannot be reopened for more answers. Its results are under "
        "evaluation results ({key[group.results]}), where test answers can also be deleted.",
    ),
    # the results screen
    "evaluation.results.not_served": (
        "Ingen tar imot svar nå. {key[group.evaluation]} på gruppeskjermen serverer "
        "evalueringen igjen på samme adresse og med samme kode, så QR-koden og sidene på "
        "telefonene virker fortsatt.",
        "Nobody is taking answers now. {key[group.evaluation]} on the group screen serves the "
        "evaluation again at the same address and with the same code, so the QR code and the "
        "pages on the phones still work.",
    ),
    "evaluation.results.nobody": (
        "Ingen svarte på evalueringen.",
        "Nobody answered the evaluation.",
    ),
    "evaluation.results.slips": ("Lapper på forhånd", "Slips ahead"),
    "evaluation.results.slips_tip": (
        "Skriv ut lapper med engangskoder før samlingen",
        "Print slips with one-time codes before the gathering",
    ),
    "evaluation.results.slips_prompt": (
        "Hvor mange lapper? Hver har en kort kode som deltakeren skriver i skjemaet QR-koden "
        "på skjermen leder til, så lappene trenger ikke maskinens adresse. Evalueringen åpnes "
        "da med engangskoder.",
        "How many slips? Each has a short code the participant types into the form the QR "
        "code on the screen leads to, so the slips need not know the computer's address. The "
        "evaluation then opens with one-time codes.",
    ),
    "evaluation.results.slips_bad": (
        "Skriv et helt tall fra 1 til {most}.",
        "Type a whole number from 1 to {most}.",
    ),
    "evaluation.results.slips_done": (
        "{count} {count|lapp er klar|lapper er klare}: {path}",
        "{count} {count|slip is|slips are} ready: {path}",
    ),
    # documents
    "export.eval.open": (
        "Den skriftlige evalueringen er fortsatt åpen ({count} svar). Resultatene kommer med når "
        "den er lukket og minst {threshold} har svart.",
        "The written evaluation is still open ({count} {count|answer|answers}). The results are included once "
        "it is closed and at least {threshold} have answered.",
    ),
    "export.guard.masked": (
        "Taushetsplikt: maskerte {count} {count|mulig pasientidentifikator|mulige "
        "pasientidentifikatorer} i notater og fritekst i dokumentene.",
        "Confidentiality: masked {count} possible patient {count|identifier|identifiers} in "
        "notes and free text in the documents.",
    ),
    # plan files
    "plan.identifier": (
        "Taushetsplikt: teksten ser ut til å inneholde {count} "
        "{count|pasientidentifikator|pasientidentifikatorer} ({kinds}). Fjern {count|den|dem} "
        "fra planfilen; tekster med {count|den|dem} kan havne i dokumenter.",
        "Confidentiality: the text seems to contain {count} patient "
        "{count|identifier|identifiers} ({kinds}). Remove {count|it|them} from the plan file; "
        "texts with {count|it|them} can end up in documents.",
    ),
    "plan.export.masked": (
        "Taushetsplikt: notatene hadde pasientidentifikatorer (antall: {count}). De er maskert i "
        "planfilen; i appen står notatene som før.",
        "Confidentiality: the notes had patient identifiers (count: {count}). They are masked in "
        "the plan file; in the app the notes are as before.",
    ),
    "tui.home.import_warnings": (
        "Importert, men se over dette",
        "Imported, but look at this",
    ),
    # command line
    "evaluation.cli.close.help": (
        "lukk evalueringen (ingen flere svar; resultatene kan leses)",
        "close the evaluation (no more answers; the results can be read)",
    ),
    "evaluation.cli.clear.help": (
        "slett prøvesvar før den ekte runden (spør først)",
        "delete test answers before the real round (asks first)",
    ),
    "evaluation.cli.slips.help": (
        "skriv ut lapper med engangskoder på forhånd (uten maskinens adresse)",
        "print slips with one-time codes ahead (without the computer's address)",
    ),
    "evaluation.cli.opt.yes": (
        "svar ja på spørsmålet (for skript)",
        "answer yes to the question (for scripts)",
    ),
    "evaluation.cli.needs_yes": (
        "{question} Legg til --yes for å svare ja.",
        "{question} Add --yes to answer yes.",
    ),
    "evaluation.cli.yes_no": ("[j/N]", "[y/N]"),
    "evaluation.cli.nothing_done": ("Ingenting er endret.", "Nothing was changed."),
    "evaluation.cli.already_closed": (
        "Evalueringen var allerede lukket ({count} svar).",
        "The evaluation was already closed ({count} {count|answer|answers}).",
    ),
    "evaluation.cli.cleared": (
        "{count} svar er slettet. Evalueringen kan åpnes for den ekte runden.",
        "{count} {count|answer|answers} were deleted. The evaluation can be opened for the real round.",
    ),
    "evaluation.cli.bad_count": ("Ugyldig antall: {count}", "Invalid count: {count}"),
    "evaluation.cli.slips_ahead": (
        "{count} {count|lapp|lapper} med engangskoder: {path}. Evalueringen åpnes med engangskoder; "
        "deltakerne skriver koden i skjemaet som QR-koden på skjermen leder til.",
        "{count} {count|slip|slips} with one-time codes: {path}. The evaluation opens with one-time codes; "
        "participants type the code into the form the QR code on the screen leads to.",
    ),
    "evaluation.cli.closed_hint": (
        "Evalueringen er lukket med {count} svar og kan ikke åpnes igjen for flere. "
        "«groupguide evaluation results» viser resultatene; «evaluation clear» sletter svarene "
        "(bare for prøvesvar).",
        "The evaluation is closed with {count} {count|answer|answers} and cannot be reopened for more. "
        '"groupguide evaluation results" shows the results; "evaluation clear" deletes the '
        "answers (for test answers only).",
    ),
    "evaluation.cli.count": ("{count} av {cap} har svart", "{count} of {cap} have answered"),
    "evaluation.cli.stopped": (
        "Skjemaet er stoppet; evalueringen er fortsatt åpen med {count} svar. «evaluation open» "
        "serverer den igjen på samme adresse, «evaluation close» lukker den.",
        "The form is stopped; the evaluation is still open with {count} {count|answer|answers}. "
        '"evaluation open" serves it again at the same address, "evaluation close" closes it.',
    ),
}

for _key, (_nb_title, _nb_text, _en_title, _en_text) in _PAGES.items():
    MESSAGES[f"evaluation.page.{_key}.title"] = (_nb_title, _en_title)
    MESSAGES[f"evaluation.page.{_key}.text"] = (_nb_text, _en_text)
