"""A catalogue of realistic vendor changes, each applied the way the README runbook tells a user: an edit to
`openapi/<vendor>.yaml` and to the vendor fact lists in `tests/data/<vendor>/`, and nothing else (but for a new
server: its region name, which the spec cannot say, in the facade's `<VENDOR>_SERVERS` table).

`draw(seed, low, high)` picks `low`..`high` changes with random parameters (names, shapes, positions) from a seed, so
a failing seed is replayed exactly. Each change says whether it is breaking: `make` must then stop at the gate until
`ALLOW_BREAKING=1`.

Values and fields that hand-written code names (the facades' conveniences, the README's examples, the mock's seed
story: every status, run type and auth type) are not removed, renamed or retyped: changing those means editing that
code too, which is outside the runbook.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

Node = dict[str, Any]
WORDS = [
    "amber",
    "basin",
    "cedar",
    "delta",
    "ember",
    "fjord",
    "garnet",
    "harbor",
    "indigo",
    "juniper",
    "kestrel",
    "lagoon",
    "meadow",
    "nimbus",
    "orbit",
    "pepper",
    "quartz",
    "raven",
    "sierra",
    "tundra",
    "umber",
    "vortex",
    "willow",
    "yonder",
    "zephyr",
]


RECORDED = "tests/data/recorded/{vendor}/answers.yaml"


@dataclass
class Workspace:
    """The files of a checkout a user edits for a vendor change: the specs and the fact lists."""

    root: Path
    specs: dict[str, Node] = field(default_factory=dict)
    edited: set[str] = field(default_factory=set)
    cassettes: dict[str, Node] = field(default_factory=dict)
    answers: dict[str, list[tuple[Node, Node]]] = field(default_factory=dict)

    def spec(self, vendor: str) -> Node:
        if vendor not in self.specs:
            path = self.root / "openapi" / f"{vendor}.yaml"
            self.specs[vendor] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return self.specs[vendor]

    def schemas(self, vendor: str) -> Node:
        schemas: Node = self.spec(vendor)["components"]["schemas"]
        return schemas

    def lines(self, relative: str) -> list[str]:
        return (self.root / relative).read_text(encoding="utf-8").splitlines()

    def entries(self, relative: str) -> list[str]:
        return [line.strip() for line in self.lines(relative) if line.strip() and not line.startswith("#")]

    def write_lines(self, relative: str, lines: list[str]) -> None:
        (self.root / relative).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        self.edited.add(relative)

    def add_line(self, relative: str, line: str, after: str | None = None) -> None:
        """Add `line` after the entry whose first word is `after` (at the end without one)."""
        lines = self.lines(relative)
        position = len(lines)
        if after is not None:
            (position,) = [i + 1 for i, old in enumerate(lines) if old.split()[:1] == [after]]
        self.write_lines(relative, [*lines[:position], line, *lines[position:]])

    def remove_line(self, relative: str, first_word: str) -> None:
        lines = self.lines(relative)
        kept = [line for line in lines if line.startswith("#") or line.split()[:1] != [first_word]]
        assert len(kept) == len(lines) - 1, (relative, first_word)
        self.write_lines(relative, kept)

    def replace_line(self, relative: str, first_word: str, new: str) -> None:
        lines = self.lines(relative)
        assert sum(line.split()[:1] == [first_word] for line in lines) == 1, (relative, first_word)
        self.write_lines(relative, [new if line.split()[:1] == [first_word] else line for line in lines])

    def recorded(self, vendor: str) -> list[Node]:
        """The JSON objects of the recorded answers (tests/data/recorded/<vendor>/answers.yaml), to edit in place as
        a vendor's new answers would read (a new required field, a changed type); `save` writes them back."""
        if vendor not in self.cassettes:
            path = self.root / RECORDED.format(vendor=vendor)
            self.cassettes[vendor] = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
            self.answers[vendor] = []
            for interaction in self.cassettes[vendor].get("interactions", []):
                body = interaction["response"]["body"]
                parsed = json.loads(body["string"]) if body.get("string") else None
                if isinstance(parsed, dict):
                    self.answers[vendor].append((body, parsed))
        return [parsed for _, parsed in self.answers[vendor]]

    def save(self) -> None:
        for vendor, spec in self.specs.items():
            path = self.root / "openapi" / f"{vendor}.yaml"
            path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
            self.edited.add(f"openapi/{vendor}.yaml")
        for vendor, cassette in self.cassettes.items():
            changed = False
            for body, parsed in self.answers[vendor]:
                text = json.dumps(parsed, ensure_ascii=False, separators=(",", ":"))
                changed |= text != body["string"]
                body["string"] = text
            if changed:
                relative = RECORDED.format(vendor=vendor)
                (self.root / relative).write_text(yaml.safe_dump(cassette, sort_keys=False), encoding="utf-8")
                self.edited.add(relative)

    def named_by_hand(self, name: str) -> bool:
        """Whether the facades, the README's examples or the mock's seeds name it, as in the spec or as a Python
        attribute."""
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
        return any(re.search(rf"\b{re.escape(form)}\b", self.hand_written) for form in {name, snake})

    @cached_property
    def hand_written(self) -> str:
        """The facades' code, the README's Python examples and the fields the mock's seeds walk."""
        readme = (self.root / "README.md").read_text(encoding="utf-8")
        blocks = re.findall(r"^```python\n(.*?)^```", readme, re.MULTILINE | re.DOTALL)
        code = [path.read_text(encoding="utf-8") for path in sorted((self.root / "scripts/facades").rglob("*.py"))]
        seeds = (self.root / "scripts/mock/seeds.py").read_text(encoding="utf-8")
        code.append(" ".join(re.findall(r'"properties", "(\w+)"', seeds)))  # the fields the seed story walks
        return "\n".join(blocks + code)


