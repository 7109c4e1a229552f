# Copied from scripts/facades/synq_client/_facade.py by "make generate". DO NOT EDIT here: edit scripts/facades/synq_client/_facade.py.
"""`SynqClient` and `AsyncSynqClient`: every operation of the spec (generated in `api.SyncOperations` and
`api.AsyncOperations`: typed errors, retries, timeouts, argument checks), plus region selection, OAuth2 client
credentials, batching of any number of execution IDs (`get_executions`), and the latest execution per entity
(`latest_executions`)."""

from __future__ import annotations

import asyncio
import datetime
import logging
import os
import ssl
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, Literal, NamedTuple, TypeVar

import httpx
from synq_coalesce_core.auth import BearerTokenAuth, ClientCredentialsAuth
from synq_coalesce_core.base_client import ClientBase, HttpClient
from synq_coalesce_core.clock import SYSTEM_CLOCK, Clock
from synq_coalesce_core.exceptions import APIError, ConfigurationError, RequestValidationError
from synq_coalesce_core.logs import configure_from_environment
from synq_coalesce_core.model_keys import JsonModel, ModelKeyedMap, model_key
from synq_coalesce_core.open_enums import UnknownValue
from synq_coalesce_core.options import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    ClientOptions,
    NotGiven,
    TimeoutTypes,
    to_timeout,
)
from synq_coalesce_core.sequences import SequenceNotStr
from synq_coalesce_core.settings import VendorSettings, select_base_url
from synq_coalesce_core.urls import check_base_url
from synq_coalesce_core.validation import check_string_list

from .api import AsyncOperations, SyncOperations
from .api.executions import batch_get_executions as _batch_get_executions
from .errors import STATUS_ERRORS
from .models import (
    BatchGetExecutionsRequest,
    BatchGetExecutionsResponse,
    BatchGetExecutionsResponseExecutions,
    EntityExecution,
    ExecutionStatus,
    ExecutionType,
    GetLatestExecutionsRequest,
    GetLatestExecutionsResponse,
)

__all__ = [
    "MAX_IDS_PER_REQUEST",
    "SYNQ_SERVERS",
    "AsyncSynqClient",
    "ExecutionsResult",
    "FailedBatch",
    "LatestExecutions",
    "OnError",
    "SynqClient",
]

_PACKAGE = __name__.rpartition(".")[0]
_LOGGER = logging.getLogger(_PACKAGE)
configure_from_environment(_LOGGER)  # $SYNQ_COALESCE_LOG

SYNQ_SERVERS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "eu": "https://developer.synq.io",
        "us": "https://api.us.synq.io",
        "au": "https://api.au.synq.io",
    }
)
"""SYNQ API servers by name (openapi/synq.yaml `servers`: EU primary, US, Australia). The OAuth2 token endpoint is
`/oauth2/token` on the same server."""

DEFAULT_REGION: Final = "eu"
TOKEN_ENV: Final = "SYNQ_TOKEN"
CLIENT_ID_ENV: Final = "SYNQ_CLIENT_ID"
CLIENT_SECRET_ENV: Final = "SYNQ_CLIENT_SECRET"
BASE_URL_ENV: Final = "SYNQ_BASE_URL"
TOKEN_PATH: Final = "/oauth2/token"
MAX_IDS_PER_REQUEST: Final = int(
    _batch_get_executions.ARGUMENTS["body"].schema["properties"]["executionIds"]["maxItems"]
)
"""How many IDs one BatchGetExecutions request takes: `executionIds` maxItems in the spec."""


OnError = Literal["raise", "collect"]
"""What `get_executions` does when a batch fails after its retries: raise its error (the default), or collect it."""


class FailedBatch(NamedTuple):
    """A batch of `get_executions` that failed after its retries, and the error it failed with."""

    ids: list[str]
    error: APIError

    def __repr__(self) -> str:
        # Short on purpose: a batch holds up to 100 IDs, and reprs end up in logs and tracebacks.
        ids = f"{self.ids[0]!r}, ... {self.ids[-1]!r}" if len(self.ids) > 1 else ", ".join(map(repr, self.ids))
        count = f"{len(self.ids)} ID" + ("s" if len(self.ids) != 1 else "")
        return f"FailedBatch(ids=<{count}: {ids}>, error={self.error!r})"

    def to_dict(self) -> dict[str, Any]:
        """`{"ids": [...], "error": {"type", "message", "status_code", "request_id"}}` (the last two None when the
        error has none): JSON-ready."""
        error = {
            "type": type(self.error).__name__,
            "message": self.error.message,
            "status_code": getattr(self.error, "status_code", None),
            "request_id": getattr(self.error, "request_id", None),
        }
        return {"ids": list(self.ids), "error": error}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FailedBatch:
        """The batch `to_dict` wrote; its error comes back as a plain `APIError` with the message (the response is
        not kept: `to_dict()["error"]` has the class name, status code and request ID)."""
        return cls(list(data["ids"]), APIError(data["error"]["message"]))


