"""Alignment of two plans: which parts of A correspond to which parts of B.

Two plans about different conflicts share no numbering, so they are aligned by meaning:
terms by topic (from the controlled vocabulary), bodies by role, parties by corpus-wide id.
(Two versions of one plan would add a point-by-point alignment beside these; it has its own
module when it comes, and fills its own section of the diff.)
"""

from __future__ import annotations

from typing import NamedTuple

from .topics import by_id as topic_index
from .topics import topic_ids


class TopicPair(NamedTuple):
    topic: str
    a: tuple  # Term objects of plan A under this topic, in plan order
    b: tuple

    @property
    def coverage(self) -> str:
        return "both" if self.a and self.b else "only-a" if self.a else "only-b"


def align_topics(a, b) -> list[TopicPair]:
    """Every topic either plan covers, in vocabulary order, with each plan's terms."""
    rows = []
    for topic in topic_ids():
        ta = tuple(t for t in a.terms if topic in t.topics)
        tb = tuple(t for t in b.terms if topic in t.topics)
        if ta or tb:
            rows.append(TopicPair(topic, ta, tb))
    return rows


def topic_label(topic: str) -> str:
    return topic_index()[topic].label


class BodyPair(NamedTuple):
    role: str
    a: tuple
    b: tuple
    shared_chair: str | None  # a party id chairing a body of this role in both plans


def align_bodies(a, b) -> list[BodyPair]:
    """Bodies grouped by role; a role both plans fill with the same chair is marked."""
    roles: list[str] = []
    for body in list(a.bodies) + list(b.bodies):
        if str(body.role) not in roles:
            roles.append(str(body.role))
    rows = []
    for role in roles:
        ba = tuple(x for x in a.bodies if str(x.role) == role)
        bb = tuple(x for x in b.bodies if str(x.role) == role)
        chairs_a = {x.chair for x in ba if x.chair}
        chairs_b = {x.chair for x in bb if x.chair}
        shared = sorted(chairs_a & chairs_b)
        rows.append(BodyPair(role, ba, bb, shared[0] if shared else None))
    return rows


class PartyOverlap(NamedTuple):
    shared: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]


def align_parties(a, b) -> PartyOverlap:
    ia = [p.id for p in a.parties]
    ib = [p.id for p in b.parties]
    return PartyOverlap(tuple(x for x in ia if x in ib), tuple(x for x in ia if x not in ib), tuple(x for x in ib if x not in ia))
