"""The Textual front door: screens, dialogs and widgets over the domain and the store."""
