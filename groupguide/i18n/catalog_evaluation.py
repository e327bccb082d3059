"""User-facing texts: evaluation files, the open-evaluation and results screens, the evaluation
command. key: (bokmål, English). What participants see (phone form, pages, slips):
``catalog_evaluation_form``."""

MESSAGES: dict[str, tuple[str, str]] = {
    "evaluation.file_unreadable": (
        "Kunne ikke lese evalueringsfilen {path}: {reason}",
        "Could not read the evaluation file {path}: {reason}",
    ),
    "evaluation.file_damaged": (
        "Evalueringsfilen {path} er skadet og kan ikke leses. Den er ikke endret; flytt den "
        "bort for å starte evalueringen på nytt.",
        "The evaluation file {path} is damaged and cannot be read. It has not been changed; "
        "move it away to start the evaluation again.",
    ),
    "evaluation.write_failed": (
        "Kunne ikke lagre evalueringen: {reason}",
        "Could not store the evaluation: {reason}",
    ),
    # the open-evaluation screen
    "evaluation.tui.title": ("Evaluering", "Evaluation"),
    "evaluation.tui.help": (
        "Deltakerne skanner QR-koden med mobilkameraet (eller skriver adressen) og svarer anonymt. "
        "Du ser bare hvor mange som har svart, høyst én per deltaker til stede "
        "({key[evaluation.raise]} tar imot ett svar til). Med felles QR-kode stoler skjemaet på "
        "telefonen: ett svar per telefon (nettverksadresse); deler to en telefon, tillater "
        "{key[evaluation.shared]} ett svar til fra en telefon som har svart. Engangskoder på "
        "lapper ({key[evaluation.mode]}) er den sikre måten. Prøvesvar slettes med "
        "{key[evaluation.clear]} før den ekte runden. Telefonene må være på samme nettverk som "
        "denne maskinen. Går du tilbake ({key[evaluation.back]}), forblir evalueringen åpen: "
        "skjemaet tas ned til du åpner evalueringen igjen, og serveres da på samme adresse med "
        "samme kode. Lukk evalueringen med {key[evaluation.close]} når alle har svart "
        "(du blir spurt først); resultatene vises da, hvis nok har svart.",
        "Participants scan the QR code with their phone camera (or type the address) and answer "
        "anonymously. You only see how many have answered, at most one per participant present "
        "({key[evaluation.raise]} takes one more answer). With one shared QR code the form "
        "trusts the phone: one answer per phone (network address); when two share a phone, "
        "{key[evaluation.shared]} allows one more answer from a phone that has answered. One-time "
        "codes on slips ({key[evaluation.mode]}) are the strongest choice. Test answers are deleted "
        "with {key[evaluation.clear]} before the real round. The phones must be on the same "
        "network as this computer. Going back ({key[evaluation.back]}) keeps the evaluation "
        "open: the form is taken down until you open the evaluation again, and is then served "
        "at the same address with the same code. Close the evaluation with "
        "{key[evaluation.close]} when everyone has answered (you are asked first); the results "
        "are shown then, if enough have answered.",
    ),
    "evaluation.tui.close": ("Lukk evalueringen", "Close evaluation"),
    "evaluation.tui.back": ("Tilbake", "Back"),
    "evaluation.tui.back_tip": (
        "Gå tilbake; evalueringen forblir åpen, og skjemaet serveres igjen når du åpner den",
        "Go back; the evaluation stays open, and the form is served again when you open it",
    ),
    "evaluation.tui.left_open": (
        "Evalueringen er fortsatt åpen. Skjemaet er tatt ned til du åpner evalueringen igjen "
        "(samme adresse og kode).",
        "The evaluation is still open. The form is taken down until you open the evaluation "
        "again (same address and code).",
    ),
    "evaluation.tui.close_tip": (
        "Slutt å ta imot svar og vis resultatene",
        "Stop taking answers and show the results",
    ),
    "evaluation.tui.close_question": (
        "Lukke evalueringen? {count} svar er lagret. Skjemaet tas ned: svar som ikke er sendt "
        "ennå, kommer ikke med.",
        "Close the evaluation? {count} {count|answer|answers} are stored. The form is taken down: answers not "
        "yet sent are not included.",
    ),
    "evaluation.tui.address": ("Ny adresse", "New address"),
    "evaluation.tui.address_tip": (
        "Bruk et annet nettverkskort (hvis telefonene ikke når frem)",
        "Use another network interface (if phones cannot connect)",
    ),
    "evaluation.tui.mode": ("Modus", "Mode"),
    "evaluation.tui.mode_confirm": ("Bytt modus", "Switch mode"),
    "evaluation.tui.mode_tip": (
        "Én felles QR-kode, eller engangskoder på utskrevne lapper",
        "One shared QR code, or one-time codes on printed slips",
    ),
    "evaluation.tui.mode_question_ballot": (
        "Bytte til engangskoder? Du får et ark med én QR-lapp per deltaker som du skriver ut, "
        "klipper og deler ut tilfeldig. Den felles QR-koden slutter å virke.",
        "Switch to one-time codes? You get a sheet with one QR slip per participant to print, "
        "cut and hand out at random. The shared QR code stops working.",
    ),
    "evaluation.tui.mode_question_open": (
        "Bytte til én felles QR-kode for alle? Lappene med engangskoder slutter å virke.",
        "Switch to one shared QR code for all? The slips with one-time codes stop working.",
    ),
    "evaluation.tui.open_here": ("Svar her", "Answer here"),
    "evaluation.tui.open_here_tip": (
        "Siste utvei: åpne skjemaet i nettleseren her",
        "Last resort: open the form in the browser here",
    ),
    "evaluation.tui.slips": ("Lappene", "Slips"),
    "evaluation.tui.scan": (
        "Skann QR-koden med mobilkameraet, eller gå til:",
        "Scan the QR code with your phone camera, or go to:",
    ),
    "evaluation.tui.scan_ballot": (
        "Engangskoder: hver deltaker skanner QR-koden på sin egen lapp. Felles adresse:",
        "One-time codes: each participant scans the QR code on their own slip. Shared address:",
    ),
    "evaluation.tui.code": ("Kode: {code}", "Code: {code}"),
    "evaluation.tui.count": (
        "{count} av {cap} har svart",
        "{count} of {cap} {count|has|have} answered",
    ),
    "evaluation.tui.address_on": (
        "Nettverk: {interface}. Trykk {key[evaluation.address]} for en annen adresse "
        "({others} til).",
        "Network: {interface}. Press {key[evaluation.address]} for another address "
        "({others} more).",
    ),
    "evaluation.tui.loopback": (
        "Fant ikke noe lokalt nettverk: skjemaet kan bare åpnes på denne maskinen (127.0.0.1). "
        "Koble til samme Wi-Fi som telefonene, eller slå på en delt mobilsone.",
        (
            "No local network found: the form can only be opened on this computer "
            "(127.0.0.1). Join the same Wi-Fi as the phones, or turn on a phone hotspot."
        ),
    ),
    "evaluation.tui.tips": (
        "Ingen telefon har koblet til ennå. Prøv dette: telefonene på samme Wi-Fi som denne "
        "maskinen (ikke gjestenettet, som ofte stenger mellom enheter); svar «Tillat» hvis "
        "brannmuren spør; trykk {key[evaluation.address]} for en annen adresse; slå på delt "
        "mobilsone på en telefon og koble maskinen til den. Siste utvei: "
        "{key[evaluation.open_here]} åpner skjemaet her.",
        "No phone has connected yet. Try this: phones on the same Wi-Fi as this computer (not "
        'the guest network, which often isolates devices); answer "Allow" if the firewall asks; '
        "press {key[evaluation.address]} for another address; turn on a phone hotspot and connect this computer to it. "
        "Last resort: {key[evaluation.open_here]} opens the form "
        "here.",
    ),
    "evaluation.tui.not_found": (
        "Fant ikke gruppen eller samlingen.",
        "Could not find the group or the gathering.",
    ),
    "evaluation.tui.bind_hint": (
        "Trykk {key[evaluation.address]} for en annen adresse.",
        "Press {key[evaluation.address]} for another address.",
    ),
    "evaluation.tui.slips_written": (
        "Lapper med engangskoder: {path} ({key[evaluation.slips]} åpner arket for utskrift)",
        "Slips with one-time codes: {path} ({key[evaluation.slips]} opens the sheet to print)",
    ),
    "evaluation.tui.slips_failed": (
        "Kunne ikke skrive arket med lapper: {reason}",
        "Could not write the sheet of slips: {reason}",
    ),
    "evaluation.tui.no_browser": (
        "Fant ingen nettleser. Åpne $target selv.",
        "No browser found. Open $target yourself.",
    ),
    # the results screen
    "evaluation.results.title": ("Evalueringsresultater", "Evaluation results"),
    "evaluation.results.help": (
        "Resultatene vises når evalueringen er lukket, og bare når nok deltakere har svart til "
        "at ingen enkeltsvar kan gjenkjennes (standard 3). Fritekst vises i tilfeldig "
        "rekkefølge. "
        "Til høyre skriver du din egen evaluering, notater fra evalueringsrunden og ønskene "
        "som kom fram der (ett per linje: de kommer i ønskefanen, merket «fra "
        "evalueringsrunden»); de lagres med {key[evaluation_results.save]} og når du går "
        "tilbake, og du advares om noe ser ut som en pasientidentifikator. Skjermen åpner med "
        "markøren i din egen evaluering; {key[evaluation_results.back]} forlater feltet, og da virker "
        "bokstavtastene nedenfor. "
        "{key[evaluation_results.teachers]} legger til medveiledere og gjesteundervisere med "
        "deres egen evaluering (§2.4). {key[evaluation_results.clear]} sletter prøvesvar før "
        "den ekte runden; {key[evaluation_results.slips]} skriver ut lapper med engangskoder "
        "før samlingen.",
        "The results show once the evaluation is closed, and only when enough participants have "
        "answered that no single answer can be recognised (default 3). Free text is shown in "
        "random order. On the right, write your own evaluation, notes from the evaluation round "
        "and the wishes raised there (one per line: they join the Wishes tab, marked “from the "
        "evaluation round”); they are saved with {key[evaluation_results.save]} and when you go "
        "back, with a warning when something looks like a patient identifier. The screen opens "
        "with the cursor in your own evaluation; {key[evaluation_results.back]} leaves the field, and "
        "then the letter keys below work. "
        "{key[evaluation_results.teachers]} adds co-leaders and guest teachers with their own "
        "evaluation (§2.4). {key[evaluation_results.clear]} deletes "
        "test answers before the real round; {key[evaluation_results.slips]} prints slips with "
        "one-time codes before the gathering.",
    ),
    "evaluation.results.back": ("Tilbake", "Back"),
    "evaluation.results.save_tip": (
        "Lagre din evaluering og notatene",
        "Save your evaluation and the notes",
    ),
    "evaluation.results.saved": ("Lagret.", "Saved."),
    "evaluation.results.close": ("Lukk evalueringen", "Close evaluation"),
    "evaluation.results.close_tip": ("Ta ikke imot flere svar", "Stop taking answers"),
    "evaluation.results.close_question": (
        "Lukke evalueringen med {count} svar? Da tas det ikke imot flere svar, og resultatene "
        "vises.",
        "Close the evaluation with {count} {count|answer|answers}? No more answers are taken, and the results "
        "are shown.",
    ),
    "evaluation.results.summary": (
        "{count} svar · {status}",
        "{count} {count|answer|answers} · {status}",
    ),
    "evaluation.results.open": ("evalueringen er åpen", "the evaluation is open"),
    "evaluation.results.closed": ("evalueringen er lukket", "the evaluation is closed"),
    "evaluation.results.hidden": (
        "Resultatene vises når evalueringen er lukket, og bare hvis minst {threshold} har "
        "svart. Mens den er åpen, kunne man ellers sammenligne resultatene før og etter et nytt "
        "svar og se hva det sa.",
        "The results are shown once the evaluation is closed, and only if at least {threshold} "
        "have answered. While it is open, comparing the results before and after a new answer "
        "would show what it said.",
    ),
    "evaluation.results.too_few": (
        "Bare {count} svar, færre enn {threshold}: resultatene vises ikke, slik at ingen "
        "enkeltsvar kan gjenkjennes.",
        "Only {count} {count|answer|answers}, fewer than {threshold}: the results are not shown, so that no "
        "single answer can be recognised.",
    ),
    "evaluation.close_few": (
        "Med bare {count} svar (færre enn {threshold}) vises ingen resultater etter lukking, "
        "heller ikke temaønskene, og evalueringen kan ikke åpnes igjen for flere svar.",
        "With only {count} {count|answer|answers} (fewer than {threshold}) no results are shown after closing, "
        "not even the topic wishes, and the evaluation cannot be reopened for more answers.",
    ),
    "evaluation.results.no_evaluation": (
        "Ingen evaluering er åpnet for denne samlingen ennå.",
        "No evaluation has been opened for this gathering yet.",
    ),
    "evaluation.results.mean": ("snitt {mean} (n={n})", "mean {mean} (n={n})"),
    "evaluation.results.overall": ("Relevans for arbeidet", "Relevance for work"),
    "evaluation.results.blocks": ("Programpostene", "The blocks"),
    "evaluation.results.good": ("Hva fungerte bra", "What worked well"),
    "evaluation.results.better": ("Hva kunne vært bedre", "What could be better"),
    "evaluation.results.wishes": ("Temaønsker", "Topic wishes"),
    "evaluation.results.goals": ("Trygghet på læringsmålene", "Confidence in the learning goals"),
    "evaluation.results.none": ("(ingen)", "(none)"),
    "evaluation.results.leader": ("Din egen evaluering", "Your own evaluation"),
    "evaluation.results.oral": ("Notater fra evalueringsrunden", "Notes from the evaluation round"),
    # command line
    "evaluation.cli.help": (
        "anonym evaluering fra deltakernes mobiler (QR-kode)",
        "anonymous evaluation from the participants' phones (QR code)",
    ),
    "evaluation.cli.open.help": (
        "åpne evalueringen og server skjemaet til Ctrl+C (som ikke lukker den)",
        "open the evaluation and serve the form until Ctrl+C (which does not close it)",
    ),
    "evaluation.cli.results.help": (
        "vis resultatene av en evaluering",
        "show the results of an evaluation",
    ),
    "evaluation.cli.opt.host": (
        "adressen skjemaet skal nås på (standard: maskinens LAN-adresse)",
        "address to serve the form on (default: the LAN address)",
    ),
    "evaluation.cli.opt.port": (
        "port (standard 8765; 0 = en ledig port)",
        "port (default 8765; 0 = any free port)",
    ),
    "evaluation.cli.opt.mode": (
        "open: én felles QR-kode; ballot: engangskoder på lapper",
        "open: one shared QR code; ballot: one-time codes on slips",
    ),
    "evaluation.cli.opt.slips": (
        "antall lapper med engangskoder (--mode ballot; standard: antall deltakere)",
        "number of slips with one-time codes (--mode ballot; default: the number of participants)",
    ),
    "evaluation.cli.opt.gathering": (
        "samlingens nummer (1, 2, …), id eller tittel",
        "the gathering's number (1, 2, …), id or title",
    ),
    "evaluation.cli.no_gathering": (
        "Fant ingen samling «{wanted}». Gruppen har {count} {count|samling|samlinger}: bruk et "
        "nummer fra 1.",
        (
            "No gathering “{wanted}”. The group has {count} {count|gathering|gatherings}: "
            "use a number from 1."
        ),
    ),
    "evaluation.cli.bad_port": ("Ugyldig port: {port}", "Invalid port: {port}"),
    "evaluation.cli.slips_written": (
        "Lapper med engangskoder: {path}",
        "Slips with one-time codes: {path}",
    ),
    "evaluation.cli.stop_hint": (
        "Ctrl+C stopper skjemaet; evalueringen forblir åpen. «groupguide evaluation close» "
        "lukker den.",
        "Ctrl+C stops serving the form; the evaluation stays open. "
        '"groupguide evaluation close" closes it.',
    ),
    "evaluation.cli.closed": (
        "Evalueringen er lukket med {count} svar.",
        "The evaluation is closed with {count} {count|answer|answers}.",
    ),
}
