"""Actors: the actor dictionary (``lang/<code>/actors.tsv``) and named groups kept as written.

The dictionary maps an alias to an ACLED-style canonical name, its inter code and the
country it belongs to (``*`` for any; ``{country}`` in a name is filled with the
document's country, the way ACLED builds "Civilians (Indonesia)").

Example:
    >>> from warta.document import Document
    >>> doc = Document(id="a", text="Polisi menangkap dua anggota KKB di Nduga.", lang="id")
    >>> [a.name for a in find_actors(doc, 0, len(doc.text), "ID")]
    ['Police Forces of Indonesia (2014-)', 'TPNPB: West Papua National Liberation Army']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from ..document import ActorMention, Document, Span
from ..errors import LanguageDataError
from ..lang import load, register
from ..lexicon import Lexicon
from .casualties import conjunctions

register("actors", {"group_heads", "rebel_words", "generic_after", "unarmed_words", "unarmed_after", "civilian_heads",
                    "demonyms", "demonym_plural_ending", "country_links", "named_militias", "name_stop"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    alias: str
    canonical: str
    inter: int
    country: str  # ISO2 or "*"


@functools.cache
def _acled_countries() -> dict:
    """``data/acled_countries.yaml``: ACLED's own spellings of country names."""
    import yaml

    return yaml.safe_load(resources.files("warta").joinpath("data", "acled_countries.yaml").read_text("utf-8"))


@functools.cache
def _peoples() -> tuple[str, ...]:
    """``data/ethnic_groups.yaml``: the peoples ACLED names ethnic militias after, the same in every language."""
    import yaml

    data = yaml.safe_load(resources.files("warta").joinpath("data", "ethnic_groups.yaml").read_text("utf-8"))
    return tuple(data.get("ethnic_groups") or ())


@functools.cache
def country_name(code: str | None) -> str:
    """English short name of an ISO 3166-1 alpha-2 code, as ACLED writes it ("TR" -> "Turkey")."""
    if not code:
        return ""
    if code.upper() in _acled_countries()["names"]:
        return _acled_countries()["names"][code.upper()]
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def fill(template: str, cname: str) -> str:
    """An ACLED name for the country: "Civilians ({country})" -> "Civilians (Indonesia)", "Police Forces of
    {country}" -> "Police Forces of the Philippines"; with no country known, "Civilians" and "Police Forces"."""
    if cname:
        if cname in _acled_countries()["with_the"]:
            template = template.replace(" of {country}", " of the {country}")
        return template.replace("{country}", cname)
    return template.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "").strip()


