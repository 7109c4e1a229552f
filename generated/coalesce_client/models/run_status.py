# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from enum import StrEnum


class RunStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    FAILED = "failed"
    INITIALIZING = "initializing"
    RENDERING = "rendering"
    RUNNING = "running"
    WAITINGTORUN = "waitingToRun"

    def __str__(self) -> str:
        return str(self.value)
