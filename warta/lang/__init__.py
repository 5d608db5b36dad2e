"""Per-language knowledge, kept as data files in ``warta/lang/<code>/``.

Every language folder has the same file names (see ``FILES``). A file is read on first
use and cached. Adding a language means adding a folder with these files.

Example:
    >>> from warta.lang import load
    >>> "lalu" in load("id", "dates")["ago"]
    True
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from ..errors import LanguageDataError

class _Loader(yaml.SafeLoader):
    """YAML without implicit booleans: in word lists 'no', 'on' and 'false' are words."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

#: data file name -> the top-level keys it may hold
FILES: dict[str, frozenset[str]] = {}


def register(name: str, keys: set[str] | frozenset[str]) -> None:
    """Declare a data file and the keys it is allowed to have (checked by the tests)."""
    FILES[name] = frozenset(keys)


def available() -> list[str]:
    """The language codes that have a data folder."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


@functools.cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The parsed ``<name>.yaml`` of language ``lang``; an empty dict if the file is absent."""
    path = resources.files(__name__).joinpath(lang, f"{name}.yaml")
    if not path.is_file():
        if lang not in available():
            raise LanguageDataError(f"no data folder for language {lang!r} (have: {', '.join(available())})")
        return {}
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        raise LanguageDataError(f"lang/{lang}/{name}.yaml is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LanguageDataError(f"lang/{lang}/{name}.yaml must hold a mapping at the top level")
    _check_word_lists(data, f"lang/{lang}/{name}.yaml")
    allowed = FILES.get(name)
    if allowed is not None:
        unknown = set(data) - allowed
        if unknown:
            raise LanguageDataError(f"lang/{lang}/{name}.yaml has unknown keys: {', '.join(sorted(unknown))}")
    return data


def _check_word_lists(node: Any, where: str) -> None:
    """Every item of a word list is text: an unquoted "12,7 mm" in a flow list is read as the number 12; a gap word
    ("...", any one to four words) stands between two words, never first or last."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_word_lists(value, f"{where}: {key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                _check_word_lists(item, where)
            elif not isinstance(item, str):
                raise LanguageDataError(f"{where} has {item!r}, not a word or phrase (quote items holding a comma)")
            elif item.split()[:1] == ["..."] or item.split()[-1:] == ["..."]:
                raise LanguageDataError(f"{where} has {item!r}: a gap ('...') must stand between two words")


def load_all(name: str, langs: list[str] | tuple[str, ...] | None = None) -> dict[str, dict[str, Any]]:
    """``{lang: load(lang, name)}`` over ``langs`` (default: every language folder)."""
    return {lang: load(lang, name) for lang in (langs or available())}
