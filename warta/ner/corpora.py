"""Read the BIO-tagged NER corpora of ``../shared/data/ner`` and map their labels onto PER / ORG / LOC.

Every file is one token a line (token, optional columns, tag last), sentences separated by blank lines.
The label sets differ; the mapping (documented in ``warta/models/NER_MODEL_CARD.md``) is:

====================  ===========================  =====================================
corpus                label                        warta label
====================  ===========================  =====================================
NERP (IndoNLU)        PPL / PLC / IND              PER / LOC / ORG (EVT, FNB dropped)
NERGrit (IndoNLU)     PERSON / PLACE / ORGANISATION PER / LOC / ORG
idner-news-2k         PER / LOC / ORG              PER / LOC / ORG
IndoLEM NER-UI / UGM  PERSON / LOCATION / ORGANIZATION  PER / LOC / ORG (QUANTITY, TIME dropped)
CoNLL-2003            PER / LOC / ORG              PER / LOC / ORG (MISC dropped)
====================  ===========================  =====================================

Example:
    >>> sents = read_bio(["Polisi O", "menangkap O", "Budi B-PPL", "di O", "Nabire B-PLC", ""])
    >>> sents[0].tokens, sents[0].tags
    (['Polisi', 'menangkap', 'Budi', 'di', 'Nabire'], ['O', 'O', 'B-PER', 'O', 'B-LOC'])
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import WartaError

LABELS = ("PER", "ORG", "LOC")
LABEL_MAP = {
    "PPL": "PER", "PLC": "LOC", "IND": "ORG",
    "PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "LOCATION": "LOC",
    "PER": "PER", "LOC": "LOC", "ORG": "ORG",
}


class CorpusError(WartaError):
    """A NER corpus file cannot be read (the file and line are named)."""


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]  # BIO over PER / ORG / LOC

    def spans(self) -> list[tuple[int, int, str]]:
        """Entities as (first token, end token, label)."""
        out, start, label = [], None, None
        for i, tag in enumerate([*self.tags, "O"]):
            if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
                out.append((start, i, label))
                start, label = None, None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, label = i, tag[2:]
        return out


def _map(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, label = tag.partition("-")
    mapped = LABEL_MAP.get(label.upper())
    if mapped is None or prefix.upper() not in ("B", "I"):
        return "O"
    return f"{prefix.upper()}-{mapped}"


def read_bio(lines: Iterable[str], name: str = "<lines>") -> list[Sentence]:
    """Sentences from BIO lines: the token first, the tag last; ``-DOCSTART-`` lines are skipped."""
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        parts = line.split()
        if not parts:
            if tokens:
                out.append(Sentence(tokens, tags))
            tokens, tags = [], []
            continue
        if parts[0] == "-DOCSTART-":
            continue
        if len(parts) < 2:
            raise CorpusError(f"{name}:{number}: want a token and a tag, got {line!r}")
        tokens.append(parts[0])
        tags.append(_map(parts[-1]))
    if tokens:
        out.append(Sentence(tokens, tags))
    return out


def read_file(path: str | Path) -> list[Sentence]:
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return read_bio(text.splitlines(), str(path))


# the training, development and test files of each language under <shared>/data/ner
SPLITS = {
    "id": {
        "train": ["id/nerp_train.txt", "id/nergrit_train.txt", "id/idner-news-2k_train.txt",
                  "id/indolem_nerui_all.txt", "id/indolem_nerugm_all.txt"],
        "dev": ["id/nerp_valid.txt", "id/nergrit_valid.txt", "id/idner-news-2k_dev.txt"],
        "test": {"NERP": "id/nerp_test.txt", "NERGrit": "id/nergrit_test.txt", "idner-news-2k": "id/idner-news-2k_test.txt"},
    },
    "en": {
        "train": ["en/conll2003_train.txt"],
        "dev": ["en/conll2003_dev.txt"],
        "test": {"CoNLL-2003": "en/conll2003_test.txt"},
    },
}
