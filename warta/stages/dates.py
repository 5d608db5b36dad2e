"""Date mentions: find date expressions and resolve them to calendar dates.

Patterns are built from the word lists of ``warta/lang/<code>/dates.yaml``. A mention is
``absolute`` (``15 Agustus 2021``, ``Minggu (15/8/2021)``, ``in May 2019``), ``partial``
(``Kamis (3/7)``, ``Aug. 3``: completed from the anchor) or ``relative`` (``kemarin``,
``last Friday``, ``dua hari lalu``). The anchor is ``doc.published`` when known, else the
nearest full explicit date written in the text; never today's date. Without an anchor a
partial or relative mention is kept with ``value=None``.

Example:
    >>> import datetime as dt
    >>> from warta.document import Document
    >>> doc = Document("d1", "Dua orang ditangkap kemarin sore.", lang="id",
    ...                published=dt.date(2021, 8, 21))
    >>> [(m.span.text, str(m.value), m.kind) for m in resolve_dates(doc).dates]
    [('kemarin sore', '2021-08-20', 'relative')]
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
import re
from typing import Any, Callable

from ..document import DateMention, Document, Span
from ..errors import LanguageDataError
from ..lang import available, load, register

register("dates", {
    "months", "weekdays", "weekday_prefix", "unit_clash", "capitalised", "numeric_order",
    "ago", "last", "next_before", "next_after", "this_before", "this_after", "earlier",
    "yesterday", "day_before_yesterday", "last_night", "today", "tomorrow", "times_of_day",
    "numbers", "one_prefix", "units", "plural", "ordinal_suffixes", "of", "range", "and", "every",
    "qualifiers", "report_cues", "report_clause", "since", "since_when", "same_day", "occurred", "as_of",
    "list_joiners", "list_fillers", "list_continued", "range_before", "month_preps",
})

__all__ = ["resolve_dates", "date_for", "days_for", "month_names"]

Resolver = Callable[[dt.date], "dt.date | None"]
#: at most this many words from a report cue to its date ("kata Kapolda Papua Irjen Mathius Fakhiri di Jayapura, Senin")
_SPEAKER_WORDS = 11
#: a date starting at most this many characters after the trigger's end is the trigger's ("turned violent yesterday")
_NEXT_TO_TRIGGER = 12


@dataclasses.dataclass(slots=True)
class Hit:
    """A matched expression before resolution (internal)."""

    start: int
    end: int
    kind: str
    rule: str
    value: dt.date | None = None
    precision: int = 1
    resolve: Resolver | None = None
    order: int = 0
    weekday: int = 0  # ISO weekday written with the date, 0 if none
    future: bool = False  # a partial date followed by "mendatang", "nanti": complete forwards
    around: bool = False  # anchored on a date in the text: complete to the nearest, not the past
    options: tuple[dt.date, ...] = ()  # other readings of an ambiguous numeric date
    mended: dt.date | None = None  # the one-year-off reading the weekday fits ("Selasa (1/7/2026)" -> 2025)
    more: tuple[int, ...] = ()  # the other days of the month a list names ("23 dan 24 September": 24)


# -- calendar helpers --------------------------------------------------------------------


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _qualified_day(year: int, month: int, qualifier: str) -> int:
    """The day a month named with a qualifier stands for: early the 1st, late its last day, else the 15th."""
    return {"early": 1, "late": calendar.monthrange(year, month)[1]}.get(qualifier, 15)


def _month_shift(day: dt.date, months: int, dom: int = 15) -> dt.date:
    """The ``dom``-th (clipped to the month's length) of the month ``months`` away."""
    index = day.year * 12 + day.month - 1 + months
    y, m = divmod(index, 12)
    return dt.date(y, m + 1, min(dom, calendar.monthrange(y, m + 1)[1]))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _complete(anchor: dt.date, day: int, month: int | None, weekday: int, hit: Hit) -> dt.date | None:
    """A day (and month) without year: the most recent such date not after ``anchor``
    (the first not before it if ``hit.future``, the nearest if ``hit.around``), unless a
    written weekday only fits a neighbouring month or year."""
    if month:
        found = [_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    else:
        firsts = [_month_shift(anchor, k, 1) for k in (-1, 0, 1)]
        found = [_date(f.year, f.month, day) for f in firsts]
    cands = [c for c in found if c is not None]
    if not cands:
        return None
    past = [c for c in cands if c <= anchor]
    coming = [c for c in cands if c >= anchor]
    if hit.around:
        best = min(cands, key=lambda c: abs((c - anchor).days))
    else:
        best = min(coming) if hit.future and coming else max(past) if past else min(cands)
    if weekday and best.isoweekday() != weekday:
        fits = [c for c in cands if c.isoweekday() == weekday]
        if fits:
            best = min(fits, key=lambda c: abs((c - anchor).days))
    return best


# -- patterns from the language's word lists ---------------------------------------------


def _norm(word: str) -> str:
    return " ".join(str(word).lower().split())


def _alt(words: Any) -> str:
    """A regex alternation of ``words``, longest first; never matches when empty."""
    uniq = sorted({_norm(w) for w in words or ()}, key=lambda w: (-len(w), w))
    if not uniq:
        return "(?!)"
    first = "".join(sorted({re.escape(w[0]) for w in uniq}))
    return f"(?=[{first}])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def _index(table: Any, name: str, lang: str) -> dict[str, int]:
    if not isinstance(table, dict) or not table:
        raise LanguageDataError(f"lang/{lang}/dates.yaml: '{name}' must map numbers to lists of words")
    return {_norm(w): int(k) for k, words in table.items() for w in words}


_GENERIC = {
    "iso": re.compile(r"(?<![\d/.\-])(?P<y>(?:18|19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/.\-]?\d)"),
    "numeric": re.compile(
        r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/.\-]?\d)"
    ),
}
_CLOSE = re.compile(r"\s*\)")


