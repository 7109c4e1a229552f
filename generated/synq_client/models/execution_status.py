# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from enum import StrEnum


class ExecutionStatus(StrEnum):
    EXECUTION_STATUS_CRITICAL = "EXECUTION_STATUS_CRITICAL"
    EXECUTION_STATUS_ERROR = "EXECUTION_STATUS_ERROR"
    EXECUTION_STATUS_OK = "EXECUTION_STATUS_OK"
    EXECUTION_STATUS_UNSPECIFIED = "EXECUTION_STATUS_UNSPECIFIED"
    EXECUTION_STATUS_WARN = "EXECUTION_STATUS_WARN"

    def __str__(self) -> str:
        return str(self.value)
