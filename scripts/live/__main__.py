from scripts.live.cli import main

raise SystemExit(main())