@dataclass(frozen=True)
class Change:
    kind: str
    summary: str
    breaking: bool

    def __str__(self) -> str:
        return f"{self.kind}: {self.summary}" + (" (breaking)" if self.breaking else "")


Apply = Callable[[random.Random, Workspace], Change]
CATALOGUE: dict[str, Apply] = {}


MAY_BREAK: set[str] = set()
"""The kinds that can be breaking (always, or with some parameters): `make` must stop at the gate for them."""


def kind(name: str, may_break: bool = False) -> Callable[[Apply], Apply]:
    def register(apply: Apply) -> Apply:
        CATALOGUE[name] = apply
        if may_break:
            MAY_BREAK.add(name)
        return apply

    return register


# ---------------------------------------------------------------------------------------------------- names


def fresh(rng: random.Random, taken: Callable[[str], bool], make: Callable[[str, str], str]) -> str:
    while True:
        name = make(rng.choice(WORDS), rng.choice(WORDS))
        if not taken(name):
            return name


def camel(first: str, second: str) -> str:
    return first + second.capitalize()


def pascal(first: str, second: str) -> str:
    return first.capitalize() + second.capitalize()


def describe(text: str) -> str:
    return f"{text} (a vendor change drawn by tests/runbook/changes.py)."


# ---------------------------------------------------------------------------------------------------- enums


@dataclass(frozen=True)
class Enum:
    vendor: str
    schema: str
    fact_list: str
    spell: Callable[[str, str], str]


def synq_value(prefix: str) -> Callable[[str, str], str]:
    return lambda first, second: f"{prefix}{first}_{second}".upper()


ENUMS = (
    Enum("synq", "ExecutionType", "tests/data/synq/execution_types.txt", synq_value("EXECUTION_TYPE_")),
    Enum("synq", "ExecutionStatus", "tests/data/synq/execution_statuses.txt", synq_value("EXECUTION_STATUS_")),
    Enum("coalesce", "RunStatus", "tests/data/coalesce/run_statuses.txt", camel),
    Enum("coalesce", "RunType", "tests/data/coalesce/run_types.txt", lambda first, second: first),
    Enum("coalesce", "UserConnectionType", "tests/data/coalesce/snowflake_auth_types.txt", pascal),
)


def enum_values(workspace: Workspace, enum: Enum) -> list[str]:
    values: list[str] = workspace.schemas(enum.vendor)[enum.schema]["enum"]
    return values


SEED_LAYOUT = ("RunStatus", "RunType")
"""The mock numbers its Coalesce runs by (runType, runStatus), and the README's examples name runs by number (run 9
completes, run 13 never finishes): removing or renaming one of these values, or adding a run type (which needs its
own runDetails variant), moves those runs. So RunStatus values are only appended here (issue #27's report)."""


def changeable_value(rng: random.Random, workspace: Workspace) -> tuple[Enum, str] | None:
    """An enum value no hand-written code names and not an enum's first (proto3 zero) value."""
    candidates = [
        (enum, value)
        for enum in ENUMS
        if enum.schema not in SEED_LAYOUT
        for value in enum_values(workspace, enum)[1:]
        if not workspace.named_by_hand(value)
    ]
    return rng.choice(candidates) if candidates else None


@kind("enum-value-added")
def add_enum_value(rng: random.Random, workspace: Workspace) -> Change:
    enum = rng.choice([enum for enum in ENUMS if enum.schema != "RunType"])
    values = enum_values(workspace, enum)
    new = fresh(rng, lambda name: name in values, enum.spell)
    values.append(new)
    workspace.add_line(enum.fact_list, new)
    return Change("enum-value-added", f"{enum.vendor} {enum.schema} + {new}", breaking=False)


@kind("enum-value-removed", may_break=True)
def remove_enum_value(rng: random.Random, workspace: Workspace) -> Change:
    picked = changeable_value(rng, workspace)
    assert picked is not None
    enum, value = picked
    enum_values(workspace, enum).remove(value)
    workspace.remove_line(enum.fact_list, value)
    replace_in_examples(workspace.spec(enum.vendor), value, enum_values(workspace, enum)[0])
    return Change("enum-value-removed", f"{enum.vendor} {enum.schema} - {value}", breaking=True)


