from groupguide.cli import main

raise SystemExit(main())
