"""The one shared document model.

Every annotation is a :class:`Span` over ``Document.text`` (character offsets into the
original text, never into a cleaned copy), so every output field can point back to the
words that produced it.

    Document
      .sentences  list[Span]            (label "sentence")
      .tokens     list[Span]            (label "token")
      .dates      list[DateMention]     (resolved calendar dates)
      .places     list[PlaceMention]    (toponyms resolved to gazetteer places)
      .actors     list[ActorMention]    (actor dictionary hits and named groups)
      .events     list[EventMention]    (ACLED-style events with evidence)
      .control    list[ControlClaim]    (who holds which place since when)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    """A labelled character span ``text[start:end]`` of a document."""

    start: int
    end: int
    label: str = ""
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: "Span") -> bool:
        return other.start <= self.start and self.end <= other.end


@dataclass(slots=True)
class DateMention:
    """A date expression and the calendar date it stands for.

    ``precision`` uses ACLED's time_precision codes: 1 day, 2 week, 3 month.
    ``kind`` is ``absolute``, ``partial`` (day without month/year, completed from the
    anchor) or ``relative`` (resolved from the anchor). ``anchor`` says what a partial or
    relative date was resolved against (``published``, ``text:<iso date>``). ``role`` is ``event``,
    ``report`` (the day a statement was made: "..., kata Kukuh, Senin (16/6/2025)") or ``since``
    (the start of a period a count covers: "sejak 27 Mei"). ``days`` are all the days a list names ("23 dan 24
    September": the 23rd, which is ``value``, and the 24th); empty for one day.
    """

    span: Span
    value: dt.date | None
    precision: int = 1
    kind: str = "absolute"
    anchor: str = ""
    rule: str = ""
    role: str = "event"
    days: tuple[dt.date, ...] = ()


@dataclass(slots=True)
class Place:
    """A gazetteer record.

    ``level`` is one of ``country``, ``admin1``, ``admin2``, ``admin3``, ``admin4``,
    ``populated`` (a town or village point). ``iso`` is the ISO 3166-1 numeric code ACLED
    puts in its ``iso`` column (360 for Indonesia, 4 for Afghanistan).
    """

    geonameid: str
    name: str
    country: str
    country_code: str
    iso: int
    admin1: str
    admin2: str
    latitude: float
    longitude: float
    level: str = "populated"
    feature_code: str = ""
    population: int = 0
    source: str = "geonames"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class PlaceMention:
    """A toponym in the text and the place it resolves to (``None`` if unknown).

    ``unit_word`` is the administrative word written with it (``kabupaten``,
    ``distrik``, ``province`` ...). ``geo_precision`` follows ACLED (1 town, 2 near or part
    of a region, 3 region only). ``rule`` names how it was resolved. ``region`` is the level
    of the unit the name denotes (``admin1``, ``admin2``, ``country``) when it is coded to
    that unit's seat ("Kachchh" is the Kutch district, coded at Gandhidham).
    """

    span: Span
    name: str
    place: Place | None = None
    unit_word: str = ""
    geo_precision: int = 1
    score: float = 0.0
    rule: str = ""
    region: str = ""


@dataclass(slots=True)
class ActorMention:
    """An actor named in the text: a dictionary hit or a named group kept as written."""

    span: Span
    name: str
    inter: int = 0
    country: str = ""
    alias: str = ""
    rule: str = ""
    unarmed: bool = False  # written as off duty, retired or unarmed: a civilian target
    group: str = ""  # an identity group or organisation named with it ("Students (Indonesia)"): ACLED's assoc actor


@dataclass(slots=True)
class CasualtyClaim:
    """A reported casualty figure that is not (or not only) the conservative death count."""

    kind: str  # killed, injured, killed_or_injured, missing, arrested, abducted
    min: int | None = None
    max: int | None = None
    side: str = ""
    by: str = ""
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"kind": self.kind, "min": self.min, "max": self.max, "side": self.side, "by": self.by}
        if self.span is not None:
            out["span"] = self.span.to_dict()
        return out


@dataclass(slots=True)
class Evidence:
    """Why a field has its value: the spans that decided it and the rule that fired."""

    field: str
    spans: list[Span]
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "rule": self.rule, "spans": [s.to_dict() for s in self.spans]}


@dataclass(slots=True)
class EventMention:
    """One ACLED-style event as one document reports it."""

    doc_id: str
    event_type: str
    sub_event_type: str
    event_date: dt.date | None = None
    time_precision: int = 1
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int = 0
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int = 0
    place: Place | None = None
    location: str = ""
    geo_precision: int = 1
    source: str = ""
    fatalities: int = 0
    notes: str = ""
    confidence: float = 0.0
    casualty_claims: list[CasualtyClaim] = field(default_factory=list)
    sentence: Span | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def interaction(self) -> int:
        codes = sorted(c for c in (self.inter1, self.inter2) if c)
        if not codes:
            return 0
        if len(codes) == 1:
            return codes[0] * 10
        return codes[0] * 10 + codes[1]


@dataclass(slots=True)
class ControlClaim:
    """Who holds a place since when, as one report tells it.

    ``status`` is ``holds`` (``holder`` controls the place) or ``free of`` (the place is not
    held by ``holder``: "Panjshir masih bebas dari Taliban"). ``kind`` is the territory
    sub-event type the claim comes from, or ``statement`` for a control statement that is not
    an event. ``event`` is the index in ``Document.events`` of the event it comes from.
    ``since`` is the day control began, or for a statement the day it was said to hold.
    """

    name: str
    holder: str
    status: str
    since: dt.date | None
    kind: str
    place: Place | None = None
    claimant: str = ""
    sentence: Span | None = None
    cue: Span | None = None
    event: int | None = None
    extent: str = ""  # a count statement's share: "20/34" (the place is then the units counted)

    def evidence(self) -> dict[str, Any]:
        return {"sentence": self.sentence.to_dict() if self.sentence else None,
                "cue": self.cue.to_dict() if self.cue else None}


@dataclass(slots=True)
class Document:
    """One article travelling through the stages."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    path: str | None = None
    lang: str | None = None
    lang_confidence: float = 0.0
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Span] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    names: list[Span] = field(default_factory=list)  # PER / ORG / LOC from the learned recogniser
    places: list[PlaceMention] = field(default_factory=list)
    focus_country: str | None = None
    actors: list[ActorMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    control: list[ControlClaim] = field(default_factory=list)
    skipped: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int, label: str = "") -> Span:
        return Span(start, end, label, self.text[start:end])

    def sentence_of(self, offset: int) -> Span | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None

    def skip(self, reason: str) -> "Document":
        """Mark the document as not processed further, keeping the reason."""
        self.skipped = reason
        return self
