"""`python -m synq_coalesce_mock`: serve both mocks on 127.0.0.1 until Ctrl-C; `--help` lists the settings."""

from synq_coalesce_mock._mock.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