@dataclass(frozen=True, slots=True)
class ExecutionsResult:
    """What `get_executions` found: `executions` by ID, in the order asked (then any ID the API answered for without
    being asked), the IDs the API did not return
    (not found, or not visible to this token: SYNQ omits them without an error), and with `on_error="collect"`
    the batches that failed (their IDs are in neither `executions` nor `missing`).

    `executions` has the type of `batch_get_executions(...).executions` (once that is not None): the spec's map model,
    a read-only `Mapping` of ID to execution, so code written for one result takes the other."""

    executions: BatchGetExecutionsResponseExecutions = field(default_factory=BatchGetExecutionsResponseExecutions)
    missing: list[str] = field(default_factory=list)
    failed: list[FailedBatch] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data, e.g. for an Airflow XCom: `{"executions": {id: the execution's
        to_dict()}, "missing": [ids], "failed": [FailedBatch.to_dict()]}`. `ExecutionsResult.from_dict` reads it
        back: the executions and missing IDs as they were, each failed batch's error as an APIError with its message.
        """
        return {
            "executions": {key: execution.to_dict() for key, execution in self.executions.items()},
            "missing": list(self.missing),
            "failed": [batch.to_dict() for batch in self.failed],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExecutionsResult:
        """The result `to_dict` wrote."""
        return cls(
            executions=BatchGetExecutionsResponseExecutions.from_dict(data["executions"]),
            missing=list(data["missing"]),
            failed=[FailedBatch.from_dict(batch) for batch in data["failed"]],
        )

    def __repr__(self) -> str:
        # Short on purpose: asyncio.run() may format the result, and 10,000 executions would take a second.
        return (
            f"ExecutionsResult(executions=<{len(self.executions)} found>, missing=<{len(self.missing)} IDs>, "
            f"failed=<{len(self.failed)} batches>)"
        )


class LatestExecutions(ModelKeyedMap[Any, EntityExecution]):
    """What `latest_executions` found: a read-only mapping from each requested entity (its `Identifier` model, in the
    order asked; a lookup takes the model or its JSON as a dict) to its latest execution.

    `missing`: the requested entities SYNQ returned no execution for (none matches the filters, or the entity does
    not execute: a table is written by models, it never runs itself). `unmatched`: executions SYNQ returned whose
    `entities` hold none of the requested identifiers, under SYNQ's own key. SYNQ keys its answer by "entity
    identifier (as string)", a form it does not document, so the client matches each execution to the entities
    listed in its `entities` (the method's documented rule) instead; an entity asked for under another kind (say a
    `synqPath`) may therefore land in `unmatched` rather than under its identifier.
    """

    __slots__ = ("missing", "unmatched")

    def __init__(
        self,
        items: Iterable[tuple[Any, EntityExecution]] = (),
        *,
        missing: Iterable[Any] = (),
        unmatched: Mapping[str, EntityExecution] | None = None,
    ) -> None:
        super().__init__(items)
        self.missing: list[Any] = list(missing)
        self.unmatched: dict[str, EntityExecution] = dict(unmatched or {})

    def __repr__(self) -> str:
        return (
            f"LatestExecutions(<{len(self)} found>, missing=<{len(self.missing)} entities>, "
            f"unmatched=<{len(self.unmatched)} executions>)"
        )


_E = TypeVar("_E", bound=StrEnum)


def _enum_list(field_name: str, values: object, kind: type[_E]) -> list[_E | UnknownValue] | None:
    """`values` (members or their names) as members of `kind`; empty or None: not sent. A name `kind` lacks becomes
    an UnknownValue, which the spec's argument check then refuses naming the field."""
    if values is None:
        return None
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise RequestValidationError(
            f"{field_name} must be a list of {kind.__name__} values, got {type(values).__name__}", field=field_name
        )
    members: list[_E | UnknownValue] = []
    for index, value in enumerate(values):
        try:
            members.append(kind(value))
        except ValueError:
            if not isinstance(value, str):
                raise RequestValidationError(
                    f"{field_name}[{index}] must be a {kind.__name__} value, got {type(value).__name__}",
                    field=field_name,
                ) from None
            members.append(UnknownValue(kind, value))
    return members or None


