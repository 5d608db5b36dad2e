"""Casualties: deaths counted by ACLED's conservative rules, other figures kept as claims.

Words come from ``lang/<code>/casualties.yaml``: death, injury and mixed words
("terluka atau terbunuh", "killed or injured"), numbers written as words, vague amounts
("puluhan" = 10, "dozens" = 12) and the cues that make a figure a maximum ("hingga",
"up to") or a minimum ("sedikitnya", "at least").

Rules: only deaths count; injured and mixed figures are claims; a maximum is a claim, not
a count; a vague amount counts only if it is one ACLED codes ("tens", "dozens",
"hundreds", "an unspecified number" = 10); counts joined by "dan"/"and" add up ("five
officers and one prisoner"), a count after "including" is part of the one before it; the
figure right after an active verb is its object ("killed 4 people"); one death told
without a figure counts one ("was assassinated"); a figure followed by a unit of time or
a family is no head count ("ten days later"); "another", "lagi" mark deaths added to
those told before.

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
                        "vague_fatal", "upper", "lower", "conjunction", "subset", "object_joint", "singular",
                        "units", "articles", "additional", "references", "relatives", "singular_subject",
                        "joined_possessives", "unit_exceptions", "plural_reference", "apart", "apart_verbs",
                        "not_deaths", "clause_breaks", "label_words", "partitive", "negations", "passive_lead",
                        "after_only", "plural_heads", "range_lead", "agent_markers",
                        "plural_relative", "running_total", "enumeration"})

KINDS = ("killed_or_injured", "killed", "injured", "missing", "abducted", "arrested")
_PARENTHESES = re.compile(r"\([^()]*\)")  # "3 TMF fighters (including the director of ...) dead": an aside
_DIGITS = re.compile(r"(?<![\w/.,-])\d{1,3}(?:[.,]\d{3})*(?![\w/-]|[.,]\d)")


@dataclass
class Casualties:
    fatalities: int | None = None
    claims: list[CasualtyClaim] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    additional: bool = False  # "A fourth person died later", "two more bodies": deaths on top of those told before
    reference: bool = False  # only words that point back ("The victim had ...", "both victims"): no new count


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
        self.singular = Lexicon(data.get("singular", []))
        # the end of a death phrase whose verb stands apart from it ("shot two members of the battalion to death")
        self.apart = Lexicon(data.get("apart", []))
        self.not_deaths = Lexicon(data.get("not_deaths", []))
        # "no fatalities were reported", "no one was killed", "tanpa korban jiwa": a death word that tells none
        self.negations = Lexicon(data.get("negations", []))
        # death words whose figure comes after them ("killing 5"): a figure before is the subject's ("three vehicles")
        self.after_only = {w.lower() for w in data.get("after_only", [])}
        joins = _alternatives(data.get("conjunction", []))  # "... was detained and later found killed"
        self.shared_link = re.compile(rf"\s+(?:{joins})\s+(?:[a-z]+\s+){{0,3}}", re.IGNORECASE)
        self.agent_before = re.compile(rf"\b(?:{_alternatives(data.get('agent_markers', []))})\s+$", re.IGNORECASE)
        # a range of two figures joined by "and": "between five and 23", "antara 5 dan 23" (the lower one counts)
        self.range_lead = re.compile(rf"\b(?:{_alternatives(data.get('range_lead', []))})\s+$", re.IGNORECASE)
        lead = data.get("passive_lead")  # "Seven GNA soldiers and alleged Syrian mercenaries were reportedly killed"
        self.passive_lead = re.compile(lead + r"\s*$", re.IGNORECASE) if lead else None
        total = data.get("running_total")  # "More than 40,000 people have been killed in the conflict"
        self.running_total = re.compile(total, re.IGNORECASE) if total else None
        relative = data.get("plural_relative")
        self.plural_relative = re.compile(relative, re.IGNORECASE) if relative else None
        heads = data.get("plural_heads")  # "an event for people killed in 2014": an article is no count of people
        self.plural_head = re.compile(rf"\b(?:{heads})\s+$", re.IGNORECASE) if heads else None
        self.clause_breaks = Lexicon(data.get("clause_breaks", []))
        links = _alternatives(data.get("partitive", []))
        self.partitive = re.compile(rf"\s+(?:{links})\s+", re.IGNORECASE)
        labels = _alternatives(data.get("label_words", []))
        self.label_before = re.compile(rf"(?<![\w-])(?:{labels})\s*$", re.IGNORECASE)
        self.apart_verbs = re.compile(rf"\b(?:{_alternatives(data.get('apart_verbs', []))})\b", re.IGNORECASE)
        self.additional = Lexicon(data.get("additional", []))
        self.articles = {w.lower() for w in data.get("articles", [])}
        self.references = {w.lower() for w in data.get("references", [])}
        self.relatives = re.compile(rf"\b(?:{_alternatives(data.get('relatives', []))})\b", re.IGNORECASE)
        listed = data.get("enumeration") or []
        self.enumeration = re.compile(rf",\s*(?:{_alternatives(listed)})\b", re.IGNORECASE) if listed else None
        subject = data.get("singular_subject")
        self.singular_subject = re.compile(subject, re.IGNORECASE) if subject else None
        possessives = _alternatives(data.get("joined_possessives", []))
        self.joined_possessive = re.compile(
            rf"\b(?:{_alternatives(data.get('conjunction', []))})\s+((?:{possessives})\s+[a-z]+(?<!s))\b",
            re.IGNORECASE) if possessives != "(?!)" else None
        # "(?!\w)", not "\b": a unit may end in a sign ("50%")
        exceptions = _alternatives(data.get("unit_exceptions", []))  # "five family members" is a head count
        self.units = re.compile(rf"\s*(?:{_alternatives(data.get('units', []))})(?!\w)(?!\s+(?:{exceptions})\b)",
                                re.IGNORECASE)
        reference = data.get("plural_reference")
        self.plural_reference = re.compile(reference + r"\s*$", re.IGNORECASE) if reference else None
        cues = _alternatives(list(self.lower.terms) + list(self.upper.terms))
        joint = _alternatives(data.get("object_joint", []))
        self._cue = re.compile(rf"\b(?:{cues})\b", re.IGNORECASE)
        self._adjacent = re.compile(rf"\s*(?:(?:{joint})\s+)?(?:(?:{cues})\s+)?", re.IGNORECASE)
        ends = rf"\s+(?:(?:{cues})\s+)?$"  # the joining word ends the gap, a cue may follow ("and at least 4")
        self.conjunction = re.compile(rf"\b(?:{_alternatives(data.get('conjunction', []))})\b", re.IGNORECASE)
        self._joins = re.compile(rf"\b(?:{_alternatives(data.get('conjunction', []))}){ends}", re.IGNORECASE)
        self._part = re.compile(rf"\b(?:{_alternatives(data.get('subset', []))}){ends}", re.IGNORECASE)

    def adjacent(self, between: str) -> bool:
        """True when ``between`` holds only spaces and a cue: "killed at least 4", "the death of a man"."""
        return self._adjacent.fullmatch(between) is not None

    def cue_between(self, between: str) -> bool:
        """True when a cue stands in ``between``: "over a dispute" is no "over 20"."""
        return self._cue.search(between) is not None

    def joint(self, between: str) -> str:
        """How the text between two figures joins them: "and" (they add up), "part" or "" (not joined)."""
        if self._part.search(between):
            return "part"  # "21 militants including 2 commanders": the 2 are among the 21
        return "and" if self._joins.search(between) else ""


def _alternatives(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first; one that matches nothing when empty."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _joined(text: str, numbers: list[_Number], words: _Words, *, forward: bool) -> list[_Number]:
    """The figure next to the casualty word and those joined to it by a conjunction, in text order.

    "four cadres and a sub-inspector were killed" adds up; a figure after "including" is part of
    the one before it ("21 militants including 2 commanders and 4 soldiers" is 25). The conjunction
    must lead to the figure ("killed an activist and shot 8 others" is one), and an article joins
    only a short list ("a canoe came to help and a woman was shot" is one).
    """
    ordered = numbers if forward else list(reversed(numbers))
    group = [ordered[0]]
    for number in ordered[1:]:
        first, second = (group[-1], number) if forward else (number, group[0])
        between = text[first.end:second.start]
        joint = words.joint(between)
        if between.count(")") > between.count("("):
            between = between[between.rfind(")") + 1:]  # "4 people (including 1 journalist who was ...) as well as 2"
        if not joint or len(between) > 60 or re.search(r"[.;:]", between) or words.clause_breaks.search(between):
            break  # not "Three suspects managed to flee and one was killed": a verb ends the first figure's clause
        if text[number.start:number.end].lower() in words.articles \
                and sum(1 for w in between.split() if w[:1].islower()) > 3:
            break  # not "a canoe came to help and a woman was shot" (but "a former Assistant Sub-Inspector and his son")
        second.subset = joint == "part"
        if forward:
            group.append(number)
        else:
            group.insert(0, number)
    part = next((i for i, n in enumerate(group) if n.subset), None)
    if part and sum(n.value for n in group[part:]) == group[part - 1].value:
        for n in group[part:]:  # "five security personnel including one policeman and four army personnel": 5
            n.subset = True
    return group


def _owned_by_next(text: str, number: _Number, hits: list[tuple[int, int, str]], index: int, kind: str) -> bool:
    """The figure is the next casualty word's, of another kind, written right before it: "3 fighters dead and 6
    others injured" (but "injured the candidate and 6 others": no casualty word follows the 6)."""
    if index + 1 >= len(hits) or hits[index + 1][2] == kind:
        return False
    following = hits[index + 1][0]
    return 0 <= following - number.end <= 25 and not re.search(r"[,;.]", text[number.end:following])