@kind("enum-value-renamed", may_break=True)
def rename_enum_value(rng: random.Random, workspace: Workspace) -> Change:
    picked = changeable_value(rng, workspace)
    assert picked is not None
    enum, value = picked
    values = enum_values(workspace, enum)
    new = fresh(rng, lambda name: name in values, enum.spell)
    values[values.index(value)] = new
    workspace.replace_line(enum.fact_list, value, new)
    replace_in_examples(workspace.spec(enum.vendor), value, new)
    return Change("enum-value-renamed", f"{enum.vendor} {enum.schema} {value} -> {new}", breaking=True)


def examples(spec: Node) -> Iterator[Node]:
    """The example bodies of the spec's responses (what Prism serves, and what the spec tests validate)."""
    for response in (spec["components"].get("responses") or {}).values():
        for media in (response.get("content") or {}).values():
            if isinstance(media.get("example"), dict):
                yield media["example"]


def replace_in_examples(spec: Node, old: str, new: str) -> None:
    def replace(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: replace(value) for key, value in node.items()}
        if isinstance(node, list):
            return [replace(value) for value in node]
        return new if node == old else node

    for example in examples(spec):
        example.update(replace(example))


# ---------------------------------------------------------------------------------------------------- fields


@dataclass(frozen=True)
class Target:
    """An object schema whose properties a fact list names: `<field> [type] [required]` per line, or (for an
    Identifier member) one line `<message> <field>...`."""

    vendor: str
    schema: str
    fact_list: str
    typed: bool = False  # the list names each field's JSON type
    example_at: tuple[str, ...] | None = None  # where the schema's example sits in the vendor's example body
    member_line: bool = False


def targets(workspace: Workspace) -> list[Target]:
    found = [
        Target("synq", "EntityExecution", "tests/data/synq/entity_execution_fields.txt"),
        Target("coalesce", "Run", "tests/data/coalesce/run_fields.txt", typed=True, example_at=()),
        Target(
            "coalesce",
            "SnowflakeUserCredentials",
            "tests/data/coalesce/user_credentials_fields.txt",
            example_at=("userCredentials",),
        ),
    ]
    found += run_details_targets(workspace)
    for line in workspace.entries("tests/data/synq/identifier_fields.txt"):
        found.append(Target("synq", line.split()[0], "tests/data/synq/identifier_fields.txt", member_line=True))
    return found


def run_details_targets(workspace: Workspace) -> list[Target]:
    run = workspace.schemas("coalesce")["Run"]
    names = [branch["$ref"].rsplit("/", 1)[-1] for branch in run["properties"]["runDetails"]["anyOf"]]
    snake = {name: re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower() for name in names}
    return [
        Target("coalesce", name, f"tests/data/coalesce/{snake[name]}_fields.txt", example_at=("runDetails",))
        for name in names
    ]


def json_type(spec: Node, schema: Node) -> str:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    found = schema.get("type", "object")
    return str(found[0] if isinstance(found, list) else found)


def field_line(workspace: Workspace, target: Target, name: str) -> str:
    schema = workspace.schemas(target.vendor)[target.schema]
    words = [name]
    if target.typed:
        words.append(json_type(workspace.spec(target.vendor), schema["properties"][name]))
    if name in schema.get("required", []):
        words.append("required")
    return " ".join(words)


def list_field(workspace: Workspace, target: Target, name: str) -> None:
    """Write the fact-list line(s) for `name` as the spec now has it (added, changed or removed)."""
    properties = workspace.schemas(target.vendor)[target.schema]["properties"]
    if target.member_line:
        workspace.replace_line(target.fact_list, target.schema, " ".join([target.schema, *properties]))
        return
    listed = [line.split()[0] for line in workspace.entries(target.fact_list)]
    if name not in properties:
        workspace.remove_line(target.fact_list, name)
    elif name in listed:
        workspace.replace_line(target.fact_list, name, field_line(workspace, target, name))
    else:
        before = list(properties)[list(properties).index(name) - 1] if list(properties).index(name) else None
        workspace.add_line(target.fact_list, field_line(workspace, target, name), after=before)


NULLABLE = "tests/data/synq/nullable_fields.txt"


def sync_nullable(workspace: Workspace, target: Target, name: str) -> None:
    """SYNQ's fact list of the properties that may be null (protojson prints an unset message field as null)."""
    if target.vendor != "synq":
        return
    entry = f"{target.schema}.{name}"
    listed = entry in workspace.entries(NULLABLE)
    prop = workspace.schemas("synq")[target.schema]["properties"].get(name)
    nullable = prop is not None and ("null" in str(prop.get("type")) or {"type": "null"} in prop.get("oneOf", []))
    if nullable and not listed:
        workspace.add_line(NULLABLE, entry)
    elif listed and not nullable:
        workspace.remove_line(NULLABLE, entry)


