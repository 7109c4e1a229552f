# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
"""Contains all the data models used in inputs/outputs"""

from .cancel_run_request import CancelRunRequest
from .deploy_run_details import DeployRunDetails
from .error import Error
from .error_response import ErrorResponse
from .order_by_direction import OrderByDirection
from .query_result import QueryResult
from .refresh_run_details import RefreshRunDetails
from .rerun_details import RerunDetails
from .rerun_request import RerunRequest
from .run import Run
from .run_counter_response import RunCounterResponse
from .run_parameters import RunParameters
from .run_result import RunResult
from .run_results_response import RunResultsResponse
from .run_status import RunStatus
from .run_status_response import RunStatusResponse
from .run_summary import RunSummary
from .run_time_parameters import RunTimeParameters
from .run_type import RunType
from .run_user_credentials import RunUserCredentials
from .runs_order_by import RunsOrderBy
from .runs_response import RunsResponse
from .scheduler_error import SchedulerError
from .scheduler_error_response import SchedulerErrorResponse
from .snowflake_user_credentials import SnowflakeUserCredentials
from .start_run_details import StartRunDetails
from .start_run_request import StartRunRequest
from .user_connection_type import UserConnectionType

__all__ = (
    "CancelRunRequest",
    "DeployRunDetails",
    "Error",
    "ErrorResponse",
    "OrderByDirection",
    "QueryResult",
    "RefreshRunDetails",
    "RerunDetails",
    "RerunRequest",
    "Run",
    "RunCounterResponse",
    "RunParameters",
    "RunResult",
    "RunResultsResponse",
    "RunsOrderBy",
    "RunsResponse",
    "RunStatus",
    "RunStatusResponse",
    "RunSummary",
    "RunTimeParameters",
    "RunType",
    "RunUserCredentials",
    "SchedulerError",
    "SchedulerErrorResponse",
    "SnowflakeUserCredentials",
    "StartRunDetails",
    "StartRunRequest",
    "UserConnectionType",
)
