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
    "store.bad_id": (
        "Ugyldig gruppe-id «{id}».",
        "Invalid group id “{id}”.",
    ),
    "store.file_protected": (
        "{path} kunne ikke leses da datamappen ble åpnet, og blir ikke overskrevet.",
        "{path} could not be read when the data folder was opened and will not be overwritten.",
    ),
}
