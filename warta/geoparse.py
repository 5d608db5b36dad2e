"""The geoparser on its own: every place name of a text, or given spans, resolved to GeoNames.

Runs the language, segment, dates and places stages (no events) and returns one record per
toponym: its character span and text, the GeoNames id, feature code and level, coordinates,
country, admin1, admin2, ACLED geo_precision and the rule that resolved it.

With ``spans`` (gold toponyms, as GeoWebNews, LGL and TR-News give them) the recogniser does
not choose the names: each given span is resolved with the same disambiguation as found
names (the document's focus country, the other places of the sentence and the hierarchy
written next to it, feature level and population), even when the recogniser would have
skipped it; a given span the index cannot resolve is returned with ``geonameid`` None.

Spans file (``warta geoparse --spans SPANS.jsonl``), one JSON object a line, either one span::

    {"doc_id": "kompas-1", "start": 120, "end": 126, "text": "Beoga"}

or one document with its list of spans::

    {"doc_id": "kompas-1", "spans": [{"start": 120, "end": 126}, {"start": 140, "end": 146, "text": "Puncak"}]}

``doc_id`` is the document's id (a ``.txt`` file's stem, a JSONL record's ``id``); ``file``
(a path, file name or stem) may stand in its place. Offsets are character offsets into the
document text as warta reads it (newlines normalised to ``\\n``, outer blanks stripped).
When ``text`` is given and differs from the characters at ``start:end``, the nearest
occurrence of ``text`` within 100 characters is used; if there is none, it is an error.

Example:
    >>> from warta.geoparse import geoparse
    >>> [(r["text"], r["admin2"]) for r in geoparse("Warga Distrik Beoga, Kabupaten Puncak, mengungsi.")]  # doctest: +SKIP
    [('Beoga', 'Puncak'), ('Puncak', 'Puncak')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .document import Document, PlaceMention, Span
from .errors import InputError
from .gazetteer.names import fold
from .settings import Settings

__all__ = ["Geoparse", "geoparse", "read_spans", "resolve_spans", "mention_record"]

FIELDS = ("doc_id", "start", "end", "text", "geonameid", "name", "feature_code", "level", "latitude", "longitude",
          "country", "country_code", "admin1", "admin2", "geo_precision", "rule", "score", "coded_to")
_NEAR = 100


class Geoparse:
    """Language, segmentation, dates and places over texts; reusable (the index loads once).

    Example:
        >>> gp = Geoparse()                                                   # doctest: +SKIP
        >>> gp.parse(Document("d", "Polisi berjaga di Wamena."))[0]["admin2"]  # doctest: +SKIP
        'Jayawijaya'
    """

    def __init__(self, settings: Settings | None = None) -> None:
        from .stages.places import Geoparser

        self.settings = settings or Settings.load()
        self.geoparser = Geoparser(settings=self.settings)

    def prepare(self, doc: Document, *, lang: str | None = None) -> Document:
        from .stages.dates import resolve_dates
        from .stages.language import detect_language
        from .stages.segment import segment

        if lang:
            doc.lang = lang
        elif not doc.lang:
            doc = detect_language(doc, self.settings)
        return resolve_dates(segment(doc))

    def parse(self, doc: Document, *, lang: str | None = None, spans: list[tuple] | None = None) -> list[dict]:
        """Records for ``doc``: every place found, or the given ``(start, end)`` spans resolved."""
        doc = self.prepare(doc, lang=lang)
        if spans is None:
            mentions = self.geoparser(doc).places
        else:
            mentions = resolve_spans(doc, spans, geoparser=self.geoparser)
        return [mention_record(m, doc.id, self.geoparser.gaz) for m in mentions]


_DEFAULT: dict[str, Geoparse] = {}


def geoparse(text: str, *, lang: str | None = None, spans: list[tuple] | None = None, doc_id: str = "text",
             settings: Settings | None = None) -> list[dict]:
    """One-shot: the place records of ``text`` (see the module docstring for the fields).

    Args:
        text: the text.
        lang: ``"id"`` or ``"en"``; detected when None.
        spans: ``[(start, end), ...]`` character spans to resolve instead of finding names.
    """
    settings = settings or Settings.load()
    key = str(settings.cache_path)
    if key not in _DEFAULT:
        _DEFAULT[key] = Geoparse(settings)
    return _DEFAULT[key].parse(Document(id=doc_id, text=text), lang=lang, spans=spans)


def mention_record(m: PlaceMention, doc_id: str = "", gaz=None) -> dict:
    """The record of one mention. A region named alone is coded (for events) to its capital
    or seat; with ``gaz`` the record names the region itself and ``coded_to`` the seat's id."""
    p = m.place
    coded_to = None
    region = _region(gaz, m) if gaz is not None and p is not None else None
    if region is not None:
        coded_to, p = p.geonameid, region
    return {
        "doc_id": doc_id, "start": m.span.start, "end": m.span.end, "text": m.name,
        "geonameid": p.geonameid if p else None, "name": p.name if p else None,
        "feature_code": p.feature_code if p else None, "level": p.level if p else None,
        "latitude": p.latitude if p else None, "longitude": p.longitude if p else None,
        "country": p.country if p else None, "country_code": p.country_code if p else None,
        "admin1": p.admin1 if p else None, "admin2": p.admin2 if p else None,
        "geo_precision": m.geo_precision if p else None, "rule": m.rule, "score": m.score, "coded_to": coded_to,
    }


