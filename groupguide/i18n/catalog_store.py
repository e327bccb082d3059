"""User-facing texts: store. key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "store.locked": (
        "Datamappen {path} er allerede i bruk av et annet groupguide-vindu eller en annen "
        "kommando. Lukk det andre programmet og prøv igjen.",
        "The data folder {path} is already in use by another groupguide window or command. "
        "Close the other program and try again.",
    ),
    "store.write_failed": (
        "Kunne ikke lagre {path}: {reason}. Den forrige versjonen er beholdt uendret.",
        "Could not save {path}: {reason}. The previous version is kept unchanged.",
    ),
    "store.read_only": (
        "Datamappen {path} er åpnet bare for lesing; ingenting ble lagret.",
        "The data folder {path} is open for reading only; nothing was saved.",
    ),
    "store.not_open": (
        "Lageret er ikke åpnet (programfeil).",
        "The store is not open (a bug).",
    ),
    "store.reason.disk_full": (
        "disken er full",
        "the disk is full",
    ),
    "store.reason.read_only_fs": (
        "disken er skrivebeskyttet",
        "the disk is read-only",
    ),
    "store.reason.permission": (
        "mangler tillatelse til å skrive der",
        "no permission to write there",
    ),
    "store.corrupt_set_aside": (
        "Filen {path} var skadet og kunne ikke leses. Den er lagt til side som {moved}; "
        "resten av dataene er åpnet som vanlig. En tidligere kopi kan finnes i backups-mappen.",
        "The file {path} was damaged and could not be read. It has been set aside as {moved}; "
        "the rest of the data opened as usual. An earlier copy may be in the backups folder.",
    ),
    "store.corrupt_not_moved": (
        "Filen {path} er skadet og kunne ikke legges til side ({reason}). Den blir ikke "
        "overskrevet.",
        "The file {path} is damaged and could not be set aside ({reason}). It will not be "
        "overwritten.",
    ),
    "store.corrupt_read_only": (
        "Filen {path} er skadet og ble hoppet over.",
        "The file {path} is damaged and was skipped.",
    ),
    "store.unreadable": (
        "Kunne ikke lese {path}: {reason}.",
        "Could not read {path}: {reason}.",
    ),
    "store.newer_schema": (
        "Filen {path} er laget av en nyere versjon av groupguide (format {version}, denne "
        "versjonen kan {current}). Oppdater groupguide for å åpne den; filen blir ikke endret.",
        "The file {path} was made by a newer groupguide (format {version}, this version knows "
        "{current}). Update groupguide to open it; the file is left unchanged.",
    ),
    "store.no_migration": (
        "Filen {path} har et gammelt format ({version}) som ikke kan oppgraderes; den blir "
        "ikke endret.",
        "The file {path} has an old format ({version}) that cannot be upgraded; it is left "
        "unchanged.",
    ),
    "store.migration_failed": (
        "Kunne ikke oppgradere {path} fra format {version}: {reason}. Filen blir ikke endret.",
        "Could not upgrade {path} from format {version}: {reason}. The file is left unchanged.",
    ),
    "store.migration_not_saved": (
        "{path} ble oppgradert i minnet, men kunne ikke lagres: {reason}.",
        "{path} was upgraded in memory but could not be saved: {reason}.",
    ),
    "store.backup_failed": (
        "Kunne ikke lage sikkerhetskopi i {path}: {reason}.",
        "Could not make a backup in {path}: {reason}.",
    ),
    "store.tightened": (
        "{count} {count|fil|filer} i sikkerhetskopiene i {path}, laget av en eldre versjon, "
        "kunne leses av andre brukere på maskinen. Nå kan bare du lese {count|den|dem}.",
        "{count} {count|file|files} in the backups in {path}, made by an older version, could "
        "be read by other users of this computer. Now only you can read {count|it|them}.",
    ),
    "store.bad_id": (
        "Ugyldig gruppe-id «{id}».",
        "Invalid group id “{id}”.",
    ),
    "store.file_protected": (
        "{path} kunne ikke leses da datamappen ble åpnet, og blir ikke overskrevet.",
        "{path} could not be read when the data folder was opened and will not be overwritten.",
    ),
    # -- settings.json ------------------------------------------------------------------------
    "settings.quoted": ("«{value}»", "“{value}”"),
    "settings.unknown_key": (
        "ukjent, hoppet over. Kjente innstillinger: {known}.",
        "unknown, skipped. Known settings: {known}.",
    ),
    "settings.not_object": (
        'Innstillingsfilen må være et JSON-objekt ({{"nøkkel": verdi, …}}); '
        "standardinnstillingene brukes.",
        'The settings file must be a JSON object ({{"key": value, …}}); the defaults are used.',
    ),
    "settings.wrong.host": (
        "{value} er ikke en nettverksadresse (uten mellomrom, f.eks. «192.168.1.23»); "
        "standardverdien brukes.",
        "{value} is not a network address (no spaces, e.g. “192.168.1.23”); the default is used.",
    ),
    "settings.wrong.port": (
        "{value} er ikke et portnummer: et heltall fra 0 til 65535 (0 = en ledig port); "
        "standardverdien brukes.",
        "{value} is not a port: a whole number from 0 to 65535 (0 = any free port); the default "
        "is used.",
    ),
    "settings.wrong.threshold": (
        "{value} er ikke tillatt: et heltall, minst {minimum}; standardverdien brukes.",
        "{value} is not allowed: a whole number, at least {minimum}; the default is used.",
    ),
    "settings.wrong.day_minutes": (
        "{value} er ikke tillatt: et heltall fra {low} til {high} (minutter program på én dag); "
        "standardverdien {default} brukes.",
        "{value} is not allowed: a whole number from {low} to {high} (programme minutes in one "
        "day); the default {default} is used.",
    ),
    "settings.wrong.text": (
        "{value} er ikke en tekst: skriv den i anførselstegn; standardverdien brukes.",
        "{value} is not a text: write it in quotes; the default is used.",
    ),
    "settings.wrong.language": (
        "{value} er ikke et språk programmet har ({languages}); standardverdien brukes.",
        "{value} is not a language the app has ({languages}); the default is used.",
    ),
    "settings.wrong.keymap": (
        "{value} er ikke en tastetabell: et objekt fra tast-id til taster, "
        'f.eks. {{"run.toggle": "ctrl+space"}}; ingen taster endres.',
        "{value} is not a keymap: an object from binding id to keys, "
        'e.g. {{"run.toggle": "ctrl+space"}}; no key is changed.',
    ),
    "settings.wrong.keys": (
        "{value} er ikke taster: en tekst med én eller flere taster, f.eks. «ctrl+o» eller "
        "«f5,ctrl+r»; tasten beholdes.",
        "{value} is not keys: a text with one or more keys, e.g. “ctrl+o” or "
        "“f5,ctrl+r”; the key stays as it is.",
    ),
}