SHAPES = ("string", "int32", "int64", "double", "bool", "date-time", "enum", "object", "array-of-objects", "map")


def component(workspace: Workspace, vendor: str, rng: random.Random, body: Node) -> str:
    schemas = workspace.schemas(vendor)
    name = fresh(rng, lambda candidate: candidate in schemas, pascal)
    schemas[name] = {"description": describe(f"{name}"), **body}
    return name


def shaped(rng: random.Random, workspace: Workspace, vendor: str, shape: str) -> Node:
    """A property schema of one JSON shape, written as the vendor's spec writes it (SYNQ: proto3 JSON, where an unset
    message or Timestamp prints as null; Coalesce: named components for every object and enum)."""
    text = describe(f"A {shape} field")
    nested = {"type": "object", "properties": {"name": {"type": "string", "description": describe("A name")}}}
    if shape == "string":
        return {"type": "string", "description": text}
    if shape == "int32":
        return {"type": "integer", "format": "int32", "description": text}
    if shape == "int64":
        return {"type": "string", "format": "int64", "description": text + " An int64, a decimal string in JSON."}
    if shape == "double":
        return {"type": "number", "format": "double", "description": text}
    if shape == "bool":
        return {"type": "boolean", "description": text}
    if shape == "date-time":
        types: Any = ["string", "null"] if vendor == "synq" else "string"
        return {"type": types, "format": "date-time", "description": text}
    if shape == "enum":
        spell = synq_value("STATE_") if vendor == "synq" else camel
        values = sorted({spell(rng.choice(WORDS), rng.choice(WORDS)) for _ in range(3)})
        return {"$ref": f"#/components/schemas/{component(workspace, vendor, rng, {'type': 'string', 'enum': values})}"}
    if shape == "object":
        ref = {"$ref": f"#/components/schemas/{component(workspace, vendor, rng, nested)}"}
        return {"oneOf": [ref, {"type": "null"}], "description": text} if vendor == "synq" else ref
    if shape == "array-of-objects":
        items = {"$ref": f"#/components/schemas/{component(workspace, vendor, rng, nested)}"}
        return {"type": "array", "items": items, "description": text}
    assert shape == "map"
    mapping = {"type": "object", "additionalProperties": {"type": "string"}}
    if vendor == "synq":
        return {**mapping, "description": text}
    return {"$ref": f"#/components/schemas/{component(workspace, vendor, rng, mapping)}"}


SAMPLES = {"string": "text", "integer": 1, "number": 1.5, "boolean": True, "object": {}, "array": []}


def example_value(spec: Node, schema: Node) -> Any:
    """A value the vendor's example could show for a field: its first enum value, a timestamp for a date-time."""
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("format") == "date-time":
        return "2026-01-15T01:30:00Z"
    return SAMPLES[json_type(spec, schema)]


def add_field(rng: random.Random, workspace: Workspace, target: Target, shape: str, required: bool) -> str:
    schema = workspace.schemas(target.vendor)[target.schema]
    name = fresh(rng, lambda candidate: candidate in schema["properties"], camel)
    schema["properties"][name] = shaped(rng, workspace, target.vendor, shape)
    if required:
        schema["required"] = [*schema.get("required", []), name]
        for example in examples_of(workspace, target):
            example[name] = example_value(workspace.spec(target.vendor), schema["properties"][name])
    list_field(workspace, target, name)
    sync_nullable(workspace, target, name)
    return name


def examples_of(workspace: Workspace, target: Target) -> Iterator[Node]:
    """The example bodies and recorded answers holding an instance of the target schema (its required fields all
    there): what the vendor's answers look like, so a new required field or a new type shows there too."""
    if target.example_at is None:
        return
    schema = workspace.schemas(target.vendor)[target.schema]
    for example in [*examples(workspace.spec(target.vendor)), *workspace.recorded(target.vendor)]:
        node: Any = example
        for key in target.example_at:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict) and set(node) <= set(schema["properties"]):
            yield node


def optional_field_kind(shape: str) -> None:
    @kind(f"optional-field-added:{shape}")
    def add_optional_field(rng: random.Random, workspace: Workspace) -> Change:
        target = rng.choice(targets(workspace))
        name = add_field(rng, workspace, target, shape, required=False)
        return Change(f"optional-field-added:{shape}", f"{target.vendor} {target.schema}.{name}", breaking=False)


for _shape in SHAPES:
    optional_field_kind(_shape)


@kind("required-field-added")
def add_required_field(rng: random.Random, workspace: Workspace) -> Change:
    """A field every response carries (Coalesce: SYNQ's proto3 JSON has no required fields), in the Run, its
    credentials or a runDetails variant (the tests build their variant bodies from the spec)."""
    target = rng.choice([t for t in targets(workspace) if t.vendor == "coalesce"])
    shape = rng.choice(("string", "int32", "bool", "double", "date-time", "enum"))
    name = add_field(rng, workspace, target, shape, required=True)
    return Change("required-field-added", f"{target.vendor} {target.schema}.{name} ({shape})", breaking=False)


