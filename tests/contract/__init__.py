"""Contract tests: schemathesis against the mocks (in-process and over HTTP), broken mocks, live vendors."""
