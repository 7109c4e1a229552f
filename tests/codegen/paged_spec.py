"""A made-up spec with two paged operations, one per `x-paging` cursor source (scripts/codegen/paging.py)."""

from __future__ import annotations

from typing import Any

KEYS = ["id", "bornAt"]
"""The item fields the keyset operation can order by (its `orderBy` enum)."""


def _parameter(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema}


def _ok(schema: str) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": schema}}}}}


def paged_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Kennel", "version": "1"},
        "paths": {
            "/dogs": {
                "get": {
                    "operationId": "listDogs",
                    "parameters": [
                        _parameter("size", {"type": "integer", "minimum": 1, "maximum": 50, "default": 5}),
                        _parameter("after", {"type": "string"}),
                        _parameter("orderBy", {"type": "string", "enum": KEYS, "default": "id"}),
                        _parameter("direction", {"type": "string", "enum": ["asc", "desc"], "default": "asc"}),
                    ],
                    "responses": _ok("#/components/schemas/DogPage"),
                    "x-paging": {
                        "cursor": "after",
                        "pageSize": "size",
                        "answerPageSize": ["size"],
                        "items": ["data"],
                        "nextCursor": {"lastItem": {"keyParameter": "orderBy", "directionParameter": "direction"}},
                    },
                }
            },
            "/cats": {
                "get": {
                    "operationId": "listCats",
                    "parameters": [
                        _parameter("pageToken", {"type": "string"}),
                        _parameter("pageSize", {"type": "integer"}),
                    ],
                    "responses": _ok("#/components/schemas/CatPage"),
                    "x-paging": {
                        "cursor": "pageToken",
                        "pageSize": "pageSize",
                        "items": ["result", "cats"],
                        "nextCursor": {"response": ["nextPageToken"]},
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Dog": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "integer"}, "bornAt": {"type": "string", "format": "date-time"}},
                },
                "DogPage": {
                    "type": "object",
                    "required": ["data"],
                    "properties": {
                        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Dog"}},
                        "size": {"type": "integer"},
                    },
                },
                "Cat": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                "CatPage": {
                    "type": "object",
                    "properties": {
                        "result": {
                            "type": "object",
                            "properties": {"cats": {"type": "array", "items": {"$ref": "#/components/schemas/Cat"}}},
                        },
                        "nextPageToken": {"type": "string"},
                    },
                },
            }
        },
    }
