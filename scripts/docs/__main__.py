"""`python -m scripts.docs [--out DIR]`: build the API reference (default `build/api/`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.docs.reference import GENERATED, build
from scripts.generate import ROOT

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--out", type=Path, default=ROOT / "build" / "api", help="the directory to write the HTML into")
args = parser.parse_args()
sys.path.insert(0, str(GENERATED))
print(build(args.out) / "index.html")
