"""Word lists from the language data files, compiled into fast matchers.

A term is written as plain words; ``*`` at the end of a word matches any ending
(``protest*`` matches protest, protests, protesters), and a word ``...`` matches one to four
words in the same clause (``handed ... back to`` matches "handed the town back to"); ``?``
making the previous word optional is *not* supported: list both forms instead. Matching is
case-insensitive and on word boundaries, and every hit keeps its character offsets.

Example:
    >>> m = Lexicon(["baku tembak", "protest*"])
    >>> [h.term for h in m.finditer("Protesters joined. Terjadi baku tembak.")]
    ['protest*', 'baku tembak']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    term: str
    text: str


GAP = "..."  # a word of a term that stands for one to four words of the same clause
_GAP_WORD = r"(?:[^\s,.;:!?()\"]|(?<=\d)[.,](?=\d))+"  # a number's separators ("2.000", "1,000") stay in the word
_GAP_SOURCE = rf"{_GAP_WORD}(?:\s+{_GAP_WORD}){{0,3}}?"


def term_pattern(term: str, *, boundary: bool = True) -> str:
    """The regex source for one term (words separated by any run of spaces or hyphens, and of Markdown's emphasis
    stars: "versi *demo*-nya" is "versi demo")."""
    words = term.strip().split()
    parts = []
    for word in words:
        if word == GAP:
            parts.append(_GAP_SOURCE)
            continue
        wild = word.endswith("*")
        core = re.escape(word.rstrip("*"))
        parts.append(core + (r"[\w-]*" if wild else ""))
    return (r"(?<![\w-])" if boundary else "") + r"[\s*-]+".join(parts) + r"(?![\w])"


class Lexicon:
    """A set of terms compiled into one regex, longest alternatives first."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = sorted({t.strip().lower() for t in terms if t and t.strip()}, key=lambda t: (-len(t), t))
        self._by_pattern: list[tuple[re.Pattern[str], str]] = []
        if self.terms:
            # the word boundary and the possible first letters are checked once, before any alternative: most
            # positions of a text then fail at once instead of once per term
            first = "".join(sorted({re.escape(t[0]) for t in self.terms}))
            source = rf"(?<![\w-])(?=[{first}])(?:" + "|".join(
                f"(?P<t{i}>{term_pattern(t, boundary=False)})" for i, t in enumerate(self.terms)) + ")"
            self._regex: re.Pattern[str] | None = re.compile(source, re.IGNORECASE)
        else:
            self._regex = None

    def __bool__(self) -> bool:
        return bool(self.terms)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        if self._regex is None:
            return
        end = len(text) if end is None else end
        for m in self._regex.finditer(text, start, end):
            index = int(m.lastgroup[1:])  # type: ignore[index]
            yield Hit(m.start(), m.end(), self.terms[index], m.group(0))

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        return next(self.finditer(text, start, end), None)

    def __contains__(self, text: str) -> bool:
        return self.search(text) is not None
