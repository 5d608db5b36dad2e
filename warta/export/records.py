"""One flat record per event: the JSONL export format, also what the store returns.

The record uses ACLED's column names for the coded fields, plus ``doc_id``, ``geonameid``,
``confidence``, ``casualty_claims`` and ``evidence`` (the sentence that states the event and,
per field, the spans and rule that decided it). Place fields come from ``ev.place``; an
event without a resolved place has empty strings and ``None`` coordinates.

Example:
    >>> from warta.document import EventMention
    >>> rec = event_record(EventMention("d1", "Protests", "Peaceful protest", actor1="Protesters (Indonesia)", inter1=6))
    >>> rec["event_type"], rec["interaction"], rec["latitude"]
    ('Protests', 60, None)
"""

from __future__ import annotations

from typing import Any

from ..document import Document, EventMention

#: the keys of an event record, in order
FIELDS: tuple[str, ...] = (
    "doc_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "source", "fatalities", "notes", "geonameid", "confidence", "casualty_claims", "evidence",
)
#: record keys that hold JSON structures rather than scalars
JSON_FIELDS = ("casualty_claims", "evidence")


def event_record(ev: EventMention, doc: Document | None = None) -> dict[str, Any]:
    """The JSONL record of ``ev``; ``doc`` supplies the source when the event has none."""
    place = ev.place
    sentence = ev.sentence
    if sentence is not None and not sentence.text and doc is not None:
        sentence = doc.span(sentence.start, sentence.end, sentence.label)
    return {
        "doc_id": ev.doc_id,
        "event_date": ev.event_date.isoformat() if ev.event_date else "",
        "time_precision": ev.time_precision,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1,
        "assoc_actor_1": ev.assoc_actor_1,
        "inter1": ev.inter1,
        "actor2": ev.actor2,
        "assoc_actor_2": ev.assoc_actor_2,
        "inter2": ev.inter2,
        "interaction": ev.interaction,
        "country": place.country if place else "",
        "iso": place.iso if place else None,
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "location": ev.location or (place.name if place else ""),
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": ev.geo_precision,
        "source": ev.source or (doc.source if doc is not None and doc.source else ""),
        "fatalities": ev.fatalities,
        "notes": ev.notes,
        "geonameid": place.geonameid if place else None,
        "confidence": round(ev.confidence, 4),
        "casualty_claims": [claim.to_dict() for claim in ev.casualty_claims],
        "evidence": {
            "sentence": (
                {"start": sentence.start, "end": sentence.end, "text": sentence.text} if sentence is not None else None
            ),
            "fields": [item.to_dict() for item in ev.evidence],
        },
    }


def document_records(doc: Document) -> list[dict[str, Any]]:
    """The records of every event of ``doc``."""
    return [event_record(ev, doc) for ev in doc.events]
