"""Detect the language of a document with lingua, and skip what warta cannot read.

The detector is built once per set of supported languages, from those languages plus a
handful of others that are often confused with them or common in news (``CONTRAST``), so
that a French or Malay text is recognised as such instead of being forced into ``id`` or
``en``. Detection reads a cleaned sample of the first ~2000 characters (Markdown tables,
links and markup removed): it never changes ``doc.text``.

Indonesian and Malay are close, and lingua calls many Indonesian news texts Malay with full
confidence. So when the detector names a language listed under ``neighbours`` in a supported
language's (or any language folder's) ``lang/<code>/language.yaml``, the words of the sample decide: the text is read as
the supported language (with a warning on the document) when it holds at least as many of
that language's ``markers`` as words typical of the neighbour (``bahwa``/``bahawa``,
``polisi``/``polis``, ``Agustus``/``Ogos``...). The confidence of a supported language
includes that of its listed neighbours: on a short headline lingua splits its vote between
Indonesian and Malay, yet the text is surely one of the two.

Example:
    >>> from warta.document import Document
    >>> from warta.settings import Settings
    >>> doc = detect_language(Document("d1", "Polisi menangkap dua orang di Jayapura pada hari Senin."), Settings())
    >>> doc.lang
    'id'
"""

from __future__ import annotations

import functools
import re

from ..document import Document
from ..lang import available, load, register
from ..settings import Settings

register("language", {"markers", "neighbours"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

#: languages the detector also knows, so that they are reported instead of mistaken for a supported one
CONTRAST = ("ms", "tl", "fr", "de", "es", "nl", "pt", "it", "tr", "vi", "ru", "ar", "zh", "ja")
SAMPLE_CHARS = 2000

_MARKUP = [
    (re.compile(r"^\s*\|.*$", re.M), " "),                 # Markdown table rows
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),       # links and images: keep the label
    (re.compile(r"https?://\S+|www\.\S+|\S+@\S+"), " "),   # bare URLs, e-mail addresses
    (re.compile(r"[#*_>`|\\]+"), " "),                     # markup characters
]


def _lingua_language(code: str):
    from lingua import IsoCode639_1, Language

    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except (AttributeError, ValueError):
        return None


@functools.cache
def _detector(languages: tuple[str, ...]):
    from lingua import LanguageDetectorBuilder

    wanted = []
    for code in (*languages, *CONTRAST):
        lang = _lingua_language(code)
        if lang is not None and lang not in wanted:
            wanted.append(lang)
    return LanguageDetectorBuilder.from_languages(*wanted).build()


def language_sample(text: str, limit: int = SAMPLE_CHARS) -> str:
    """The first ``limit`` characters of ``text`` without Markdown markup, links and tables."""
    sample = text[: limit * 2]
    for pattern, repl in _MARKUP:
        sample = pattern.sub(repl, sample)
    return re.sub(r"\s+", " ", sample).strip()[:limit]


def _name(code: str) -> str:
    lang = _lingua_language(code)
    return lang.name.title() if lang is not None else code


def _claim_neighbour(detected: str, sample: str, candidates: tuple[str, ...]) -> str | None:
    """The first of ``candidates`` whose marker words outnumber (or tie) those of its neighbour ``detected``."""
    words: list[str] | None = None
    for lang in candidates:
        data = load(lang, "language")
        neighbour = set(data.get("neighbours", {}).get(detected, ()))
        if not neighbour:
            continue
        if words is None:
            words = _WORD.findall(sample.lower())
        mine = set(data.get("markers", ()))
        if sum(w in mine for w in words) >= sum(w in neighbour for w in words):
            return lang
    return None


def detect_language(doc: Document, settings: Settings) -> Document:
    """Set ``doc.lang`` and ``doc.lang_confidence``; skip the document if warta cannot read it.

    A language already on the document (e.g. a JSONL ``lang`` field) is kept when it is
    supported. ``doc.lang`` is the ISO 639-1 code of the detected language, ``"und"`` when
    nothing could be detected (no letters, an unknown script).
    """
    if doc.skipped:
        return doc
    supported = tuple(settings.languages)
    if doc.lang:
        preset = doc.lang.strip().lower()
        if preset in supported:
            doc.lang, doc.lang_confidence = preset, 1.0
            return doc
        doc.warnings.append(f"language {doc.lang!r} given with the document is not supported; detecting")
    sample = language_sample(doc.text)
    values = _detector(supported).compute_language_confidence_values(sample) if sample else []
    scores = {v.language.iso_code_639_1.name.lower(): v.value for v in values if v.value > 0}
    if not scores:
        doc.lang, doc.lang_confidence = "und", 0.0
        return doc.skip("unsupported language: unknown (confidence 0.00)")
    best = max(scores, key=scores.__getitem__)
    confidence = scores[best]
    if best not in supported:
        claimed = _claim_neighbour(best, sample, (*supported, *(c for c in available() if c not in supported)))
        if claimed:
            doc.warnings.append(f"detected {_name(best)} ({confidence:.2f}) but the words are {_name(claimed)}")
            best, confidence = claimed, confidence + scores.get(claimed, 0.0)
    elif best in available():
        # Indonesian vs Malay splits the vote on short texts: the family's share is the confidence
        confidence += sum(scores.get(code, 0.0) for code in load(best, "language").get("neighbours", {}))
    doc.lang, doc.lang_confidence = best, round(min(confidence, 1.0), 4)
    if best not in supported:
        return doc.skip(f"unsupported language: {_name(best)} (confidence {confidence:.2f})")
    runner_up = max((v for code, v in scores.items() if code != best), default=0.0)
    # a short text spreads the vote over many languages (place names pull it to Tagalog or Malay): a clear
    # lead over the runner-up, just under the threshold, is enough
    clear_lead = confidence >= 1.5 * runner_up and confidence >= settings.min_language_confidence - 0.1
    if confidence < settings.min_language_confidence and not clear_lead:
        return doc.skip(
            f"unsupported language: {_name(best)} (confidence {confidence:.3f},"
            f" below min_language_confidence {settings.min_language_confidence:.2f})"
        )
    return doc
