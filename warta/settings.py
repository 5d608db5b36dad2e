"""One settings object, read from ``defaults.toml`` and overridden by a user file.

Example:
    >>> from warta.settings import Settings
    >>> s = Settings.load().replace(languages=("id",))
    >>> s.languages
    ('id',)
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    languages: tuple[str, ...] = ("id", "en")
    min_language_confidence: float = 0.5
    max_bytes: int = 5_000_000
    cache_dir: str = ""
    db: str = "warta.db"
    unknown_significant_fatalities: int = 10
    unknown_limited_fatalities: int = 3
    typing_model: bool = True
    typing_model_threshold: float = 0.6
    snippet_model_threshold: float = 0.6
    min_event_confidence: float = 0.75
    background_days: int = 30
    undated_events: bool = False
    ner_model: bool = True
    read_requires_token: bool = False
    allow_fetch: bool = False
    tile_url: str = ""
    tile_attribution: str = ""

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> "Settings":
        """Defaults file first, then ``path`` (or ``$WARTA_CONFIG``) for the keys it sets."""
        values = tomllib.loads(resources.files("warta").joinpath("defaults.toml").read_text("utf-8"))
        user = path or os.environ.get("WARTA_CONFIG")
        if user:
            try:
                values.update(tomllib.loads(Path(user).read_text("utf-8")))
            except OSError as exc:
                raise ConfigError(f"cannot read settings file {user}: {exc.strerror}") from exc
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"settings file {user} is not valid TOML: {exc}") from exc
        return cls.from_dict(values)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> "Settings":
        known = {f.name: f for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"unknown setting {key!r} (known: {', '.join(sorted(known))})")
            kwargs[key] = tuple(value) if isinstance(value, list) else value
        settings = cls(**kwargs)
        settings.check()
        return settings

    def replace(self, **changes: Any) -> "Settings":
        """A new Settings with ``changes`` applied and checked."""
        new = dataclasses.replace(self, **changes)
        new.check()
        return new

    def check(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            default = f.default
            if isinstance(default, bool) or default is None:
                continue
            if isinstance(default, (int, float)) and not isinstance(value, (int, float)):
                raise ConfigError(f"setting {f.name!r} must be a number, got {value!r}")
            if isinstance(default, str) and not isinstance(value, str):
                raise ConfigError(f"setting {f.name!r} must be a string, got {value!r}")
        if not self.languages:
            raise ConfigError("setting 'languages' must name at least one language")
        if not 0.0 <= self.min_language_confidence <= 1.0:
            raise ConfigError(f"setting 'min_language_confidence' must lie in [0, 1], got {self.min_language_confidence!r}")
        for key in ("typing_model_threshold", "snippet_model_threshold"):
            if not 0.0 <= getattr(self, key) <= 1.0:
                raise ConfigError(f"setting {key!r} must lie in [0, 1], got {getattr(self, key)!r}")
        if self.max_bytes <= 0:
            raise ConfigError(f"setting 'max_bytes' must be positive, got {self.max_bytes!r}")

    @property
    def cache_path(self) -> Path:
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "warta"