def _identifiers(entities: object) -> list[Any]:
    """The requested entities as Identifier models, de-duplicated (order kept); a JSON object is parsed."""
    if isinstance(entities, str | bytes | Mapping) or not isinstance(entities, Iterable) or model_key(entities):
        raise RequestValidationError(
            f"entities must be a list of Identifier models or JSON objects, got {type(entities).__name__}",
            field="entities",
        )
    unique: dict[str, Any] = {}
    for index, entity in enumerate(entities):
        if isinstance(entity, Mapping):
            try:
                entity = GetLatestExecutionsRequest.from_dict({"entityIds": [dict(entity)]}).entity_ids[0]
            except (TypeError, ValueError) as error:
                raise RequestValidationError(f"entities[{index}]: {error}", field="entities") from None
        key = model_key(entity)
        if key is None:
            raise RequestValidationError(
                f"entities[{index}] must be an Identifier model or a JSON object, got {type(entity).__name__}",
                field="entities",
            )
        unique.setdefault(key, entity)
    return list(unique.values())


def _latest_request(
    entities: object, statuses: object, execution_types: object
) -> tuple[list[Any], GetLatestExecutionsRequest]:
    requested = _identifiers(entities)
    request = GetLatestExecutionsRequest(
        entity_ids=requested,
        statuses=_enum_list("statuses", statuses, ExecutionStatus),
        execution_types=_enum_list("execution_types", execution_types, ExecutionType),
    )
    return requested, request


def _moment(execution: EntityExecution) -> float:
    for moment in (execution.started_at, execution.created_at):
        if isinstance(moment, datetime.datetime):
            return moment.timestamp()
    return float("-inf")


def _match(requested: list[Any], response: GetLatestExecutionsResponse) -> LatestExecutions:
    """Each requested entity with the execution whose `entities` hold it (the later one if SYNQ sent two)."""
    wanted = {model_key(entity): entity for entity in requested}
    found: dict[str | None, EntityExecution] = {}
    unmatched: dict[str, EntityExecution] = {}
    answered: dict[str, EntityExecution] = {}
    if response.latest_executions is not None:
        answered = response.latest_executions.additional_properties
    for vendor_key, execution in answered.items():
        ran = [] if execution.entities is None else execution.entities
        hits = [key for key in map(model_key, ran) if key in wanted]
        if not hits:
            unmatched[vendor_key] = execution
        for key in hits:
            if key not in found or _moment(execution) > _moment(found[key]):
                found[key] = execution
    return LatestExecutions(
        ((entity, found[key]) for key, entity in wanted.items() if key in found),
        missing=[entity for key, entity in wanted.items() if key not in found],
        unmatched=unmatched,
    )


def _settings(
    token: str | None,
    client_id: str | None,
    client_secret: str | None,
    region: str | None,
    base_url: str | None,
    options: ClientOptions,
) -> VendorSettings:
    chosen = select_base_url(
        SYNQ_SERVERS, region=region, base_url=base_url, env_var=BASE_URL_ENV, default_region=DEFAULT_REGION
    )
    checked = check_base_url(chosen, allow_insecure_http=options.allow_insecure_http)  # the token URL is built on it
    return VendorSettings(
        checked, _auth(token, client_id, client_secret, checked + TOKEN_PATH, options.clock), _PACKAGE
    )


def _auth(
    token: str | None, client_id: str | None, client_secret: str | None, token_url: str, clock: Clock
) -> httpx.Auth:
    if token is not None and (client_id is not None or client_secret is not None):
        raise ConfigurationError("pass either token= or client_id= and client_secret=, not both")
    if token is None and client_id is None and client_secret is None:
        token = os.environ.get(TOKEN_ENV) or None
        if token is None:
            client_id = os.environ.get(CLIENT_ID_ENV) or None
            client_secret = os.environ.get(CLIENT_SECRET_ENV) or None
    if token is not None:
        return BearerTokenAuth(token)
    if client_id is None and client_secret is None:
        raise ConfigurationError(
            f"no SYNQ credentials: pass token=, or client_id= and client_secret=, or set {TOKEN_ENV} "
            f"(or {CLIENT_ID_ENV} and {CLIENT_SECRET_ENV}); create them at https://app.synq.io/settings/api"
        )
    if client_id is None or client_secret is None:
        missing = "client_id" if client_id is None else "client_secret"
        raise ConfigurationError(
            f"{missing} is missing: OAuth2 client credentials need both client_id and client_secret"
        )
    return ClientCredentialsAuth(
        token_url=token_url,
        client_id=client_id,
        client_secret=client_secret,
        clock=clock,
        logger=_LOGGER,
        errors=STATUS_ERRORS,
    )


