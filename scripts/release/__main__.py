from scripts.release.release import main

raise SystemExit(main())
