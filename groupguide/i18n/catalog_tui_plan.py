"""User-facing texts: planning screens (group, gathering editor, coverage). key: (bokmål, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