def _region(gaz, m: PlaceMention):
    """The country, admin1 or admin2 record named by ``m`` whose seat is ``m.place``, if any."""
    if m.place.level not in ("populated", "admin2"):
        return None
    for rid in gaz.ids(fold(m.name)):
        seat = gaz.seat(rid)
        if seat is not None and gaz.level(rid) in ("country", "admin1", "admin2") \
                and gaz.place(seat).geonameid == m.place.geonameid and (m.geo_precision >= 2 or m.unit_word):
            return gaz.place(rid)
    return None


# ---- given spans -------------------------------------------------------------------------
def resolve_spans(doc: Document, spans: Iterable[tuple], *, geoparser) -> list[PlaceMention]:
    """Resolve given ``(start, end)`` spans of a segmented ``doc``, in the given order.

    The recogniser still runs, so that the names it finds elsewhere count as context (focus
    country, other places of the sentence); a found name overlapping a given span gives
    way to it. Rules are the found name's (``unit:in``, ``name``...) prefixed ``given:``;
    ``given:best`` when the resolver would have rejected the name (too weak alone) and the
    best-scored record is taken, ``given:unknown`` when the index has no such name.
    """
    from .stages.places import _Cand

    g = geoparser
    L = g.lang(doc.lang)
    text = doc.text
    sents = doc.sentences or [Span(0, len(text), "sentence", text)]
    g._begin(text, set())  # a given span is a place even if the word is written lowercase elsewhere
    found = [c for si, s in enumerate(sents) for c in g._recognise(text, s, si, L)]
    given: list[_Cand] = []
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            raise InputError(f"span {start}-{end} lies outside the document ({len(text)} characters)", path=doc.id)
        si = next((i for i, s in enumerate(sents) if s.start <= start < s.end), len(sents) - 1)
        c = next((f for f in found if f.start >= start and f.end <= end and (f.ids or f.unit)), None)
        if c is None or c.end - c.start < (end - start) // 2 and not c.unit:
            c = _given_cand(g, L, text, start, end, si, sents[si])
        given.append(c)
    others = [f for f in found if not any(f.start < e and s < f.end for s, e in spans)]
    cands = sorted(others + given, key=lambda c: c.start)
    focus = g._focus(doc, cands, L)
    doc.focus_country = focus
    g._doc_countries = {g.gaz.country_code(r) for c in cands if not c.qualifier
                        for r in c.ids if g.gaz.level(r) == "country"}
    out = []
    for (start, end), c in zip(spans, given):
        m = g._resolve(doc, c, cands, focus, L) if c.ids or c.unit else None
        if m is None and c.ids:
            rid = max(c.ids, key=lambda r: (g._score(r, c, set(), set(), set(), focus), g.gaz.population(r)))
            m = PlaceMention(span=doc.span(c.start, c.end, "place"), name=text[c.start:c.end], place=g.gaz.place(rid),
                             geo_precision=_precision(g.gaz.level(rid)), rule="best")
        span = doc.span(start, end, "place")
        if m is None:
            out.append(PlaceMention(span=span, name=span.text, place=None, rule="given:unknown"))
        else:
            out.append(PlaceMention(span=span, name=span.text, place=m.place, unit_word=m.unit_word,
                                    geo_precision=m.geo_precision, score=m.score, rule="given:" + m.rule))
    return out


