from groupguide.main import main

raise SystemExit(main())
