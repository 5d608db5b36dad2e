"""The warta error tree.

    WartaError
     ├── ConfigError          a setting has a bad value (names the setting and the value)
     ├── LanguageDataError    a per-language data file is missing or malformed
     ├── InputError           a document or file cannot be read (names the file)
     ├── GazetteerError       the place index is missing, stale or cannot be built
     ├── StoreError           the SQLite store cannot be opened or written
     ├── EvaluationError      a gold or ACLED file is malformed
     └── StageError           a stage failed on one document (carries .doc_id and .stage)
"""

from __future__ import annotations


class WartaError(Exception):
    """Base class of every error warta raises on purpose."""


class ConfigError(WartaError, ValueError):
    pass


class LanguageDataError(WartaError):
    pass


class InputError(WartaError):
    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.reason = message


class GazetteerError(WartaError):
    pass


class StoreError(WartaError):
    pass


class EvaluationError(WartaError):
    pass


class StageError(WartaError):
    def __init__(self, message: str, *, doc_id: str | None = None, stage: str | None = None) -> None:
        super().__init__(f"[{stage}] {doc_id}: {message}")
        self.doc_id = doc_id
        self.stage = stage
