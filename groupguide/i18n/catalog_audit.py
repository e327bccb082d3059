"""Audit figures from the participants' phones: the phone's form and page, and the run screen's
QR view."""

MESSAGES: dict[str, tuple[str, str]] = {
    # run mode: a participant's figure typed by the leader, hidden on the shared screen
    "audit.typed.hidden": (
        "Tallet vises ikke på skjermen mens du skriver. {key[run_input.reveal]} viser det i "
        "noen sekunder, så du kan sjekke det før du lagrer.",
        "The figure is not shown on the screen while you type. {key[run_input.reveal]} shows "
        "it for a few seconds, so that you can check it before saving.",
    ),
    "audit.typed.shown": (
        "Tallet vises nå, og skjules igjen om noen sekunder ({key[run_input.reveal]} skjuler "
        "det med en gang).",
        "The figure is shown now and hides again in a few seconds ({key[run_input.reveal]} "
        "hides it at once).",
    ),
    "audit.typed.reveal_key": ("Vis/skjul tallet", "Show/hide the figure"),
    "audit.typed.show": ("Vis tallet", "Show figure"),
    "audit.typed.hide": ("Skjul tallet", "Hide figure"),
    # the phone's form
    "audit.form.title": ("Dine tall til auditen", "Your figures for the audit"),
    "audit.form.intro": (
        "Skriv inn dine egne tall. Gruppen ser bare fordelingen og medianen, aldri hvem som "
        "sendte hva.",
        "Enter your own figures. The group sees only the distribution and the median, never who "
        "sent what.",
    ),
    "audit.form.example": ("for eksempel 4,2", "for example 4.2"),
    "audit.form.hint": ("Du kan la et felt stå tomt.", "You can leave a field empty."),
    "audit.form.submit": ("Send inn", "Submit"),
    "audit.form.anonymous": (
        "Ingen navn, adresse eller tidspunkt lagres sammen med tallene. Tallene dine huskes "
        "bare på denne telefonen, så du kan se hvor de ligger.",
        "No name, address or time is stored with the figures. Your figures are remembered only "
        "on this phone, so that you can see where they stand.",
    ),
    "audit.form.not_a_number": (
        "«{label}»: skriv et tall mellom 0 og {most}, for eksempel 4,2.",
        '"{label}": type a number between 0 and {most}, for example 4.2.',
    ),
    "audit.form.need_one": ("Skriv inn minst ett tall.", "Enter at least one figure."),
    # the phone's own page
    "audit.mine.title": ("Hvor ligger du?", "Where do you stand?"),
    "audit.mine.own": ("Ditt tall:", "Your figure:"),
    "audit.mine.open": (
        "{count} tall er sendt inn så langt. Gruppens fordeling vises her når gruppeveilederen "
        "avslutter innsamlingen; siden oppdateres av seg selv.",
        "Figures sent so far: {count}. The group's distribution is shown here when the group "
        "leader ends the collection; the page updates by itself.",
    ),
    "audit.mine.change": ("Endre tallene dine", "Change your figures"),
    "audit.form.change_title": ("Endre tallene dine", "Change your figures"),
    "audit.form.change_intro": (
        "De nye tallene erstatter dem du sendte. Et tomt felt fjerner tallet.",
        "The new figures replace the ones you sent. An empty field removes the figure.",
    ),
    "audit.mine.waiting": (
        "{count} tall er sendt inn. Gruppens fordeling vises når minst {needed} har sendt inn.",
        "Figures sent: {count}. The group's distribution is shown once at least {needed} have "
        "sent theirs.",
    ),
    "audit.mine.median": (
        "Gruppens median ligger mellom {low} og {high} ({count} tall).",
        "The group's median lies between {low} and {high} ({count} {count|figure|figures}).",
    ),
    "audit.mine.median_range": (
        "Gruppens median ligger mellom {low} og {high} ({count} tall). Med så få tall vises "
        "fordelingen grovt, så ingen kan regne ut et enkelt tall.",
        "The group's median lies between {low} and {high} ({count} {count|figure|figures}). With so few "
        "figures the distribution is coarse, so that nobody can work out a single figure.",
    ),
    # the phone's bin against the median's bin (never against the exact median)
    "audit.mine.below": (
        "Ditt tall ligger i et lavere intervall enn gruppens median.",
        "Your figure lies in a lower interval than the group's median.",
    ),
    "audit.mine.same": (
        "Ditt tall ligger i samme intervall som gruppens median.",
        "Your figure lies in the same interval as the group's median.",
    ),
    "audit.mine.above": (
        "Ditt tall ligger i et høyere intervall enn gruppens median.",
        "Your figure lies in a higher interval than the group's median.",
    ),
    "audit.mine.you": ("◀ du", "◀ you"),
    "audit.mine.distribution": ("Gruppens fordeling", "The group's distribution"),
    "audit.mine.none": (
        "Denne telefonen har ikke sendt inn tall ennå.",
        "This phone has not sent any figures yet.",
    ),
    "audit.mine.to_form": ("Til skjemaet", "To the form"),
    "audit.mine.private": (
        "Bare denne telefonen vet hvilket tall som er ditt. Skjermen i rommet viser bare "
        "fordelingen og medianen.",
        "Only this phone knows which figure is yours. The screen in the room shows only the "
        "distribution and the median.",
    ),
    "evaluation.page.audit_closed.title": ("Innsamlingen er avsluttet", "The collection has ended"),
    "evaluation.page.audit_closed.text": (
        "Gruppeveilederen tar ikke imot flere tall til denne auditen.",
        "The group leader takes no more figures for this audit.",
    ),
    "evaluation.page.audit_already.title": (
        "Du har allerede sendt inn",
        "You have already sent your figures",
    ),
    "evaluation.page.audit_already.text": (
        "Denne telefonen har allerede sendt inn tall til denne auditen. Du kan endre dem fra "
        "siden «Hvor ligger du?» så lenge innsamlingen er åpen. Deler dere telefon? Be "
        "gruppeveilederen tillate én innsending til fra en delt telefon.",
        "This phone has already sent figures to this audit. You can change them from the page "
        '"Where do you stand?" while the collection is open. Sharing a phone? Ask the group '
        "leader to allow one more send from a shared phone.",
    ),
    "evaluation.page.audit_full.title": ("Alle har sendt inn", "Everyone has sent theirs"),
    "evaluation.page.audit_full.text": (
        "Like mange telefoner som det er deltakere har sendt inn tall. Mangler du? Si fra til "
        "gruppeveilederen, som kan ta imot én til.",
        "As many phones as there are participants have sent figures. Missing yours? Tell the "
        "group leader, who can take one more.",
    ),
    # documents: what an audit kept
    "export.audit.heading": ("Audit", "Audit"),
    "export.audit.closeout_heading": ("Audit i halvåret", "Audits in the half-year"),
    "export.audit.col.measure": ("Indikator", "Measure"),
    "export.audit.col.count": ("Tall", "Figures"),
    "export.audit.col.median": ("Median", "Median"),
    "export.audit.col.range": ("Spenn", "Range"),
    "export.audit.col.distribution": ("Fordeling", "Distribution"),
    "export.audit.median_between": ("mellom {low} og {high}", "between {low} and {high}"),
    "export.audit.too_few": (
        "under {needed} tall: bare antallet vises",
        "under {needed} {needed|figure|figures}: only the count is shown",
    ),
    "export.audit.note": (
        "Bare gruppens fordeling er tatt vare på, aldri et enkelt tall: antallet, intervallet "
        "medianen ligger i og fordelingen på runde tall. Under {needed} tall vises bare antallet.",
        "Only the group's distribution is kept, never a single figure: the count, the interval "
        "the median lies in and the distribution on round numbers. Below {needed} figures only "
        "the count is shown.",
    ),
    "export.audit.none": (
        "Ingen audit i halvåret har tatt vare på en fordeling.",
        "No audit in the half-year has kept a distribution.",
    ),
    # the run screen
    "audit.qr.title": ("Tall fra mobil", "Figures from phones"),
    "audit.qr.scan": (
        "Skann QR-koden og skriv inn dine egne tall. Ingen navn lagres; skjermen viser bare "
        "fordeling og median.",
        "Scan the QR code and enter your own figures. No names are stored; the screen shows "
        "only the distribution and the median.",
    ),
    "audit.qr.code": ("Kode: {code}", "Code: {code}"),
    "audit.qr.port_busy": (
        "Port {port} var i bruk (av evalueringsskjemaet eller et annet program), så skjemaet "
        "bruker nå port {chosen}, med samme kode. Telefoner som hadde siden åpen, må skanne "
        "QR-koden på nytt.",
        "Port {port} was in use (by the evaluation form or another program), so the form now "
        "uses port {chosen}, with the same code. Phones that had the page open must scan the "
        "QR code again.",
    ),
    "audit.qr.count": (
        "{count} av {cap} telefoner har sendt inn",
        "{count} of {cap} phones have sent",
    ),
    "audit.qr.trust": (
        "Skjemaet stoler på telefonen: én innsending per telefon, høyst én per deltaker til stede.",
        "The form trusts the phone: one send per phone, at most one per participant present.",
    ),
    "audit.qr.raise": ("Én til", "One more"),
    "audit.qr.shared": ("Delt telefon", "Shared phone"),
    "audit.qr.shared_left": (
        "(delt telefon: {count} til tillatt)",
        "(shared phone: {count} more allowed)",
    ),
    "audit.qr.loopback": (
        "Fant ikke noe nettverk: adressen virker bare på denne maskinen. Koble til samme Wi-Fi "
        "som telefonene, eller slå på en delt mobilsone, og trykk {key[run.phones]} på "
        "nytt.",
        "No network found: the address works on this computer only. Join the phones' Wi-Fi, or "
        "turn on a mobile hotspot, and press {key[run.phones]} again.",
    ),
    "audit.qr.address": ("Nettverk: {interface}", "Network: {interface}"),
    "audit.qr.address_settings": (
        "Adressen er satt i innstillingene (evaluation_host).",
        "The address is set in the settings (evaluation_host).",
    ),
    "audit.qr.bind_failed": (
        "Kunne ikke starte på {host}: {reason}",
        "Could not start on {host}: {reason}",
    ),
    "audit.qr.hide": ("Skjul", "Hide"),
    "audit.qr.hide_tip": (
        "Tilbake til gjennomføringen; innsamlingen fortsetter",
        "Back to the run; the collection goes on",
    ),
    "audit.qr.stop": ("Avslutt og vis fordelingen", "End and show the distribution"),
    "audit.qr.stop_tip": (
        "Ta ikke imot flere tall; vis fordelingen på skjermen og mobilene",
        "Take no more figures; show the distribution here and on the phones",
    ),
    "audit.qr.stopped": (
        "Innsamlingen fra mobil er avsluttet (telefoner som sendte inn: {count}). Fordelingen "
        "vises nå.",
        "The collection from phones has ended (phones that sent: {count}). The distribution is "
        "shown now.",
    ),
    "audit.qr.status_on": (
        "Tall fra mobil: åpent · telefoner som har sendt inn: {count} av {present} til stede · "
        "{key[run.phones]} viser QR-koden",
        "Figures from phones: open · phones that have sent: {count} of {present} present · "
        "{key[run.phones]} shows the QR code",
    ),
    "audit.qr.status_closed": (
        "Tall fra mobil: avsluttet · telefoner som sendte inn: {count} · {key[run.phones]} åpner "
        "igjen",
        "Figures from phones: ended · phones that sent: {count} · {key[run.phones]} opens it again",
    ),
    "audit.qr.status_off": (
        "{key[run.phones]}: la deltakerne sende inn egne tall fra mobilen (anonymt).",
        "{key[run.phones]}: let the participants send their own figures from "
        "their phones (anonymously).",
    ),
    "audit.qr.replaces": (
        "Tallene fra forrige innsamling i denne programposten finnes bare som fordeling. Den "
        "nye innsamlingen erstatter den når du avslutter.",
        "The figures of the earlier collection in this block exist only as a distribution. The "
        "new collection replaces it when you end it.",
    ),
    "audit.not_kept": (
        "Fordelingen kunne ikke lagres med programposten: {reason}. Tallene ligger fortsatt i "
        "gjennomføringen og lagres når programposten avsluttes.",
        "The distribution could not be saved with the block: {reason}. The figures are still "
        "in the run and are saved when the block ends.",
    ),
    "audit.qr.not_saved": (
        "Et tall fra mobil ble ikke lagret: {reason}",
        "A figure from a phone was not stored: {reason}",
    ),
}