@kind("runDetails-variant-field-added")
def add_run_details_field(rng: random.Random, workspace: Workspace) -> Change:
    target = rng.choice(run_details_targets(workspace))
    shape = rng.choice(("string", "int32", "bool", "date-time"))
    name = add_field(rng, workspace, target, shape, required=False)
    return Change("runDetails-variant-field-added", f"coalesce {target.schema}.{name} ({shape})", breaking=False)


@kind("nullable-scalar-field-added")
def add_nullable_scalar(rng: random.Random, workspace: Workspace) -> Change:
    """`type: [string, 'null']` with no format (a google.protobuf.StringValue, printed as null when unset)."""
    target = rng.choice([t for t in targets(workspace) if t.vendor == "synq"])
    schema = workspace.schemas("synq")[target.schema]
    name = fresh(rng, lambda candidate: candidate in schema["properties"], camel)
    schema["properties"][name] = {"type": ["string", "null"], "description": describe("A nullable string")}
    list_field(workspace, target, name)
    sync_nullable(workspace, target, name)
    return Change("nullable-scalar-field-added", f"synq {target.schema}.{name}", breaking=False)


def changeable_field(rng: random.Random, workspace: Workspace, typed_only: bool = False) -> tuple[Target, str]:
    candidates = [
        (target, name)
        for target in targets(workspace)
        if target.typed or not typed_only
        for name, prop in workspace.schemas(target.vendor)[target.schema]["properties"].items()
        if not workspace.named_by_hand(name)
        and (not typed_only or prop.get("type") in ("string", "integer"))  # a plain scalar, not an enum reference
    ]
    return rng.choice(candidates)


@kind("field-removed", may_break=True)
def remove_field(rng: random.Random, workspace: Workspace) -> Change:
    target, name = changeable_field(rng, workspace)
    schema = workspace.schemas(target.vendor)[target.schema]
    del schema["properties"][name]
    if name in schema.get("required", []):
        schema["required"].remove(name)
        if not schema["required"]:
            del schema["required"]
    for example in examples_of(workspace, target):
        example.pop(name, None)
    list_field(workspace, target, name)
    sync_nullable(workspace, target, name)
    return Change("field-removed", f"{target.vendor} {target.schema}.{name}", breaking=True)


@kind("field-type-changed", may_break=True)
def change_field_type(rng: random.Random, workspace: Workspace) -> Change:
    """string <-> integer, in a schema whose fact list names the types (the Coalesce Run)."""
    target, name = changeable_field(rng, workspace, typed_only=True)
    properties = workspace.schemas(target.vendor)[target.schema]["properties"]
    old = json_type(workspace.spec(target.vendor), properties[name])
    new = "integer" if old == "string" else "string"
    properties[name] = {"type": new, "description": describe(f"Now a JSON {new}")}
    for example in examples_of(workspace, target):
        if name in example:
            example[name] = SAMPLES[new]
    list_field(workspace, target, name)
    return Change("field-type-changed", f"{target.vendor} {target.schema}.{name} {old} -> {new}", breaking=True)


@kind("field-deprecated")
def deprecate_field(rng: random.Random, workspace: Workspace) -> Change:
    target, name = changeable_field(rng, workspace)
    prop = workspace.schemas(target.vendor)[target.schema]["properties"][name]
    prop["deprecated"] = True
    return Change("field-deprecated", f"{target.vendor} {target.schema}.{name}", breaking=False)


# ---------------------------------------------------------------------------------------------------- SYNQ Identifier


@kind("identifier-kind-added")
def add_identifier_kind(rng: random.Random, workspace: Workspace) -> Change:
    """A new `oneof id` member of SYNQ's Identifier (like getsynq/api 6ac636a's fabricTable), with its message."""
    schemas = workspace.schemas("synq")
    first = fresh(rng, lambda word: f"{word}Table" in str(schemas["Identifier"]), lambda a, b: a)
    key, message = f"{first}Table", f"{first.capitalize()}TableIdentifier"
    fields = rng.sample(("host", "instance", "database", "schema", "table", "workspaceId", "region"), 3)
    schemas[message] = {
        "type": "object",
        "description": describe(f"{first.capitalize()} table identifier"),
        "properties": {name: {"type": "string", "description": describe(name)} for name in fields},
    }
    wrapper = "Identifier" + message.removesuffix("Identifier")
    schemas[wrapper] = {
        "type": "object",
        "description": describe(f"{first.capitalize()} table identifier"),
        "required": [key],
        "properties": {key: {"$ref": f"#/components/schemas/{message}"}},
        "additionalProperties": False,
    }
    schemas["Identifier"]["oneOf"].append({"$ref": f"#/components/schemas/{wrapper}"})
    workspace.add_line("tests/data/synq/identifier_kinds.txt", f"{key} {message}")
    workspace.add_line("tests/data/synq/identifier_fields.txt", " ".join([message, *fields]))
    return Change("identifier-kind-added", f"synq Identifier + {key} ({message}: {', '.join(fields)})", False)