class _Lang:
    """One language's compiled date patterns and word tables."""

    def __init__(self, lang: str) -> None:
        w = load(lang, "dates")
        self.lang = lang
        self.month = _index(w.get("months"), "months", lang)
        self.and_words = {_norm(x) for x in w.get("and") or ()}
        between = w.get("range_before") or ()
        self.range_before = re.compile(rf"\b{_alt(between)}\s+(?:\w+\s+)?$", re.IGNORECASE) if between else None
        self.full_months = {_norm(words[0]) for words in w["months"].values()}
        self.weekday = _index(w.get("weekdays"), "weekdays", lang)
        self.unit = {_norm(x): unit for unit, xs in (w.get("units") or {}).items() for x in xs}
        self.number = {_norm(k): int(v) for k, v in (w.get("numbers") or {}).items()}
        self.qualifier = {_norm(x): q for q, xs in (w.get("qualifiers") or {}).items() for x in xs}
        self.clash = {_norm(x) for x in w.get("unit_clash") or ()}
        self.capitalised = str(w.get("capitalised", "")).lower() in ("true", "yes", "1")
        self.order = tuple(w.get("numeric_order") or ("dmy",))
        self.shift: dict[str, int] = {}
        for key, days in (("day_before_yesterday", -2), ("yesterday", -1), ("last_night", -1),
                          ("today", 0), ("tomorrow", 1)):
            self.shift.update({_norm(x): days for x in w.get(key) or ()})
        self.step: dict[str, int] = {}  # relative word -> -1 (past), 0 (this), 1 (next)
        for key, k in (("ago", -1), ("last", -1), ("this_before", 0), ("this_after", 0),
                       ("next_before", 1), ("next_after", 1)):
            self.step.update({_norm(x): k for x in w.get(key) or ()})
        self.before_words = {_norm(x) for k in ("last", "this_before", "next_before") for x in w.get(k) or ()}
        ordinal = f"(?:{_alt(w.get('ordinal_suffixes'))})?"
        day = rf"(?P<d>\d{{1,2}})(?!\d){ordinal}"
        joiner = _alt([*(w.get("range") or ()), *(w.get("and") or ())])
        rng = rf"(?:\s*(?P<j>{joiner})\s*(?P<d2>\d{{1,2}})(?!\d){ordinal})?"
        months = _alt(self.month)
        of = rf"(?:\s+{_alt(w.get('of'))})?"
        dot = r"\b(?:\.(?=[\s,\-]*\d))?"  # "Aug. 3", not "3 Juli."
        mon, mon2 = rf"(?P<mon>{months}){dot}", rf"(?P<mon2>{months}){dot}"
        until = rf"\s*{_alt(w.get('range'))}\s*"
        tod = _alt(w.get("times_of_day"))
        year = r"(?P<y>(?:18|19|20)\d\d)(?!\d)"
        wd = rf"(?P<wd>{_alt(self.weekday)})(?!\w)(?![’'](?!s\b))"  # "Monday's riot", not "Jum'at" cut short
        pfx = rf"(?:(?P<pfx>{_alt(w.get('weekday_prefix'))})\s+)?"
        unit = rf"(?P<u>{_alt(self.unit)})\b"
        after = rf"(?P<ra>{_alt([x for x in self.step if x not in self.before_words])})\b"
        before = rf"(?P<rb>{_alt(self.before_words)})\s+"
        ago = rf"(?P<ago>{_alt(w.get('ago'))})\b"
        num = rf"(?:(?P<n>\d{{1,3}}|{_alt(self.number)})\s+|(?P<one>{_alt(w.get('one_prefix'))}))"
        self.patterns = [(name, re.compile(pat, re.IGNORECASE)) for name, pat in (
            ("weekday_date", rf"\b{pfx}{wd}(?:\s+{tod})?\s*,?\s*\(\s*(?P<a>\d{{1,2}})"
                             rf"(?:\s*[/.\-]\s*(?P<b>\d{{1,2}})(?:\s*[/.\-]\s*(?P<y>\d{{4}}|\d{{2}}))?)?\s*\)"),
            ("day_month_range", rf"\b{day}[\s\-]+{mon}{until}(?P<d2>\d{{1,2}})(?!\d){ordinal}[\s\-]+{mon2}"
                                rf"(?:[\s\-,]+{year})?"),
            ("month_day_range", rf"\b{mon}\s*{day}{until}{mon2}\s*(?P<d2>\d{{1,2}})(?!\d){ordinal}"
                                rf"(?:\s*,?\s*{year})?"),
            ("day_month", rf"\b{day}{rng}{of}[\s\-]+{mon}(?:[\s\-,]+{year})?"),
            ("month_day", rf"\b{mon}\s*{day}{rng}(?:\s*,?\s*{year})?"),
            ("month_year", rf"\b(?:(?P<q>{_alt(self.qualifier)})[\s\-]+)?{mon}\s*,?\s*{year}"),
            ("month_ago", "|".join(
                ([rf"\b(?P<last>{_alt(w.get('last'))})\s+{mon}\b(?!\s*,?\s*\d)"] if w.get("last") else [])
                + ([rf"\b{mon2}\s+(?P<ago>{_alt(w.get('ago'))})\b"] if w.get("ago") else []) or [r"(?!x)x"])),
            ("month_in", rf"\b(?:(?P<p>{_alt(w.get('month_preps'))})\s+(?:(?P<q>{_alt(self.qualifier)})[\s\-]+)?"
                         rf"|(?P<q2>{_alt(self.qualifier)})[\s\-]+){mon}\b(?!\s*[,.]?\s*\d)(?!\s+[A-Z])"
                         if w.get("month_preps") else r"(?!x)x"),
            ("shift", rf"\b(?P<w>{_alt(self.shift)})\b"),
            ("units_ago", rf"\b{num}(?P<u>{_alt(self.unit)})(?:{_alt(w.get('plural'))})?\b\s+{ago}"),
            ("unit_after", rf"\b{unit}\s+{after}"),
            ("unit_before", rf"\b(?:(?P<e>{_alt(w.get('earlier'))})\s+)?{before}{unit}"),
            ("weekday_week", rf"\b{pfx}{wd}\s+(?:{unit}\s+{after}|{before}(?P<u2>{_alt(self.unit)})\b)"),
            ("weekday", rf"\b{pfx}(?:{before})?{wd}(?:\s+{after})?"),
        ) if not (name == "unit_before" and not self.before_words)]
        self.wd_before = re.compile(rf"\b{pfx}{wd}\s*,?\s*(?P<paren>\(\s*)?$", re.IGNORECASE)
        self.tod_after = re.compile(rf"\s+{tod}\b", re.IGNORECASE)
        self.rel_after = re.compile(rf"\s+{after}", re.IGNORECASE)
        self.every = re.compile(rf"\b{_alt(w.get('every'))}\s+$", re.IGNORECASE)
        cues = w.get("report_cues") or ()
        # "..., kata Kukuh, Senin (16/6/2025)", "dikutip Senin (16/6/2025)", "said on Monday": the cue, then at
        # most the speaker and where they spoke (no clause of content: ", peristiwa berawal ..."), then the date
        self.report = re.compile(rf"\b{_alt(cues)}\b(?:(?!(?-i:,\s*[a-z]))[^\n.!?\"“”]){{0,100}}$", re.IGNORECASE) if cues else None
        self.report_cue = re.compile(rf"\b{_alt(cues)}\b", re.IGNORECASE) if cues else None
        # ... but not across the content of what was said: "police said [that] the two people who blew
        # themselves up ... on Sunday were ..." (a clause word, or more words than a speaker and a place take)
        clause = w.get("report_clause") or ()
        self.clause = re.compile(rf"\b{_alt(clause)}\b", re.IGNORECASE) if clause else None
        joiners = w.get("list_joiners") or ()
        self.list_joiner = re.compile(rf"(?:^|(?<=\W)){_alt(joiners)}(?=\W|$)", re.IGNORECASE) if joiners else None
        self.list_words = {_norm(x) for k in ("list_fillers", "list_continued") for phrase in w.get(k) or () for x in phrase.split()}
        self.same_day = re.compile(rf"\b{_alt(w.get('same_day'))}\b", re.IGNORECASE) if w.get("same_day") else None
        self.occurred = re.compile(rf"\b{_alt(w.get('occurred'))}\b", re.IGNORECASE) if w.get("occurred") else None
        self.since = re.compile(rf"\b{_alt(w.get('since'))}\s+(?:(?:tanggal|hari|the)\s+)?$", re.IGNORECASE) \
            if w.get("since") else None
        self.since_when = re.compile(rf"\s*,?\s*{_alt(w.get('since_when'))}\b", re.IGNORECASE) \
            if w.get("since_when") else None
        # a sentence opening on "as of" a date tells a count at that day: "Hingga Senin (14/5/2018) dini hari, polisi
        # mencatat 18 orang meninggal dunia" (the bombing was the day before)
        self.as_of = re.compile(rf"[\s*_\"“]*(?:\w+\s*,\s*)?{_alt(w.get('as_of'))}\s+(?:(?:hari|tanggal)\s+)?$",
                                re.IGNORECASE) \
            if w.get("as_of") else None

    def role(self, text: str, start: int, floor: int, end: int | None = None) -> str:
        """``report`` (the day something was said or published), ``since`` (the start of a period a
        count covers) or ``event`` for the date mention from ``start`` to ``end``: not ``since`` when a clause
        right after it tells what happened that day ("has intensified since Tuesday, when GNA forces launched an
        assault": ``since_when``)."""
        before = text[max(floor, start - 160):start]
        if self.as_of is not None and start - floor <= 40 and self.as_of.fullmatch(text, floor, start):
            return "report"
        if self.since is not None and self.since.search(before[-40:]):
            if end is None or self.since_when is None or self.since_when.match(text, end) is None:
                return "since"
        if self.report is None:
            return "event"
        # the cue nearest the date: "kata Kepala Bidang Humas Polda Papua Kombes Pol Ahmad Fauzan saat
        # dikonfirmasi, Minggu (11/4/2021)" is within a speaker's words of "dikonfirmasi", not of "kata" (a cue further
        # back spans all the nearest one does, so it cannot pass where the nearest fails)
        cue = None
        for cue in self.report_cue.finditer(before):
            pass
        m = self.report.match(before, cue.start()) if cue is not None else None
        if m is not None:
            gap = before[m.start():]
            if len(gap.split()) <= _SPEAKER_WORDS and not (self.clause is not None and self.clause.search(gap)):
                return "report"
        return "event"

    def ranged(self, text: str, start: int) -> bool:
        """Whether the date starting at ``start`` opens a range written as "between ... and ..."."""
        return self.range_before is not None and bool(self.range_before.search(text, max(0, start - 30), start))

    def find(self, text: str) -> list[Hit]:
        """Every match of every pattern (overlaps are settled later by :func:`_select`)."""
        hits: list[Hit] = []
        for order, (name, pattern) in enumerate(self.patterns):
            build = getattr(self, "_" + name)
            for m in pattern.finditer(text):
                hit = build(m)
                if hit is not None:
                    hit.order = order + 1
                    hits.append(hit)
        return hits

    def extend(self, text: str, hits: list[Hit]) -> None:
        """Take in a weekday written before a date (``Minggu, 15 Agustus``) and a time of
        day written after any mention (``kemarin sore``)."""
        for h in hits:
            if h.kind != "relative" and not h.weekday and h.precision < 3:
                m = self.wd_before.search(text, max(0, h.start - 30), h.start)
                close = _CLOSE.match(text, h.end) if m and m["paren"] else None
                if m and self._cap(m["wd"]) and (close or not m["paren"]):
                    h.start, h.weekday = m.start(), self.weekday[_norm(m["wd"])]
                    h.end = close.end() if close else h.end
                    h.rule += " with weekday"
                    fits = [o for o in h.options if o.isoweekday() == h.weekday]
                    h.value = fits[0] if fits else h.value
            m = self.tod_after.match(text, h.end)
            if m:
                h.end = m.end()
            m = self.rel_after.match(text, h.end) if h.kind == "partial" else None
            if m:  # "22 Juni nanti", "16 Mei lalu"
                h.end, h.future = m.end(), self.step[_norm(m["ra"])] > 0

    # -- one builder per pattern: a Hit, or None to drop the match --

    def _cap(self, token: str, always: bool = False) -> bool:
        return token[:1].isupper() or not (always or self.capitalised)

    def _month_ok(self, token: str) -> bool:
        """Short abbreviations ("Mar", "Jan") only when capitalised."""
        return self._cap(token, always=len(token) < 5 and _norm(token) not in self.full_months)

    def _weekday_date(self, m: re.Match[str]) -> Hit | None:
        if not self._cap(m["wd"]):
            return None
        wd, a, b, y = self.weekday[_norm(m["wd"])], int(m["a"]), m["b"], m["y"]
        hit = Hit(m.start(), m.end(), "partial", "weekday (day)", weekday=wd)
        if not b:
            if not 1 <= a <= 31:
                return None
            hit.resolve = lambda anchor: _complete(anchor, a, None, wd, hit)
            return hit
        readings = [(a, int(b)) if o == "dmy" else (int(b), a) for o in self.order]
        readings = [(d, mo) for d, mo in readings if 1 <= d <= 31 and 1 <= mo <= 12]
        if not readings:
            return None
        if not y:
            d, mo = readings[0]
            hit.rule = "weekday (day/month)"
            hit.resolve = lambda anchor: _complete(anchor, d, mo, wd, hit)
            return hit
        dates = [x for x in (_date(_year(y), mo, d) for d, mo in readings) if x]
        if not dates:
            return None
        fits = [x for x in dates if x.isoweekday() == wd]
        hit.kind, hit.rule, hit.value = "absolute", "weekday (date)", (fits or dates)[0]
        if not fits:
            # "Selasa (1/7/2026)" in a report of July 2025: the weekday is right and the year a slip of the pen
            # (used only when the written year puts the day after publication: see _resolve)
            near = [x for x in (_date(dates[0].year + k, dates[0].month, dates[0].day) for k in (-1, 1))
                    if x and x.isoweekday() == wd]
            if len(near) == 1:
                hit.mended = near[0]
        return hit

    def _day_month(self, m: re.Match[str]) -> Hit | None:
        token = m["mon"].rstrip(".")
        if not self._month_ok(token):
            return None
        mon, d = self.month[_norm(token)], int(m["d"])
        d2 = int(m["d2"]) if m["d2"] else 0
        if not 1 <= d <= 31:
            return None
        # "23 dan 24 September": two days, each its own event; "13-17 Agustus": a span, coded to its week
        listed = bool(m["j"]) and _norm(m["j"]) in self.and_words and d < d2 <= 31 \
            and not self.ranged(m.string, m.start())
        precision = 2 if d < d2 <= 31 and d2 - d > 1 and not listed else 1
        more = (d2,) if listed else ()
        rule = "day month" if m.start("d") < m.start("mon") else "month day"
        if listed:
            rule += " list"
        if m["y"]:
            value = _date(int(m["y"]), mon, d)
            return Hit(m.start(), m.end(), "absolute", f"{rule} year", value, precision, more=more) if value else None
        hit = Hit(m.start(), m.end(), "partial", rule, precision=precision, more=more)
        hit.resolve = lambda anchor: _complete(anchor, d, mon, hit.weekday, hit)
        return hit

    _month_day = _day_month

    def _day_month_range(self, m: re.Match[str]) -> Hit | None:
        tokens = m["mon"].rstrip("."), m["mon2"].rstrip(".")
        if not all(self._month_ok(t) for t in tokens):
            return None
        d, mon = int(m["d"]), self.month[_norm(tokens[0])]
        d2, mon2 = int(m["d2"]), self.month[_norm(tokens[1])]
        back = 1 if (mon, d) > (mon2, d2) else 0  # "30 Desember - 2 Januari 2020"

        def span(year: int) -> tuple[dt.date | None, int]:
            start, end = _date(year - back, mon, d), _date(year, mon2, d2)
            return start, 2 if start and end and (end - start).days > 1 else 1

        if m["y"]:
            start, precision = span(int(m["y"]))
            return Hit(m.start(), m.end(), "absolute", "date range", start, precision) if start else None
        start, precision = span(2001)  # a year without 29 February, for the precision only
        hit = Hit(m.start(), m.end(), "partial", "date range", precision=precision)
        hit.resolve = lambda anchor: _complete(anchor, d, mon, hit.weekday, hit)
        return hit

    _month_day_range = _day_month_range

    def _month_year(self, m: re.Match[str]) -> Hit | None:
        token = m["mon"].rstrip(".")
        if not self._month_ok(token):
            return None
        y, mon = int(m["y"]), self.month[_norm(token)]
        q = self.qualifier.get(_norm(m["q"] or ""), "")
        day = _qualified_day(y, mon, q)
        rule = f"{q} month year" if q else "month year"
        return Hit(m.start(), m.end(), "absolute", rule, dt.date(y, mon, day), 2 if q else 3)

    def _month_ago(self, m: re.Match[str]) -> Hit | None:
        """'Mei lalu', 'last May': the latest such month before the anchor's (month precision)."""
        groups = m.groupdict()
        token = (groups.get("mon") or groups.get("mon2") or "").rstrip(".")
        if not token or not self._month_ok(token):
            return None
        month = self.month[_norm(token)]
        hit = Hit(m.start(), m.end(), "relative", "last month name", precision=3)
        hit.resolve = lambda anchor: dt.date(anchor.year if month < anchor.month else anchor.year - 1, month, 15)
        return hit

    def _month_in(self, m: re.Match[str]) -> Hit | None:
        """'in July', 'in late July', 'pada bulan Juli', 'akhir Juli': a month named without its year, the latest such
        month not after the anchor's (month precision: "late July" tells no week; its qualifier sets the day)."""
        token = m["mon"].rstrip(".")
        if not self._month_ok(token):
            return None
        month = self.month[_norm(token)]
        q = self.qualifier.get(_norm(m["q"] or m["q2"] or ""), "")
        hit = Hit(m.start(), m.end(), "relative", f"{q} month name".strip(), precision=3)

        def resolve(anchor: dt.date) -> dt.date:
            year = anchor.year if month <= anchor.month else anchor.year - 1
            return dt.date(year, month, _qualified_day(year, month, q))
        hit.resolve = resolve
        return hit

    def _shift(self, m: re.Match[str]) -> Hit:
        days = self.shift[_norm(m["w"])]
        hit = Hit(m.start(), m.end(), "relative", f"relative day {days:+d}")
        hit.resolve = lambda anchor: anchor + dt.timedelta(days=days)
        return hit

    def _units_ago(self, m: re.Match[str]) -> Hit | None:
        n = 1 if m["one"] else int(m["n"]) if m["n"].isdigit() else self.number[_norm(m["n"])]
        unit = self.unit[_norm(m["u"])]
        if not 0 < n <= 400:
            return None
        return _unit_hit(m, unit, -n, f"{unit}s ago", past=True)

    def _unit_after(self, m: re.Match[str]) -> Hit | None:
        return _unit_hit(m, self.unit[_norm(m["u"])], self.step[_norm(m["ra"])], "relative unit")

    def _unit_before(self, m: re.Match[str]) -> Hit | None:
        earlier = bool(m["e"])
        step = self.step[_norm(m["rb"])]
        return _unit_hit(m, self.unit[_norm(m["u"])], step, "relative unit", earlier=earlier and step == 0)

    def _weekday_week(self, m: re.Match[str]) -> Hit | None:
        wd = self.weekday[_norm(m["wd"])]
        unit = self.unit[_norm(m["u"] or m["u2"])]
        clash = _norm(m["wd"]) in self.clash and not m["pfx"]
        if unit != "week" or not self._cap(m["wd"], always=clash):
            return None
        step = self.step[_norm(m["ra"] or m["rb"])]
        hit = Hit(m.start(), m.end(), "relative", "weekday of a relative week", weekday=wd)
        hit.resolve = lambda anchor: _monday(anchor) + dt.timedelta(days=7 * step + wd - 1)
        return hit

    def _weekday(self, m: re.Match[str]) -> Hit | None:
        word, rel = _norm(m["wd"]), m["rb"] or m["ra"]
        if word in self.clash and not m["pfx"] and (rel or not m["wd"][:1].isupper()):
            return None  # "minggu lalu" is last week, "dua minggu" two weeks
        if not self._cap(m["wd"]) or self.every.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # "setiap Rabu", "every Friday"
        wd, step = self.weekday[word], self.step[_norm(rel)] if rel else None
        rule = "weekday" if step is None else "relative weekday"
        hit = Hit(m.start(), m.end(), "relative", rule, weekday=wd)
        hit.resolve = lambda anchor: _weekday_near(anchor, wd, step)
        return hit


