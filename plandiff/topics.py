"""The topic vocabulary: data shipped in ``data/topics.json``, read once.

Topics are data rather than code so that a contributor can add one (with its PA-X mapping)
without touching the model; the model builds its ``Topic`` enum from this file. It is JSON
rather than YAML because every `plandiff A B` reads it and the stdlib parser costs nothing
to import.

Each topic maps onto the PA-X Peace Agreements Database coding tree (PeaceRep, codebook
v10) so that plandiff data can be joined with PA-X. ``pax_match`` says how good the
mapping is: ``exact`` (the PA-X category covers the same ground), ``approximate`` (the
nearest PA-X category, wider or narrower; ``pax_note`` says how) or ``none`` (PA-X has no
such category; ``pax`` is empty). Ids are stable: renaming one breaks every plan file.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple

PAX_MATCHES = ("exact", "approximate", "none")


class TopicInfo(NamedTuple):
    id: str
    label: str
    description: str
    pax: tuple[str, ...]
    pax_match: str
    pax_note: str = ""


@lru_cache(maxsize=1)
def topics() -> tuple[TopicInfo, ...]:
    """All topics, in the vocabulary's own order."""
    import json

    rows = json.loads(resources.files("plandiff").joinpath("data/topics.json").read_text(encoding="utf-8"))
    out = []
    for row in rows:
        if row["pax_match"] not in PAX_MATCHES:  # a packaging error, not user input
            raise ValueError(f"topic {row['id']}: bad pax_match {row['pax_match']!r}")
        out.append(
            TopicInfo(
                id=row["id"],
                label=row["label"],
                description=row["description"],
                pax=tuple(row.get("pax") or ()),
                pax_match=row["pax_match"],
                pax_note=row.get("pax_note", ""),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def by_id() -> dict[str, TopicInfo]:
    return {t.id: t for t in topics()}


def topic_ids() -> tuple[str, ...]:
    return tuple(t.id for t in topics())
