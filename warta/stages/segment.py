"""Split a document into sentences and tokens (character offsets into the original text).

spaCy's blank pipeline of the document's language with the rule-based ``sentencizer`` does
the work, one line (paragraph) at a time, and a few repairs follow for news text:

* every line break is a paragraph boundary, except a soft wrap (a line that does not end a
  sentence followed by one that starts in lower case);
* Markdown table rows, rules (``---``) and image-only lines are not text: they give no
  sentence and no token; heading and list markers (``#``, ``>``, ``-``) are left out of
  the sentence span;
* a full stop after an abbreviation listed in ``lang/<code>/segment.yaml`` (``Kab.``,
  ``Jl.``, ``Gen.``) or after an initial (``Ahmad S. Massoud``) does not end a sentence,
  nor does ``?``/``!`` before a lower-case word (``"Mengapa?" tanya dia.``);
* an opening quote left at the end of a sentence moves to the next one, and a quotation
  running over several sentences stays one sentence with its attribution
  (``"Kami ribuan. Kami didukung warga," kata sumber.``) so the speaker is never cut off;
  not a quote mark never closed in its line (a text cut off, a stray mark at its start), and
  not over more than six sentences.

Example:
    >>> from warta.document import Document
    >>> doc = segment(Document("d1", "Polisi tiba di Kab. Puncak. Dua orang ditangkap.", lang="id"))
    >>> [s.text for s in doc.sentences]
    ['Polisi tiba di Kab. Puncak.', 'Dua orang ditangkap.']
"""

from __future__ import annotations

import functools
import re

from ..document import Document, Span
from ..errors import LanguageDataError
from ..lang import available, load, register

register("segment", {"abbreviations", "initials"})

_SKIP_LINE = re.compile(r"^\s*(?:\|.*|[-*_=]{3,}\s*|!\[[^\]]*\]\([^)]*\)\s*)$")   # table, rule, image
_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+\u2022]\s+)*")                       # heading, quote, bullet
_END = tuple('.!?:;"\u201d\'\u2019)\u00bb')
_OPEN_QUOTES = frozenset('"\u201c\'\u2018\u00ab')
_CLOSE_QUOTES = ('"', "\u201d")
_MAX_QUOTED = 6  # sentences a quotation may run over
_INITIAL = re.compile(r"(?:^|[\s(])[A-Z]\.$")


@functools.cache
def _pipeline(lang: str):
    """A blank spaCy pipeline with the sentencizer and the language's abbreviations, built once."""
    import spacy
    from spacy.symbols import ORTH

    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError) as exc:  # spaCy has no such language
        nlp = spacy.blank("xx")
        nlp.meta["warta_fallback"] = f"{lang}: {exc}"
    nlp.add_pipe("sentencizer")
    for abbr in _abbreviations(lang):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp


@functools.cache
def _abbreviations(lang: str) -> frozenset[str]:
    if lang not in available():
        return frozenset()
    data = load(lang, "segment")
    abbrs = data.get("abbreviations") or []
    if not all(isinstance(a, str) and a.endswith(".") for a in abbrs):
        raise LanguageDataError(f"lang/{lang}/segment.yaml: every abbreviation must be a string ending in '.'")
    return frozenset(abbrs)


def _lines(text: str):
    """``(start, end)`` of each text line worth segmenting, markup prefix and blanks trimmed."""
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip() or _SKIP_LINE.match(line):
            continue
        start += _PREFIX.match(line).end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def segment(doc: Document) -> Document:
    """Fill ``doc.sentences`` and ``doc.tokens`` (spans with labels "sentence" and "token").

    Uses ``doc.lang`` (``en`` when unset); a language without a spaCy tokenizer falls back
    to spaCy's multi-language one. Skipped documents are returned unchanged.
    """
    if doc.skipped:
        return doc
    lang = doc.lang or "en"
    nlp = _pipeline(lang)
    abbrs = _abbreviations(lang)
    text = doc.text
    lines = list(_lines(text))
    tokens: list[Span] = []
    sentences: list[Span] = []
    prev_line_end = None
    for (start, end), parsed in zip(lines, nlp.pipe(text[s:e] for s, e in lines)):
        line_sents: list[list[int]] = []
        for sent in parsed.sents:
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            line_sents.append([start + words[0].idx, start + words[-1].idx + len(words[-1].text)])
        for tok in parsed:
            if not tok.is_space:
                tokens.append(Span(start + tok.idx, start + tok.idx + len(tok.text), "token", tok.text))
        _repair(text, line_sents, abbrs)
        if line_sents and sentences and _soft_wrap(text, sentences[-1], line_sents[0], prev_line_end):
            sentences[-1].end = line_sents.pop(0)[1]
        sentences.extend(Span(s, e, "sentence") for s, e in line_sents)
        prev_line_end = end
    for sent in sentences:
        sent.text = text[sent.start:sent.end]
    doc.sentences, doc.tokens = sentences, tokens
    return doc


def _repair(text: str, sents: list[list[int]], abbrs: frozenset[str]) -> None:
    """Fix the sentencizer's cuts inside one line, in place."""
    i = 1
    quoted = 0  # sentences glued so far into the quotation now open
    while i < len(sents):
        prev, cur = sents[i - 1], sents[i]
        head = text[prev[0]:prev[1]]
        # an opening quote stranded at the end of the previous sentence
        if head[-1] in _OPEN_QUOTES and cur[0] == prev[1] and prev[1] - 1 > prev[0] and text[prev[1] - 2].isspace():
            prev[1] -= 1
            cur[0] -= 1
            while prev[1] > prev[0] and text[prev[1] - 1].isspace():
                prev[1] -= 1
            head = text[prev[0]:prev[1]]
        last_word = head.rsplit(None, 1)[-1] if head.split() else ""
        first = text[cur[0]:cur[1]].lstrip("\"'\u201c\u2018(")[:1]
        glue = (
            last_word in abbrs
            or last_word.lstrip("(\"'") in abbrs
            or bool(_INITIAL.search(head))
            or (first.isalpha() and first.islower())
        )
        # a quotation runs on only while it is closed later in the line, and for a few sentences at most: a quote
        # mark never closed (a text cut off, a stray mark at its start) does not make the whole text one sentence
        quote = not glue and _quote_open(head) and quoted < _MAX_QUOTED \
            and any(q in text[cur[0]:sents[-1][1]] for q in _CLOSE_QUOTES)
        if glue or quote:
            quoted += quote
            prev[1] = cur[1]
            del sents[i]
        else:
            quoted = 0
            i += 1


def _quote_open(text: str) -> bool:
    """True when ``text`` opens a quotation it does not close (a quote running over sentences)."""
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def _soft_wrap(text: str, prev: Span, first: list[int], prev_line_end: int | None) -> bool:
    """True when ``first`` continues ``prev`` across a single line break (a wrapped line)."""
    if prev_line_end is None or prev.end != prev_line_end:
        return False
    gap = text[prev.end:first[0]]
    if gap.count("\n") != 1 or text[prev.end - 1] in _END:
        return False
    start = text[first[0]]
    return start.isalpha() and start.islower()
