"""Find place names in a document and resolve them against the gazetteer.

Recognition: capitalised word sequences matched (longest first) against the index keys,
helped by unit words (``Kabupaten Puncak``, ``Bandung regency``), and held back by stop
lists (organisations and media, person titles, qualifiers such as ``KKB Papua``), all in
``lang/<code>/places.yaml``. Resolution scores each candidate record by feature level and
population, the focus country, the unit word written with it, and the other places of the
sentence (``Distrik Beoga, Kabupaten Puncak, Papua``).

Example:
    >>> from warta.document import Document
    >>> doc = Document("x", "Warga mengungsi dari Distrik Beoga, Kabupaten Puncak, Papua.", lang="id")
    >>> doc = Geoparser()(doc)                                 # doctest: +SKIP
    >>> [(m.name, m.place.admin2) for m in event_places(doc, doc.sentences[0])]  # doctest: +SKIP
    [('Beoga', 'Puncak')]
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import math
import re
from dataclasses import dataclass, field

from ..document import Document, Place, PlaceMention, Span
from ..gazetteer import Gazetteer
from ..gazetteer.build import km_apart
from ..gazetteer.names import fold, skeleton
from ..lang import available, load
from ..lexicon import Lexicon
from ..settings import Settings
from .casualties import conjunctions

_WORD = re.compile(r"[^\W_]+(?:[-'’](?!s\b)[^\W_]+)*")  # "Ma'ruf" is one word; "Papua's Nduga" three
_LOWER = re.compile(r"(?<![\w.])[a-z][a-z]+\b")
_URL = re.compile(r"\S*(?:/|\.com|\.id\b|\.html?)\S*")
_CONJ = {"dan", "and", "serta", "or", "atau", "&"}
_MAX_WORDS = 5
VARIANT_KM = 25  # a name written another way is looked for this far from the seat of the unit the text puts it in
_LEVEL_BASE = {"country": 3.0, "admin1": 2.6, "admin2": 2.2, "admin3": 1.6, "admin4": 0.0, "populated": 1.0}
_WANT = {  # unit level -> bonus per record level
    "admin1": {"admin1": 4.0},
    "admin2": {"admin2": 4.0, "populated": 0.5},
    "city": {"admin2": 3.0, "populated": 3.0, "admin3": 1.0},
    "district": {"admin3": 4.0, "admin2": 3.0, "populated": 2.0},
    "village": {"admin4": 4.5, "populated": 2.5, "admin3": 1.0},
    "capital": {"populated": 2.0, "admin2": 1.0},
}
_FOREIGN = {"country": 0.0, "admin1": -1.0, "admin2": -1.0}  # outside the focus country (else -2)
_LAST_GAZ: Gazetteer | None = None  # the index of the latest Geoparser (used by event_places' fallback)
# countries whose unit names in the index come from an official table (Indonesia's wilayah) and agree across
# levels; elsewhere GeoNames' admin levels differ from the press's hierarchy ("Khan Younis, Jalur Gaza")
OFFICIAL_UNITS = frozenset({"ID"})  # countries whose every record carries its official units (the wilayah tables)
_PRECISION = {"country": 3, "admin1": 3, "admin2": 2, "admin3": 1, "admin4": 1, "populated": 1}


@dataclass
class _Cand:
    start: int  # character offsets of the name
    end: int
    key: str
    ids: list[int]
    tok: int  # first token index in the sentence
    ntok: int
    sent: int
    unit: str = ""
    unit_word: str = ""
    near: bool = False
    qualifier: bool = False
    inherited: bool = False
    lead: int = -1  # first token of the unit word written before the name
    origin: bool = False  # "from X": where someone came from, not where it happened
    prep: bool = False  # "in X", "di X": a location preposition before the name
    dateline: bool = False  # the place a report was filed from ("JAYAPURA, KOMPAS.com -")
    attribute: bool = False  # a country that says whose forces ("Saudi forces"): a weak vote for where
    ctx: set = field(default_factory=set)


def _spacy_stop_words(lang: str) -> set[str]:
    """spaCy's stop words of the language ("jadi", "mungkin", "which"): never a place name on their own."""
    try:
        from spacy.util import get_lang_class

        return {fold(w) for w in get_lang_class(lang).Defaults.stop_words}
    except Exception:  # a language spaCy does not know: the data file's list alone
        return set()


class _Lang:
    """One language's place words, compiled for matching."""

    def __init__(self, lang: str) -> None:
        d = load(lang, "places")
        self.before = {tuple(fold(k).split()): v for k, v in (d.get("units_before") or {}).items()}
        self.after = {tuple(fold(k).split()): v for k, v in (d.get("units_after") or {}).items()}
        self.near = {tuple(fold(w).split()) for w in d.get("near_words") or ()}
        self.relative = {fold(w) for w in (d.get("relative_words") or ())} | {w[0] for w in self.near if len(w) == 1}
        self.links = {fold(w) for w in d.get("relative_links") or ()}
        # words between a place and the larger unit it lies in: "Deh-e Now area of Mohammad Agha district"
        self.chain_links = {tuple(fold(w).split()) for w in d.get("chain_links") or ()}
        self.stop = {fold(w) for w in d.get("stop_words") or ()} | _spacy_stop_words(lang)
        self.not_places = {fold(w) for w in d.get("not_places") or ()}
        self.qual_before = {tuple(fold(w).split()) for w in d.get("qualifier_before") or ()}
        self.qual_after = {tuple(fold(w).split()) for w in d.get("qualifier_after") or ()}
        self.country_attr = {tuple(fold(w).split()) for w in d.get("country_attribute_after") or ()}
        # "Somali soldiers": a nationality names whose they are, even when a region bears the name
        self.demonyms = {fold(w) for w in (load(lang, "actors").get("demonyms") or {})}
        self.capital_phrases = Lexicon(d.get("capital_phrases")) if d.get("capital_phrases") else None
        self.capital_not_before = {fold(w) for w in d.get("capital_not_before") or ()}
        self.sub_localities = {tuple(fold(w).split()) for w in d.get("sub_localities") or ()}
        self.sites = {tuple(fold(w).split()) for w in d.get("qualifier_sites") or ()}
        self.site_approach = {fold(w) for w in d.get("site_approach") or ()}
        self.buildings = {tuple(fold(w).split()) for w in d.get("building_words") or ()}
        self.person = {tuple(fold(w).split()) for w in d.get("person_before") or ()}
        self.speech_before = {fold(w) for w in d.get("speech_before_person") or ()}
        self.speech_after = {fold(w) for w in d.get("speech_after_person") or ()}
        self.default_country = d.get("default_country")
        self.variants_abroad = bool(d.get("variants_abroad", False))
        self.aliases = {fold(k): v for k, v in (d.get("country_aliases") or {}).items()}
        self.place_aliases = {fold(k): fold(v) for k, v in (d.get("place_aliases") or {}).items()}
        self.origin = {fold(w) for w in d.get("origin_words") or ()}
        # "but Ankara says", "Moskwa berulang kali membantah": a capital that speaks is its government, not a place
        self.speaker_verbs = {fold(w) for w in d.get("speaker_verbs") or ()}
        # a part of a place named before an origin word: the place itself ("the streets of Tripoli")
        self.parts = {fold(w) for w in d.get("place_parts") or ()}
        # "the train bound for Lahore": where someone was going, not where it happened
        self.destination = {tuple(fold(w).split()) for w in d.get("destination_before") or ()}
        self.aside = {tuple(fold(w).split()) for w in d.get("aside_presence") or ()}
        self.streets = {fold(w) for w in d.get("street_words") or ()}
        self.particles = {fold(w) for w in d.get("name_particles") or ()}
        self.preps = {tuple(fold(w).split()) for w in d.get("location_preps") or ()} - {(w,) for w in self.origin}
        phrases = sorted((d.get("not_places") or ()), key=len, reverse=True)
        self.blocked = re.compile(r"(?i)\b(?:" + "|".join(r"[\s\-]+".join(map(re.escape, p.split())) for p in phrases)
                                  + r")\b") if phrases else None


def _ends_with(words: list[str], i: int, phrases: set | dict) -> tuple | None:
    """The phrase of ``phrases`` that ends just before token ``i``, if any (longest first)."""
    for n in (3, 2, 1):
        if i - n >= 0 and tuple(words[i - n:i]) in phrases:
            return tuple(words[i - n:i])
    return None


def _starts_with(words: list[str], i: int, phrases: set | dict) -> tuple | None:
    for n in (3, 2, 1):
        if i + n <= len(words) and tuple(words[i:i + n]) in phrases:
            return tuple(words[i:i + n])
    return None


