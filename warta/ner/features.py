"""Word classes for the name recognisers: what a large corpus knows of each word, read by the token encoder.

A recogniser sees a name it never saw in training as hashed prefixes, suffixes and shape, and that is often
too little: "Ladki" or "Kabul" in the test text, missing from the training text. A word class learned from
far more text than the NER corpora puts such words beside the words the model did see:

- English: the word's Brown cluster, learned by spaCy's authors from a large English corpus and published in
  spaCy's own lookup tables (``spacy-lookups-data``, table ``lexeme_cluster``: about a million words,
  190,129 of them in one of 1,000 clusters).

No clusters are published for Indonesian. Word frequencies (``wordfreq``'s Indonesian list, Zipf in half steps)
were tried in their place and left out: NERP test 0.782 -> 0.784, NERGrit 0.693 -> 0.701, but idner-news-2k,
the cased news closest to what warta reads, 0.848 -> 0.808 (see the model card).

The ``warta_word_classes`` component writes the class of each token into ``token.tag_`` (``"C86"``; ``"C-"``
for a word in none), and the token encoder embeds ``TAG`` as one more hashed feature beside NORM, PREFIX,
SUFFIX and SHAPE.

The table is read once, when a model is trained (``initialize``), and saved inside the model folder
(``warta_word_classes/table.msgpack``), so a shipped model needs nothing but spaCy at run time.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> classes = nlp.add_pipe("warta_word_classes")
    >>> classes.initialize(table={"Kabul": 678, "the": 11})
    >>> [t.tag_ for t in nlp("the Kabul airport")]
    ['C11', 'C678', 'C-']
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Callable, Iterable

import srsly
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..errors import WartaError

# where each language's word classes come from: (package, table)
TABLES = {"en": ("spacy-lookups-data", "lexeme_cluster")}
NONE = "C-"


class WordClasses:
    """Writes each token's word class into ``token.tag_``: the exact form's, else the lower-cased or
    title-cased form's (a headline in capitals, a name at the start of a lower-cased sentence). The table is
    keyed by spaCy's hash of the word (``token.orth``), as spaCy's lookup tables are."""

    def __init__(self, nlp: Language, name: str = "warta_word_classes"):
        self.name = name
        self.lang = nlp.lang
        self.table: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for token in doc:
            value = table.get(token.orth) or table.get(token.lower) or table.get(get_string_id(token.text.title()))
            token.tag_ = f"C{value}" if value else NONE
        return doc

    def initialize(self, get_examples: Callable | None = None, nlp: Language | None = None,
                   table: dict[str, int] | None = None) -> None:
        """Read the word classes of this language from spacy-lookups-data (or take ``table``: word -> class)."""
        if table is not None:
            self.table = {get_string_id(word): int(value) for word, value in table.items() if value}
        else:
            self.table = load_table(self.lang)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.table)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "WordClasses":
        self.table = srsly.msgpack_loads(data)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / "table.msgpack", self.table)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "WordClasses":
        self.table = srsly.read_msgpack(Path(path) / "table.msgpack")
        return self


@Language.factory("warta_word_classes")
def make_word_classes(nlp: Language, name: str) -> WordClasses:
    return WordClasses(nlp, name)


@functools.cache
def load_table(lang: str) -> dict[int, int]:
    """The words of ``lang`` that have a class (by spaCy's hash of the word), with its number; read once.

    Raises:
        WartaError: no table is known for ``lang``, or the package it comes from is not installed.
    """
    if lang not in TABLES:
        raise WartaError(f"no word classes known for language {lang!r} (known: {', '.join(sorted(TABLES))})")
    package, table = TABLES[lang]
    try:
        from spacy.lookups import load_lookups

        lookups = load_lookups(lang, [table])
    except (ImportError, ValueError, LookupError) as exc:
        raise WartaError(f"word classes need {package}: pip install 'warta[train]' ({exc})") from None
    return {int(key): int(value) for key, value in lookups.get_table(table).items() if value}


def source(lang: str) -> str:
    """The package (with its version) and table the word classes of ``lang`` come from."""
    from importlib.metadata import PackageNotFoundError, version

    package, table = TABLES[lang]
    try:
        return f"{package} {version(package)}, table {table}"
    except PackageNotFoundError:
        return f"{package} (not installed), table {table}"


__all__ = ["WordClasses", "TABLES", "load_table", "source"]
