"""User-facing texts participants see: the phone form, the pages a phone gets after it answers,
and the printed ballot slips. key: (bokmål, English).

The pages are written as ``_PAGES`` (a title and a text per page) and become the keys
``evaluation.page.<name>.title`` and ``evaluation.page.<name>.text``.
"""

_PAGES: dict[str, tuple[str, str, str, str]] = {
    # key: (nb title, nb text, en title, en text)
    "thanks": (
        "Takk for svaret!",
        "Svaret ditt er lagret anonymt. Du kan lukke denne siden.",
        "Thank you!",
        "Your answer has been stored anonymously. You can close this page.",
    ),
    "already": (
        "Du har allerede svart",
        "Denne telefonen har allerede sendt inn et svar på denne evalueringen. Takk! Deler dere "
        "telefon? Be gruppeveilederen tillate ett svar til fra en delt telefon, og last inn "
        "siden på nytt.",
        "You have already answered",
        "This phone has already sent an answer to this evaluation. Thank you! Sharing a phone? "
        "Ask the group leader to allow one more answer from a shared phone, then reload the "
        "page.",
    ),
    "closed": (
        "Evalueringen er lukket",
        "Gruppeveilederen har lukket evalueringen, så den tar ikke imot flere svar.",
        "The evaluation is closed",
        "The group leader has closed the evaluation; it takes no more answers.",
    ),
    "not_found": (
        "Fant ikke siden",
        "Sjekk at adressen er skrevet helt riktig, eller skann QR-koden på nytt.",
        "Page not found",
        "Check that the address is typed exactly, or scan the QR code again.",
    ),
    "bad": (
        "Skjemaet kunne ikke leses",
        "Noe i innsendingen var ikke slik skjemaet sender det. Ingenting er lagret. "
        "Gå tilbake, last inn siden på nytt og prøv igjen.",
        "The form could not be read",
        "Something in the submission was not what the form sends. Nothing was stored. "
        "Go back, reload the page and try again.",
    ),
    "too_many": (
        "Litt for mange forespørsler",
        "Vent et halvt minutt og prøv igjen.",
        "A few too many requests",
        "Wait half a minute and try again.",
    ),
    "too_large": (
        "Svaret er for langt",
        "Innsendingen var for stor. Ingenting er lagret. Gå tilbake og gjør tekstene kortere.",
        "The answer is too long",
        "The submission was too large. Nothing was stored. Go back and shorten the texts.",
    ),
    "forbidden": (
        "Innsendingen ble avvist",
        "Skjemaet må sendes fra siden du åpnet via QR-koden. Ingenting er lagret. "
        "Skann koden på nytt.",
        "The submission was refused",
        "The form must be sent from the page opened through the QR code. Nothing "
        "was stored. Scan the code again.",
    ),
    "expired": (
        "Skjemaet er allerede sendt eller utløpt",
        "Dette skjemaet er brukt eller for gammelt. Ingenting nytt er lagret. Last "
        "inn siden på nytt hvis du ikke har svart.",
        "The form was already sent or has expired",
        "This form has been used or is too old. Nothing new was stored. Reload the "
        "page if you have not answered.",
    ),
    "full": (
        "Evalueringen er full",
        "Evalueringen har fått like mange svar som det er deltakere. Mangler du å svare? Si "
        "fra til gruppeveilederen, som kan ta imot ett svar til.",
        "The evaluation is full",
        "The evaluation has received as many answers as there are participants. Have you not "
        "answered yet? Tell the group leader, who can take one more answer.",
    ),
    "ballot_used": (
        "Koden er brukt eller ukjent",
        "Denne engangskoden er allerede brukt, eller den hører ikke til denne "
        "evalueringen. Spør gruppeveilederen om en ny lapp.",
        "The code has been used or is unknown",
        "This one-time code has already been used, or it does not belong to this "
        "evaluation. Ask the group leader for a new slip.",
    ),
    "ballot_needed": (
        "Bruk lappen din",
        "Denne evalueringen bruker engangskoder. Skann QR-koden på lappen du fikk utdelt, eller "
        "skriv koden fra lappen på adressen som vises på skjermen.",
        "Use your slip",
        "This evaluation uses one-time codes. Scan the QR code on the slip you were given, or "
        "type the slip's code at the address shown on the screen.",
    ),
    "not_saved": (
        "Svaret ble ikke lagret",
        "Maskinen til gruppeveilederen kunne ikke lagre svaret akkurat nå. Gå "
        "tilbake og prøv igjen om litt.",
        "Your answer was not stored",
        "The group leader's computer could not store the answer just now. Go back "
        "and try again in a moment.",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {
    # the phone form
    "evaluation.form.switch": ("English", "Norsk"),
    "evaluation.form.title": ("Evaluering av samlingen", "Evaluation of the gathering"),
    "evaluation.form.intro": (
        "Anonymt og frivillig. Det tar under to minutter. Svar fra 1 til 5 på hvert spørsmål.",
        "Anonymous and voluntary. It takes under two minutes. Answer each question from 1 to 5.",
    ),
    "evaluation.form.relevance": (
        "Hvor relevant var samlingen for arbeidet ditt?",
        "How relevant was the gathering for your work?",
    ),
    "evaluation.form.blocks": ("Hvor relevant var hver del?", "How relevant was each part?"),
    "evaluation.form.good": ("Hva fungerte bra?", "What worked well?"),
    "evaluation.form.better": ("Hva kunne vært bedre?", "What could be better?"),
    "evaluation.form.wishes": (
        "Hvilke temaer ønsker du på senere samlinger?",
        "Which topics do you want at later gatherings?",
    ),
    "evaluation.form.goals": ("Læringsmål (valgfritt)", "Learning goals (optional)"),
    "evaluation.form.goals_hint": (
        "Hvor trygg føler du deg nå på hvert av samlingens læringsmål?",
        "How confident do you feel now about each of the gathering's learning goals?",
    ),
    "evaluation.form.submit": ("Send inn", "Submit"),
    "evaluation.form.anonymous": (
        "Svaret lagres uten navn, IP-adresse, enhetsinformasjon eller klokkeslett.",
        "Your answer is stored without your name, IP address, device data or time of day.",
    ),
    # the ends of each 1–5 scale: every scale says what 1 and 5 mean for its question
    "evaluation.form.ends.relevance.low": ("1 lite relevant", "1 of little relevance"),
    "evaluation.form.ends.relevance.high": ("5 svært relevant", "5 very relevant"),
    "evaluation.form.ends.confidence.low": ("1 lite trygg", "1 not confident"),
    "evaluation.form.ends.confidence.high": ("5 svært trygg", "5 very confident"),
    "evaluation.form.too_long": (
        "Hver tekst kan ha høyst {limit} tegn.",
        "Each text can have at most {limit} characters.",
    ),
    "evaluation.form.need_relevance": (
        "Svar på det første spørsmålet (1–5) før du sender inn.",
        "Answer the first question (1–5) before you submit.",
    ),
    # ballot slips
    "evaluation.ballot.how": (
        "Skann koden, eller skriv adressen. Koden virker én gang.",
        "Scan the code, or type the address. The code works once.",
    ),
    "evaluation.ballot.heading": ("Engangskoder: {title}", "One-time codes: {title}"),
    "evaluation.ballot.cut": (
        "Klipp ut lappene og del dem ut tilfeldig. Ingen kode kan knyttes til en person.",
        "Cut out the slips and hand them out at random. No code can be tied to a person.",
    ),
}

for _key, (_nb_title, _nb_text, _en_title, _en_text) in _PAGES.items():
    MESSAGES[f"evaluation.page.{_key}.title"] = (_nb_title, _en_title)
    MESSAGES[f"evaluation.page.{_key}.text"] = (_nb_text, _en_text)
