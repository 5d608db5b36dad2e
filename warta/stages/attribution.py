"""Attribution: who the text says reported something ("menurut X", "seperti dilansir X",
"according to X", "X told Y").

Cues live in ``lang/<code>/attribution.yaml``: ``before`` cues are followed by the source,
``after`` cues follow it.

Example:
    >>> from warta.document import Document
    >>> doc = Document(id="a", text="Dua warga tewas, menurut polisi setempat.", lang="id")
    >>> [s.text for s in find_sources(doc, 0, len(doc.text))]
    ['polisi setempat']
"""

from __future__ import annotations

import functools
import re

from ..document import Document, Span
from ..lang import load, register
from ..lexicon import Lexicon

register("attribution", {"before", "after", "skip_words", "stop_words"})

_WORD = re.compile(r"[\w'.-]+")
_MAX_WORDS = 6


class _Cues:
    def __init__(self, lang: str) -> None:
        data = load(lang, "attribution")
        self.before = Lexicon(data.get("before", []))
        self.after = Lexicon(data.get("after", []))
        self.skip = {w.lower() for w in data.get("skip_words", [])}
        self.stop = {w.lower() for w in data.get("stop_words", [])}


@functools.cache
def _cues(lang: str) -> _Cues:
    return _Cues(lang)


def _name_after(doc: Document, pos: int, end: int, cues: _Cues) -> Span | None:
    words: list[re.Match[str]] = []
    for m in _WORD.finditer(doc.text, pos, end):
        gap = doc.text[(words[-1].end() if words else pos):m.start()]
        if re.search(r"[,;:()\"“”\n]", gap) or (words and re.search(r"[.!?]", gap)):
            break
        token = m.group(0).rstrip(".")
        if not words and token.lower() in cues.skip:
            continue
        if token.lower() in cues.stop or len(words) >= _MAX_WORDS:
            break
        words.append(m)
    if not words:
        return None
    last = words[-1]
    stop = last.end() - (1 if last.group(0).endswith(".") else 0)
    return doc.span(words[0].start(), stop, "source")


def _name_before(doc: Document, pos: int, start: int, cues: _Cues) -> Span | None:
    words = [m for m in _WORD.finditer(doc.text, start, pos)]
    picked: list[re.Match[str]] = []
    for m in reversed(words):
        gap = doc.text[m.end():(picked[0].start() if picked else pos)]
        if re.search(r"[,;:()\"“”.!?\n]", gap):
            break
        if m.group(0).lower() in cues.stop or len(picked) >= _MAX_WORDS or not m.group(0)[0].isupper():
            break
        picked.insert(0, m)
    if not picked:
        return None
    return doc.span(picked[0].start(), picked[-1].end(), "source")


def find_sources(doc: Document, start: int, end: int) -> list[Span]:
    """Source names cited in ``doc.text[start:end]``, in text order, without repeats."""
    cues = _cues(doc.lang or "en")
    found: list[Span] = []
    for hit in cues.before.finditer(doc.text, start, end):
        span = _name_after(doc, hit.end, end, cues)
        if span is not None:
            found.append(span)
    for hit in cues.after.finditer(doc.text, start, end):
        span = _name_before(doc, hit.start, start, cues)
        if span is not None:
            found.append(span)
    found.sort(key=lambda s: s.start)
    unique: list[Span] = []
    for span in found:
        if not any(span.overlaps(u) for u in unique):
            unique.append(span)
    return unique


def reports_at(doc: Document, pos: int) -> bool:
    """Whether a reporting verb ("said", "mengatakan") follows ``pos`` with only spaces between: the words
    before it name who reported ("..., police said")."""
    cues = _cues(doc.lang or "en")
    m = re.match(r"\s+", doc.text[pos:pos + 3])
    start = pos + (m.end() if m else 0)
    hit = cues.after.search(doc.text, start, min(len(doc.text), start + 40))
    return hit is not None and hit.start == start
