"""The pure model and rules of group guidance: no Textual, no I/O."""