def _batches(ids: object, on_error: object) -> tuple[list[str], list[BatchGetExecutionsRequest]]:
    if on_error not in ("raise", "collect"):
        raise RequestValidationError(f"on_error must be 'raise' or 'collect', got {on_error!r}", field="on_error")
    unique = list(dict.fromkeys(check_string_list("ids", ids)))
    chunks = [unique[i : i + MAX_IDS_PER_REQUEST] for i in range(0, len(unique), MAX_IDS_PER_REQUEST)]
    return unique, [BatchGetExecutionsRequest(execution_ids=chunk) for chunk in chunks]


def _collected(logger: logging.Logger, batch: BatchGetExecutionsRequest, error: APIError) -> FailedBatch:
    failed = FailedBatch(list(batch.execution_ids), error)
    logger.warning("a batch of %d IDs failed and was collected in result.failed: %s", len(failed.ids), error.message)
    return failed


def _merge(requested: list[str], outcomes: Iterable[BatchGetExecutionsResponse | FailedBatch]) -> ExecutionsResult:
    found: dict[str, EntityExecution] = {}
    failed: list[FailedBatch] = []
    for outcome in outcomes:
        if isinstance(outcome, FailedBatch):
            failed.append(outcome)
        elif outcome.executions is not None:
            found.update(outcome.executions.additional_properties)
    ordered = {key: found[key] for key in requested if key in found}
    ordered.update((key, value) for key, value in found.items() if key not in ordered)
    unknown = {key for batch in failed for key in batch.ids}
    missing = [key for key in requested if key not in found and key not in unknown]
    executions = BatchGetExecutionsResponseExecutions()
    executions.additional_properties = ordered
    return ExecutionsResult(executions=executions, missing=missing, failed=failed)


class _SynqConstructor(ClientBase[HttpClient]):
    """The constructor of `SynqClient` and `AsyncSynqClient`, written once (see their docstrings)."""

    def __init__(
        self,
        token: str | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        http_client: HttpClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        verify_ssl: bool | ssl.SSLContext = True,
        allow_insecure_http: bool = False,
        clock: Clock | None = None,
    ) -> None:
        options = ClientOptions(
            timeout=to_timeout(timeout),
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            headers=headers or {},
            allow_insecure_http=allow_insecure_http,
            clock=clock or SYSTEM_CLOCK,
            logger=_LOGGER,
        )
        settings = _settings(token, client_id, client_secret, region, base_url, options)
        super().__init__(settings, options, http_client=http_client, httpx_args=httpx_args, verify_ssl=verify_ssl)