# ---------------------------------------------------------------------------------------------------- errors, limits


def home_operation(spec: Node) -> Node:
    """The operation the vendor's error_statuses.txt lists the statuses of: the spec's first."""
    first_path = next(iter(spec["paths"].values()))
    return next(op for method, op in first_path.items() if method in ("get", "post"))


def error_response(vendor: str, spec: Node, code: str) -> Node:
    if vendor == "synq":
        schema = {"$ref": "#/components/schemas/RpcStatus"}
        text = f"HTTP {code} (gRPC status mapped by the gateway)."
    else:
        schema = {"$ref": "#/components/schemas/ErrorResponse"}
        text = f"The server answered {code}."
    return {"description": text, "content": {"application/json": {"schema": schema}}}


@kind("error-status-added")
def add_error_status(rng: random.Random, workspace: Workspace) -> Change:
    vendor = rng.choice(("synq", "coalesce"))
    responses = home_operation(workspace.spec(vendor))["responses"]
    code = rng.choice(
        [c for c in ("405", "409", "410", "412", "413", "422", "502", "503", "504") if c not in responses]
    )
    responses[code] = error_response(vendor, workspace.spec(vendor), code)
    workspace.add_line(f"tests/data/{vendor}/error_statuses.txt", code)
    return Change("error-status-added", f"{vendor} {code}", breaking=False)


@kind("error-status-removed", may_break=True)
def remove_error_status(rng: random.Random, workspace: Workspace) -> Change:
    vendor = rng.choice(("synq", "coalesce"))
    responses = home_operation(workspace.spec(vendor))["responses"]
    code = rng.choice([c for c in responses if c[0] in "45" and not workspace.named_by_hand(c)])
    del responses[code]
    workspace.remove_line(f"tests/data/{vendor}/error_statuses.txt", code)
    return Change("error-status-removed", f"{vendor} {code}", breaking=True)


LIMITS = "tests/data/synq/request_limits.txt"


def effective_parameter(workspace: Workspace, vendor: str, name: str) -> Node:
    """A component parameter as the effective spec (generated/, with our overlays) had it before the change."""
    effective = yaml.safe_load((workspace.root / "generated" / f"{vendor}.openapi.yaml").read_text(encoding="utf-8"))
    parameter: Node = effective["components"]["parameters"][name]
    return parameter


@kind("request-constraint-changed", may_break=True)
def change_request_constraint(rng: random.Random, workspace: Workspace) -> Change:
    """SYNQ's executionIds maxItems or its items' minLength (both in request_limits.txt), or a `minimum` where there
    was none on Coalesce's runID."""
    which = rng.choice(("maxItems", "minLength", "minimum"))
    if which == "minimum":
        parameter = workspace.spec("coalesce")["components"]["parameters"]["RunID"]
        parameter["schema"]["minimum"] = rng.choice((0, 1))
        summary = f"coalesce runID minimum {parameter['schema']['minimum']}"
        pinned = effective_parameter(workspace, "coalesce", "RunID")["schema"].get("minimum")
        if pinned is not None:  # an overlay sets it: the vendor's value does not reach the effective spec
            return Change("request-constraint-changed", f"{summary} (the overlay's minimum {pinned} applies)", False)
        return Change("request-constraint-changed", summary, True)
    ids = workspace.schemas("synq")["BatchGetExecutionsRequest"]["properties"]["executionIds"]
    node, where = (ids, "executionIds") if which == "maxItems" else (ids["items"], "executionIds[]")
    old = node.get(which)
    new = rng.choice([n for n in ((50, 200, 500) if which == "maxItems" else (1, 2)) if n != old])
    node[which] = new
    line = f"{where} {which} {new}"
    if old is None:
        workspace.add_line(LIMITS, line)
    else:
        kept = workspace.lines(LIMITS)
        workspace.write_lines(
            LIMITS, [line if old_line.split()[:2] == [where, which] else old_line for old_line in kept]
        )
    breaking = old is None or (new < old if which == "maxItems" else new > old)
    return Change("request-constraint-changed", f"synq {where} {which} {old} -> {new}", breaking)


# ---------------------------------------------------------------------------------------------------- operations

PREFIX = {"synq": "/api/{word}/v1", "coalesce": "/api/v1"}
TAGS = {"synq": "executions", "coalesce": "runs"}