#: a name set off by commas: "Seorang anggota Brimob, Brigpol Berry Pramana Putra, tewas", "a soldier, Pvt. Juan Cruz, died"
_APPOSITIVE_NAME = re.compile(r",\s*(?:[A-Z][\w.'’-]*\s*){1,6},")


def _named_between(text: str, start: int, end: int) -> bool:
    """The figure and its death word are apart only by who the one counted was: his name set off by commas."""
    between = text[start:end]
    return end - start <= 130 and len(_APPOSITIVE_NAME.sub(",", between)) <= 60 and _APPOSITIVE_NAME.search(between) is not None


def _enumerated(text: str, before: list[_Number], h_start: int, words: _Words) -> _Number | None:
    """The figure of a group whose members are then named one by one before the death word: "Tiga penghuni unit
    tersebut, yakni seorang pria ..., istrinya, dan anak sulung mereka, tewas" is three, not the "seorang" nearest
    (``enumeration`` words after a comma)."""
    if words.enumeration is None:
        return None
    for n in reversed(before[:-1]):
        m = words.enumeration.search(text, n.end, min(h_start, n.end + 60))
        if m is not None and all(o.start > m.end() for o in before if o.start > n.start):
            return n
    return None


def _aside_between(text: str, number: _Number, h_start: int, words: _Words) -> bool:
    """A figure and its death word apart only by an aside in brackets: "3 TMF fighters (including the director of
    the directorate council) dead" (not an article: "a Houthi attack on the front (Mahliyah, Marib), incurring")."""
    return h_start - number.end <= 200 and text[number.start:number.end].lower() not in words.articles \
        and len(_PARENTHESES.sub("", text[number.end:h_start])) <= 60