class ActorDictionary:
    """The actor aliases of one language, compiled for matching."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.entries: dict[str, list[ActorEntry]] = {}
        self.acronyms: set[str] = set()
        path = resources.files("warta.lang").joinpath(lang, "actors.tsv")
        if path.is_file():
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 4 or not parts[2].isdigit():
                    raise LanguageDataError(f"lang/{lang}/actors.tsv line {number}: want alias, canonical, inter, country")
                alias = parts[0].strip()
                if alias.isupper():
                    self.acronyms.add(alias.lower())
                alias = alias.lower()
                self.entries.setdefault(alias, []).append(ActorEntry(alias, parts[1], int(parts[2]), parts[3].strip()))
        self.lexicon = Lexicon(self.entries)
        data = load(lang, "actors")
        self.group_heads = {w.lower() for w in data.get("group_heads", [])}
        self.rebel_words = {w.lower() for w in data.get("rebel_words", [])}
        self.generic_after = {w.lower() for w in data.get("generic_after", [])}
        self.unarmed = Lexicon(data.get("unarmed_words", []))
        self.unarmed_after = Lexicon(data.get("unarmed_after", []))
        self.civilian_heads = {w.lower() for w in data.get("civilian_heads", [])}
        self.country_links = {w.lower() for w in data.get("country_links", [])}
        self.demonyms = {w.lower(): code for w, code in (data.get("demonyms") or {}).items()}
        # a nationality in the plural, written alone ("shot dead five Palestinians"): civilians of that country
        ending = data.get("demonym_plural_ending") or ""
        self.nationals = {" ".join(part.capitalize() for part in w.split()) + ending: code
                          for w, code in self.demonyms.items() if ending and w.replace(" ", "").isalpha()}
        self.nationals_pattern = re.compile(r"(?<![\w-])(?:{})(?![\w-])".format(
            "|".join(re.escape(w) for w in sorted(self.nationals, key=len, reverse=True)))) if self.nationals else None
        # militias named after a people, clan or place ("Tiv militias", "communal militias from Odejo"): a pattern
        # with {name} (capitalised words, or one of the peoples of ``data/ethnic_groups.yaml`` where the pattern says
        # {people}) and the ACLED-style name it gives
        people = "|".join(re.escape(w) for w in sorted(_peoples(), key=len, reverse=True)) or "(?!)"
        # capitalised words that start a sentence or a phrase, never a name ("The Hawadle clan militias")
        stops = "|".join(re.escape(w) for w in data.get("name_stop") or [])
        stop = rf"(?!(?:{stops})\b)" if stops else ""
        self.named_militias: list[tuple[re.Pattern[str], str, int]] = []
        for item in data.get("named_militias") or []:
            if not isinstance(item, dict) or not {"pattern", "canonical"} <= item.keys():
                raise LanguageDataError(f"lang/{lang}/actors.yaml named_militias: want pattern and canonical, got {item!r}")
            source = item["pattern"].replace("{name}", stop + _NAME).replace("{people}", rf"(?P<name>{people})")
            self.named_militias.append((re.compile(rf"(?<![\w-]){source}(?![\w-])"), item["canonical"],
                                        int(item.get("inter", 4))))

    def resolve(self, alias: str, country_code: str | None) -> ActorEntry | None:
        entries = self.entries.get(alias.lower())
        if not entries:
            return None
        for entry in entries:
            if country_code and entry.country == country_code:
                return entry
        for entry in entries:
            if entry.country == "*":
                return entry
        if not country_code:  # a report whose country is not known: a non-state group has one name ("ELN")
            groups = [e for e in entries if e.country not in ("*", "@") and e.inter in (2, 3, 4)]
            if len(groups) == 1:
                return groups[0]
        return None  # "@" entries ("pasukan" + a country name) are taken only with the country named


@functools.cache
def dictionary(lang: str) -> ActorDictionary:
    return ActorDictionary(lang)


# a name a militia is called after: one or two capitalised words ("Odejo", "Tonj South")
_NAME = r"(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"

# capitalised words, joined by lower-case particles that never end the name ("Movement of forces" is no name)
_CAP_SEQ = re.compile(r"\b[A-Z][\w'-]*(?:(?:\s+(?:of|the|for|al|el|bin)\b)*\s+(?:[A-Z]|(?:al|el)-[A-Z])[\w'-]*)*")


def _country_after(doc: Document, end: int, links: set[str]) -> str | None:
    """The ISO2 code of a country named right after ``end`` ("pasukan Israel", "militer Thailand"), or after one
    of the language's ``country_links`` ("forces of Ukraine")."""
    for m in doc.places:
        gap = doc.text[end:m.span.start]
        if m.span.start > end and m.place is not None and m.place.level == "country" \
                and (len(gap) <= 2 and not gap.strip() or " ".join(gap.split()).lower() in links):
            return m.place.country_code
    return None


@functools.cache
def _conjoined(lang: str) -> re.Pattern[str]:
    """A comma or the language's "and" ending the text before a name: "Turkish and Russian forces"."""
    return re.compile(rf"(?:,|\s{conjunctions(lang).pattern})\s$")


_LAST_WORDS = re.compile(r"(?<![\w.'-])(?:([\w.'-]+) )?([\w.'-]+) $")


def _demonym_before(doc: Document, actors: ActorDictionary, start: int, hit_start: int) -> tuple[str, int] | None:
    """The ISO2 code and start of a nationality written right before ``hit_start`` ("Israeli forces",
    "South Sudanese troops"), from the language's ``demonyms``."""
    m = _LAST_WORDS.search(doc.text, max(start, hit_start - 40), hit_start)
    for group in (1, 2):  # two words ("South Sudanese") before one ("Sudanese")
        if m and m.group(group) and (code := actors.demonyms.get(doc.text[m.start(group):m.end() - 1].lower())):
            return code, m.start(group)
    return None


# ACLED's names for a kind of actor rather than a named one ("militants", "troops", "residents")
_GENERIC = ("Unidentified ", "Military Forces of {country}", "Police Forces of {country}", "Civilians", "Protesters",
            "Rioters")


