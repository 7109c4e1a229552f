"""`python -m scripts.docs [--out DIR]`: build the API reference (default `build/api/`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from scripts.docs.reference import build
from scripts.paths import ROOT, put_packages_on_path

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--out", type=Path, default=ROOT / "build" / "api", help="the directory to write the HTML into")
args = parser.parse_args()
put_packages_on_path()
print(build(args.out) / "index.html")
