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
}

for _key, (_nb_title, _nb_text, _en_title, _en_text) in _PAGES.items():
    MESSAGES[f"evaluation.page.{_key}.title"] = (_nb_title, _en_title)
    MESSAGES[f"evaluation.page.{_key}.text"] = (_nb_text, _en_text)