def find_actors(doc: Document, start: int, end: int, country_code: str | None) -> list[ActorMention]:
    """Actors named in ``doc.text[start:end]``: dictionary hits, then named groups not in the dictionary."""
    lang = doc.lang or "en"
    actors = dictionary(lang)
    cname = country_name(country_code)
    found: list[ActorMention] = []
    group_end = -1  # the end of the last armed group named in the dictionary
    for hit in actors.lexicon.finditer(doc.text, start, end):
        if hit.term in actors.acronyms and not hit.text.isupper():
            continue  # acronyms (TNI, MIT, KKB) only count when written in capitals
        named, first = None, hit.start
        if any("{country}" in e.canonical for e in actors.entries[hit.term]):
            named = _country_after(doc, hit.end, actors.country_links)
            nationality = _demonym_before(doc, actors, start, hit.start) if named is None else None
            if nationality and any(e.inter == 1 for e in actors.entries[hit.term]):
                named, first = nationality  # "Israeli forces": the forces of the country named before
                joined = _conjoined(lang).search(doc.text, max(start, first - 6), first)
                partner = _demonym_before(doc, actors, start, joined.start() + 1) if joined else None
                entry = (actors.resolve(hit.term, partner[0]) or next(
                    (e for e in actors.entries[hit.term] if e.country == "@"), None)) if partner else None
                if partner and entry is not None and partner[0] != named:
                    # "Turkish and Russian forces": the Turkish forces too
                    owner = country_name(partner[0])
                    found.append(ActorMention(doc.span(partner[1], joined.start(), "actor"), fill(entry.canonical, owner),
                                              entry.inter, owner, doc.text[partner[1]:joined.start()], "dictionary"))
        entry = actors.resolve(hit.term, named or country_code)
        if entry is None and named:
            entry = next((e for e in actors.entries[hit.term] if e.country == "@"), None)
        if entry is None:
            continue
        generic = entry.canonical.startswith(_GENERIC)
        if generic and 0 <= group_end <= hit.start and not doc.text[group_end:hit.start].strip():
            continue  # "Al Shabaab militants", "Islamic State militants", "AA troops": the group's members
        group_end = hit.end if not generic and entry.inter in (1, 2, 3, 4) else -1
        owner = country_name(named) if named else cname  # "pasukan Israel": the forces of the country named
        name = fill(entry.canonical, owner)
        if entry.inter == 0:  # an identity group or organisation: the side is civilians, the group is associated
            mention = ActorMention(doc.span(hit.start, hit.end, "actor"), f"Civilians ({cname})", 7, cname, hit.text,
                                   "dictionary group", group=name)
            found.append(mention)
            continue
        mention = ActorMention(doc.span(first, hit.end, "actor"), name, entry.inter, owner, doc.text[first:hit.end], "dictionary")
        lead = doc.text[max(start, hit.start - 25):hit.start]
        tail = doc.text[hit.end:min(end, hit.end + 60)]
        mention.unarmed = entry.inter == 1 and (actors.unarmed.search(lead) is not None
                                                or actors.unarmed_after.search(tail) is not None)
        found.append(mention)
    if actors.nationals_pattern is not None:
        for m in actors.nationals_pattern.finditer(doc.text, start, end):
            if any(a.span.overlaps(Span(m.start(), m.end())) for a in found):
                continue
            owner = country_name(actors.nationals[m.group(0)])
            found.append(ActorMention(doc.span(m.start(), m.end(), "actor"), fill("Civilians ({country})", owner), 7,
                                      owner, m.group(0), "nationals"))
    for pattern, canonical, inter in actors.named_militias:
        for m in pattern.finditer(doc.text, start, end):
            here = Span(m.start(), m.end())
            if any(a.span.overlaps(here) and not a.name.startswith("Unidentified") for a in found):
                continue  # a group the dictionary names ("Fulani militias")
            found = [a for a in found if not a.span.overlaps(here)]  # not "militias": an unidentified group
            name = fill(canonical.replace("{name}", m.group("name")), cname)
            found.append(ActorMention(doc.span(m.start(), m.end(), "actor"), name, inter, cname, m.group(0), "named militia"))
    for m in _CAP_SEQ.finditer(doc.text, start, end):
        words = m.group(0).split()
        lowered = [w.lower() for w in words]
        if len(words) < 2 or not (set(lowered) & actors.group_heads):
            continue
        if any(a.span.overlaps(Span(m.start(), m.end())) for a in found):
            continue
        if " ".join(lowered[1:]) in actors.generic_after:
            continue
        if set(lowered) & actors.civilian_heads:
            inter = 7  # a party, union or student movement: a civilian organisation, not an armed group
        else:
            inter = 2 if set(lowered) & actors.rebel_words else 3
        found.append(ActorMention(doc.span(m.start(), m.end(), "actor"), m.group(0), inter, cname, m.group(0), "named group"))
    found.sort(key=lambda a: a.span.start)
    return found
