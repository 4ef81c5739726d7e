"""The plan model: the single source of truth for what a plan file may hold.

The JSON Schema in ``schemas/plan.schema.json`` is generated from these classes (see
``plandiff.schema``), so every description here is what an editor shows on hover.
Cross-references (party ids, term ids, ...) are plain strings here; whether they resolve is
a semantic check in ``plandiff.validate``, which can point at the exact line.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict
from pydantic_core import PydanticCustomError

from .topics import topic_ids

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
POINT = r"^[0-9]+[a-z]?$"

Slug = Annotated[str, Field(pattern=SLUG, description="A lower-case id: letters, digits and single hyphens.")]
Text = Annotated[str, Field(min_length=1)]


def _date_text(value):
    """Dates are written YYYY-MM-DD; pydantic would also take a number as a Unix timestamp."""
    if isinstance(value, (bool, int, float)):
        raise PydanticCustomError("date_type", "a date must be written as YYYY-MM-DD, not as a number")
    return value


Date = Annotated[dt.date, BeforeValidator(_date_text), Field(description="A date, YYYY-MM-DD.")]
Number = Annotated[float, Strict()]  # a YAML number: "5" (quoted) and true are not numbers


class _Model(BaseModel):
    """Shared config: unknown keys are errors, so a typo is never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _StrEnum(str, Enum):
    def __str__(self) -> str:  # so f-strings print the value, not the member name
        return self.value


class Status(_StrEnum):
    proposal = "proposal"
    leaked_draft = "leaked-draft"
    counter_proposal = "counter-proposal"
    framework = "framework"
    agreement = "agreement"
    resolution = "resolution"
    position_paper = "position-paper"
    declaration = "declaration"


class PartyKind(_StrEnum):
    state = "state"
    armed_group = "armed-group"
    political_movement = "political-movement"
    government_body = "government-body"
    alliance = "alliance"
    international_organisation = "international-organisation"
    bloc = "bloc"
    population = "population"
    person = "person"
    group_of_states = "group-of-states"


class SourceKind(_StrEnum):
    official_text = "official-text"
    leaked_text = "leaked-text"
    translation = "translation"
    reporting = "reporting"
    analysis = "analysis"
    notes = "notes"


class Stance(_StrEnum):
    drafted = "drafted"
    consulted = "consulted"
    accepted = "accepted"
    partially_accepted = "partially-accepted"
    rejected = "rejected"
    counter_proposed = "counter-proposed"
    not_consulted = "not-consulted"


class Modality(_StrEnum):
    """How firmly the text words a term (who must act is recorded in `obligations`).

    binding: an act will or shall happen ("X will do", "Y will be set up"), whether or not
    the text says who does it; conditional: the same, once a condition holds; hedged: "it is
    expected", "may", "will be considered"; aspirational: a desired end state or vision
    ("Gaza will be a terror-free zone"), not an act.
    """

    binding = "binding"
    conditional = "conditional"
    hedged = "hedged"
    aspirational = "aspirational"