def _negated(text: str, start: int, h_start: int, words: _Words, numbers: list[_Number]) -> bool:
    """A negation leads to the death word in its clause, with no figure between: "no fatalities were reported",
    "no one was killed", "tidak ada korban jiwa" (not "no fewer than 5 were killed")."""
    hit = next(reversed(list(words.negations.finditer(text, max(start, h_start - 40), h_start))), None)
    if hit is None or re.search(r"[,.;:()]", text[hit.end:h_start]):
        return False
    return not any(hit.end <= n.start < h_start for n in numbers)


def _subject_of(text: str, number: _Number, h_start: int, words: _Words) -> bool:
    """The figure opens the subject of a passive death word, a longer one: "Seven GNA soldiers and alleged Syrian
    mercenaries were reportedly killed" (no stop or comma between)."""
    between = text[number.end:h_start]
    return words.passive_lead is not None and not re.search(r"[,.;:()]", between) \
        and words.passive_lead.search(between) is not None


def _article_of_other(text: str, number: _Number, h_start: int, words: _Words) -> bool:
    """An article whose noun is not the people killed: "a commemoration event for people killed" (a plural head
    right before the death word, no conjunction between: not "a woman and her children killed")."""
    if text[number.start:number.end].lower() not in words.articles or words.plural_head is None:
        return False
    between = text[number.end:h_start]
    if words.plural_relative is not None and words.plural_relative.search(between):
        return True  # "a police station who were shot and killed": the relative clause's verb is plural
    return words.plural_head.search(between) is not None and not words.conjunction.search(between)


