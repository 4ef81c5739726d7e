"""The topic vocabulary: data shipped in ``data/topics.yaml``, read once.

Topics are data rather than code so that a contributor can add one (with its PA-X mapping)
without touching the model; the model builds its ``Topic`` enum from this file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PAX_MATCHES = ("exact", "approximate", "none")


@dataclass(frozen=True)
class TopicInfo:
    id: str
    label: str
    description: str
    pax: tuple[str, ...]
    pax_match: str
    pax_note: str = ""


@lru_cache(maxsize=1)
def topics() -> tuple[TopicInfo, ...]:
    """All topics, in the vocabulary's own order."""
    import yaml

    text = resources.files("plandiff").joinpath("data/topics.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    rows = yaml.load(text, Loader=loader)  # noqa: S506 - safe loader, our own file
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
