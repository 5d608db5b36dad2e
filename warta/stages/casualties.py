"""Casualties: deaths counted by ACLED's conservative rules, other figures kept as claims.

Words come from ``lang/<code>/casualties.yaml``: death, injury and mixed words
("terluka atau terbunuh", "killed or injured"), numbers written as words, vague amounts
("puluhan" = 10, "dozens" = 12) and the cues that make a figure a maximum ("hingga",
"up to") or a minimum ("sedikitnya", "at least").

Rules: only deaths count; injured and mixed figures are claims; a maximum is a claim, not
a count; a vague amount counts only if it is one ACLED codes ("tens", "dozens",
"hundreds"); counts joined by "dan"/"and" add up ("five officers and one prisoner").

Example:
    >>> from warta.document import Document
    >>> doc = Document(id="a", text="Dua polisi dan seorang warga tewas.", lang="id")
    >>> find_casualties(doc, 0, len(doc.text)).fatalities
    3
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..document import CasualtyClaim, Document, Span
from ..lang import load, register
from ..lexicon import Lexicon

register("casualties", {"killed", "injured", "killed_or_injured", "missing", "arrested", "abducted", "numbers", "vague",
                        "vague_fatal", "upper", "lower", "conjunction"})

KINDS = ("killed_or_injured", "killed", "injured", "missing", "abducted", "arrested")
_DIGITS = re.compile(r"(?<![\w/.,-])\d{1,3}(?:[.,]\d{3})*(?![\w/-]|[.,]\d)")


@dataclass
class Casualties:
    fatalities: int | None = None
    claims: list[CasualtyClaim] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


class _Words:
    def __init__(self, lang: str) -> None:
        data = load(lang, "casualties")
        self.kinds = {kind: Lexicon(data.get(kind, [])) for kind in KINDS}
        self.numbers: dict[str, int] = {str(k).lower(): int(v) for k, v in (data.get("numbers") or {}).items()}
        self.vague: dict[str, int] = {str(k).lower(): int(v) for k, v in (data.get("vague") or {}).items()}
        self.vague_fatal = {w.lower() for w in data.get("vague_fatal", [])}
        self.number_words = Lexicon(list(self.numbers) + list(self.vague))
        self.upper = Lexicon(data.get("upper", []))
        self.lower = Lexicon(data.get("lower", []))
        self.conjunction = {w.lower() for w in data.get("conjunction", [])}


@functools.cache
def _words(lang: str) -> _Words:
    return _Words(lang)


_SENTENCE_END = re.compile(r"[.!?;]\s")


@dataclass
class _Number:
    start: int
    end: int
    value: int
    vague: bool
    fatal_ok: bool


def _numbers(doc: Document, start: int, end: int, words: _Words) -> list[_Number]:
    text = doc.text
    dates = [d.span for d in doc.dates]
    found: list[_Number] = []
    for m in _DIGITS.finditer(text, start, end):
        if any(s.start <= m.start() < s.end for s in dates):
            continue
        if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            continue  # "Sundari (55)": an age
        value = int(re.sub(r"[.,]", "", m.group(0)))
        after = text[m.end():m.end() + 12].lower()
        if re.match(r"\s*(tahun|year|km|kilomet|persen|percent|%|jam|hour|menit|minute|meter|m\b)", after):
            continue
        found.append(_Number(m.start(), m.end(), value, False, True))
    for hit in words.number_words.finditer(text, start, end):
        term = hit.term
        if term in words.numbers:
            found.append(_Number(hit.start, hit.end, words.numbers[term], False, True))
        else:
            found.append(_Number(hit.start, hit.end, words.vague[term], True, term in words.vague_fatal))
    found.sort(key=lambda n: n.start)
    return found


def find_casualties(doc: Document, start: int, end: int, *, side_of=None, by: str = "") -> Casualties:
    """Casualty figures in ``doc.text[start:end]``.

    ``side_of(start, end)`` may name the actor a figure belongs to; ``by`` who reported it.
    """
    words = _words(doc.lang or "en")
    text = doc.text
    hits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind in KINDS:
        for hit in words.kinds[kind].finditer(text, start, end):
            if any(hit.start < e and s < hit.end for s, e in taken):
                continue
            taken.append((hit.start, hit.end))
            hits.append((hit.start, hit.end, kind))
    hits.sort()
    result = Casualties()
    numbers = _numbers(doc, start, end, words)
    deaths = 0
    counted = False
    used: set[int] = set()
    previous_end = start
    for index, (h_start, h_end, kind) in enumerate(hits):
        # the figure stands before the word ("dua warga tewas") or just after it ("menewaskan dua warga")
        before = [n for n in numbers if previous_end <= n.start and n.end <= h_start and h_start - n.end <= 60
                  and not _SENTENCE_END.search(text, n.end, h_start)  # not "a Palm Sunday Mass. The blast killed"
                  and n.start not in used]  # "the bodies of 16 workers killed": one figure, counted once
        next_start = hits[index + 1][0] if index + 1 < len(hits) else end
        after = [n for n in numbers if h_end <= n.start < min(next_start, h_end + 30) and n.start not in used]
        group: list[_Number] = []
        if before:
            group = [before[-1]]
            for prev in reversed(before[:-1]):
                between = text[prev.end:group[0].start].lower()
                if set(re.findall(r"\w+", between)) & words.conjunction and not re.search(r"[.;:]", between):
                    group.insert(0, prev)
                else:
                    break
        elif after:
            group = [after[0]]
        # words joined to the previous casualty word share its figure ("terluka dan tewas")
        previous_end = h_end
        if not group:
            continue
        used.update(n.start for n in group)
        value = sum(n.value for n in group)
        lead = text[max(start, group[0].start - 25):group[0].start]
        is_max = words.upper.search(lead) is not None and lead.rstrip().lower().endswith(tuple(words.upper.terms))
        is_min = words.lower.search(lead) is not None and lead.rstrip().lower().endswith(tuple(words.lower.terms))
        vague = any(n.vague for n in group)
        span = doc.span(group[0].start, max(h_end, group[-1].end), "casualty")
        side = side_of(group[0].start, h_start) if side_of else ""
        exact = not is_min and not vague
        claim = CasualtyClaim(kind=kind, min=None if is_max else value, max=value if is_max or exact else None,
                              side=side or "", by=by, span=span)
        if kind == "killed" and not is_max and (not vague or all(n.fatal_ok for n in group)):
            deaths += value
            counted = True
            result.spans.append(span)
            if vague:
                result.claims.append(claim)
        else:
            result.claims.append(claim)
    if counted:
        result.fatalities = deaths
    return result