def _told_before(doc: Document, start: int, h_start: int, words: _Words) -> _Number | None:
    """The figure of the people a plural subject points back to: "The farmers were beaten to death" after "two
    farmers" earlier in the report (a reference: those already told of)."""
    if words.plural_reference is None:
        return None
    m = words.plural_reference.search(doc.text, max(0, h_start - 60), h_start)
    if m is None:
        return None
    noun = re.compile(rf"\s+(?:[\w-]+\s+)?{re.escape(m.group(1))}\b", re.IGNORECASE)
    earlier = [n for n in _numbers(doc, max(0, m.start() - 1500), m.start(), words)  # the same passage
               if noun.match(doc.text, n.end) and not n.vague]
    if not earlier:
        return None
    n = earlier[-1]
    return _Number(m.start(), m.end(), n.value, False, True, reference=True)


@functools.cache
def _words(lang: str) -> _Words:
    return _Words(lang)


def tells_deaths(doc: Document, start: int, end: int) -> bool:
    """A death word in ``doc.text[start:end]``, with or without a figure ("Sosok itu diduga dibunuh ..."), not one that
    tells none ("no one was killed") nor a threat or sentence ("death threats", "hukuman mati")."""
    if find_casualties(doc, start, end).fatalities:
        return True
    words = _words(doc.lang or "en")
    if words.negations.search(doc.text, start, end) is not None:
        return False
    taken = [(h.start, h.end) for h in words.not_deaths.finditer(doc.text, start, end)]
    return any(not any(s <= h.start and h.end <= e for s, e in taken)
               for h in words.kinds["killed"].finditer(doc.text, start, end))


def count_word(word: str, lang: str) -> int | None:
    """A count written in digits or as one of the language's number words ("2", "two", "dua"), else None."""
    word = word.lower()
    return int(word) if word.isdigit() else _words(lang).numbers.get(word)


def conjunctions(lang: str) -> re.Pattern[str]:
    """The language's words that join two counts or names ("and", "dan"), from ``casualties.yaml``."""
    return _words(lang).conjunction


_SENTENCE_END = re.compile(r"[.!?;]\s")


@dataclass
class _Number:
    start: int
    end: int
    value: int
    vague: bool
    fatal_ok: bool
    subset: bool = False  # "including 2 commanders": already in the figure before it
    reference: bool = False  # "the victim", "both victims": those already told of
    agent: bool = False  # "by six men": those who did it, never the dead


def _numbers(doc: Document, start: int, end: int, words: _Words) -> list[_Number]:
    text = doc.text
    dates = [d.span for d in doc.dates]
    found: list[_Number] = []
    for m in _DIGITS.finditer(text, start, end):
        if any(s.start <= m.start() < s.end for s in dates):
            continue
        if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            continue  # "Sundari (55)": an age
        if words.label_before.search(text, max(0, m.start() - 20), m.start()):
            continue  # "soldiers from brigade 380", "battalion 540": a unit's number, not a head count
        value = int(re.sub(r"[.,]", "", m.group(0)))
        after = text[m.end():m.end() + 30]
        if words.units.match(after):
            continue
        found.append(_Number(m.start(), m.end(), value, False, True))
    for hit in words.number_words.finditer(text, start, end):
        term = hit.term
        if words.units.match(text[hit.end:hit.end + 30]):
            continue  # "ten days later", "a year ago"
        if term in words.numbers:
            found.append(_Number(hit.start, hit.end, words.numbers[term], False, True, reference=term in words.references))
        else:
            found.append(_Number(hit.start, hit.end, words.vague[term], True, term in words.vague_fatal))
    if words.joined_possessive is not None:
        for m in words.joined_possessive.finditer(text, start, end):
            found.append(_Number(m.start(1), m.end(1), 1, False, True))  # "a woman and her son": one more
    negated = [(hit.start, hit.end) for hit in words.negations.finditer(text, start, end)]
    found = [n for n in found if not any(s <= n.start < e for s, e in negated)]  # "no one was killed"
    for n in found:  # "stabbed to death by six unknown men", "abducted by a group of 7 people": who did it
        n.agent = words.agent_before.search(text, max(0, n.start - 20), n.start) is not None
    found.sort(key=lambda n: n.start)
    # "One of the two men was killed": the figure after "of the" is the whole the first one is taken from
    found = [n for i, n in enumerate(found) if not (i and words.partitive.fullmatch(text[found[i - 1].end:n.start]))]
    return found


