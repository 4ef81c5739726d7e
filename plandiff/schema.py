"""JSON Schemas generated from the models: what editors and third-party validators use.

The committed files in ``schemas/`` are exactly this module's output; a test fails when
they drift from the models.
"""

from __future__ import annotations

import json
from typing import Any

PLAN_SCHEMA_ID = "urn:plandiff:schema:plan:1"
DIFF_SCHEMA_ID = "urn:plandiff:schema:diff:1"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _finish(schema: dict[str, Any], schema_id: str, title: str, description: str) -> dict[str, Any]:
    out = {"$schema": DRAFT, "$id": schema_id, "title": title, "description": description}
    out.update({k: v for k, v in schema.items() if k not in ("title", "description")})
    return out


def plan_schema() -> dict[str, Any]:
    """The plan-file schema (JSON Schema 2020-12)."""
    from .model import Plan

    schema = Plan.model_json_schema(by_alias=True)
    # Topics: list every id with its label so editors show it on hover.
    from .topics import topics

    defs = schema.get("$defs", {})
    if "Topic" in defs:
        defs["Topic"]["description"] = "A topic from plandiff's vocabulary: " + "; ".join(f"{t.id} ({t.label})" for t in topics())
    return _finish(schema, PLAN_SCHEMA_ID, "plandiff plan", "One version of one peace or negotiation plan, coded term by term.")


def diff_schema() -> dict[str, Any]:
    """The schema of `plandiff A B --format json`."""
    from pydantic import TypeAdapter

    from .diff import Diff

    schema = TypeAdapter(Diff).json_schema(mode="serialization")
    for definition in [schema, *schema.get("$defs", {}).values()]:  # the output never grows unknown keys
        if definition.get("type") == "object" and "properties" in definition:
            definition["additionalProperties"] = False
    return _finish(schema, DIFF_SCHEMA_ID, "plandiff diff", "The comparison of two plans, as `plandiff A B --format json` prints it.")


def dumps(schema: dict[str, Any]) -> str:
    """Stable text form, as committed under schemas/."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