def _precision(level: str) -> int:
    return 3 if level in ("country", "admin1") else 2 if level == "admin2" else 1


def _given_cand(g, L, text: str, start: int, end: int, si: int, sent: Span):
    """A candidate for a span the recogniser did not find: its words matched against the
    index whole, then without a leading/trailing unit word or article."""
    from .stages.places import _WORD, _Cand, _starts_with

    toks = [(m.start(), m.end()) for m in _WORD.finditer(text, sent.start, sent.end)]
    words = [fold(text[a:b]) for a, b in toks]
    caps = [text[a].isupper() for a, _ in toks]
    inside = [i for i, (a, b) in enumerate(toks) if a >= start and b <= end] or [0]
    i, j = inside[0], inside[-1] + 1
    unit, unit_word, lead = "", "", -1
    before = _starts_with(words[:j], i, L.before)
    if before and i + len(before) < j:
        unit, unit_word, lead = L.before[before], text[toks[i][0]:toks[i + len(before) - 1][1]], i
        i += len(before)
    for n in (3, 2, 1):
        if j - n > i and tuple(words[j - n:j]) in L.after:
            unit, unit_word = L.after[tuple(words[j - n:j])], text[toks[j - n][0]:toks[j - 1][1]]
            j -= n
            break
    if j - i > 1 and words[i] in ("the", "kota", "city") and not unit:
        i += 1 if g.gaz.ids(" ".join(words[i + 1:j])) else 0
    key = " ".join(words[i:j])
    ids = g.gaz.ids(key) or g.gaz.ids(key.replace(" ", ""))
    if not ids and key in L.aliases:
        ids = g.gaz.ids(fold(g.gaz.country_name(L.aliases[key])))
    c = _Cand(toks[i][0], toks[j - 1][1], key, ids, i, j - i, si)
    c.unit, c.unit_word, c.lead = unit, unit_word, lead
    g._context(text, toks, words, caps, c, L)
    if not c.unit and not c.ids:
        c.ids = ids  # _context may drop the ids of a name it takes for a person's: a given span is a place
    return c


# ---- spans files ---------------------------------------------------------------------------
def read_spans(path: str | Path) -> dict[str, list[tuple[int, int, str | None]]]:
    """``{doc_id or file: [(start, end, text or None), ...]}`` from a spans JSONL file."""
    out: dict[str, list[tuple[int, int, str | None]]] = {}
    name = str(path)
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read spans file: {exc.strerror}", path=name) from exc
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict):
            raise InputError(f"{where}: not a JSON object")
        key = rec.get("doc_id", rec.get("file"))
        if not isinstance(key, (str, int)) or key == "":
            raise InputError(f"{where}: needs 'doc_id' (or 'file')")
        items = rec["spans"] if "spans" in rec else [rec]
        if not isinstance(items, list):
            raise InputError(f"{where}: 'spans' must be a list")
        for item in items:
            start, end, text = (item.get("start"), item.get("end"), item.get("text")) if isinstance(item, dict) \
                else (None, None, None)
            if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or start >= end:
                raise InputError(f"{where}: each span needs integer 'start' < 'end', got {item!r}")
            out.setdefault(str(key), []).append((start, end, text if isinstance(text, str) else None))
    return out


def spans_for(doc: Document, table: dict[str, list]) -> tuple[str | None, list[tuple[int, int]]]:
    """The spans of ``table`` that belong to ``doc`` (by id, path, file name or stem), checked
    against its text; returns the key used and ``[(start, end), ...]``."""
    keys = [doc.id]
    if doc.path:
        p = Path(doc.path)
        keys += [doc.path, p.name, p.stem]
    key = next((k for k in keys if k in table), None)
    if key is None:
        return None, []
    out = []
    for start, end, written in table[key]:
        if written is not None and doc.text[start:end] != written:
            hits = [i for i in range(max(0, start - _NEAR), min(len(doc.text), start + _NEAR) + 1)
                    if doc.text.startswith(written, i)]
            if not hits:
                raise InputError(f"span {start}-{end} of document {key!r}: text {written!r} not found there "
                                 f"(the document has {doc.text[start:end]!r})")
            start = min(hits, key=lambda i: abs(i - start))
            end = start + len(written)
        out.append((start, end))
    return key, out