def find_casualties(doc: Document, start: int, end: int, *, side_of=None, by: str = "") -> Casualties:
    """Casualty figures in ``doc.text[start:end]``.

    ``side_of(start, end)`` may name the actor a figure belongs to; ``by`` who reported it.
    """
    words = _words(doc.lang or "en")
    text = doc.text
    hits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    apart: dict[int, int] = {}  # the start of a phrase standing apart from its verb -> where the verb ends
    taken += [(hit.start, hit.end) for hit in words.not_deaths.finditer(text, start, end)]  # "death threats"
    for hit in words.apart.finditer(text, start, end):
        lead_start = max(start, hit.start - 90)
        lead = text[lead_start:hit.start]
        lead_start += max(lead.rfind("."), lead.rfind(";")) + 1
        verbs = list(words.apart_verbs.finditer(text, lead_start, hit.start))
        if any(k.start < hit.start for k in words.kinds["killed"].finditer(text, lead_start, hit.end)
               if k.end > hit.start):
            continue  # "beaten to death" is a death phrase of its own
        taken.append((hit.start, hit.end))
        if verbs and not text[lead_start:hit.start].rstrip().lower().endswith(tuple(words.upper.terms)):
            apart[hit.start] = verbs[-1].end()  # "shot two members of the battalion to death"
            hits.append((hit.start, hit.end, "killed"))
        # else "sentenced a man to death", "beaten nearly to death": no death
    for kind in KINDS:
        for hit in words.kinds[kind].finditer(text, start, end):
            if any(hit.start < e and s < hit.end for s, e in taken):
                continue
            taken.append((hit.start, hit.end))
            hits.append((hit.start, hit.end, kind))
    hits.sort()
    # the toll of a whole war or period, not of one event ("The conflict has killed more than 40,000 people since 1984"):
    # its figures are kept as claims
    totals = [m.span() for m in words.running_total.finditer(text, start, end)] if words.running_total else []
    result = Casualties()
    numbers = _numbers(doc, start, end, words)
    singular = [(hit.start, hit.end) for hit in words.singular.finditer(text, start, end)]
    if words.singular_subject is not None:  # "The nurse died", "the officer was killed"
        singular += [m.span() for m in words.singular_subject.finditer(text, start, end)]
    deaths = 0
    counted = False
    shared: list[_Number] = []  # the figure of the casualty word before, of another kind
    used: set[int] = set()
    previous_end = start
    for index, (h_start, h_end, kind) in enumerate(hits):
        if _negated(text, start, h_start, words, numbers):
            previous_end = h_end
            continue  # "no fatalities were reported", "no one was killed"
        if kind == "killed_or_injured" and index + 1 < len(hits) and hits[index + 1][2] in ("killed", "injured") \
                and hits[index + 1][0] - h_end <= 60 \
                and not re.search(r"[,.;:]", _PARENTHESES.sub("", text[h_end:hits[index + 1][0]])):
            continue  # "satu korban berinisial ZR (33) meninggal dunia": the victim's figure is the death word's
        # the nearest figure before the word ("dua warga tewas"), or the one right after an active verb
        # ("killed 4 people", "menewaskan dua warga"), or the first one after it ("the death of a man")
        before = [n for n in numbers if previous_end <= n.start and n.end <= h_start and not (n.agent and kind == "killed")
                  and not _SENTENCE_END.search(text, n.end, h_start)  # not "a Palm Sunday Mass. The blast killed"
                  and n.start not in used]  # "the bodies of 16 workers killed": one figure, counted once
        next_start = hits[index + 1][0] if index + 1 < len(hits) else end
        after = [n for n in numbers if h_end <= n.start < next_start and n.start not in used
                 and not (n.agent and kind == "killed")]
        group: list[_Number] = []
        if after and words.adjacent(text[h_end:after[0].start]) and h_start not in apart \
                and not (text[after[0].start:after[0].end].lower() in words.articles and words.cue_between(text[h_end:after[0].start])):
            # not "shot to death over a dispute": "over a" is no "over 20", and the phrase's figure is before it
            group = _joined(text, after, words, forward=True)
            while len(group) > 1 and _owned_by_next(text, group[-1], hits, index, kind):
                group.pop()  # "menewaskan 2 anggota milisi dan 4 lainnya luka-luka": the 4 are the injured
        elif before and text[h_start:h_end].lower() not in words.after_only \
                and not _article_of_other(text, before[-1], h_start, words) \
                and (h_start - before[-1].end <= 60 or _named_between(text, before[-1].end, h_start)
                     or h_start - before[-1].end <= 130
                     and (words.relatives.search(text, before[-1].end, h_start) or _subject_of(text, before[-1], h_start, words))
                     or _aside_between(text, before[-1], h_start, words)
                     or before[-1].start >= apart.get(h_start, h_start)):
            # "three women who were also workers of the Institute were found dead": a relative clause between
            listed = _enumerated(text, before, h_start, words)
            group = [listed] if listed is not None else _joined(text, before, words, forward=False)
        elif after and after[0].start < h_end + 30 and words.joint(text[h_end:after[0].start]) != "part" \
                and not _owned_by_next(text, after[0], hits, index, kind) \
                and text[after[0].start:after[0].end].lower() not in words.articles:  # not "found dead inside a house"
            group = [after[0]]  # "tewas sebanyak 3 orang"; not "(beheaded), including a woman"
        elif kind == "killed" and any(s <= h_start and h_end <= e for s, e in singular):
            group = [_Number(h_start, h_start, 1, False, True)]  # "The man died", "was assassinated"
        elif kind == "killed" and (told := _told_before(doc, start, h_start, words)) is not None:
            group = [told]  # "... stabbed two farmers. The farmers were beaten to death"
        elif kind == "killed" and shared and words.shared_link.fullmatch(text[previous_end:h_start]):
            group = shared  # "One CNL member was detained and later found killed": the detained member died
        # words joined to the previous casualty word share its figure ("terluka dan tewas")
        previous_end = h_end
        shared = group if kind != "killed" else []
        if not group:
            continue
        used.update(n.start for n in group)
        value = sum(n.value for n in group if not n.subset)
        lead = text[max(start, group[0].start - 25):group[0].start]
        is_max = words.upper.search(lead) is not None and lead.rstrip().lower().endswith(tuple(words.upper.terms))
        is_min = words.lower.search(lead) is not None and lead.rstrip().lower().endswith(tuple(words.lower.terms))
        if len(group) == 2 and words.range_lead.search(lead):
            value, is_min = min(n.value for n in group), True  # "between five and 23 of them drowned": at least 5
        vague = any(n.vague for n in group)
        span = doc.span(group[0].start, max(h_end, group[-1].end), "casualty")
        side = side_of(group[0].start, h_start) if side_of else ""
        exact = not is_min and not vague
        claim = CasualtyClaim(kind=kind, min=None if is_max else value, max=value if is_max or exact else None,
                              side=side or "", by=by, span=span)
        running = any(s <= h_start < e or s <= group[0].start < e for s, e in totals)
        if kind == "killed" and not is_max and not running and (not vague or all(n.fatal_ok for n in group)):
            deaths += value
            counted = True
            result.spans.append(span)
            result.additional = result.additional or words.additional.search(  # "two more bodies", "were also killed"
                text, max(start, group[0].start - 12), group[-1].end + 20) is not None \
                or words.additional.search(text, max(group[-1].end, h_start - 12), h_start) is not None
            result.reference = all(n.reference for n in group) and (result.reference or deaths == value)
            if vague:
                result.claims.append(claim)
        else:
            result.claims.append(claim)
    if counted:
        result.fatalities = deaths
    return result
