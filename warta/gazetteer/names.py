"""Name keys and ACLED-style English names for administrative units.

``fold`` turns a written name into the key the index is searched with: accents folded
(Unidecode), lowercase, hyphens and apostrophes to spaces, other punctuation dropped.

    >>> fold("Pol-e-Hesar"), fold("Pul-e Ḩişār"), fold("Kab. Puncak")
    ('pol e hesar', 'pul e hisar', 'kab puncak')
    >>> skeleton("pol e hesar") == skeleton("pul e hisar")
    True

Indonesian unit names are rendered the way ACLED writes them: the unit word dropped and a
trailing compass word turned into an English prefix (``Kabupaten Aceh Selatan`` -> ``South
Aceh``, ``Kota Jakarta Pusat`` -> ``Central Jakarta``), with the word list and the few
province overrides read from ``lang/id/places.yaml`` (``directions``, ``name_words``,
``admin1_english``).
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

_PUNCT = re.compile(r"[-‐‑–—'’‘`ʻʼ´_/.,()]")
_OTHER = re.compile(r"[^a-z0-9 ]")
_SPACES = re.compile(r"\s+")
_VOWELS = re.compile(r"[aeiouy ]")


def fold(name: str) -> str:
    """The index key of ``name`` (see the module docstring)."""
    s = unidecode(name).lower()
    s = _PUNCT.sub(" ", s)
    s = _OTHER.sub("", s)
    return _SPACES.sub(" ", s).strip()


def skeleton(key: str) -> str:
    """Consonant skeleton of a folded key: a last-resort match for transliteration variants."""
    s = _VOWELS.sub("", key)
    return re.sub(r"(.)\1+", r"\1", s.replace("kh", "k").replace("sh", "s").replace("w", "v"))


def ascii_name(name: str) -> str:
    """``name`` with accents and marks folded, case kept (``Pul-e Ḩişār`` -> ``Pul-e Hisar``)."""
    out = unidecode(name)
    return out.replace("`", "").replace("'", "'").strip()


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is a Latin letter (any accents)."""
    for ch in name:
        if ch.isalpha():
            if ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF:
                continue
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
    return True


def strip_unit(name: str, unit_words: list[str]) -> str:
    """``name`` without a leading unit word (``Kabupaten Nduga`` -> ``Nduga``)."""
    low = name.lower()
    for word in sorted(unit_words, key=len, reverse=True):
        if low.startswith(word + " "):
            return name[len(word) + 1:].strip()
    return name


def english_admin(name: str, id_data: dict, *, admin1: bool = False) -> str:
    """ACLED-style English name of an Indonesian unit.

    >>> data = {"directions": {"selatan": "South"}, "unit_prefixes": ["kabupaten", "kota"]}
    >>> english_admin("Kabupaten Aceh Selatan", data)
    'South Aceh'
    """
    if admin1:
        override = (id_data.get("admin1_english") or {}).get(name)
        if override:
            return override
    base = strip_unit(name, list(id_data.get("unit_prefixes") or ()))
    words = base.split()
    for word, english in (id_data.get("name_words") or {}).items():
        words = [english if w.lower() == word else w for w in words]
    directions = id_data.get("directions") or {}
    for ndir in (2, 1):
        if len(words) > ndir:
            tail = " ".join(words[-ndir:]).lower()
            if tail in directions:
                words = [directions[tail]] + words[:-ndir]
                break
    return " ".join(words)