class Confidence(_StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class ReviewStatus(_StrEnum):
    draft = "draft"
    checked = "checked"


class BodyRole(_StrEnum):
    oversight_board = "oversight-board"
    transitional_administration = "transitional-administration"
    stabilization_force = "stabilization-force"
    monitoring = "monitoring"
    security_working_group = "security-working-group"
    humanitarian_committee = "humanitarian-committee"
    technical_agency = "technical-agency"
    dialogue_forum = "dialogue-forum"
    development_panel = "development-panel"
    guarantor_group = "guarantor-group"
    other = "other"


class DeadlineState(_StrEnum):
    open = "open"
    met = "met"
    missed = "missed"
    eased = "eased"
    withdrawn = "withdrawn"


class QuantityKind(_StrEnum):
    money = "money"
    personnel = "personnel"
    people = "people"
    time = "time"
    ratio = "ratio"
    share = "share"
    count = "count"
    area = "area"
    other = "other"


class TimeUnit(_StrEnum):
    hours = "hours"
    days = "days"
    weeks = "weeks"
    months = "months"
    years = "years"


Topic = _StrEnum("Topic", {t.replace("-", "_"): t for t in topic_ids()})  # type: ignore[misc]
Topic.__doc__ = "A topic from plandiff's controlled vocabulary (see `plandiff topics`)."

FAVOURS_FIXED = ("balanced", "neutral")


class Lineage(_Model):
    """Where this plan version comes from."""

    derived_from: Slug = Field(description="Id of the plan this one revises or answers.")
    relation: Literal["revision", "counter-proposal", "implementation", "endorsement", "successor"] = Field(
        description="How this plan relates to the one it derives from."
    )
    note: str | None = None


class Source(_Model):
    """A document a coded fact rests on."""

    id: Slug
    title: Text
    publisher: Text = Field(description="Outlet or institution that published it.")
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    kind: SourceKind
    retrieved: Date | None = Field(default=None, description="When it was read (YYYY-MM-DD).")
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$", description="ISO 639-1 code.")
    note: str | None = None


class Review(_Model):
    """Who checked this file against its sources, and how far."""

    status: ReviewStatus
    by: list[Text] = Field(min_length=1, description="Who reviewed (names or roles).")
    date: Date
    checked_against: list[Slug] = Field(default_factory=list, description="Source ids the terms were compared with.")
    notes: str | None = None


class Party(_Model):
    """A state, group, organisation, population or person named by the plan.

    Party ids are shared across the corpus by convention (`united-states`, `donald-trump`), so
    that two plans can be compared party by party.
    """

    id: Slug
    name: Text
    kind: PartyKind
    part_of: Slug | None = Field(default=None, description="Party id this one belongs to (a person's state, a state's bloc).")
    role: str | None = Field(default=None, description="Office or role, e.g. 'President of the United States'.")
    note: str | None = None


class Side(_Model):
    """A camp whose favour is weighed. Mediators and guarantors belong to no side."""

    id: Slug
    name: Text
    parties: list[Slug] = Field(min_length=1)


class Consultation(_Model):
    """A party's buy-in: drafted, consulted, accepted ... or left out."""

    party: Slug
    stance: Stance
    date: Date | None = None
    source: Slug
    see_also: list[Slug] = Field(default_factory=list, description="Further source ids for the date or the stance.")
    note: str | None = None


class ExternalDeadline(_Model):
    """An ultimatum set outside the text of the plan."""

    id: Slug
    set_by: Slug = Field(description="Party id that set it.")
    applies_to: list[Slug] = Field(min_length=1)
    summary: Text
    set_on: Date | None = None
    by: Date = Field(description="The date by which the party was told to act.")
    state: DeadlineState = DeadlineState.open
    changed_on: Date | None = Field(default=None, description="When it was eased, met, missed or withdrawn.")
    source: Slug
    see_also: list[Slug] = Field(default_factory=list, description="Further source ids.")
    note: str | None = None


class Body(_Model):
    """An implementation body the plan creates or relies on."""

    id: Slug
    name: Text
    role: BodyRole = Field(description="What the body does; bodies of two plans are aligned by role.")
    chair: Slug | None = Field(default=None, description="Party id of the chair, if named.")
    members: list[Slug] = Field(default_factory=list, description="Party ids of named members.")
    established_by: list[Slug] = Field(default_factory=list, description="Ids of the terms that create or empower it.")
    mandate: Text
    source: Slug
    confidence: Confidence = Confidence.high
    note: str | None = None


class Obligation(_Model):
    """One party's duty under a term."""

    party: Slug
    action: Text = Field(description="What the party must do, in a few words.")


class ImmediateDeadline(_Model):
    kind: Literal["immediate"]
    trigger: str | None = Field(default=None, description="The event it runs from, e.g. acceptance.")


class AbsoluteDeadline(_Model):
    kind: Literal["absolute"]
    by: Date


class Duration(_Model):
    value: Annotated[Number, Field(gt=0)]
    unit: TimeUnit


class RelativeDeadline(_Model):
    kind: Literal["relative"]
    within: Duration
    from_: str | None = Field(default=None, alias="from", description="The event the period runs from; absent if the text does not say.")

    model_config = ConfigDict(populate_by_name=True)


Deadline = Annotated[
    Union[ImmediateDeadline, AbsoluteDeadline, RelativeDeadline],
    Field(discriminator="kind", description="When the term must be carried out: immediate, absolute or relative."),
]


class Enforcement(_Model):
    """How compliance is watched and breaches answered; every part may be absent."""

    monitors: list[Slug] = Field(default_factory=list, description="Body or party ids that monitor or verify.")
    mechanism: str | None = Field(default=None, description="How compliance is checked or enforced.")
    consequence: str | None = Field(default=None, description="What follows a breach.")


class Quantity(_Model):
    """A typed number from the text."""

    kind: QuantityKind
    value: Number
    unit: Text = Field(description="E.g. USD, personnel, hours, percent, 'Gazan remains per Israeli remains'.")
    note: str | None = None


class Term(_Model):
    """One numbered point or sub-point of the plan."""

    id: Slug
    points: list[Annotated[str, Field(pattern=POINT)]] = Field(min_length=1, description="The plan's own numbering, e.g. ['10c'].")
    summary: Text = Field(description="What the term says, in our own words.")
    quote: str | None = Field(default=None, description="The operative phrase, 12 words at most.")
    source: Slug
    see_also: list[Slug] = Field(default_factory=list, description="Further source ids that support the coding.")
    confidence: Confidence = Confidence.high
    note: str | None = Field(default=None, description="Doubts, differences between sources, coding choices.")
    topics: list[Topic] = Field(min_length=1)  # type: ignore[valid-type]
    modality: Modality
    obligations: list[Obligation] = Field(default_factory=list)
    benefits: list[Slug] = Field(default_factory=list, description="Party ids that gain from the term.")
    favours: str = Field(description="A side id, 'balanced' or 'neutral': a coded judgement.")
    rationale: str | None = Field(default=None, description="Why the term favours that side; required unless neutral.")
    conditions: list[Slug] = Field(default_factory=list, description="Ids of terms this one depends on.")
    condition_text: str | None = Field(default=None, description="A condition that is not another term, e.g. 'if Hamas rejects'.")
    deadline: Deadline | None = None
    enforcement: Enforcement = Field(default_factory=Enforcement)
    quantities: list[Quantity] = Field(default_factory=list)


class Plan(_Model):
    """One version of one peace or negotiation plan."""

    id: Slug = Field(description="Equals the file name without .yaml.")
    title: Text
    aliases: list[Slug] = Field(default_factory=list, description="Short names, unique across the corpus.")
    conflict: Text
    date: Date
    status: Status
    issued_by: list[Slug] = Field(min_length=1, description="Party ids of the issuers.")
    points: Annotated[int, Strict(), Field(ge=1, le=10000, description="How many numbered points the plan has.")]
    confidence: Confidence = Field(description="How sure we are of the text as a whole.")
    summary: Text
    lineage: Lineage | None = None
    note: str | None = None
    sources: list[Source] = Field(min_length=1)
    review: Review
    parties: list[Party] = Field(min_length=1)
    sides: list[Side] = Field(default_factory=list)
    consultations: list[Consultation] = Field(default_factory=list)
    external_deadlines: list[ExternalDeadline] = Field(default_factory=list)
    bodies: list[Body] = Field(default_factory=list)
    terms: list[Term] = Field(min_length=1)
