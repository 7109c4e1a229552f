# Copied from scripts/vendors.py by "make generate". DO NOT EDIT here: edit scripts/vendors.py.
"""The vendors this project builds clients for: each has openapi/<v>.yaml, overlays/<v>.overlay.yaml,
scripts/codegen/<v>.config.yaml and scripts/facades/<v>_client/. The one list every tool and test reads."""

from typing import Final

VENDORS: Final = ("synq", "coalesce")
