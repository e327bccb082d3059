"""The anonymous phone evaluation: tokens, the answer store, the form server, results.

No Textual here: the TUI and the CLI are two front doors onto these plain objects.
"""
