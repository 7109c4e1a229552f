# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from enum import StrEnum


class UserConnectionType(StrEnum):
    BASIC = "Basic"
    CLOUD = "Cloud"
    KEYPAIR = "KeyPair"
    OAUTH = "OAuth"

    def __str__(self) -> str:
        return str(self.value)
