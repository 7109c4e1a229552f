# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
"""Contains all the data models used in inputs/outputs"""

from .deploy_run_details import DeployRunDetails
from .error import Error
from .error_response import ErrorResponse
from .refresh_run_details import RefreshRunDetails
from .run import Run
from .run_status import RunStatus
from .run_time_parameters import RunTimeParameters
from .run_type import RunType
from .snowflake_user_credentials import SnowflakeUserCredentials
from .user_connection_type import UserConnectionType

__all__ = (
    "DeployRunDetails",
    "Error",
    "ErrorResponse",
    "RefreshRunDetails",
    "Run",
    "RunStatus",
    "RunTimeParameters",
    "RunType",
    "SnowflakeUserCredentials",
    "UserConnectionType",
)
