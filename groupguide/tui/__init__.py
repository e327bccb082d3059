"""The Textual front door: screens, dialogs and widgets over ``groupguide.services``."""
