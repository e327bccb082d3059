"""The command line: a parser and the scriptable subcommands, one module per feature area
(``main`` holds the parser and the plan and group commands). A front door onto
``groupguide.services``; it never imports the terminal app (``groupguide.main`` starts that)."""