def new_operation(rng: random.Random, workspace: Workspace, method: str, shape: str) -> tuple[str, Node, str]:
    """A fresh path and operationId, with the vendor's error responses; returns (vendor, operation, path)."""
    vendor = rng.choice(("synq", "coalesce"))
    spec = workspace.spec(vendor)
    operation_id = fresh(
        rng, lambda name: name in str(spec["paths"]), lambda a, b: f"{method.capitalize()}{pascal(a, b)}"
    )
    word = rng.choice(WORDS)
    path = PREFIX[vendor].format(word=word) + f"/{word}-{rng.choice(WORDS)}"
    while path in spec["paths"]:
        path += "s"
    operation: Node = {
        "operationId": operation_id,
        "summary": operation_id,
        "description": describe(f"{operation_id}: a new {shape} operation"),
        "tags": [TAGS[vendor]],
        "responses": {"400": error_response(vendor, spec, "400"), "404": error_response(vendor, spec, "404")},
    }
    if vendor == "synq":  # the runbook: a SYNQ RPC states its proto's idempotency_level (every one so far: a read)
        operation["x-idempotency-level"] = "NO_SIDE_EFFECTS"
    spec["paths"][path] = {method: operation}
    return vendor, operation, path


def parameter(name: str, where: str, schema: Node) -> Node:
    return {"name": name, "in": where, "description": describe(f"The {name}"), "schema": schema}


def json_content(schema: Node) -> Node:
    return {"application/json": {"schema": schema}}


def object_component(rng: random.Random, workspace: Workspace, vendor: str, shapes: tuple[str, ...]) -> Node:
    properties = {f"field{index}": shaped(rng, workspace, vendor, shape) for index, shape in enumerate(shapes)}
    name = component(workspace, vendor, rng, {"type": "object", "properties": properties})
    for prop in properties:
        sync_nullable(workspace, Target(vendor, name, ""), prop)
    return {"$ref": f"#/components/schemas/{name}"}


@kind("operation-get-path-and-query")
def add_get_operation(rng: random.Random, workspace: Workspace) -> Change:
    vendor, operation, path = new_operation(rng, workspace, "get", "GET with path and query parameters")
    path_item = workspace.spec(vendor)["paths"].pop(path)
    path += "/{itemId}"
    workspace.spec(vendor)["paths"][path] = path_item
    operation["parameters"] = [
        {**parameter("itemId", "path", {"type": "string"}), "required": True},
        parameter("view", "query", {"type": "string", "enum": ["BASIC", "FULL"]}),
        parameter("depth", "query", {"type": "integer", "minimum": 0, "maximum": 5}),
    ]
    body = object_component(rng, workspace, vendor, ("string", "int32", "bool"))
    operation["responses"]["200"] = {"description": "The item.", "content": json_content(body)}
    return Change("operation-get-path-and-query", f"{vendor} GET {path} ({operation['operationId']})", False)


@kind("operation-post-ref-body")
def add_post_ref_operation(rng: random.Random, workspace: Workspace) -> Change:
    vendor, operation, path = new_operation(rng, workspace, "post", "POST with $ref schemas")
    request = object_component(rng, workspace, vendor, ("string", "array-of-objects"))
    operation["requestBody"] = {"required": True, "content": json_content(request)}
    response = object_component(rng, workspace, vendor, ("string", "date-time", "map"))
    operation["responses"]["200"] = {"description": "Success.", "content": json_content(response)}
    return Change("operation-post-ref-body", f"{vendor} POST {path} ({operation['operationId']})", False)


@kind("operation-post-inline")
def add_post_inline_operation(rng: random.Random, workspace: Workspace) -> Change:
    vendor, operation, path = new_operation(rng, workspace, "post", "POST with inline schemas")
    request = {
        "type": "object",
        "required": ["ids"],
        "properties": {"ids": {"type": "array", "minItems": 1, "maxItems": 20, "items": {"type": "string"}}},
    }
    counts = {"type": "object", "additionalProperties": {"type": "integer", "format": "int32"}}
    response = {"type": "object", "properties": {"total": {"type": "integer"}, "counts": counts}}
    operation["requestBody"] = {"required": True, "content": json_content(request)}
    operation["responses"]["200"] = {"description": "Success.", "content": json_content(response)}
    return Change("operation-post-inline", f"{vendor} POST {path} ({operation['operationId']})", False)


@kind("operation-no-content")
def add_no_content_operation(rng: random.Random, workspace: Workspace) -> Change:
    vendor, operation, path = new_operation(rng, workspace, "post", "204 with no body")
    request = object_component(rng, workspace, vendor, ("string",))
    operation["requestBody"] = {"required": True, "content": json_content(request)}
    operation["responses"]["204"] = {"description": "Accepted; no body."}
    return Change("operation-no-content", f"{vendor} POST {path} -> 204 ({operation['operationId']})", False)


@kind("operation-list-paged")
def add_list_operation(rng: random.Random, workspace: Workspace) -> Change:
    vendor, operation, path = new_operation(rng, workspace, "get", "list with paging parameters")
    operation["parameters"] = [
        parameter("limit", "query", {"type": "integer", "minimum": 1, "maximum": 100}),
        parameter("startingFrom", "query", {"type": "string"}),
    ]
    item = object_component(rng, workspace, vendor, ("string", "int64"))
    page = {"type": "object", "properties": {"data": {"type": "array", "items": item}, "next": {"type": "string"}}}
    page_ref = {"$ref": f"#/components/schemas/{component(workspace, vendor, rng, page)}"}
    operation["responses"]["200"] = {"description": "A page.", "content": json_content(page_ref)}
    return Change("operation-list-paged", f"{vendor} GET {path} ({operation['operationId']})", False)


