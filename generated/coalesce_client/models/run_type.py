# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from enum import StrEnum


class RunType(StrEnum):
    DEPLOY = "deploy"
    REFRESH = "refresh"

    def __str__(self) -> str:
        return str(self.value)
