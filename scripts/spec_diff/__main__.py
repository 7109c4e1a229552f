from scripts.spec_diff.cli import main

raise SystemExit(main())