class Geoparser:
    """The places stage: ``doc.places`` and ``doc.focus_country``.

    Args:
        settings: where the gazetteer index lives (built on first use).
        gazetteer: an already loaded index (tests, workers).
        default_country: ISO2 focus used when a text names no country (else the language's).
    """

    requires = ("doc.sentences",)
    assigns = ("doc.places", "doc.focus_country")

    def __init__(self, settings: Settings | None = None, *, gazetteer: Gazetteer | None = None,
                 default_country: str | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load(settings)
        global _LAST_GAZ
        _LAST_GAZ = self.gaz
        self.default_country = default_country
        self._langs: dict[str, _Lang] = {}
        self._doc_a2: set = set()
        self._doc_a1: dict[tuple[str, str], set[str]] = {}

    def lang(self, code: str | None) -> _Lang:
        code = code if code in available() else "en"
        if code not in self._langs:
            self._langs[code] = _Lang(code)
        return self._langs[code]

    # ---- the stage -----------------------------------------------------------------
    def _begin(self, text: str, lower: set[str]) -> None:
        """The state read while one document is parsed: its text, its words written lowercase, and the names read as
        a building's ("Gereja Santa Maria Tak Bercela"), so that every later mention of one is read the same."""
        self._text, self._lower = text, lower
        self._buildings: set[str] = set()

    def __call__(self, doc: Document) -> Document:
        L = self.lang(doc.lang)
        sents = doc.sentences or [Span(0, len(doc.text), "sentence", doc.text)]
        self._begin(doc.text, set(_LOWER.findall(_URL.sub(" ", doc.text))))  # not in links: "kompas.com/.../karawang-..."
        cands: list[_Cand] = []
        for si, sent in enumerate(sents):
            cands.extend(self._recognise(doc.text, sent, si, L))
        line = _dateline(doc.text)
        if line is not None:
            # "KHARTOUM, Dec 6 (Red Sea Press) -": the wire in the dateline's brackets is no place
            wire = _WIRE.search(doc.text, line[1], line[1] + 80)
            if wire is not None:  # there and wherever the text names it again ("a Red Sea Press reporter saw")
                spans = [(m.start(), m.end()) for m in re.finditer(re.escape(wire.group(1)), doc.text)]
                cands = [c for c in cands if not any(a <= c.start and c.end <= b for a, b in spans)]
        persons = self._speakers(doc.text, L)
        # a gazetteer name inside a longer person's name ("Pesta Sinaga", "Ahmad Massoud"); a name the recogniser
        # calls a person all by itself is kept (it knows few Indonesian towns: "Malang" would be lost)
        people = [n for n in doc.names if n.label == "PER"]
        cands = [c for c in cands if c.unit or c.dateline or not (
            c.key in persons or (not c.prep and any(n.start <= c.start and c.end <= n.end and (n.start, n.end) != (c.start, c.end)
                                                    for n in people)))]
        focus = self._focus(doc, cands, L)
        self._doc_countries = {self.gaz.country_code(r) for c in cands if not c.qualifier
                               for r in c.ids if self.gaz.level(r) == "country"}
        doc.focus_country = focus
        g = self.gaz  # regions the whole document names: "Kabupaten Kendal" helps "Kecamatan Kendal" further down
        self._doc_a2 = {(g.country_code(r), fold(g.admin2_of(r))) for c in cands if c.unit in ("admin2", "city")
                        or (c.dateline and g.country_code(c.ids[0]) == focus if c.ids else False)
                        for r in c.ids if g.level(r) == "admin2"}  # and the regency of the dateline
        # provinces the whole document names: "the northwestern state of Sinaloa" helps "Jesus Maria" further down
        self._doc_a1 = {}  # a province (country, name) -> the names that wrote it
        for c in cands:
            if not c.qualifier and len({g.country_code(x) for x in c.ids if g.level(x) == "admin1"}) == 1:
                for r in c.ids:
                    if g.level(r) == "admin1":
                        self._doc_a1.setdefault((g.country_code(r), fold(g.admin1_of(r))), set()).add(c.key)
        self._sentence_keys: dict[int, set[str]] = {}  # the names each sentence writes
        for c in cands:
            if not c.qualifier:
                self._sentence_keys.setdefault(c.sent, set()).add(c.key)
        resolved = [(c, self._resolve(doc, c, cands, focus, L)) for c in cands]
        doc.places = [m for m in self._same_sense(doc, resolved) if m is not None]
        doc.places = sorted(doc.places + self._unknown_locations(doc) + self._capital(doc, L),
                            key=lambda m: m.span.start)
        for m in doc.places:
            if m.place is not None and m.place.level != "country" and self._speaks(doc, m, L):
                m.rule += ":speaker"
        return doc

    def _speaks(self, doc: Document, m: PlaceMention, L: _Lang) -> bool:
        """The name is the subject of a speech verb, at most two lowercase words before it ("but Ankara says",
        "Moskwa berulang kali membantah"), with no preposition before it ("police in Kupang said" are there)."""
        if not L.speaker_verbs or m.rule in ("qualifier", "dateline") or m.rule.endswith((":in", ":origin")):
            return False
        before = _WORD.findall(doc.text[max(0, m.span.start - 20):m.span.start])
        if before and (fold(before[-1]),) in L.preps:
            return False
        after = _NEXT_WORDS.match(doc.text, m.span.end, m.span.end + 60)
        words = [w for w in after.groups() if w] if after else []
        return any(fold(w) in L.speaker_verbs for w in words[:3])

    def _capital(self, doc: Document, L: _Lang) -> list[PlaceMention]:
        """'In the capital, shells slammed into homes', 'di ibu kota negara': the capital of the report's country (its
        ``capital_phrases``), when no name follows ("the capital, Kabul", "ibu kota Jakarta": the name is read) nor
        another unit (``capital_not_before``: "the capital of Jonglei state", "ibu kota provinsi")."""
        if L.capital_phrases is None or not doc.focus_country:
            return []
        out: list[PlaceMention] = []
        town: Place | None = None
        for hit in L.capital_phrases.finditer(doc.text, 0, len(doc.text)):
            word = re.match(r"[\s,]*([\w'-]+)", doc.text[hit.end:hit.end + 40])
            if word is None or word.group(1)[:1].isupper() or fold(word.group(1)) in L.capital_not_before \
                    or any(m.span.start < hit.end and hit.start < m.span.end for m in doc.places):
                continue
            if town is None:  # the town at the country record's point (GeoNames codes a country at its capital)
                country = self.gaz.country(doc.focus_country)
                if country is None:
                    return out
                town = self.gaz.nearest(country.latitude, country.longitude, level="populated",
                                        country_code=country.country_code)
                if town is None:
                    return out
            out.append(PlaceMention(span=doc.span(hit.start, hit.end, "place"), name=hit.text, place=town,
                                    geo_precision=1, score=1.0, rule="capital"))
        return out

    def _unknown_locations(self, doc: Document) -> list[PlaceMention]:
        """A place the recogniser found but the gazetteer lacks ("di wilayah Teina, Jalur Gaza", "Kampung
        Sapiria, Kecamatan Tallo"): coded to the known place written right after it, geo_precision 2."""
        out = []
        L = self.lang(doc.lang)
        for n in doc.names:
            if n.label != "LOC" or any(m.span.start < n.end and n.start < m.span.end for m in doc.places):
                continue
            before = [fold(w) for w in _WORD.findall(doc.text[max(0, n.start - 30):n.start])][-2:]
            if not any((w,) in L.preps or (w,) in L.before for w in before):
                continue  # only where a preposition or a unit word says it is a location ("di wilayah Teina")
            if all((w,) in L.sites or w in L.site_approach for w in map(fold, _WORD.findall(n.text))):
                continue  # "di depan Kantor Kejati Sulawesi Selatan": the site of the place written after it
            sent = doc.sentence_of(n.start)
            after = [m for m in doc.places if m.span.start >= n.end and (sent is None or m.span.end <= sent.end)
                     and m.span.start - n.end <= 40 and m.place is not None and m.rule != "qualifier"]
            variant = self._variant(doc, n.text, L, after[0].place.country_code if after else doc.focus_country)
            if after and not doc.text[n.end:after[0].span.start].strip(" ,()").count(" ") > 3 \
                    and not re.search(r"[;:.!?]", doc.text[n.end:after[0].span.start]) and not (
                    variant is not None and after[0].place.level == "country"):  # "Nabatiyeh, Lebanon": the district
                known = after[0]
                for deeper in after[1:]:  # "around Bunagana, in North Kivu province's Rutshuru territory"
                    if deeper.span.start - known.span.end > 15 or deeper.region or "-in:" in deeper.rule \
                            or re.search(r"[;:.!?]", doc.text[known.span.end:deeper.span.start]) \
                            or known.region not in ("admin1", "admin2") or not deeper.place.admin2 \
                            or (deeper.place.country_code, deeper.place.admin1) != (known.place.country_code, known.place.admin1) \
                            or (known.region == "admin2" and deeper.place.admin2 != known.place.admin2):
                        break  # only a unit inside the one before ("Besiktas, Istanbul" is not in Istanbul's centre)
                    known = deeper
                near = self._variant_within(n.text, known.place, L)
                if near is not None:  # "near Dinangourou in the Koro district": Dinangorou, of that district
                    out.append(PlaceMention(span=doc.span(n.start, n.end, "place"), name=n.text, place=near,
                                            geo_precision=1, score=known.score, rule=f"spelling-variant-in:{known.name}"))
                    continue
                out.append(PlaceMention(span=doc.span(n.start, n.end, "place"), name=n.text, place=known.place,
                                        geo_precision=max(2, known.geo_precision), score=known.score,
                                        rule=f"unknown-in:{known.name}"))
                continue
            if variant is not None:
                out.append(PlaceMention(span=doc.span(n.start, n.end, "place"), name=n.text, place=variant,
                                        geo_precision=2, score=1.0, rule=f"spelling-variant:{variant.name}"))
        # "took control of Bunagana, a trading town on Congo's border" ... "the hills around Bunagana, in North Kivu
        # province's Rutshuru territory": an unknown place written once in its district is there every time
        placed = {fold(m.name): m for m in out if m.place.level != "country"}
        return [PlaceMention(span=m.span, name=m.name, place=same.place, geo_precision=same.geo_precision,
                             score=same.score, rule=f"same-name:{same.rule}")
                if m.place.level == "country" and (same := placed.get(fold(m.name))) is not None else m for m in out]

    def _variant(self, doc: Document, name: str, L: _Lang, country: str | None) -> Place | None:
        """A place abroad written in another transliteration ("distrik Nabatiyeh" for An Nabatiyah, Lebanon): a
        region or town of the report's country with the same consonant skeleton, when all such places lie in one
        province. Only for languages whose data ask for it (``variants_abroad``: Indonesian news spells foreign
        names its own way; in English ACLED notes, names of Myanmar villages are too short for it) and a report
        about another country (``country``, written next to it or the report's) than the language's own: at home
        the names are known."""
        words = fold(name).split()
        if len(words) > 1 and (words[0],) in L.before:
            words = words[1:]  # "distrik Nabatiyeh": the name after its unit word
        key = " ".join(words)
        if not L.variants_abroad or not country or country == L.default_country or len(key.replace(" ", "")) < 6:
            return None
        g = self.gaz
        ids = [r for r in g.skeleton_ids(key, country) if g.level(r) in ("admin1", "admin2", "populated")]
        if not ids or len({g.admin1_of(r) for r in ids}) > 1:
            return None
        return g.place(max(ids, key=lambda r: (g.level(r) == "populated", g.population(r))))

    def _variant_within(self, name: str, unit: Place, L: _Lang) -> Place | None:
        """The one place written another way ("Dinangourou" for Dinangorou, "Mbua" for Mbuwa) among those of the unit
        the text puts it in ("near Dinangourou in the Koro district"): a record of the same consonant skeleton (or the
        name with a glide added or dropped) whose district is that unit's, or within ``VARIANT_KM`` of its seat. In
        any language: the unit makes the match safe. A record of the very name written was judged by the resolver
        already, and is not taken again here."""
        words = fold(name).split()
        if len(words) > 1 and (words[0],) in L.before:
            words = words[1:]
        key = " ".join(words)
        letters = len(key.replace(" ", ""))
        if letters < 4 or unit.level == "country":
            return None
        g = self.gaz
        # a glide written or not ("Mbua" for Mbuwa); a consonant skeleton only for a longer name
        ids = [r for v in _glide_variants(key) for r in g.ids(v)] + (
            g.skeleton_ids(key, unit.country_code) if letters >= 6 else [])
        ids = [r for r in ids if g.country_code(r) == unit.country_code and g.level(r) in ("admin3", "admin4", "populated")]
        near = []
        for r in ids:
            p = g.place(r)
            if p.geonameid == unit.geonameid or fold(p.name) == key:
                continue
            in_unit = fold(p.admin2) == fold(unit.name) and fold(p.admin1) == fold(unit.admin1)
            close = km_between(p, unit) <= VARIANT_KM
            if unit.country_code in OFFICIAL_UNITS:
                # official units give the hierarchy: "Palmerah district, South Jakarta" is not Pal Merah, West Jakarta
                close = close and fold(p.admin2) == fold(unit.admin2 or unit.name)
            if in_unit or close:  # the seat is written for its unit ("the Koro district"), or the place is close by
                near.append(p)
        if len({(round(p.latitude, 1), round(p.longitude, 1)) for p in near}) != 1:
            return None
        return near[0]

    def _speakers(self, text: str, L: _Lang) -> set[str]:
        """Names the text makes speak ("ujar Nairobi", "Pesta menyampaikan"): persons for the whole
        document, never places, even where they stand alone ("Menurut Nairobi"). A country, province or
        city written before a speech verb is the state or its officials ("Israel mengatakan"), not a person."""
        if not (L.speech_before or L.speech_after):
            return set()
        toks = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        words = [fold(text[a:b]) for a, b in toks]
        caps = [text[a].isupper() and not text[a:b].isupper() for a, b in toks]
        skip = L.stop | L.not_places | {w[0] for w in L.person | L.qual_before}
        found: set[str] = set()

        g = self.gaz

        def known_region(key: str) -> bool:  # "Israel mengatakan": a state speaks through its name
            return any(g.level(r) in ("country", "admin1") or g.population(r) >= 100_000 for r in g.ids(key)[:20])

        def run(i: int, step: int) -> None:
            names = [i]
            while len(names) <= 3:
                a, b = sorted((names[-1], names[-1] + step))
                if not (0 <= a and b < len(toks) and caps[names[-1] + step] and text[toks[a][1]:toks[b][0]] == " "):
                    break
                names.append(names[-1] + step)
            if len(names) > 3 or any(words[k] in skip for k in names):
                return  # a long run: a title, a unit or an organisation may lead it
            key = " ".join(words[k] for k in sorted(names))
            if step < 0 and known_region(key):
                return
            found.add(key)

        for t, w in enumerate(words):
            if w in L.speech_before and t + 1 < len(toks) and caps[t + 1] and text[toks[t][1]:toks[t + 1][0]] == " ":
                run(t + 1, 1)
            elif w in L.speech_after and t > 0 and caps[t - 1] and not caps[t] and text[toks[t - 1][1]:toks[t][0]] == " ":
                run(t - 1, -1)
        return found

    def _same_sense(self, doc: Document, resolved: list[tuple[_Cand, PlaceMention | None]]) -> list:
        """A district or village written once with its unit word ("Kecamatan Cibiru, Kota Bandung"), or a
        bare name written once before its regency ("Pelabuhan Ketapang, Banyuwangi"), is the same place when
        its name comes back bare ("warga Cibiru", "Pelabuhan Ketapang demo"): one sense per document."""
        written: dict[str, PlaceMention] = {}
        units: dict[str, str] = {}
        for c, m in resolved:
            if m is not None and c.unit in ("district", "village") and not c.inherited \
                    and m.rule.startswith(("unit", "skeleton")) and m.place.country_code == doc.focus_country:
                written.setdefault(c.key, m)
                units.setdefault(c.key, c.unit)
        chained: set[str] = set()
        for (c, m), (c2, m2) in zip(resolved, resolved[1:]):
            # "Pelabuhan Ketapang, Banyuwangi": the regency written after a bare name fixes its sense
            if m is not None and m2 is not None and not c.unit and not c.qualifier and c2.sent == c.sent \
                    and 0 < c2.start - c.end <= 3 and m.place.country_code == m2.place.country_code == doc.focus_country \
                    and m.place.level in ("populated", "admin3", "admin4") and m2.place.level != "country" \
                    and fold(m.place.admin2) == fold(m2.place.admin2) and c.key not in written:
                written[c.key] = m
                chained.add(c.key)
        if not written:
            return self._one_name(doc, resolved)
        out = []
        for c, m in resolved:
            same = written.get(c.key)
            # bare, or with the same unit word again ("Desa Tegalwaru" twice: one village)
            if same is not None and (not c.unit or c.unit == units.get(c.key)) and not c.qualifier and not c.dateline and (
                    m is None or (m.place.level in ("populated", "admin3", "admin4") and m.place.geonameid != same.place.geonameid)
                    or (c.key in chained and m.place.geonameid != same.place.geonameid)):
                rule = "same-name" + (":origin" if c.origin else ":in" if c.prep else "")
                m = PlaceMention(span=doc.span(c.start, c.end, "place"), name=doc.text[c.start:c.end], place=same.place,
                                 geo_precision=max(same.geo_precision, 2 if c.near else 1), score=same.score, rule=rule)
            out.append(m)
        return self._one_name(doc, list(zip((c for c, _ in resolved), out)))

    @staticmethod
    def _one_name(doc: Document, resolved: list[tuple[_Cand, PlaceMention | None]]) -> list:
        """"Terminal Kampung Melayu" read as one name, then "di Kampung Melayu itu": the same place, not a village
        named Melayu that the unit word "kampung" makes of it elsewhere."""
        whole: dict[str, PlaceMention] = {}
        for c, m in resolved:
            if m is not None and not c.unit and not c.qualifier:
                whole.setdefault(c.key, m)
        out = []
        for c, m in resolved:
            same = whole.get(fold(f"{c.unit_word} {c.key}")) if c.unit_word else None
            if same is not None and m is not None and m.place.geonameid != same.place.geonameid \
                    and c.start > same.span.start:
                m = PlaceMention(span=doc.span(c.start, c.end, "place"), name=same.name, place=same.place,
                                 geo_precision=same.geo_precision, score=same.score, rule="same-name:one name")
            out.append(m)
        return out

    # ---- recognition ---------------------------------------------------------------
    def _recognise(self, text: str, sent: Span, si: int, L: _Lang) -> list[_Cand]:
        toks = [(m.start(), m.end()) for m in _WORD.finditer(text, sent.start, sent.end)]
        words = [fold(text[a:b]) for a, b in toks]
        # "al-Hasakeh", "el-Arish": a particle glued to a capitalised name starts the name
        caps = [text[a].isupper() or _glued_particle(text[a:b], L.particles) for a, b in toks]
        if L.blocked is not None:
            for m in L.blocked.finditer(text, sent.start, sent.end):
                for t, (a, b) in enumerate(toks):
                    if a >= m.start() and b <= m.end():
                        caps[t] = False  # never part of a place name
        out: list[_Cand] = []
        i, n = 0, len(toks)
        while i < n:
            unit = _starts_with(words, i, L.before)
            while unit and i + len(unit) < n and text[toks[i + len(unit) - 1][1]:toks[i + len(unit)][0]] == "/" \
                    and _starts_with(words, i + len(unit), L.before):
                i += len(unit)  # "Desa/Kecamatan Anjatan": the village and district share the name; the larger unit
                unit = _starts_with(words, i, L.before)
            glued = caps[i] and i > 0 and caps[i - 1] and text[toks[i - 1][1]:toks[i][0]] == " "
            if unit and i > 0 and caps[i - 1] and (words[i],) in L.after and text[toks[i - 1][1]:toks[i][0]] == " ":
                unit = None  # "Dogankoy village of Pervari": the unit word is Dogankoy's, and "of" says where it lies
            if unit and _starts_with(words, i + len(unit), L.before):
                i += len(unit)  # "di wilayah Kecamatan Tebet": the unit written next is the place's
                continue
            if unit and i + len(unit) < n and caps[i + len(unit)] and not glued:
                cand = self._match(text, toks, words, caps, i + len(unit), si, L, force=True)
                if cand:
                    cand.unit, cand.unit_word = L.before[unit], text[toks[i][0]:toks[i + len(unit) - 1][1]]
                    cand.lead = i
                    out.append(cand)
                    i = cand.tok + cand.ntok
                    continue
            if not caps[i]:
                i += 1
                continue
            cand = self._match(text, toks, words, caps, i, si, L)
            if cand is None:
                i += 1
                continue
            out.append(cand)
            i = cand.tok + cand.ntok
        covered = {t for c in out for t in range(c.tok - (c.tok - c.lead if c.lead >= 0 else 0), c.tok + c.ntok)}
        for ci, c in enumerate(out):
            if c.lead >= 0 or c.qualifier:
                continue
            r = c.tok
            while r > 0 and caps[r - 1] and text[toks[r - 1][1]:toks[r][0]] == " " and r - 1 not in covered \
                    and words[r - 1] not in L.stop and _ends_with(words, r, L.before) is None:
                r -= 1
            e = c.tok + c.ntok
            while e < n and caps[e] and text[toks[e - 1][1]:toks[e][0]] == " " and e not in covered \
                    and words[e] not in L.stop and _starts_with(words, e, L.after) is None:
                e += 1
            after = _starts_with(words, e, L.after)
            if (r < c.tok or e > c.tok + c.ntok) and after:  # "Lut Tawar district": the whole run is the name
                key = " ".join(words[r:e])
                out[ci] = _Cand(toks[r][0], toks[e - 1][1], key, self.gaz.ids(key), r, e - r, si)
            elif r < c.tok and not (r == 0 and c.tok - r == 1) and not self._at_site(words, r, c.tok, L):
                c.ids = []  # the tail of a longer name: a person or an organisation
            elif e > c.tok + c.ntok and r == c.tok and all(
                    self.gaz.level(i) in ("populated", "admin4") and self.gaz.population(i) < 100_000 for i in c.ids):
                c.ids = []  # the head of a longer name the gazetteer does not know ("Sidi Bouafif", "Sierra Vieja")
        for c in out:
            self._context(text, toks, words, caps, c, L)
        self._lists(text, out)
        return [c for c in out if c.ids or c.unit]

    def _match(self, text, toks, words, caps, i, si, L, force=False) -> _Cand | None:
        limit = min(len(toks), i + _MAX_WORDS)

        def gap(k: int) -> str:  # the spacing before token k
            return text[toks[k - 1][1]:toks[k][0]]

        last = i
        while last + 1 < limit and gap(last + 1) in (" ", "-"):
            k = last + 1  # lowercase particles inside a name: "Rio de Janeiro", "Santa Cruz de la Sierra"
            while k < limit and not caps[k] and words[k] in L.particles and gap(k) == " ":
                k += 1
            if k >= limit or not caps[k] or gap(k) not in (" ", "-"):
                break
            last = k
        for j in range(last, i - 1, -1):
            key = " ".join(words[i:j + 1])
            if key in L.not_places:
                return _Cand(toks[i][0], toks[j][1], key, [], i, j - i + 1, si, qualifier=True)
            written = text[toks[i][0]:toks[j][1]]
            if j == i and (key in L.stop or (len(key) <= 3 and not written.isupper()
                                             and L.after.get(_starts_with(words, j + 1, L.after)) != "district")):
                continue  # a short word is a name only with a district's unit word after it ("Ann Township")
            ids = self.gaz.ids(key)
            if j > i and (words[i] not in L.stop or words[i] in L.particles):
                # "In El Fasher" is neither "Inel" nor "In" without its particle; "Al Sukhnah" may be "Sukhnah"
                if all(len(w) > 1 for w in words[i:j + 1]):  # "Mark S Cogan" is no "Marks": an initial
                    ids = ids + [r for r in self.gaz.ids(key.replace(" ", "")) if r not in ids]
                bare = " ".join(w for w in words[i:j + 1] if w not in L.particles)
                if not ids and bare != key and caps[j]:  # "San Andres de Tuxtla" is "San Andres Tuxtla" in the gazetteer
                    ids = self.gaz.ids(bare)
            if key in L.place_aliases:
                ids = self.gaz.ids(L.place_aliases[key]) or ids
            if key in L.aliases:
                ids = ids or self.gaz.ids(fold(self.gaz.country_name(L.aliases[key])))
                if len(key) <= 3 and not text[toks[i][0]:toks[j][1]].isupper():
                    ids = []
            if ids:
                qualified = _BRACKETED.match(text, toks[j][1])  # "Hpar Hpyo (Chin)": a name with its qualifier
                if qualified is not None and (longer := self.gaz.ids(f"{key} {fold(qualified.group(1))}")):
                    last_tok = max(k for k in range(j, len(toks)) if toks[k][0] < qualified.end())
                    return _Cand(toks[i][0], qualified.end(), f"{key} {fold(qualified.group(1))}", longer, i,
                                 last_tok - i + 1, si)
                return _Cand(toks[i][0], toks[j][1], key, ids, i, j - i + 1, si)
        if force and words[i] not in L.stop:
            return _Cand(toks[i][0], toks[last][1], " ".join(words[i:last + 1]), [], i, last - i + 1, si)
        return None

    def _context(self, text, toks, words, caps, c: _Cand, L: _Lang) -> None:
        i, j = c.tok, c.tok + c.ntok
        if not c.unit:
            after = _starts_with(words, j, L.after)
            if after:
                c.unit, c.unit_word = L.after[after], text[toks[j][0]:toks[j + len(after) - 1][1]]
        k = c.lead if c.lead >= 0 else i
        if _ends_with(words, k, L.near) or (k > 1 and words[k - 1] in ("the", "of") and _ends_with(words, k - 1, L.near)):
            c.near = True
        if k > 0 and words[k - 1] in L.origin and not (k > 1 and ((words[k - 2],) in L.before or (words[k - 2],) in L.after
                                                                  or words[k - 2] in L.parts)):
            c.origin = True  # "asal Purwakarta", "residents of X" (but "the village of X", "the streets of X" name the place)
        elif _ends_with(words, k, L.destination):
            c.origin = True  # "bound for Lahore", "kereta tujuan Jakarta": the journey's end, not the event's place
        elif (aside := _ends_with(words, k, L.aside)) and self._text[:toks[k - len(aside)][0]].rstrip().endswith(","):
            c.origin = True  # "Panglima TNI, yang berada di Timika pada hari yang sama, memastikan ...": where the
            # speaker was, told aside
        b = k
        while b > 0 and words[b - 1] in L.links:
            b -= 1
        if b > 0 and words[b - 1] in L.relative and text[toks[b - 1][0]].islower():
            c.near, c.origin = True, False  # "10 km from X", "15 km north of X", "di utara X": coded to X, precision 2
        if _ends_with(words, k, L.preps) or (k > 1 and words[k - 1] == "the" and _ends_with(words, k - 1, L.preps)):
            c.prep = True
        if c.qualifier:
            return
        if c.lead < 0 and not c.unit and c.key in L.demonyms and not any(self.gaz.level(r) == "country" for r in c.ids):
            c.ids = []  # "Somali soldiers", "Somali National Army forces": a nationality, not the Somali region
            return
        if c.lead < 0:
            prev_upper = k > 0 and text[toks[k - 1][0]:toks[k - 1][1]].isupper() and len(words[k - 1]) >= 2
            before = _ends_with(words, k, L.qual_before)
            if re.search(r"[A-Z]\w+\s*[\"“]$", self._text[max(0, c.start - 30):c.start]) \
                    and re.match(r"[\"”]\s*[A-Z]", self._text[c.end:c.end + 3]) \
                    or re.match(r"\s*[\"“][A-Z][^\"”\n]{1,30}[\"”]\s+[A-Z]", self._text[c.end:c.end + 40]):
                c.ids = []  # 'Joaquin "El Chapo" Guzman': a nickname between a first name and a surname, and the
                # first name before it
            elif k > 0 and words[k - 1] in L.streets and text[toks[k - 1][0]].isupper() \
                    and not re.match(r"\s*[-–—]", self._text[c.end:c.end + 3]):
                c.ids = []  # "di Jalan Tambak, perbatasan Manggarai dan Pegangsaan": a street, not the town Tambak
            elif _ends_with(words, k, L.buildings) and (re.match(r" [A-Z]", self._text[c.end:c.end + 2])
                                                        or c.key in self._buildings):
                # "di Gereja Santa Maria Tak Bercela": the name of the church, not the town Santa Maria (and so on
                # every later "Gereja Santa Maria" of the document)
                self._buildings.add(c.key)
                c.ids = []
            elif before or (prev_upper and words[k - 1] not in L.stop and not self.gaz.ids(words[k - 1])):
                # "di Polrestabes Medan": at the police headquarters in Medan, a site, not only a name
                c.qualifier = not (before and self._at_site(words, k - len(before), k, L))
                c.prep = c.prep or not c.qualifier
            elif j < len(toks) and not caps[j] and text[toks[j - 1][1]:toks[j][0]] == " " \
                    and _starts_with(words, j, L.country_attr) \
                    and any(self.gaz.level(r) == "country" for r in c.ids):
                c.qualifier = c.attribute = True  # "Saudi forces fired at villages in Sadah": whose, not where
            elif (after := _starts_with(words, j, L.qual_after)) and caps[j]:
                c.qualifier = not (after in L.sites and c.prep)  # "at the Medan police headquarters"
            elif self._text[c.start - 1:c.start] == "(" and (unit := re.match(r"\)\s+(\w+)", self._text[c.end:c.end + 30])) \
                    and L.after.get((fold(unit.group(1)),)) == "village":
                c.ids = []  # "Hpar Hpyo (Chin) village": another name of the village, or its people's
            elif _starts_with(words, j, L.sub_localities):
                c.ids = []  # "in Guama neighborhood": a part of the town named with it, not the namesake town
            elif _ends_with(words, k, L.person):
                c.ids = []
            elif k > 0 and caps[k - 1] and words[k - 1] not in L.stop and not self.gaz.ids(words[k - 1]) \
                    and text[toks[k - 1][1]:toks[k][0]] == " ":
                c.ids = []  # the tail of a longer name (a person: "Ahmad Massoud")
            elif j < len(toks) and caps[j] and text[toks[j - 1][1]:toks[j][0]] == " " and words[j] not in L.stop \
                    and _starts_with(words, j, L.after) is None:
                if not self.gaz.ids(words[j]):
                    c.qualifier = True  # "Afghanistan Asvaka": names something else
                elif c.ntok == 1 and not self._holds(words[j], c.ids):
                    c.ids = []  # first name + surname that are both towns ("Orlando Bloom")
            elif k > 0 and caps[k - 1] and text[toks[k - 1][1]:toks[k][0]] == " " and c.ntok == 1 \
                    and words[k - 1] not in L.stop and not self._holds(words[j - 1], self.gaz.ids(words[k - 1])):
                c.ids = []  # the surname of "Nico Williams"

    @staticmethod
    def _at_site(words: list[str], start: int, tok: int, L: _Lang) -> bool:
        """True when ``words[start:tok]`` lies within site words after a location preposition ("di Polrestabes Medan",
        "di depan Kantor Kejati Sulawesi Selatan", "di depan Gedung Rektorat Universitas Lampung")."""
        site = _ends_with(words, tok, L.sites)
        if site is None:
            return False
        first = tok - len(site)
        # more site words, and words for the front or the building of the site, may come before it
        while first > 0:
            more = _ends_with(words, first, L.sites)
            if more is not None:
                first -= len(more)
            elif words[first - 1] in L.site_approach:
                first -= 1
            else:
                break
        return first <= start and _ends_with(words, first, L.preps) is not None

    def _holds(self, key: str, ids: list[int]) -> bool:
        """True when ``key`` names a country, province or regency holding one of ``ids``
        ("Wamena Jayawijaya", "Baghlan Afghanistan"): a written hierarchy, not a person's name."""
        g = self.gaz
        inner = {(g.country_code(r), fold(g.admin1_of(r))) for r in ids[:50]} | {(g.country_code(r), "") for r in ids[:50]}
        for r in g.ids(key):
            level = g.level(r)
            if level == "country" and (g.country_code(r), "") in inner:
                return True
            if level in ("admin1", "admin2") and (g.country_code(r), fold(g.admin1_of(r))) in inner:
                return True
        return False

    def _lists(self, text: str, cands: list[_Cand]) -> None:
        """Coordinated names share a unit word ('distrik A, B dan C', 'A, B and C districts') and an origin word
        ('fighters from Ad Dali, Abyan and Yafa', 'warga asal Garut, Tasikmalaya dan Ciamis')."""
        groups: list[list[_Cand]] = []
        for c in cands:
            if groups and c.sent == groups[-1][-1].sent:
                gap = fold(text[groups[-1][-1].end:c.start])
                if gap == "" and text[groups[-1][-1].end:c.start].strip() in (",", "") or gap in _CONJ:
                    groups[-1].append(c)
                    continue
            groups.append([c])
        for g in groups:
            if len(g) < 2 or not any(fold(text[a.end:b.start]) in _CONJ for a, b in zip(g, g[1:])):
                continue
            if g[0].origin and not g[0].near:
                for c in g[1:]:
                    c.origin = c.origin or not c.prep  # "fighters from Ad Dali, Abyan and Yafa": all where they came from
            if g[0].unit and not g[-1].unit:
                for c in g[1:]:
                    if not c.unit:
                        c.unit, c.unit_word, c.inherited = g[0].unit, g[0].unit_word, True
            elif g[-1].unit and not g[0].unit and g[-1].unit_word.lower().endswith("s"):
                for c in g[:-1]:
                    c.unit, c.unit_word, c.inherited = g[-1].unit, g[-1].unit_word, True

    # ---- focus country -------------------------------------------------------------
    def _focus(self, doc: Document, cands: list[_Cand], L: _Lang) -> str | None:
        """The country the document is about: dateline, country names, then places that name
        one country without doubt, over the language's own country as a prior.

        A name counts fully three times, then little, and a bare one-word name only when it is a
        country, a province or a large city: person names equal to foreign towns and
        counties ("Ferry", "Harris", "Juan") do not move the focus.
        """
        g = self.gaz
        votes: dict[str, float] = {}
        if L.default_country:
            votes[L.default_country] = 1.5
        line = _dateline(doc.text)
        seen: dict[str, int] = {}
        named: dict[str, float] = {}  # votes of the places written in the text, not its dateline
        desk = None  # the dateline's country
        for c in cands:
            if line and c.ids and line[0] <= c.start and c.end <= line[1]:
                c.dateline = True
                home = [r for r in c.ids if g.country_code(r) == L.default_country and g.level(r) != "admin4"]
                rid = max(home or c.ids, key=lambda r: (g.level(r) in ("country", "admin1"), g.population(r)))
                desk = g.country_code(rid)
                votes[desk] = votes.get(desk, 0) + 6.0
                continue
            if c.qualifier and not c.ids:
                continue
            seen[c.key] = seen.get(c.key, 0) + 1
            weight = (0.25 if c.attribute else 0.5 if c.qualifier else 1.0) * (1.0 if seen[c.key] <= 3 else 0.3)
            countries = [r for r in c.ids if g.level(r) == "country"]
            fits = {g.country_code(r) for r in c.ids if _WANT.get(c.unit, {}).get(g.level(r), 0) >= 3} if c.unit else set()
            strong = c.ntok > 1 or bool(c.unit)
            ccs = {g.country_code(r) for r in c.ids if g.level(r) == "admin1" or g.population(r) >= 100_000
                   or (strong and g.level(r) in ("admin2", "admin3"))}
            if countries:
                cc, w = g.country_code(countries[0]), 2 * weight
            elif len(fits) == 1:
                cc, w = fits.pop(), 2 * weight
            elif len(ccs) == 1:
                cc, w = ccs.pop(), weight
            else:
                continue
            votes[cc] = votes.get(cc, 0) + w
            named[cc] = named.get(cc, 0) + w
        if desk is not None and not named.get(desk) and any(w >= 2 for w in named.values()):
            # "**Jakarta** - Serangan udara Israel menghantam ... di Nuseirat, Jalur Gaza": a home desk's dateline on
            # a report that names another country and nothing of its own is not what the report is about
            votes[desk] -= 4.5
        if votes:
            return max(votes.items(), key=lambda kv: kv[1])[0]
        return self.default_country or self._only_country(cands)

    def _only_country(self, cands: list[_Cand]) -> str | None:
        """With no vote at all: the one country every named place may lie in, if there is one."""
        ccs = {self.gaz.country_code(r) for c in cands if not c.qualifier for r in c.ids}
        return ccs.pop() if len(ccs) == 1 else None

    # ---- resolution ----------------------------------------------------------------
    def _score(self, rid: int, c: _Cand, ctx_a1: set, ctx_a2: set, ctx_cc: set, focus: str | None,
               held: set = frozenset()) -> float:
        g = self.gaz
        level, cc = g.level(rid), g.country_code(rid)
        s = _LEVEL_BASE[level] if level != "admin4" or c.unit else -2.0
        if level == "populated":
            s += math.log10(g.population(rid) + 1) / 3 + (1.5 if g.population(rid) >= 100_000 else 0.0)
        if focus:
            s += 3.0 if cc == focus else _FOREIGN.get(level, -2.0)
        if cc in ctx_cc:
            s += 1.5
        if c.unit:
            want = _WANT.get(c.unit, {}).get(level, 0.0)
            if c.unit == "district" and level == "admin2" and cc == "ID":
                want = 0.0  # an Indonesian district (kecamatan) is not a regency
            s += want * (0.6 if c.inherited else 1.0)
            if c.unit == "city" and level == "admin2" and cc == "ID":
                s += 1.0 if int(g._gid[rid].split(".")[1]) >= 71 else 0.0
        a1, a2 = (cc, fold(g.admin1_of(rid))), (cc, fold(g.admin2_of(rid)))
        if a1 in ctx_a1 or (g.source(rid) == "acled" and self._acled_units_written(rid, c, ctx_a2)):
            s += 3.0
        if a2 in ctx_a2 and a2[1]:
            s += 3.0
        if (level == "admin1" and a1 in held) or (level == "admin2" and ("2",) + a2 in held):
            s += 2.0  # a region that holds another place of the sentence
        elif level in ("admin3", "admin4", "populated") and ("2",) + a2 in held and a2[1]:
            s += 1.0  # "Desa Mororejo, Kecamatan Kaliwungu": in the same regency as its neighbour
        if a2 in self._doc_a2 and a2 not in ctx_a2 and a2[1]:
            s += 1.5  # a regency the document names with its unit word
        elif level in ("admin3", "admin4", "populated") and a1 not in ctx_a1 \
                and (names := self._doc_a1.get(a1)) and (len(names) > 1 or c.key not in names) \
                and (fold(g.name_of(rid)) == c.key or level != "populated"):
            s += 2.0  # a town of a province the document names (by its own name: Abuja is not Suleja, in Niger
            # state, which GeoNames also lists as Abuja)
        return s

    def _acled_units_written(self, rid: int, c: _Cand, ctx_a2: set, chain: list[_Cand] | None = None) -> bool:
        """A record of ACLED's place table whose units are written with it. The table names units as ACLED's notes
        write them, not as GeoNames does: "near Slavne, Donetsk" (GeoNames: Donetska oblast), "Abu Salim (Tripoli)"
        (Tarabulus), and its "Dahuk" province is GeoNames' district of the Kurdistan Region ("the Haftanin region of
        Duhok province")."""
        g = self.gaz
        units = {fold(g.admin1_of(rid)), fold(g.admin2_of(rid))} - {""}
        written = {o.key for o in chain} if chain is not None else self._sentence_keys.get(c.sent, set()) - {c.key}
        cc = g.country_code(rid)
        return bool(units & written) or any((cc, u) in ctx_a2 for u in units)

    def _resolve(self, doc: Document, c: _Cand, cands: list[_Cand], focus: str | None, L: _Lang) -> PlaceMention | None:
        g = self.gaz
        ctx_a1, ctx_a2, ctx_cc, held = set(), set(), set(), set()
        for o in cands:
            if o is c or o.sent != c.sent or o.qualifier or o.key == c.key:
                continue
            for r in o.ids[:12]:
                lv, cc = g.level(r), g.country_code(r)
                if lv not in ("country", "admin1"):
                    held.add((cc, fold(g.admin1_of(r))))
                    if lv != "admin2":
                        held.add(("2", cc, fold(g.admin2_of(r))))
                if lv == "country":
                    ctx_cc.add(cc)
                elif lv == "admin1":
                    ctx_a1.add((cc, fold(g.admin1_of(r))))
                elif lv == "admin2":
                    ctx_a2.add((cc, fold(g.admin2_of(r))))
                    ctx_a1.add((cc, fold(g.admin1_of(r))))
        ids = c.ids
        rule = "qualifier" if c.qualifier else "unit" if c.unit else "name"
        if not ids and c.unit and focus and len(c.key.replace(" ", "")) >= 4:
            # "Distrik Mbua" is Mbuwa: a glide written or not between two vowels; else a name of the same consonants
            # ("Gag" is no spelling of "Go", nor "Mbua" of "Moba": that needs four letters and three consonants)
            ids = [r for v in _glide_variants(c.key) for r in g.ids(v) if g.country_code(r) == focus]
            if not ids and len(skeleton(c.key)) >= 3:
                ids = g.skeleton_ids(c.key, focus)
            if ctx_a2:  # a variant spelling must sit in the hierarchy written next to it
                ids = [r for r in ids if (g.country_code(r), fold(g.admin2_of(r))) in ctx_a2]
            elif ctx_a1:
                ids = [r for r in ids if (g.country_code(r), fold(g.admin1_of(r))) in ctx_a1]
            else:  # with nothing written next to it, only a namesake in a regency the document names
                ids = [r for r in ids if (g.country_code(r), fold(g.admin2_of(r))) in self._doc_a2]
            rule = "skeleton"
        span = doc.span(c.start, c.end, "place")
        if c.ntok == 1 and not c.unit and c.key in self._lower:
            return None  # written in lowercase elsewhere in the text: a common word ("Ada", "Mau")
        if not ids:
            return self._unknown(doc, c, cands, span) if c.unit else None
        scored = sorted(((self._score(r, c, ctx_a1, ctx_a2, ctx_cc, focus, held), -g.population(r), r) for r in ids), reverse=True)
        best, _, rid = scored[0]
        if not c.unit and g.level(rid) == "populated" and fold(g.name_of(rid)) != c.key:
            # a city known by this name, close behind one that bore it once ("Islamabad", not Chittagong, whose old
            # names GeoNames lists; but "Odessa" is Odesa, in the report's country, not Odessa, Texas)
            own = [(sc, r) for sc, _, r in scored if g.level(r) == "populated" and fold(g.name_of(r)) == c.key
                   and g.population(r) >= 100_000 and sc >= best - 1.0
                   and (g.country_code(r) == focus or g.country_code(rid) != focus)]
            if own and difflib.SequenceMatcher(None, fold(g.name_of(rid)), c.key).ratio() < 0.85:
                best, rid = own[0]
        if c.unit in ("", "city") and g.level(rid) == "populated" and g.population(rid) < 100_000 \
                and (g.country_code(rid), fold(g.admin1_of(rid))) not in ctx_a1 \
                and (g.country_code(rid), fold(g.admin2_of(rid))) not in ctx_a2:
            # "Dhaka city" in a report that names India: Bangladesh's capital of millions, not a small namesake of
            # the focus country, unless the namesake's region is written with it
            big = [r for r in ids if g.level(r) == "populated" and g.population(r) >= 1_000_000
                   and g.country_code(r) != g.country_code(rid)]
            if big:
                rid = max(big, key=g.population)
                best = max(best, 2.0)
        if not c.unit and g.level(rid) == "populated":
            country = next((r for r in ids if g.level(r) == "country"), None)
            # "Meksiko" is the country, not a small namesake town in the focus country, nor Mexico City, which is
            # called "Mexico" only among its other names (a city-state keeps its city: "Singapura")
            if country is not None and (g.population(rid) < 100_000 or fold(g.name_of(rid)) not in (
                    c.key, fold(g.name_of(country)))):
                best, rid = max(best, 2.0), country
        if rule == "skeleton" and c.unit and g.level(rid) not in ("admin3", "admin4", "admin2", "populated"):
            return self._unknown(doc, c, cands, span)
        single = c.ntok == 1 and not c.unit
        foreign = bool(focus) and g.country_code(rid) != focus
        threshold = 2.0 if single and (not focus or foreign) else 1.5
        if single and foreign and g.level(rid) == "populated" and g.population(rid) < 500_000 \
                and g.country_code(rid) not in self._doc_countries and not self._names_its_region(rid, c.key):
            threshold = 99.0  # a small foreign town named alone, its country nowhere in the text (not a city of
            # 100,000 whose province bears its name: "di Gaza", "di Rafah")
        if c.unit and foreign and g.country_code(rid) not in self._doc_countries:
            known = self._unknown(doc, c, cands, span)  # "Chora district, ... Urozgan": not Chora on Chios
            if known is not None and known.place.country_code == focus and known.place.level != "country":
                return known
            if c.unit == "village" and g.population(rid) >= 100_000:
                return None  # "the village of Korogo" in a report from Congo: not the city of Korhogo in Ivory Coast
        if best < threshold:
            return self._unknown(doc, c, cands, span) if c.unit else None
        level = g.level(rid)
        city = c.unit == "city" and level in ("admin2", "populated")
        if level not in ("admin1", "country") and not city \
                and self._outside_written_hierarchy(c, cands, rid, ctx_a1, ctx_a2, L):
            # "Kuningan sub-district (South Jakarta, Jakarta)": no Kuningan in South Jakarta is known, so the
            # place is coded to the unit written next to it, not to a namesake elsewhere; a city named as a
            # city is known by itself ("Banjarmasin city, East Kalimantan province" is a slip of the writer)
            known = self._unknown(doc, c, cands, span)
            if known is not None:
                return known
        precision = _PRECISION[level]
        region = ""
        if level in ("admin1", "admin2", "country") and g.seat(rid) is not None:
            rid, region = g.seat(rid), level  # a region named alone: coded to its capital / seat
            if level == "admin2" and c.unit == "city":
                precision = 1
        if c.near:
            precision = max(precision, 2)
        if c.dateline or _is_dateline(doc.text, c.start, c.end) or (
                c.sent == 0 and c.start < 40 and doc.text[c.end:c.end + 1] == "," and c.tok == 0):
            rule = "dateline"
        if c.origin:
            rule += ":origin"
        elif c.prep or c.unit:
            rule += ":in"
        return PlaceMention(span=span, name=doc.text[c.start:c.end], place=g.place(rid), unit_word=c.unit_word,
                            geo_precision=precision, score=round(best, 2), rule=rule, region=region)

    def _names_its_region(self, rid: int, key: str) -> bool:
        """A city of 100,000 or more with the name of its first-level region ("Gaza", "Rafah", "Idlib"), written
        as the gazetteer names it (not "Rafa", a child's name, one of Rafah's other names)."""
        g = self.gaz
        name = fold(g.name_of(rid))
        return g.population(rid) >= 100_000 and name == key and name == fold(g.admin1_of(rid))

    def _outside_written_hierarchy(self, c: _Cand, cands: list[_Cand], rid, ctx_a1: set, ctx_a2: set,
                                   L: _Lang) -> bool:
        """True when the units written right after the name (", X regency", " (X, Y)", ", Kecamatan Tallo, Kota
        Makassar") do not hold the chosen record."""
        g = self.gaz
        chain, end = [], _past_unit(self._text, c.end, c.unit_word)
        bracketed = self._text.rfind("(", 0, c.start) > self._text.rfind(")", 0, c.start)
        in_brackets: list[_Cand] = []  # "Safala (Abala, Tillabery)": the units written in the brackets with it
        opened = False  # a bracket opened after the name: its units, not a list inside the brackets it is in
        for o in sorted((o for o in cands if o.sent == c.sent and o.start > c.end), key=lambda o: o.start):
            gap = self._text[end:o.start]
            opened = opened or "(" in gap
            bracketed = (bracketed or "(" in gap) and ")" not in gap
            if o.unit_word and gap.rstrip().endswith(o.unit_word):
                gap = re.sub(r"\w+/$", "", gap.rstrip()[:-len(o.unit_word)])  # ", Desa/Kecamatan Anjatan"
            if not chain and tuple(fold(gap).split()) in L.near:
                gap = ""  # "Hamirpur village near Rapar town (Kachchh, Gujarat)": the units are the neighbour's too
            if tuple(fold(gap).split()) in L.chain_links and o.unit:
                gap = ""  # "Deh-e Now area of Mohammad Agha district, Logar": the district it lies in
            if len(gap) > 3 or gap.strip(" ,()") or (o.unit and o.unit == c.unit):
                break  # not written next to it, or a list of units of one kind ("Distrik Baharak, Distrik Warduj")
            if not o.qualifier and o.ids:
                chain.append(o)
                if bracketed:
                    in_brackets.append(o)
            end = _past_unit(self._text, o.end, o.unit_word)
        if g.source(rid) == "acled" and chain and self._acled_units_written(rid, c, ctx_a2, chain):
            return False
        following = next((o for o in sorted(cands, key=lambda o: o.start)
                          if chain and o.sent == c.sent and o.start >= chain[-1].end), None)
        if following is not None and not (in_brackets and opened) \
                and fold(self._text[chain[-1].end:following.start]) in _CONJ:
            # "in Karachi, Lahore and Quetta", "(Reporting by ... in Abuja, Lagos and Kano)": a list of places, not
            # Karachi in Lahore
            return False
        a1, a2, districts = set(), set(), []
        for o in chain:
            for r in o.ids[:20]:
                level, cc = g.level(r), g.country_code(r)
                if o.unit == "district" and level == "admin3" and ":" in g._gid[r]:
                    districts.append(g._gid[r] + ".")  # official codes: a village's code extends its district's
                if level == "admin2" or (o.unit in ("district", "village") and level in ("admin3", "admin4")):
                    a2.add((cc, fold(g.admin2_of(r))))
                if level in ("admin1", "admin2") or (o in in_brackets and level == "populated"
                                                     and fold(g.name_of(r)) == fold(g.admin1_of(r))):
                    a1.add((cc, fold(g.admin1_of(r))))
        cc = g.country_code(rid)
        if districts and g.level(rid) == "admin4" and ":" in g._gid[rid]:
            if any(g._gid[rid].startswith(d) for d in districts):
                return False
            if any(g._gid[r].startswith(d) for r in c.ids for d in districts):
                return True  # a namesake of the village the district holds
            # no village of the name in the district written: the seat of a newer district carved out of it, in the
            # same regency, and named after it ("Bolano village of Moutong district": the seat of Bolano district)
            own = g._gid[rid].rsplit(".", 1)[0]
            seat = any(g._gid[r] == own for r in g.ids(fold(g.name_of(rid))) if g.level(r) == "admin3")
            return not seat or (cc, fold(g.admin2_of(rid))) not in a2
        if any(k[0] == cc for k in a2):
            # "Beroanging, Kecamatan Tallo, Kota Makassar": a namesake in another regency is not it (strictly
            # where official tables give the hierarchy; GeoNames' own admin levels differ between countries)
            outside = (cc, fold(g.admin2_of(rid))) not in a2
            return outside if cc in OFFICIAL_UNITS else outside and (cc, fold(g.admin1_of(rid))) not in a1
        if a1:
            outside = (cc, fold(g.admin1_of(rid))) not in a1
            if outside and (g.level(rid) == "admin2" or fold(g.admin2_of(rid)) == c.key) and cc in OFFICIAL_UNITS \
                    and c.unit not in ("district", "village") and all(k[0] == cc for k in a1) \
                    and not any((g.country_code(r), fold(g.admin1_of(r))) in a1 for r in c.ids):
                # "Kendari, Sulawesi Selatan": a city or regency of the country whose province is written, with no
                # namesake there (not "Pati village (Barwani, Madhya Pradesh)", a village in India)
                return False
            return outside
        return False

    def _unknown(self, doc: Document, c: _Cand, cands: list[_Cand], span: Span) -> PlaceMention | None:
        """A name with a unit word the index lacks: coded to the known unit written next to it."""
        g = self.gaz
        for o in cands:
            if o is not c and o.sent == c.sent and o.ids and not o.qualifier and 0 < o.start - c.end < 80 \
                    and not re.search(r"[;:!?]", doc.text[c.end:o.start]):  # not "town of Bunagana; Kinshasa blames"
                # the unit is read in its own country when it has one ("Mambasa, Ituri": Ituri in Congo, though the
                # focus went to Kenya with Mombasa, one of whose other names is Mambasa)
                countries = {g.country_code(r) for r in o.ids}
                focus = next(iter(countries)) if len(countries) == 1 else doc.focus_country
                m = self._resolve(doc, o, cands, focus, self.lang(doc.lang))
                if m is not None and m.place is not None:
                    variant = self._variant(doc, doc.text[c.start:c.end], self.lang(doc.lang), m.place.country_code) \
                        if m.place.level == "country" else None
                    if variant is not None:  # "distrik Nabatiyeh, Lebanon": the district, in its own spelling
                        return PlaceMention(span=span, name=doc.text[c.start:c.end], place=variant,
                                            unit_word=c.unit_word, geo_precision=2, score=m.score,
                                            rule=f"spelling-variant:{variant.name}")
                    near = self._variant_within(doc.text[c.start:c.end], m.place, self.lang(doc.lang))
                    if near is not None:
                        return PlaceMention(span=span, name=doc.text[c.start:c.end], place=near, unit_word=c.unit_word,
                                            geo_precision=1, score=m.score, rule=f"spelling-variant-in:{m.name}")
                    return PlaceMention(span=span, name=doc.text[c.start:c.end], place=m.place, unit_word=c.unit_word,
                                        geo_precision=2, score=m.score, rule=f"unknown-in:{m.name}")
        variant = self._variant(doc, doc.text[c.start:c.end], self.lang(doc.lang), doc.focus_country)
        if variant is not None:
            return PlaceMention(span=span, name=doc.text[c.start:c.end], place=variant, unit_word=c.unit_word,
                                geo_precision=2, score=1.0, rule=f"spelling-variant:{variant.name}")
        return None


# ---- the place of an event ---------------------------------------------------------------
_SPECIFIC = {"populated": 4, "admin4": 4, "admin3": 3, "admin2": 2, "admin1": 1, "country": 0}


_GLIDE_ADDED = re.compile(r"(?<=[aeiou])(?=[aeiou])")
_GLIDE_DROPPED = re.compile(r"(?<=[aeiou])[wy](?=[aeiou])")


def _glide_variants(key: str) -> list[str]:
    """The name with a glide added between two vowels or dropped from between them: "mbua" -> "mbuwa", "tiyom" ->
    "tiom" (w after u or o, y after i or e)."""
    def glide(m: re.Match) -> str:
        return "w" if key[m.start() - 1] in "uo" else "y" if key[m.start() - 1] in "ie" else ""

    out = {_GLIDE_ADDED.sub(glide, key), _GLIDE_DROPPED.sub("", key)} - {key}
    return sorted(out)


def _glued_particle(word: str, particles: set[str]) -> bool:
    head, dash, rest = word.partition("-")
    return bool(dash) and rest[:1].isupper() and fold(head) in particles


def _rank(m: PlaceMention) -> int:
    """How specific a mention is (0 country, 1 admin1, 2 admin2, 3 district, 4 town or village).

    A region named alone is coded to its capital or seat, so its rank comes from the name.
    """
    if m.region:
        return _SPECIFIC[m.region]
    if m.geo_precision == 3:
        return 0 if m.place.level == "country" else 1
    if m.place.level in ("populated", "admin2") and fold(m.name) == fold(m.place.admin2):
        return 2
    return _SPECIFIC.get(m.place.level, 3)


def _contains(outer: PlaceMention, inner: PlaceMention) -> bool:
    """True when ``outer`` is a region that holds ``inner`` (Baghlan holds Banu)."""
    o, p = outer.place, inner.place
    if o.country_code != p.country_code or _rank(outer) >= _rank(inner):
        return False
    if _rank(outer) == 0:
        return True
    if _rank(outer) == 1:
        return fold(o.admin1) == fold(p.admin1)
    if _rank(outer) == 2:
        return fold(o.admin2) == fold(p.admin2) and fold(o.admin1) == fold(p.admin1)
    return False


def _holds(doc: Document, outer: PlaceMention, inner: PlaceMention) -> bool:
    """True when ``outer`` is a region holding ``inner``: by the gazetteer's units (Baghlan holds Banu), or a name
    written as a unit that is the unit the other place lies in ("Mandoli, in the neighbouring Bandiagara district":
    the district's seat is a town whose record names no district)."""
    if _contains(outer, inner):
        return True
    return bool(outer.unit_word or outer.region) and _unit_rank(doc, outer) < _unit_rank(doc, inner) \
        and _names_region_of(outer, inner)


def _vaguer_neighbour(a: PlaceMention, b: PlaceMention) -> bool:
    """True when ``b`` is a more specific place than ``a`` in the same regency, close by: "Kepala Desa Muara
    Muntai Ilir di Muara Muntai" (a village and its district), "Dusun Karang Malang, Kecamatan Anjatan"."""
    p, q = a.place, b.place
    if p.country_code != q.country_code or not p.admin2 or fold(p.admin2) != fold(q.admin2) \
            or fold(p.admin1) != fold(q.admin1):
        return False
    district = p.level == "admin3" or (a.geo_precision == 2 and a.rule.startswith("unknown-in"))
    village = q.level == "admin4" or (q.level == "populated" and q.population < 100_000)
    if not (district and village) or b.geo_precision > a.geo_precision:
        return False
    return km_between(p, q) <= 20


def _city_holds(a: PlaceMention, b: PlaceMention) -> bool:
    """True when ``a`` is a city of 100,000 or more and ``b`` a smaller place of its district close by: "In Tripoli,
    shells slammed into homes in the Abu Salim district" (one event, at the more specific place)."""
    p, q = a.place, b.place
    if p.country_code != q.country_code or p.level != "populated" or p.population < 100_000 \
            or q.level not in ("populated", "admin3", "admin4") or q.population >= 100_000:
        return False
    return fold(p.name) in (fold(q.admin2), fold(q.admin1)) and km_between(p, q) <= 15


def km_between(p, q) -> float:
    """Distance in km between two places (see :func:`~warta.gazetteer.build.km_apart`)."""
    return km_apart(p.latitude, p.longitude, q.latitude, q.longitude)


def event_places(doc: Document, sentence: Span, *, fallback: bool = True) -> list[PlaceMention]:
    """The location(s) where the event of ``sentence`` happened: one mention per distinct place.

    Coordinated places of one level are all kept; a region holding another named place is
    dropped (the most specific wins); a country is kept only when nothing more specific is
    named; the dateline city only when nothing else is. With ``fallback`` and no place in
    the sentence: the latest specific place of the preceding sentences, else the most
    mentioned place, else the focus country (geo_precision 3). ``PlaceMention.rule`` says
    which (``sentence``, ``previous-sentence``, ``most-mentioned``, ``focus-country``).
    """
    usable = [m for m in doc.places if m.place is not None and m.rule != "qualifier"
              and not (m.place.latitude == 0 and m.place.longitude == 0)]
    here = [m for m in usable if m.span.within(sentence)]
    if any(m.rule != "dateline" for m in here):
        here = [m for m in here if m.rule != "dateline"]
    elif doc.focus_country and any(m.place.country_code != doc.focus_country for m in here):
        here = []  # "**Jakarta** - Serangan udara Israel menghantam sebuah sekolah ... di Nuseirat": the desk that
        # filed a report on another country is not where it happened
    written = here  # with the units a place is written in ("in Kyauktaw Township, in Rakhine State")
    here = _drop_chained_containers(doc, here)
    here = _drop_road_ends(doc, here)
    here = _drop_linked_ends(doc, here, usable, sentence)
    here = _drop_between_ends(doc, here, written)
    relative = [m for m in here if _is_relative(doc, m)]
    # "north of Kabul" only describes where the event place lies; but "near Saliboko in Ituri province's Djugu
    # territory" names no other place than the units the reference point lies in: it is where it happened
    relative = [r for r in relative if any(m not in relative and _rank(m) >= 2 and not _holds(doc, m, r) for m in here)]
    here = [m for m in here if m not in relative]
    # "asal Purwakarta": where someone comes from, never where the event happened
    here = [m for m in here if not m.rule.endswith((":origin", ":speaker"))]
    if here:
        kept = [m for m in here if not any(o.place.geonameid != m.place.geonameid
                                           and (_holds(doc, m, o) or _vaguer_neighbour(m, o) or _city_holds(m, o))
                                           for o in here)]
        home = [m for m in kept if m.place.country_code == doc.focus_country]
        if home and len(home) < len(kept):
            kept = home + [m for m in kept if m not in home and _rank(m) > 0]
        kept.sort(key=lambda m: (m.place.country_code != doc.focus_country, not m.rule.endswith(":in"),
                                 m.rule.endswith(":origin")))
        out: list[PlaceMention] = []
        seen: set[str] = set()
        for m in kept:
            if m.place.geonameid not in seen:
                seen.add(m.place.geonameid)
                out.append(_with_rule(m, "sentence:" + m.rule))
        return out
    if not fallback:
        return []
    # the latest specific place before, not the region written after it ("in Sao Goncalo, Rio de Janeiro")
    before = [m for m in _drop_chained_containers(doc, [m for m in usable if m.span.end <= sentence.start])
              if _rank(m) >= 2]
    if before:
        return [_with_rule(before[-1], "previous-sentence")]
    if usable:
        counts: dict[str, int] = {}
        for m in usable:
            counts[m.place.geonameid] = counts.get(m.place.geonameid, 0) + 1
        best = max(usable, key=lambda m: (_rank(m) > 0, counts[m.place.geonameid], _rank(m)))  # below the country
        return [_with_rule(best, "most-mentioned")]
    if doc.focus_country:
        return _focus_place(doc)
    return []


_DATELINE = re.compile(r"\s*(?:,|\()?[^\n]{0,30}?\s[-–—]\s")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """'JAYAPURA, KOMPAS.com - ...' or 'JAKARTA - ...': the place where a report was filed."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return text[start:end].isupper() and bool(_DATELINE.match(text, end))


# "**JAYAPURA, KOMPAS.com** --", "JAKARTA (Reuters) -", "KABUL, Aug 15 (AFP) -" near the top of the text
_DATELINE_LINE = re.compile(r"(?m)^[ \t*_>]*(?:(?P<upper>[A-Z][A-Z.'’ -]{1,40}?)[*_ ]*,|(?P<place>[A-Z][\w.'’ -]{1,40}?)"
                            r"[*_ ]*(?=(?:,[^\n()]{1,30})?\s*\([A-Z])|\*\*(?P<bold>[A-Z][\w.'’ -]{1,40}?)\*\*(?=\s*(?:--?|\u2013|\u2014)\s))"
                            r"[^\n]{0,60}?[*_ ]*(?:--?|\u2013|\u2014)\s")


def _dateline(text: str) -> tuple[int, int] | None:
    """Where the dateline's place name is, in the first lines of the text (else None)."""
    m = _DATELINE_LINE.search(text, 0, min(len(text), 4000))
    if m is None:
        return None
    group = next(g for g in ("upper", "place", "bold") if m.group(g))  # "**Jakarta** - ...": detik's
    return m.start(group), m.end(group)


_BRACKETED = re.compile(r" \(([^()\n]{1,30})\)")
_WIRE = re.compile(r"\(([^()\n]{1,40})\)[*_ ]*(?:--?|\u2013|\u2014)\s")  # "KHARTOUM, Dec 6 (Red Sea Press) -"
_NEXT_WORDS = re.compile(r"(?:\s+([a-z]\w*))?(?:\s+([a-z]\w*))?(?:\s+([a-z]\w*))?")  # up to three lowercase words
_UNIT_RANK = {"village": 4, "district": 3, "city": 2, "capital": 2, "admin2": 1.5, "admin1": 1}
_CHAIN_GAP = re.compile(r"^[\s,()]*$")


def _unit_rank(doc: Document, m: PlaceMention) -> float:
    if m.unit_word:
        units = (load(doc.lang or "en", "places").get("units_before") or {}) | (
            load(doc.lang or "en", "places").get("units_after") or {})
        level = units.get(m.unit_word.lower()) or units.get(fold(m.unit_word))
        if level in _UNIT_RANK:
            return _UNIT_RANK[level]
    return _rank(m)


def _drop_chained_containers(doc: Document, here: list[PlaceMention]) -> list[PlaceMention]:
    """'Kampung Julukoma, Distrik Beoga, Kabupaten Puncak, Papua': each name after a comma that
    is a larger unit than the one before it only says where that one lies."""
    ordered = sorted(here, key=lambda m: m.span.start)
    kept: list[PlaceMention] = []
    previous: PlaceMention | None = None
    for n, m in enumerate(ordered):
        following = ordered[n + 1] if n + 1 < len(ordered) else None
        if following is not None and fold(doc.text[m.span.end:following.span.start]) in _CONJ and previous is not None \
                and not doc.text[previous.span.end:m.span.start].strip(" ,") and not m.unit_word:
            kept.append(m)  # "arrested in Jakarta, Yogyakarta and Semarang": a list of places, not Jakarta in Yogyakarta
            previous = m
            continue
        gap = doc.text[_past_unit(doc.text, previous.span.end, previous.unit_word):m.span.start] \
            if previous is not None else ""
        if m.unit_word and gap.rstrip().endswith(m.unit_word):
            gap = gap.rstrip()[:-len(m.unit_word)]  # "Distrik Beoga, Kabupaten Puncak"
        plain = _CHAIN_GAP.match(gap) is not None
        link = previous is not None and tuple(fold(gap).split()) in _chain_links(doc.lang or "en")
        linked = link and bool(m.unit_word)
        # "Dogankoy village of Pervari": a village's unit word and a link say the name after it is where the village
        # lies (when both are in one province)
        holds_village = link and not m.unit_word and bool(previous.unit_word) \
            and _unit_rank(doc, previous) == _UNIT_RANK["village"] and _same_region(previous, m)
        if previous is not None and (plain or linked or holds_village) \
                and (_unit_rank(doc, m) < _unit_rank(doc, previous) or _names_region_of(m, previous)
                     or plain and _same_brackets(doc, previous, m) or holds_village
                     or plain and _unit_rank(doc, m) == _unit_rank(doc, previous) and m.unit_word and previous.unit_word
                     and fold(m.unit_word) != fold(previous.unit_word)):  # "Ann Township, Kyaukpyu District"
            previous = m
            continue
        kept.append(m)
        previous = m
    return kept


def _same_region(a: PlaceMention, b: PlaceMention) -> bool:
    """Both places lie in one first-level region of one country."""
    p, q = a.place, b.place
    return p is not None and q is not None and p.country_code == q.country_code and fold(p.admin1) == fold(q.admin1)


_ROAD_JOIN = re.compile(r"^\s?[-\u2013\u2014/]\s?$")


def _drop_road_ends(doc: Document, here: list[PlaceMention]) -> list[PlaceMention]:
    """'on the Damboa - Maiduguri road', 'di jalan raya Sentani - Jayapura': two places joined by a dash with a road
    word after (or before) them name a road; the event is on it, coded to the first place, not one event at each
    end."""
    after, before = _road_words(doc.lang or "en")
    if not after and not before:
        return here
    ordered = sorted(here, key=lambda m: m.span.start)
    dropped: set[int] = set()
    for a, b in zip(ordered, ordered[1:]):
        if not _ROAD_JOIN.match(doc.text[a.span.end:b.span.start]):
            continue
        next_word = re.match(r"\s+(\w+)", doc.text[b.span.end:b.span.end + 30])
        previous = tuple(fold(w) for w in re.findall(r"\w+", doc.text[max(0, a.span.start - 30):a.span.start]))
        if (next_word and fold(next_word.group(1)) in after) or any(previous[-len(p):] == p for p in before if p):
            dropped.add(id(b))
    return [m for m in here if id(m) not in dropped]


def _drop_linked_ends(doc: Document, here: list[PlaceMention], usable: list[PlaceMention],
                      sentence: Span) -> list[PlaceMention]:
    """'jalan yang menghubungkan Pelabuhan Amamapare, Timika, dan Tembagapura', 'the highway linking Kabul and
    Kandahar': the places a road or bridge links (``link_words``) only say which road it is; the event is at another
    place the sentence names, else at a specific one of ``usable`` told before ``sentence`` (:func:`event_places`
    falls back to it), else at the road's first end."""
    links, joined = _link_words(doc.lang or "en")
    if not links or not here:
        return here
    ordered = sorted(here, key=lambda m: m.span.start)
    linked: set[int] = set()
    for k, m in enumerate(ordered):
        previous = ordered[k - 1] if k else None
        if previous is not None and id(previous) in linked and joined.fullmatch(doc.text[previous.span.end:m.span.start]):
            linked.add(id(m))  # the next name of the list
            continue
        floor = previous.span.end if previous is not None else max(0, m.span.start - 60)
        words = tuple(fold(w) for w in re.findall(r"\w+", doc.text[floor:m.span.start]))
        # the link word, then at most two words ("menghubungkan Pelabuhan Amamapare", "linking the town of")
        if any(words[len(words) - len(p) - n:len(words) - n] == p for p in links for n in range(3)
               if len(words) >= len(p) + n):
            linked.add(id(m))
    if len(linked) == len(here) and len(here) > 1:
        # the road is named by its ends alone: where it happened was told before it, else it is coded to its first end
        # ("on the road that connects Acapulco to Zihuatanejo"), as a road written with a dash is
        told_before = any(m.span.end <= sentence.start and _rank(m) >= 2 for m in usable)
        return [] if told_before else [min(here, key=lambda m: m.span.start)]
    return [m for m in here if id(m) not in linked]


def _drop_between_ends(doc: Document, here: list[PlaceMention], written: list[PlaceMention] = ()) -> list[PlaceMention]:
    """'between Pyin Wan and Kan Pyin village', 'di antara Kampung Wuloni dan Kampung Kwiyagi': two places after
    "between" say where one event happened, somewhere in between; it is coded to the more specific of them (a
    village before a town or a province's namesake), else to the first; not one event at each (nor at the other
    where it is named again). The pair only says where a place lies when it follows that place
    ("near Chein Khar Li village, between Inn Din and Koe Tan Kauk") or when both are regions and a town is named
    ("between Al Sukhnah and Ash Shula on the border between Deir-ez-Zor and Homs"): then neither is the place.
    ``written``: the sentence's places with the units they are written in, which say the region the pair lies in."""
    cues, joins = _between_words(doc.lang or "en")
    if not cues or not joins:
        return here
    ordered = sorted(here, key=lambda m: m.span.start)
    dropped: set[str] = set()
    for i, (a, b) in enumerate(zip(ordered, ordered[1:])):
        gap = doc.text[a.span.end:b.span.start]
        gap_words = [fold(w) for w in re.findall(r"\w+", gap)]
        if re.search(r"[,.;:()]", gap) or not joins & set(gap_words) or len(gap_words) > 3:
            continue
        lead = doc.text[max(0, a.span.start - 40):a.span.start]
        lead_words = [fold(w) for w in re.findall(r"\w+", lead.split(",")[-1])]
        if not cues & set(lead_words[-4:]) or a.place.geonameid == b.place.geonameid:
            continue
        # the more specific of the two ("between Paletwa Town and Baung Wee village": the village), else the one in
        # the region the sentence names (not a namesake elsewhere), else the first
        others = [m for m in (written or ordered) if m is not a and m is not b]  # ``written`` holds ``here``
        keep, drop = (b, a) if (_unit_rank(doc, b), _region_shared(b, others)) > (
            _unit_rank(doc, a), _region_shared(a, others)) else (a, b)
        dropped.add(drop.place.geonameid)
        before = ordered[i - 1] if i else None
        link = doc.text[before.span.end:a.span.start] if before is not None else ""
        describes = (before is not None and _rank(before) >= 3 and "," in link
                     and len(re.findall(r"\w+", link)) <= 4)  # "near X village, between A and B"
        regions = max(_rank(a), _rank(b)) <= 2 and any(_rank(m) >= 3 for m in ordered if m is not a and m is not b)
        if describes or regions:
            dropped.add(keep.place.geonameid)
    return [m for m in here if m.place.geonameid not in dropped]


def _region_shared(m: PlaceMention, others: list[PlaceMention]) -> bool:
    """Another place of the sentence lies in ``m``'s first-level region."""
    return any(_same_region(m, o) for o in others)


@functools.cache
def _between_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's "between" words and the words joining the two places after them, folded once."""
    words = load(lang, "places")
    return (frozenset(fold(w) for w in words.get("between_words") or ()),
            frozenset(fold(w) for w in words.get("between_joins") or ()))


@functools.cache
def _road_words(lang: str) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The language's road words written after two places and before them, folded once."""
    words = load(lang, "places")
    return (frozenset(fold(w) for w in words.get("road_words_after") or ()),
            frozenset(tuple(fold(w).split()) for w in words.get("road_words_before") or ()))


@functools.cache
def _link_words(lang: str) -> tuple[frozenset[tuple[str, ...]], re.Pattern]:
    """The language's words for what a road or bridge links, folded once, and the gap between two of its ends (commas
    and ``link_joiners``: "connects Acapulco to Zihuatanejo", "Amamapare, Timika, dan Tembagapura")."""
    words = load(lang, "places")
    joiners = "|".join(re.escape(w) for w in words.get("link_joiners") or ())
    gap = re.compile(rf"(?:\s*(?:,|\b(?:{joiners})\b)\s*)*" if joiners else r"[\s,]*", re.IGNORECASE)
    return frozenset(tuple(fold(w).split()) for w in words.get("link_words") or ()), gap


@functools.cache
def _chain_links(lang: str) -> frozenset[tuple[str, ...]]:
    """The language's words between a place and the unit it lies in ("area of"), folded once."""
    return frozenset(tuple(fold(w).split()) for w in load(lang, "places").get("chain_links") or ())


def _same_brackets(doc: Document, previous: PlaceMention, m: PlaceMention) -> bool:
    """'Bolsi (Torodi, Tillabery)': the names after the first inside one pair of brackets are the units holding it
    (not a list: "(Kabul, Kandahar and Herat)")."""
    text = doc.text
    opened = text.rfind("(", 0, previous.span.start)
    closed = text.find(")", m.span.end)
    if opened < 0 or closed < 0 or text.rfind(")", 0, m.span.start) > opened or "(" in text[opened + 1:m.span.start]:
        return False
    p, q = previous.place, m.place
    return p.country_code == q.country_code and fold(p.admin1) == fold(q.admin1) \
        and not conjunctions(doc.lang or "en").search(text, opened, closed)


def _names_region_of(m: PlaceMention, previous: PlaceMention) -> bool:
    """'Barra Mansa, Rio de Janeiro', 'Cuauhtemoc, Chihuahua': the name after the comma is the state or district
    the place before it lies in, though a city of that name was taken for it."""
    inner, outer = previous.place, m.place
    if inner is None or outer is None or outer.level != "populated" or inner.country_code != outer.country_code:
        return False
    regions = {_undoubled(fold(name)) for name in (inner.admin1, inner.admin2) if name}
    written = fold(m.name)
    # "Torodi, Tillabery": the town Tillaberi, written another way, names the region it is the capital of; "Nihm
    # (Sanaa)": the governorate Sana'
    return (_undoubled(written) in regions or _undoubled(fold(outer.name)) in regions) and written != fold(inner.name) \
        and fold(outer.name) != fold(inner.name)


def _undoubled(key: str) -> str:
    """A folded name with each doubled letter written once: 'sanaa' and 'sana' (from "Sana'") are one name."""
    return re.sub(r"(\w)\1+", r"\1", key)


def _past_unit(text: str, end: int, unit_word: str) -> int:
    """Where a name ends with the unit word written after it ("Baharak district", "Rapar town")."""
    if unit_word:
        m = re.match(r"\s+" + re.escape(unit_word) + r"\b", text[end:end + len(unit_word) + 4], re.IGNORECASE)
        if m:
            return end + m.end()
    return end


def _is_relative(doc: Document, m: PlaceMention) -> bool:
    """The place is named as a reference point ("di utara Kabul", "near Wamena")."""
    words = load(doc.lang or "en", "places")
    cues = {fold(w) for w in (words.get("near_words") or [])} | {fold(w) for w in (words.get("relative_words") or [])}
    links = {fold(w) for w in (words.get("relative_links") or [])}
    line_start = doc.text.rfind("\n", 0, m.span.start) + 1
    before = re.findall(r"\w+", doc.text[max(line_start, m.span.start - 40):m.span.start])[-3:]
    while before and (fold(before[-1]) in links or (m.unit_word and before[-1] == m.unit_word.split()[-1])):
        before.pop()  # "north of", "dekat dengan", "near the", "dekat lembah"
    # a lowercase cue right before the name: compass words inside names ("Jawa Barat") are capitalised
    return bool(before) and before[-1].islower() and fold(before[-1]) in cues


def _with_rule(m: PlaceMention, rule: str) -> PlaceMention:
    return dataclasses.replace(m, rule=rule)


def _focus_place(doc: Document) -> list[PlaceMention]:
    gaz = _LAST_GAZ or Gazetteer.load()
    country = gaz.country(doc.focus_country or "")
    if country is None:
        return []
    return [PlaceMention(span=doc.span(0, 0, "place"), name=country.name, place=country, geo_precision=3,
                         rule="focus-country")]