class SynqClient(_SynqConstructor[httpx.Client], SyncOperations):
    """A blocking client for the SYNQ API.

    Args:
        token: A bearer token (JWT). Default: `$SYNQ_TOKEN`.
        client_id / client_secret: OAuth2 client credentials instead of a token (default: `$SYNQ_CLIENT_ID` and
            `$SYNQ_CLIENT_SECRET`); the client fetches the token from `<base_url>/oauth2/token` and refreshes it
            before it expires.
        region: A key of `SYNQ_SERVERS` (`"eu"`, `"us"`, `"au"`). Default: `$SYNQ_BASE_URL`, else `"eu"`.
        base_url: Any other server (a proxy, a local mock). Must be https, except for loopback hosts or with
            `allow_insecure_http=True`.
        timeout: Seconds, an `httpx.Timeout`, or None for none. Default: 60 s (connect 5 s).
        max_retries: Retries of connection errors, timeouts, 408, 409, 429 and 5xx gateway errors. Default 2.
        max_response_bytes: The largest decoded response body; a larger one raises ResponseTooLargeError. 16 MiB.
        headers: Extra headers for every request.
        http_client / httpx_args: Your own `httpx.Client`, or arguments for the one this client creates.
        verify_ssl: TLS certificate verification; only an explicit `False` (or an `SSLContext`) changes it.
        clock: Time, sleep and jitter (tests pass a `synq_coalesce_core.clock.ManualClock`).
    """

    def get_executions(
        self,
        ids: SequenceNotStr[str],
        *,
        on_error: OnError = "raise",
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ExecutionsResult:
        """Any number of executions: IDs are de-duplicated (order kept), sent in batches of 100, one after the other,
        and merged. No IDs: no request, an empty result. `ids` is a list, a tuple or another sequence of strings
        (type checkers refuse a bare `str`, which would be one ID per character).

        A batch that fails after its retries raises its error (`on_error="raise"`, the default), or with
        `on_error="collect"` lands in `result.failed` while the other batches go on.

        Raises:
            RequestValidationError: an ID that is not a non-empty string, or a bad `on_error` (nothing is sent).
            With `on_error="raise"`, the first error of a batch (see `batch_get_executions`); later batches are not
                sent.
        """
        requested, batches = _batches(ids, on_error)
        outcomes: list[BatchGetExecutionsResponse | FailedBatch] = []
        for batch in batches:
            try:
                outcomes.append(self.batch_get_executions(body=batch, timeout=timeout))
            except APIError as error:
                if on_error == "raise":
                    raise
                outcomes.append(_collected(self._options.logger, batch, error))
        return _merge(requested, outcomes)

    def latest_executions(
        self,
        entities: Iterable[JsonModel | Mapping[str, Any]],
        *,
        statuses: Iterable[ExecutionStatus | str] | None = None,
        execution_types: Iterable[ExecutionType | str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LatestExecutions:
        """The latest execution of each entity (one GetLatestExecutions call): a mapping from each requested
        `Identifier` to its latest `EntityExecution`, with `.missing` and `.unmatched` (see `LatestExecutions`).

        Entities are Identifier models (`models.IdentifierDbtCoreNode(...)`, ...) or their JSON
        (`{"dbtCoreNode": {...}}`), de-duplicated. Only executions OF an entity count: a model's runs, a monitor's
        checks; a table never executes itself. `statuses` / `execution_types` (members or names) keep only executions
        with one of them. No entities: no request, an empty result.

        Raises:
            RequestValidationError: an entity that is no Identifier, a bad filter value (nothing is sent).
            The errors of `get_latest_executions`.
        """
        requested, request = _latest_request(entities, statuses, execution_types)
        if not requested:
            return LatestExecutions()
        return _match(requested, self.get_latest_executions(body=request, timeout=timeout))


class AsyncSynqClient(_SynqConstructor[httpx.AsyncClient], AsyncOperations):
    """The asyncio twin of `SynqClient`: the same arguments, awaitable methods, and concurrent batches."""

    async def get_executions(
        self,
        ids: SequenceNotStr[str],
        *,
        concurrency: int = 4,
        on_error: OnError = "raise",
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ExecutionsResult:
        """Any number of executions, in batches of 100 with at most `concurrency` requests in flight.

        With `on_error="raise"` (the default) the first batch that fails after its retries cancels the others and
        its error is raised; with `on_error="collect"` it lands in `result.failed` and the others go on.

        Raises:
            RequestValidationError: an ID that is not a non-empty string, a bad `on_error`, or `concurrency` is not
                an integer >= 1 (nothing is sent).
            With `on_error="raise"`, the first error of a batch (see `SynqClient.batch_get_executions`).
        """
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise RequestValidationError(
                f"concurrency must be an integer >= 1, got {concurrency!r}", field="concurrency"
            )
        requested, batches = _batches(ids, on_error)
        limit = asyncio.Semaphore(concurrency)
        failed = asyncio.Event()

        async def fetch(batch: BatchGetExecutionsRequest) -> BatchGetExecutionsResponse | FailedBatch:
            async with limit:
                if failed.is_set():  # a batch already failed: don't send while the others are being cancelled
                    raise asyncio.CancelledError
                try:
                    return await self.batch_get_executions(body=batch, timeout=timeout)
                except APIError as error:
                    if on_error == "collect":
                        return _collected(self._options.logger, batch, error)
                    failed.set()
                    raise
                except BaseException:
                    failed.set()
                    raise

        tasks = [asyncio.ensure_future(fetch(batch)) for batch in batches]
        try:
            responses = await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        return _merge(requested, responses)

    async def latest_executions(
        self,
        entities: Iterable[JsonModel | Mapping[str, Any]],
        *,
        statuses: Iterable[ExecutionStatus | str] | None = None,
        execution_types: Iterable[ExecutionType | str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LatestExecutions:
        """The awaitable `SynqClient.latest_executions`.

        Raises:
            The same errors as `SynqClient.latest_executions`.
        """
        requested, request = _latest_request(entities, statuses, execution_types)
        if not requested:
            return LatestExecutions()
        return _match(requested, await self.get_latest_executions(body=request, timeout=timeout))