@kind("operation-own-error-model")
def add_own_error_operation(rng: random.Random, workspace: Workspace) -> Change:
    vendor, operation, path = new_operation(rng, workspace, "get", "with its own error model")
    problem = {
        "type": "object",
        "required": ["title"],
        "properties": {"title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"}},
    }
    problem_ref = {"$ref": f"#/components/schemas/{component(workspace, vendor, rng, problem)}"}
    operation["responses"] = {
        "200": {
            "description": "Success.",
            "content": json_content(object_component(rng, workspace, vendor, ("string",))),
        },
        "404": {"description": "Not found.", "content": json_content(problem_ref)},
        "422": {"description": "Unprocessable.", "content": json_content(problem_ref)},
    }
    return Change("operation-own-error-model", f"{vendor} GET {path} ({operation['operationId']})", False)


@kind("operation-new-tag")
def add_tagged_operation(rng: random.Random, workspace: Workspace) -> Change:
    vendor, operation, path = new_operation(rng, workspace, "get", "under a new tag")
    spec = workspace.spec(vendor)
    tag = fresh(rng, lambda name: name in str(spec.get("tags")), lambda a, b: a)
    operation["tags"] = [tag]
    if "tags" in spec:
        spec["tags"].append({"name": tag, "description": describe(f"The {tag} endpoints")})
    body = object_component(rng, workspace, vendor, ("string", "double"))
    operation["responses"]["200"] = {"description": "Success.", "content": json_content(body)}
    return Change("operation-new-tag", f"{vendor} GET {path} tagged {tag} ({operation['operationId']})", False)


# ---------------------------------------------------------------------------------------------------- servers, prose


@kind("server-added")
def add_server(rng: random.Random, workspace: Workspace) -> Change:
    vendor = rng.choice(("synq", "coalesce"))
    servers = workspace.spec(vendor)["servers"]
    host = {"synq": "https://api.{}.synq.io", "coalesce": "https://app.{}.coalescesoftware.io"}[vendor]
    url = fresh(rng, lambda u: u in str(servers), lambda a, b: host.format(a))
    servers.append({"url": url, "description": describe("A new region")})
    workspace.add_line(f"tests/data/{vendor}/servers.txt", url)
    name_region(workspace, vendor, url.split(".")[1], url)
    return Change("server-added", f"{vendor} {url}", breaking=False)


def name_region(workspace: Workspace, vendor: str, region: str, url: str) -> None:
    """The region's name for `region=`: the spec has no field for it, so the facade's table is hand-written."""
    relative = f"scripts/facades/{vendor}_client/_facade.py"
    text = (workspace.root / relative).read_text(encoding="utf-8")
    table = re.search(rf"^{vendor.upper()}_SERVERS: .*?\n    }}\n", text, re.MULTILINE | re.DOTALL)
    assert table, f"no {vendor.upper()}_SERVERS table in {relative}"
    entry = f'        "{region}": "{url}",\n'
    (workspace.root / relative).write_text(text[: table.end() - 6] + entry + text[table.end() - 6 :], encoding="utf-8")
    workspace.edited.add(relative)


@kind("description-edited")
def edit_description(rng: random.Random, workspace: Workspace) -> Change:
    vendor = rng.choice(("synq", "coalesce"))
    name, schema = rng.choice(sorted(workspace.schemas(vendor).items()))
    described = [schema] + [p for p in (schema.get("properties") or {}).values() if "description" in p]
    node = rng.choice(described)
    node["description"] = (node.get("description") or "").rstrip() + " " + describe("Reworded")
    return Change("description-edited", f"{vendor} {name}", breaking=False)


KINDS = tuple(CATALOGUE)


def draw(rng: random.Random, low: int, high: int) -> list[str]:
    """`low`..`high` distinct change kinds."""
    return rng.sample(KINDS, rng.randint(low, high))


def apply(seed: int, root: Path, low: int, high: int, kinds: list[str] | None = None) -> list[Change]:
    """Draw `low`..`high` kinds from `seed` (or take `kinds`, in an order drawn from it), draw their parameters, and
    apply them to the checkout at `root`: openapi/, tests/data/ and (for a new region) its name in the facade."""
    rng = random.Random(seed)
    chosen = draw(rng, low, high) if kinds is None else rng.sample(kinds, len(kinds))
    workspace = Workspace(root)
    changes = [CATALOGUE[name](rng, workspace) for name in chosen]
    assert not [change for change in changes if change.breaking and change.kind not in MAY_BREAK], "mark it may_break"
    workspace.save()
    assert all(path.startswith(("openapi/", "tests/data/", "scripts/facades/")) for path in workspace.edited)
    return changes