def _weekday_near(anchor: dt.date, wd: int, step: int | None) -> dt.date:
    """``step`` None: the latest such weekday on or before the anchor; -1 strictly before;
    +1 strictly after; 0 the one in the anchor's week."""
    if step is None:
        return anchor - dt.timedelta(days=(anchor.isoweekday() - wd) % 7)
    if step < 0:
        return anchor - dt.timedelta(days=(anchor.isoweekday() - wd) % 7 or 7)
    if step > 0:
        return anchor + dt.timedelta(days=(wd - anchor.isoweekday()) % 7 or 7)
    return _monday(anchor) + dt.timedelta(days=wd - 1)


def _unit_hit(m: re.Match[str], unit: str, k: int, rule: str, *, past: bool = False,
              earlier: bool = False) -> Hit | None:
    """A relative mention ``k`` days, weeks, months or years from the anchor."""
    if unit == "day":
        if not past:
            return None  # "hari lalu" without a number is no date
        hit = Hit(m.start(), m.end(), "relative", rule, precision=1)
        hit.resolve = lambda a: a + dt.timedelta(days=k)
    elif unit == "week":
        hit = Hit(m.start(), m.end(), "relative", rule, precision=2)
        if earlier:
            hit.resolve = lambda a: max(_monday(a), a - dt.timedelta(days=2))
        else:
            hit.resolve = lambda a: a + dt.timedelta(days=7 * k)
    elif unit == "month":
        hit = Hit(m.start(), m.end(), "relative", rule, precision=3)
        if k == 0:
            hit.resolve = lambda a: a.replace(day=max(1, a.day // 2) if earlier else min(15, a.day))
        else:
            hit.resolve = lambda a: _month_shift(a, k)
    elif unit == "year":
        if k == 0:
            return None  # "this year" names no time an event can be coded to
        # "dua tahun lalu", "last year": the month a year or more before, ACLED's coarsest precision
        hit = Hit(m.start(), m.end(), "relative", rule if rule.startswith("year") else f"{rule} (year)", precision=3)
        hit.resolve = lambda a: _month_shift(a, 12 * k)
    else:
        return None
    return hit


@functools.cache
def _compiled(lang: str) -> _Lang:
    return _Lang(lang)


def _find_generic(text: str, order: tuple[str, ...]) -> list[Hit]:
    """ISO dates and numeric d/m/y (or m/d/y) dates, in any language."""
    hits = []
    for m in _GENERIC["iso"].finditer(text):
        value = _date(int(m["y"]), int(m["m"]), int(m["d"]))
        if value:
            hits.append(Hit(m.start(), m.end(), "absolute", "iso date", value, order=99))
    for m in _GENERIC["numeric"].finditer(text):
        if len(m["y"]) == 2 and m["sep"] != "/":
            continue
        a, b, y = int(m["a"]), int(m["b"]), _year(m["y"])
        readings = [_date(y, b, a) if o == "dmy" else _date(y, a, b) for o in order]
        dates = tuple(dict.fromkeys(x for x in readings if x))
        if dates:
            hit = Hit(m.start(), m.end(), "absolute", "numeric date", dates[0], options=dates, order=99)
            hits.append(hit)
    return hits


def resolve_dates(doc: Document) -> Document:
    """Fill ``doc.dates`` with every date expression of ``doc.text``, resolved.

    Uses the word lists of ``doc.lang`` (of every language folder when the language is
    unknown). Mentions are sorted by position and never overlap.
    """
    langs = [doc.lang] if doc.lang in available() else available()
    tables = [_compiled(lang) for lang in langs]
    hits = _find_generic(doc.text, tables[0].order)
    for table in tables:
        found = table.find(doc.text)
        table.extend(doc.text, found + hits)
        hits.extend(found)
    chosen = _select(hits)
    anchors = [h for h in chosen if h.kind == "absolute" and h.value and h.precision == 1]
    doc.dates = [_resolve(doc, h, anchors) for h in chosen]
    floors = sorted(s.start for s in doc.sentences) or [0]
    for m in doc.dates:
        floor = floors[max(0, bisect.bisect_right(floors, m.span.start) - 1)]
        m.role = "report" if _in_dateline(doc.text, m.span.start, m.span.end) else \
            tables[0].role(doc.text, m.span.start, floor, m.span.end)
    _same_day(doc, tables[0])
    return doc


#: a wire report's dateline before its date: the place in capitals at the start of a line, maybe its country
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[\s*_]*[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][\w .'\-]{1,40})?,\s*$")
#: ... and after it: the agency in brackets, then a dash ("BAMAKO, May 6 (Sahel Wire) -")
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*\d{4})?\s*(?:\([^()\n]{1,40}\))?\s*[-\u2013\u2014]")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """The date of a dateline ("BAMAKO, May 6 (Sahel Wire) - Gunmen killed ... on Tuesday"): the day the report was
    filed, which anchors its weekdays, not the day of what it reports."""
    return bool(_DATELINE_BEFORE.search(text, max(0, start - 80), start)) and bool(_DATELINE_AFTER.match(text, end))


def _same_day(doc: Document, table: "_Lang") -> None:
    """"On the same day", "pada hari yang sama": the day of the event dated last before it."""
    if table.same_day is None:
        return
    for m in table.same_day.finditer(doc.text):
        if any(d.span.start < m.end() and m.start() < d.span.end for d in doc.dates):
            continue
        # the day a count or a series began is a day something happened too: "rangkaian teror yang dimulai sejak Sabtu
        # (21/10/2017). Pagi hari itu, seorang warga ... terluka"
        before = [d for d in doc.dates if d.span.end <= m.start() and d.value is not None and d.role in ("event", "since")]
        if not before:
            continue
        prev = before[-1]
        doc.dates.append(DateMention(doc.span(m.start(), m.end(), "date"), prev.value, prev.precision, "relative",
                                     f"text:{prev.value.isoformat()}", f"same day as '{prev.span.text}'"))
    doc.dates.sort(key=lambda d: d.span.start)


def _select(hits: list[Hit]) -> list[Hit]:
    """Longest first, then earliest; drop any hit overlapping one already kept."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start, h.order)):
        if all(hit.end <= k.start or k.end <= hit.start for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _resolve(doc: Document, hit: Hit, anchors: list[Hit]) -> DateMention:
    mention = _resolved(doc, hit, anchors)
    if hit.more and mention.value is not None:
        days = [mention.value, *(_date(mention.value.year, mention.value.month, d) for d in hit.more)]
        mention.days = tuple(d for d in days if d is not None)
    return mention


def _resolved(doc: Document, hit: Hit, anchors: list[Hit]) -> DateMention:
    span = Span(hit.start, hit.end, "date", doc.text[hit.start:hit.end])
    if hit.resolve is None:
        if hit.mended and hit.value and doc.published and hit.value > doc.published >= hit.mended:
            return DateMention(span, hit.mended, hit.precision, hit.kind, "published",
                               f"{hit.rule}, year mended by the weekday (the written one is after publication)")
        return DateMention(span, hit.value, hit.precision, hit.kind, "", hit.rule)
    if doc.published is not None:
        anchor, label = doc.published, "published"
    else:
        near = min(anchors, key=lambda a: (_distance(a, hit), a.start), default=None)
        if near is None or near.value is None:
            rule = f"{hit.rule}; unresolved: no anchor"
            return DateMention(span, None, hit.precision, hit.kind, "", rule)
        anchor, label, hit.around = near.value, f"text:{near.value.isoformat()}", True
    value = hit.resolve(anchor)
    rule = hit.rule if value else f"{hit.rule}; unresolved: no such date"
    return DateMention(span, value, hit.precision, hit.kind, label, rule)


def _distance(a: Hit, b: Hit) -> int:
    return max(0, a.start - b.end, b.start - a.end)


# -- the date of one sentence ------------------------------------------------------------


def date_for(doc: Document, sentence: Span, near: int | None = None) -> DateMention | None:
    """The date of the event reported in ``sentence`` (call after :func:`resolve_dates`).

    In order: the resolved day-precision mention inside the sentence nearest to ``near``
    (the trigger's end) when a relative one is written right after it, else the first one; else any resolved one there, rule
    ``sentence``; the nearest resolved mention before it in the same paragraph or the two
    previous sentences, rule ``preceding``, unless a sentence or two after it says when "the incident took place",
    rule ``told after``; the document's first day of an event, written
    or read from "kemarin" or a weekday (the lead's date), rule ``document date``; its first
    absolute date of any role, rule ``report date``; ``doc.published``, rule ``published``;
    else ``None``. The returned mention is a copy whose ``rule`` starts with that name.

    Example:
        >>> import datetime as dt
        >>> from warta.document import Document
        >>> doc = resolve_dates(Document("d", "Massa berdemo pada Senin (2/9/2019).", lang="id"))
        >>> m = date_for(doc, doc.span(0, len(doc.text), "sentence"))
        >>> (str(m.value), m.rule)
        ('2019-09-02', 'sentence: weekday (date)')
    """
    resolved = [m for m in doc.dates if m.value is not None and m.role != "since"]
    events = [m for m in resolved if m.role == "event"]
    inside = [m for m in events if sentence.start <= m.span.start < sentence.end]
    if inside:
        days = [m for m in inside if m.precision == 1] or inside
        # "spent Friday clearing debris after protests turned violent yesterday": a relative date written right
        # after the trigger is its date; otherwise the first (ACLED's "On 5 March, ..." and most news leads; and
        # not "arrested while distributing leaflets for the demonstration on 15 August")
        after = [m for m in days if near is not None and m.kind == "relative" and 0 <= m.span.start - near <= _NEXT_TO_TRIGGER]
        return _tagged(after[0] if after else days[0], "sentence")
    table = _compiled(doc.lang if doc.lang in available() else "en")
    if table.occurred is not None:
        # "Peristiwa ini terjadi pada Sabtu (24/5/2025) siang" a sentence or two after: the event's own date, written
        # apart from it, beats a date before it (often the press conference or the photo)
        for later in sorted((s for s in doc.sentences if s.start >= sentence.end), key=lambda s: s.start)[:2]:
            if table.occurred.search(doc.text, later.start, later.end):
                told = [m for m in events if later.start <= m.span.start < later.end and m.precision == 1]
                if told:
                    return _tagged(told[0], "told after")
    floor = doc.text.rfind("\n", 0, sentence.start) + 1  # the paragraph's start
    previous = sorted((s for s in doc.sentences if s.end <= sentence.start), key=lambda s: s.start)[-2:]
    if previous:
        floor = min(floor, previous[0].start)
    # not "last year" ("food prices ... have more than doubled since ... scrapped a fuel subsidy last year"): a year
    # counted back says when a cause or an older event was, not what the next sentences tell
    before = [m for m in events if floor <= m.span.start and m.span.end <= sentence.start
              and not (m.kind == "relative" and "year" in m.rule)]
    if before:
        return _tagged(before[-1], "preceding")
    for which, pool in (("document date", events), ("report date", resolved)):
        first = next((m for m in pool if m.kind == "absolute" or (pool is events and m.precision == 1)), None)
        if first is not None:
            return _tagged(first, which)
    if doc.published is not None:
        return DateMention(Span(0, 0, "date", ""), doc.published, 1, "absolute", "published", "published")
    return None


#: at most this many words between two dates of a list, joiner and name included ("aksi 212 jilid 2 pada")
_LIST_GAP_WORDS = 7


def days_for(doc: Document, sentence: Span, date: DateMention | None, trigger: str = "") -> list[DateMention]:
    """The days of the event a sentence reports, one event each (ACLED codes one event per day).

    ``date`` is the sentence's date (:func:`date_for`). When it is written in the sentence and the sentence lists
    more days after it ("aksi 411 pada 4 November 2016, aksi 212 pada 2 Desember 2016", "pada 23 dan 24 September
    2019 dan dilanjutkan pada 25 September 2019"), every day of the list, in order, each a copy of its mention with
    ``rule`` ending in ``day N of a list``; else just ``[date]`` (``[]`` for no date). ``trigger`` is the text of
    the words that told the event. Two dates make a list when they go forward in time and between them stand only
    a joiner (``list_joiners`` in ``dates.yaml``), the words of ``list_fillers`` and ``list_continued``, numbers
    naming the event ("aksi 212"), and words of the trigger repeated.
    """
    if date is None:
        return []
    if not date.span.within(sentence) or date.precision != 1 or date.value is None:
        return [date]
    table = _compiled(doc.lang if doc.lang in available() else "en")
    if table.ranged(doc.text, date.span.start):
        return [date]  # "between July 3 and July 12": a span of days, coded to its first
    trigger_words = {_norm(w) for w in re.findall(r"\w+", trigger)}
    listed = [date]
    later = [m for m in doc.dates if date.span.end <= m.span.start and m.span.end <= sentence.end]
    for m in later:
        prev = listed[-1]
        if m.value is None or m.role != "event" or m.precision != 1 or m.value <= (prev.days or (prev.value,))[-1]:
            break
        gap = doc.text[prev.span.end:m.span.start]
        if not _list_gap(gap, table, trigger_words):
            break
        listed.append(m)
    days = [(m, d) for m in listed for d in (m.days or (m.value,))]
    if len(days) == 1:
        return [date]
    return [dataclasses.replace(m, value=d, days=(), rule=f"{m.rule}; day {n} of a list of {len(days)}")
            for n, (m, d) in enumerate(days, 1)]


def _list_gap(gap: str, table: "_Lang", trigger_words: set[str]) -> bool:
    """Whether ``gap`` joins two dates of one list of days (see :func:`days_for`)."""
    if table.list_joiner is None or not table.list_joiner.search(gap) or "\n" in gap:
        return False
    words = re.findall(r"\w+", gap)
    if len(words) > _LIST_GAP_WORDS:
        return False
    rest, repeated = [], []
    for n, w in enumerate(words):
        if w.isdigit() and n and _norm(words[n - 1]) in trigger_words | table.list_words:
            continue  # "aksi 212", "jilid 2": a number naming the event; not "11 for the battle on 27 January and 12"
        if _norm(w) in table.list_words or table.list_joiner.fullmatch(w):
            continue
        (repeated if _norm(w) in trigger_words else rest).append(w)
    # "aksi 212 pada": the event's word again, with at most one word of its name; nothing else
    return not rest and not repeated or (bool(repeated) and len(rest) <= 1)


@functools.cache
def month_names(lang: str) -> frozenset[str]:
    """The month names and abbreviations of ``lang`` (lower case)."""
    return frozenset(_compiled(lang if lang in available() else "en").month)


def month_number(lang: str, word: str) -> int | None:
    """The month (1-12) that a month name or abbreviation of ``lang`` names, else None."""
    return _compiled(lang if lang in available() else "en").month.get(_norm(word))


def _tagged(mention: DateMention, which: str) -> DateMention:
    return dataclasses.replace(mention, rule=f"{which}: {mention.rule}")

