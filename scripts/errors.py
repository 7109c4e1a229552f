"""Errors raised by the code-generation tooling.

CodegenError
├── OverlayError (ValueError)
│   └── OverlayTargetNotFound
└── GenerationFailed (RuntimeError)
"""


class CodegenError(Exception):
    pass


class OverlayError(CodegenError, ValueError):
    pass


class OverlayTargetNotFound(OverlayError):
    pass


class GenerationFailed(CodegenError, RuntimeError):
    pass
