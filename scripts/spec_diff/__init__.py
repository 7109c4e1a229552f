"""Breaking-change gate: compare two versions of an effective OpenAPI 3.1 spec."""

from scripts.spec_diff.compare import diff_specs
from scripts.spec_diff.model import Change, Level
from scripts.spec_diff.rules import RULES

__all__ = ["RULES", "Change", "Level", "diff_specs"]
