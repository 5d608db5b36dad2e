"""Who holds which place since when: control claims from territory events and control statements.

Two kinds of claim are read from a document:

* every territory event ("Taliban menduduki Kabul", "resistance forces retook three districts")
  says its ``actor1`` holds the event's place from the event's date (a withdrawal word, such
  as "menarik pasukan dari", hands the place to ``actor2`` instead);
* a control statement that is not an event: "Provinsi Panjshir masih bebas dari Taliban"
  (``free of``), "kota itu berada di bawah kendali Taliban" (``holds``). The place is the
  place named before the cue, the holder the actor named after it; the claim holds on the
  sentence's own date, or the report's.

The cue words are data: ``lang/<code>/control.yaml``. Claims are kept with their claimant
(the outlet and any attribution) and evidence; contradicting claims are not resolved here:
the store keeps them side by side.

Example:
    >>> from warta.pipeline import process
    >>> doc = process("Provinsi Panjshir masih bebas dari Taliban, kata seorang komandan, Sabtu (21/8/2021).")
    >>> [(c.name, c.status, c.holder, str(c.since)) for c in doc.control]
    [('Panjshir', 'free of', 'Taliban', '2021-08-21')]
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..document import ControlClaim, Document, PlaceMention, Span
from ..lang import load, register
from ..lexicon import Lexicon, term_pattern
from .actors import find_actors
from .attribution import find_sources
from .events import _reference_date, taxonomy

register("control", {"holds_by", "free_of", "withdraw", "not_statements", "count_verbs", "count_of", "count_units"})


@functools.cache
def _cues(lang: str) -> dict[str, Any]:
    data = load(lang, "control")
    cues: dict[str, Any] = {key: Lexicon(data.get(key, [])) for key in ("holds_by", "free_of", "withdraw", "not_statements")}
    verbs, of, units = (data.get(k) or [] for k in ("count_verbs", "count_of", "count_units"))
    alt = lambda words: "|".join(term_pattern(w, boundary=False) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    cues["count"] = re.compile(
        rf"(?<![\w-])(?:{alt(verbs)})\s+(?:\w+\s+){{0,2}}?(?P<n>\d+)\s+(?:{alt(of)})\s+(?:\w+\s+)?(?P<m>\d+)\s+"
        rf"(?P<unit>{alt(units)})(?![\w])", re.IGNORECASE) if verbs and of and units else None
    return cues


def read_control(doc: Document) -> Document:
    """Fill ``doc.control`` from ``doc.events`` and the control statements in the text."""
    if doc.lang is None:
        return doc
    cues = _cues(doc.lang)
    territory = set(taxonomy()["territory"])
    for index, ev in enumerate(doc.events):
        if ev.sub_event_type not in territory or ev.place is None:
            continue
        trigger = next((e.spans[0] for e in ev.evidence if e.field == "sub_event_type" and e.spans), None)
        holder = ev.actor1
        if trigger is not None and cues["withdraw"].search(trigger.text):
            holder = ev.actor2
        if not holder:
            continue
        claimant = ev.source or doc.source or ""
        if doc.source and not claimant.startswith(doc.source):
            claimant = f"{doc.source}; {claimant}"
        doc.control.append(ControlClaim(ev.location or ev.place.name, holder, "holds", ev.event_date,
                                        ev.sub_event_type, ev.place, claimant, ev.sentence, trigger, index))
    claimed = {c.sentence.start for c in doc.control if c.sentence is not None}
    reference = _reference_date(doc)
    for sent in doc.sentences:
        if sent.start in claimed or cues["not_statements"].search(doc.text, sent.start, sent.end):
            continue
        for status, lexicon in (("holds", cues["holds_by"]), ("free of", cues["free_of"])):
            for hit in lexicon.finditer(doc.text, sent.start, sent.end):
                place = _place_before(doc, sent.start, hit.start)
                actor = next(iter(find_actors(doc, hit.end, sent.end, doc.focus_country)), None)
                if place is None or actor is None or place.place is None:
                    continue
                own = [d for d in doc.dates if d.span.within(sent) and d.value is not None]
                since = own[0].value if own else reference
                sources = find_sources(doc, sent.start, sent.end)
                claimant = "; ".join([doc.source or ""] + [s.text for s in sources]).strip("; ")
                # a region is held as the region written ("Provinsi Panjshir"), not as the town ACLED codes it to
                name = place.name if place.unit_word or place.geo_precision > 1 else place.place.name
                doc.control.append(ControlClaim(name, actor.name, status, since, "statement",
                                                place.place, claimant, sent, doc.span(hit.start, hit.end, "cue")))
        _count_statements(doc, sent, cues, reference)
    return doc


def count_statement(doc: Document, start: int, end: int) -> bool:
    """True when a count statement ("menguasai 20 dari 34 ibu kota provinsi") starts at ``start``."""
    if doc.lang is None:
        return False
    pattern = _cues(doc.lang)["count"]
    return pattern is not None and pattern.match(doc.text, start, end) is not None


def _count_statements(doc: Document, sent: Span, cues: dict[str, Any], reference) -> None:
    """"Taliban kini menguasai 20 dari 34 ibu kota provinsi", "the Taliban control 20 of 34 provincial capitals":
    a share of a country's units, held by the actor named before the verb."""
    if cues["count"] is None:
        return
    for m in cues["count"].finditer(doc.text, sent.start, sent.end):
        actor = next(iter(find_actors(doc, sent.start, m.start(), doc.focus_country)[-1:]), None)
        country = next((p.place for p in doc.places if p.place is not None and p.place.level == "country"
                        and p.place.country_code == doc.focus_country), None)
        if actor is None or country is None:
            continue
        own = [d for d in doc.dates if d.span.within(sent) and d.value is not None]
        unit = " ".join(m.group("unit").lower().split())
        doc.control.append(ControlClaim(f"{unit} ({country.name})", actor.name, "holds", own[0].value if own else reference,
                                        "statement", country, "; ".join(x for x in [doc.source or ""] + [
                                            s.text for s in find_sources(doc, sent.start, sent.end)] if x),
                                        sent, doc.span(m.start(), m.end(), "cue"), extent=f"{m.group('n')}/{m.group('m')}"))


def _place_before(doc: Document, start: int, end: int) -> PlaceMention | None:
    """The place named last before ``end`` in the sentence, a unit below the country if there is one."""
    before = [p for p in doc.places if start <= p.span.start and p.span.end <= end and p.place is not None]
    below = [p for p in before if p.place.level != "country"]
    chosen = below or before
    return chosen[-1] if chosen else None
