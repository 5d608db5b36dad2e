"""Events: find what happened, type it in ACLED's taxonomy and fill its fields.

For each sentence the trigger lexicons of the document's language
(``lang/<code>/events.yaml``) propose sub-event types; modality cues just before a trigger
(denials, plans, threats, questions) cancel it; sentences about a past year are
background. The winning sub-type (``data/taxonomy.yaml`` priority, refined by the actors
and, for protests, by intervention and violence cues) becomes one event per location
(``event_places``), dated by ``date_for``, with actors, fatalities, casualty claims and
sources. Re-mentions of the same event in one document are merged into the first.

Every field keeps its evidence: the spans and the rule that decided it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from ..document import ActorMention, CasualtyClaim, DateMention, Document, EventMention, Evidence, PlaceMention, Span
from ..lang import load, register
from .dates import date_for, days_for, month_names, month_number
from .frontlines import FIGHTS, held_at, namesake_on_front
from .places import OFFICIAL_UNITS, event_places, km_between
from ..gazetteer.names import fold
from ..lexicon import Hit, Lexicon
from ..settings import Settings
from .actors import country_name, fill, find_actors
from .attribution import find_sources, reports_at
from .casualties import conjunctions, count_word, find_casualties, tells_deaths

register("events", {"triggers", "protest_modifiers", "peaceful", "territory_non_place_objects", "negation", "denial",
                    "irrealis", "claim", "cue_window", "needs_support", "support_words", "non_conflict", "disrupted_cues",
                    "firearm_words", "plain_clash", "symmetric", "riot_words", "protest_participants",
                    "protest_gathering", "protest_acts",
                    "territory_fighting", "territory_person_objects", "agent_markers", "agent_after", "associates",
                    "agent_hedges", "repelled", "harm_verbs", "relatives", "irrealis_subjects", "agent_origin",
                    "displacement", "cause_cues", "circumstance_cues", "entry_verbs", "crowd_agents", "attributive", "desk_cues",
                    "police_means", "notable_people", "protest_demands",
                    "after_trigger", "prevented", "summary_markers", "not_triggers", "light_verbs", "verb_pattern",
                    "territory_goods", "direct_fire", "bare_casualty", "habitual", "conditional", "court", "recap",
                    "running_summary", "remembered_violence",
                    "generic_attack", "personal", "operation_cues", "responsibility", "confirmation", "struck_verbs",
                    "passive_aux",
                    "crowd_triggers", "display_triggers", "toll_split", "toll_coded", "toll_total", "armed_unit_heads",
                    "ended_by", "reference_before", "reference_after", "bombed_without_aircraft",
                    "place_preps", "perpetrator_cues", "background_cues", "authority_acts",
                    "disappearance_cues", "regime_events", "self_dispersal", "accident_cues", "release_words",
                    "protest_scenes", "object_preps", "pluperfect", "reported_speech",
                    "unopposed", "raid_words", "found_cues", "released",
                    "settled_triggers", "perpetrator_breaks", "landforms", "found_dead", "personal_lead",
                    "not_negation", "earlier_after", "market_lead", "example_cues", "off_topic_lead",
                    "handling_cues", "agreement_nouns", "agreement_verbs", "support_lookalikes",
                    "match_crowds", "commemoration_cues", "relative_pronouns", "unknown_shooter", "repeated_cues",
                    "ground_weapons", "ground_assault", "year_articles", "fronted_place_preps"})

_NO_INITIATOR = "no named initiator: unidentified armed group"
_PERPETRATOR_RULE = "named after a perpetrator cue"
_ADDITIONAL_RULE = "deaths stated in the sentence, on top of those told before ('another', 'lainnya')"
_SPLIT_RULE = "deaths stated in the sentence, split between its"
#: the end of one sentence and the start of the next, inside a span read as one (a quotation)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[\"“]?[A-Z]")
_FOLLOWING_SPLIT_RULE = "deaths stated in a following sentence, split between the list's"
_POLITICAL_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_REFERENCE_RULE = "deaths stated in the sentence by words pointing back ('the victim')"
PROTEST_FAMILY = {"Peaceful protest", "Violent demonstration"}
# what troops who entered a place may do there that is the event rather than the entry (with violence against civilians)
ENTRY_ACTS = {"Arrests", "Looting/property destruction"}
_YEAR = re.compile(r"(?<![\d/])(19[5-9]\d|20\d\d)(?![\d/])")
_WORDS = re.compile(r"\w+")


@functools.cache
def taxonomy() -> dict:
    """The language-independent ACLED taxonomy and coding preferences."""
    text = resources.files("warta").joinpath("data", "taxonomy.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    data["event_type_of"] = {sub: etype for etype, subs in data["types"].items() for sub in subs}
    return data


class _Knowledge:
    def __init__(self, lang: str) -> None:
        data = load(lang, "events")
        triggers = dict(data.get("triggers") or {})
        # a coup, a curfew, a prison escape: Other triggers that tell the whole event (see _type_found)
        triggers["Other"] = [*triggers.get("Other", []), *data.get("regime_events", [])]
        self.triggers = {sub: Lexicon(terms) for sub, terms in triggers.items()}
        self.modifiers = {sub: Lexicon(terms) for sub, terms in (data.get("protest_modifiers") or {}).items()}
        self.peaceful = Lexicon(data.get("peaceful", []))
        self.non_place_objects = Lexicon(data.get("territory_non_place_objects", []))
        self.negation = Lexicon(data.get("negation", []))
        self.not_negation = Lexicon(data.get("not_negation", []))
        self.earlier_after = Lexicon(data.get("earlier_after", []))
        self.denial = Lexicon(data.get("denial", []))
        self.irrealis = Lexicon(data.get("irrealis", []))
        self.claim = Lexicon(data.get("claim", []))
        self.cue_window = int(data.get("cue_window", 4))
        self.needs_support = {t.lower() for t in data.get("needs_support", [])}
        self.support = Lexicon(data.get("support_words", []))
        self.non_conflict = Lexicon(data.get("non_conflict", []))
        self.disrupted = Lexicon(data.get("disrupted_cues", []))
        self.plain_clash = {t.lower() for t in data.get("plain_clash", [])}
        self.firearms = Lexicon(data.get("firearm_words", []))
        self.symmetric = {t.lower() for t in data.get("symmetric", [])}
        self.riot_words = {t.lower() for t in data.get("riot_words", [])}
        self.participants = Lexicon(data.get("protest_participants", []))
        self.gathering = Lexicon(data.get("protest_gathering", []))
        self.protest_acts = Lexicon(data.get("protest_acts", []))
        self.territory_fighting = Lexicon(data.get("territory_fighting", []))
        self.person_objects = Lexicon(data.get("territory_person_objects", []))
        self.goods = Lexicon(data.get("territory_goods", []))
        self.place_preps = {w.lower() for w in data.get("place_preps", [])}
        self.object_preps = {w.lower() for w in data.get("object_preps", [])}
        self.pluperfect = Lexicon(data.get("pluperfect", []))
        self.reported_speech = Lexicon(data.get("reported_speech", []))
        self.unopposed = Lexicon(data.get("unopposed", []))
        self.raid_words = {w.lower() for w in data.get("raid_words", [])}
        self.found_cues = {w.lower() for w in data.get("found_cues", [])}
        self.released = Lexicon(data.get("released", []))
        self.settled_triggers = {t.lower() for t in data.get("settled_triggers", [])}
        self.perpetrator_cues = Lexicon(data.get("perpetrator_cues", []))
        # a place preposition breaks the link too ("dilakukan seniornya ke polisi": reported to the police)
        self.perpetrator_breaks = self.place_preps | {w.lower() for w in data.get("perpetrator_breaks", [])}
        self.landforms = {w.lower() for w in data.get("landforms", [])}
        self.direct_fire = Lexicon(data.get("direct_fire", []))
        self.ground_weapons = Lexicon(data.get("ground_weapons", []))
        self.ground_assault = Lexicon(data.get("ground_assault", []))
        self.year_articles = {w.lower() for w in data.get("year_articles", [])}
        self.fronted_place_preps = {w.lower() for w in data.get("fronted_place_preps", [])}
        self.bare_casualty = {t.lower() for t in data.get("bare_casualty", [])}
        self.found_dead = {t.lower() for t in data.get("found_dead", [])}
        self.ended = Lexicon(data.get("ended_by", []))
        self.bombed_without_aircraft = {w.lower() for w in data.get("bombed_without_aircraft", [])}
        self.reference_before = {w.lower() for w in data.get("reference_before", [])}
        self.reference_after = {w.lower() for w in data.get("reference_after", [])}
        self.agent_markers = {w.lower() for w in data.get("agent_markers", [])}
        self.agent_after = {w.lower() for w in data.get("agent_after", [])}
        self.agent_hedges = {w.lower() for w in data.get("agent_hedges", [])}
        self.agent_origin = {w.lower() for w in data.get("agent_origin", [])}
        self.displacement = Lexicon(data.get("displacement", []))
        self.cause_cues = Lexicon(data.get("cause_cues", []))
        self.circumstance = Lexicon(data.get("circumstance_cues", []))
        self.entry_verbs = {w.lower() for w in data.get("entry_verbs", [])}
        self.background = Lexicon(data.get("background_cues", []))
        self.crowd_agents = frozenset(w.lower() for w in data.get("crowd_agents", []))
        self.unknown_shooter = Lexicon(data.get("unknown_shooter", []))
        self.relative_pronouns = frozenset(w.lower() for w in data.get("relative_pronouns", []))
        self.attributive = {w.lower() for w in data.get("attributive", [])}
        self.desk_cues = Lexicon(data.get("desk_cues", []))
        self.repelled = Lexicon(data.get("repelled", []))
        self.harm_verbs = Lexicon(data.get("harm_verbs", []))
        self.relatives = {w.lower() for w in data.get("relatives", [])}
        self.irrealis_subjects = {w.lower() for w in data.get("irrealis_subjects", [])}
        self.associates = Lexicon(data.get("associates", []))
        self.police_means = {w.lower() for w in data.get("police_means", [])}
        self.authority_acts = {w.lower() for w in data.get("authority_acts", [])}
        self.disappearance = {w.lower() for w in data.get("disappearance_cues", [])}
        self.regime_events = {w.lower() for w in data.get("regime_events", [])}
        self.self_dispersal = Lexicon(data.get("self_dispersal", []))
        self.accident = Lexicon(data.get("accident_cues", []))
        self.release_words = {w.lower() for w in data.get("release_words", [])}
        self.protest_scenes = Lexicon(data.get("protest_scenes", []))
        self.notable_people = Lexicon(data.get("notable_people", []))
        self.after_trigger = Lexicon(data.get("after_trigger", []))
        self.not_triggers = Lexicon(data.get("not_triggers", []))
        self.prevented = Lexicon(data.get("prevented", []))
        self.summary = Lexicon(data.get("summary_markers", []))
        self.demands = Lexicon(data.get("protest_demands", []))
        self.light_verbs = {t.lower() for t in data.get("light_verbs", [])}
        self.verb = re.compile(data["verb_pattern"], re.IGNORECASE) if data.get("verb_pattern") else None
        self.habitual = Lexicon(data.get("habitual", []))
        self.repeated = Lexicon(data.get("repeated_cues", []))
        self.examples = Lexicon(data.get("example_cues", []))
        self.conditional = Lexicon(data.get("conditional", []))
        self.court = Lexicon(data.get("court", []))
        self.recap = Lexicon(data.get("recap", []))
        self.remembered_violence = Lexicon(data.get("remembered_violence", []))
        summary = data.get("running_summary")  # "Gunmen ... have killed and kidnapped hundreds in the past two years"
        self.running_summary = re.compile(summary, re.IGNORECASE) if summary else None
        self.personal = Lexicon(data.get("personal", []))
        self.personal_lead = bool(data.get("personal_lead", False))
        self.market_lead = Lexicon(data.get("market_lead", []))
        self.off_topic_lead = Lexicon(data.get("off_topic_lead", []))
        self.handling = Lexicon(data.get("handling_cues", []))
        self.agreement_nouns = {t.lower() for t in data.get("agreement_nouns", [])}
        self.support_lookalikes = Lexicon(data.get("support_lookalikes", []))
        self.match_crowds = Lexicon(data.get("match_crowds", []))
        self.commemoration = Lexicon(data.get("commemoration_cues", []))
        self.agreement_verbs = Lexicon(data.get("agreement_verbs", []))
        self.operation_cues = Lexicon(data.get("operation_cues", []))
        self.responsibility = Lexicon(data.get("responsibility", []))
        self.confirmation = Lexicon(data.get("confirmation", []))
        self.struck_verbs = Lexicon(data.get("struck_verbs", []))
        self.passive_aux = {w.lower() for w in data.get("passive_aux", [])}
        self.generic_attack = Lexicon(data.get("generic_attack", []))
        self.crowd_triggers = {t.lower() for t in data.get("crowd_triggers", [])}
        self.display_triggers = {t.lower() for t in data.get("display_triggers", [])}
        # a capitalised name whose head is an armed unit ("the 444th Brigade", "the Radaa force"); the unit words are
        # matched in any case, the name before them must be capitalised
        units = "|".join(re.escape(w) for w in data.get("armed_unit_heads", []))
        self.armed_units = re.compile(r"\b(?:[A-Z0-9][\w'-]*\s+){1,4}(?i:" + units + r")\b") if units else None
        self.toll_split, self.toll_coded, self.toll_total = (
            re.compile(data[key], re.IGNORECASE) if data.get(key) else None
            for key in ("toll_split", "toll_coded", "toll_total"))


@functools.cache
def knowledge(lang: str) -> _Knowledge:
    return _Knowledge(lang)


@dataclass
class _Typing:
    sub_event_type: str
    trigger: Hit
    rule: str
    modifier: Hit | None = None
    # a trigger told as the cause ("after a youth was shot dead") or protests told as the time of a mob's act ("amid
    # ongoing demonstrations") were set aside: the model, which reads their words as the event's, does not retype it
    cause: bool = False
    told_as: str = ""  # the type the trigger told, when the model overrode it


def _modal(doc: Document, sent: Span, hit: Hit, know: _Knowledge) -> str:
    """'denied', 'prevented', 'irrealis', 'habitual', 'background', 'negated' or '' for a trigger, from the cues
    around it."""
    clause_start = max(sent.start, doc.text.rfind(",", sent.start, hit.start) + 1, doc.text.rfind(";", sent.start, hit.start) + 1)
    if know.denial.search(doc.text, sent.start, hit.start):
        return "denied"
    if know.conditional.search(doc.text, sent.start, hit.start):
        return "irrealis"  # "kalau polisi pulang, mereka tawuran lagi": a condition, not a report
    if know.prevented.search(doc.text, hit.end, sent.end):
        return "prevented"
    after = list(_WORDS.finditer(doc.text, hit.end, sent.end))[:3]
    if after and know.after_trigger.search(doc.text, hit.end, after[-1].end()):
        return "irrealis"
    habit = know.habitual.search(doc.text, hit.end, sent.end) if after else None
    if habit is not None and habit.start < after[-1].end() and not re.search(r"[,;]", doc.text[hit.end:habit.start]):
        return "habitual"  # "bentrokan yang sering terjadi", "aircraft have been carrying out air strikes"
    if after and know.earlier_after.search(doc.text, hit.end, after[-1].end()):
        return "background"  # "serangkaian bom yang terjadi sebelumnya di negara lain"
    if after and after[0].group(0)[:1].isupper() and after[0].group(0).lower() in month_names(doc.lang or "en") \
            and not re.match(r"\s*\d", doc.text[after[0].end():after[0].end() + 3]) \
            and not re.search(r"\d\s*$", doc.text[max(sent.start, hit.start - 4):hit.start]):
        return "background"  # "kerusuhan Mei": an event known by its month is history, not news
    if _month_before(doc, sent, hit):
        return "background"  # "his part in a December demonstration": an earlier month's event, named by its month
    year = _YEAR.search(doc.text, hit.end, min(sent.end, hit.end + 12))
    if year is None and know.year_articles:
        # "the 2009 Maguindanao massacre": an article, the year, then at most two words of a name (not "nearly 2000
        # migrant laborers gathered": a number)
        year = next((y for y in _YEAR.finditer(doc.text, max(sent.start, hit.start - 30), hit.start)
                     if len(_WORDS.findall(doc.text[y.end():hit.start])) <= 2
                     and not re.search(r"[,.;:()]", doc.text[y.end():hit.start])
                     and (_WORDS.findall(doc.text[max(sent.start, y.start() - 12):y.start()]) or [""])[-1].lower()
                     in know.year_articles), None)
    if year is not None:
        reference = _reference_date(doc)
        if reference is not None and int(year.group(0)) < reference.year:
            return "background"  # "kerusuhan Mei 1998"
    words = list(_WORDS.finditer(doc.text, clause_start, hit.start))[-know.cue_window:]
    if not words:
        return ""
    example = know.examples.search(doc.text, words[-2:][0].start(), hit.start)  # "seperti", "such as" right before
    if example is not None and not doc.text[example.end:hit.start].strip() \
            and not any(hit.end <= d.span.start < sent.end and d.role == "event" for d in doc.dates):
        return "habitual"  # "kenakalan remaja seperti tawuran, geng motor": a kind of thing, named as an example
    window_start = words[0].start()
    names: list[Span] | None = None  # actor names in the window, matched only when a cue is there
    # "Tak hanya laporan ke polisi, berbagai aksi pun digelar": "not only" negates nothing
    not_negations = list(know.not_negation.finditer(doc.text, window_start, hit.start))
    for lexicon, verdict in ((know.negation, "negated"), (know.irrealis, "irrealis"), (know.habitual, "habitual")):
        for cue in lexicon.finditer(doc.text, window_start, hit.start):
            if verdict == "negated" and any(x.start <= cue.start < x.end for x in not_negations):
                continue
            if names is None:
                names = [a.span for a in find_actors(doc, window_start, hit.start, doc.focus_country)]
            # a cue inside an actor's name is not a cue ("orang tak dikenal": an unknown person)
            if verdict == "irrealis" and cue.term in know.irrealis_subjects and _is_passive(doc, hit) \
                    and len(_WORDS.findall(doc.text[cue.end:hit.start])) <= 3 and "," not in doc.text[cue.end:hit.start]:
                continue  # "a drug suspect was killed": the suspect is the one it was done to, not a suspect of it
            if verdict == "irrealis" and cue.term in know.irrealis_subjects and (before := _WORDS.findall(
                    doc.text[max(sent.start, cue.start - 20):cue.start])) and before[-1].lower() in know.agent_markers:
                continue  # "officers were attacked by suspects and a shoot-out broke out": the suspects acted
            if any(d.span.start <= cue.start < d.span.end for d in doc.dates):
                continue  # "On 5 May 2020 workers protested": the month, not the modal verb
            if re.match(r"\.\s?\d", doc.text[cue.end:cue.end + 3]):
                continue  # "LIB No.127": a number sign, not a negation
            if not any(n.start <= cue.start < n.end for n in names) and not _governs_other_verb(doc, cue, hit, know):
                return verdict
    return ""


def _repeated(doc: Document, sent: Span, hit: Hit, sub: str, know: _Knowledge) -> bool:
    """A gathering or a deal told as done several times ("dua kali menggerakkan aksi unjuk rasa", "telah beberapa kali
    menggelar deklarasi damai", "have rallied repeatedly"): many events summed up, none of them told. Only for
    protests and agreements (``sub``, the trigger's sub-type): "repeatedly beat a civilian" is one attack; and after
    the trigger only for protests."""
    for cue in know.repeated.finditer(doc.text, max(sent.start, hit.start - 40), hit.start):
        between = doc.text[cue.end:hit.start]
        if len(_WORDS.findall(between)) <= 3 and not re.search(r"[,;]", between):
            return True
    if taxonomy()["event_type_of"].get(sub) != "Protests":
        return False  # "jets broke the sound barrier repeatedly over Beirut on Tuesday": one overflight
    cue = know.repeated.search(doc.text, hit.end, min(sent.end, hit.end + 25))
    return cue is not None and len(_WORDS.findall(doc.text[hit.end:cue.start])) <= 1 \
        and not re.search(r"[,;]", doc.text[hit.end:cue.start])


@dataclass(frozen=True)
class _Lead:
    """What a report's opening says of the whole report (read once per document, see :func:`_lead`).

    ``court``: its first three sentences are about a trial, so what it tells of the crime is old. ``personal``: they
    tell a private quarrel ("Korban adalah mantan istri pelaku"), so the killing it reports, told again further down,
    is a crime, not political violence; for languages whose data say so (``personal_lead``: in ACLED's English
    notes "a mentally ill man was shot by soldiers" is an attack) and for any report with a headline. ``market``: its
    title or first two sentences are about markets ("Wall Street Rontok Usai Serangan Israel ke Iran"), so the violence it tells is the cause of a
    price move, told from elsewhere, not news it reports. ``commemoration``: its title or first two sentences tell a
    commemoration of violence ("marked the 75th anniversary of the massacres"; not "to commemorate the group's fifth
    anniversary"), so an undated event named again further down ("The killings began ...") is the one remembered.
    ``off_topic``: its title or first two sentences are about a match or an accident ("Rekor Apik Iringi Langkah
    Fajar/Fikri ke Semifinal"), so its ambiguous verbs ("menembak",
    "menaklukkan") mean what they mean in sport or in a disaster, in every sentence.
    """

    court: bool
    personal: bool
    market: bool
    off_topic: bool
    commemoration: bool = False


def _lead(doc: Document) -> _Lead:
    head = tuple((s.start, s.end) for s in (doc.sentences or [Span(0, len(doc.text))])[:3])
    return _lead_of(doc.lang or "en", doc.text, doc.title or "", head)


@functools.lru_cache(maxsize=8)
def _lead_of(lang: str, text: str, title: str, head: tuple[tuple[int, int], ...]) -> _Lead:
    """:func:`_lead` for one document, cached: every sentence of a report is typed against the same opening."""
    know = knowledge(lang)

    def told(lexicon: Lexicon, spans) -> bool:
        return any(lexicon.search(text, start, end) is not None for start, end in spans)

    def remembered(where: str, start: int, end: int) -> bool:  # a commemoration of violence ("anniversary of the
        # massacres"), not of a founding ("commemoration of the Free Papua Movement anniversary, an armed clash broke
        # out": the clash is the news)
        return any(know.remembered_violence.search(where, cue.end, end) is not None
                   for cue in know.commemoration.finditer(where, start, end))

    # a private quarrel told in the opening: for languages whose data say so, and for any article with a headline (a
    # one-paragraph ACLED note has none: "a mentally ill man was shot by soldiers" is an attack)
    personal = (know.personal_lead or bool(title)) and (told(know.personal, head)
                                                        or know.personal.search(title) is not None)
    return _Lead(court=told(know.court, head), personal=personal,
                 market=know.market_lead.search(title) is not None or told(know.market_lead, head[:2]),
                 off_topic=know.off_topic_lead.search(title) is not None or told(know.off_topic_lead, head[:2]),
                 commemoration=any(remembered(t, start, end) for t, start, end in ((title, 0, len(title)),
                                                                                   *((text, a, b) for a, b in head[:2]))))


def _month_before(doc: Document, sent: Span, hit: Hit) -> bool:
    """The trigger follows a month's name written as its modifier ("a December demonstration"), with no day number
    before the month, and the month is not the one the report is dated in."""
    before = list(_WORDS.finditer(doc.text, max(sent.start, hit.start - 40), hit.start))
    if not before or doc.text[before[-1].end():hit.start] != " ":
        return False
    month = before[-1].group(0)
    number = month_number(doc.lang or "en", month)
    if not month[:1].isupper() or len(month) <= 3 or number is None:
        return False
    if len(before) > 1 and before[-2].group(0).isdigit():
        return False  # "on 5 December protests ...": a day
    reference = _reference_date(doc)
    return reference is None or number != reference.month


def _governs_other_verb(doc: Document, cue: Hit, hit: Hit, know: _Knowledge) -> bool:
    """'hendak membubarkan aksi tawuran': the cue bears on the verb between it and the trigger, not on the
    trigger (but 'akan menggelar aksi demo': a light verb passes the cue on)."""
    if know.verb is None:
        return False
    for w in _WORDS.finditer(doc.text, cue.end, hit.start):
        word = w.group(0).lower()
        if know.verb.fullmatch(word) and word not in know.light_verbs and word.removesuffix("nya") not in know.light_verbs:
            return True
    return False


def type_sentence(doc: Document, sent: Span, context: list[Span] | tuple[Span, ...] = (), *,
                  unsupported: bool = False) -> _Typing | None:
    """The sub-event type a sentence reports, or None (no trigger, or only modal ones).

    ``context``: the sentences that follow it in the same report, read for the cues that
    refine a protest (violence, intervention, lethal force). ``unsupported``: ambiguous triggers type the sentence
    without the actor, casualty or weapon they otherwise need beside them.
    """
    know = knowledge(doc.lang or "en")
    tax = taxonomy()
    if "?" in sent.text:
        return None  # a question reports nothing that happened
    lead = _lead(doc)
    # sport, business, health, accidents use the same ambiguous verbs: there they need more than company
    said_off_topic = _off_topic(doc, sent, know)
    off_topic = lead.off_topic or said_off_topic
    # in a match report, a sentence of the game itself with no crowd named: its weapon words are figures of speech
    figurative = lead.off_topic and said_off_topic and know.match_crowds.search(doc.text, sent.start, sent.end) is None
    if lead.market:
        return None  # a market report: its violence is a price move's cause, told from elsewhere
    # a trial retells an old event ("terdakwa menembak korban"): the hearing is not the event (a protest at
    # the court is)
    in_court = know.court.search(doc.text, sent.start, sent.end) is not None or lead.court
    # "karena permasalahan pacar": a private quarrel, not political violence (a protest about one still is)
    personal = know.personal.search(doc.text, sent.start, sent.end) is not None or lead.personal
    supported: bool | None = None
    found: dict[str, Hit] = {}
    weak: dict[str, Hit] = {}
    # triggers of an event told as days before ("days after the RSF seized the town"), and weapons told as what backed
    # the act ("supported by French air strikes, drove the fighters out of the town"): they type the sentence only
    # when nothing else does
    earlier: dict[str, Hit] = {}
    shown = False  # a weapon shown or tested, not used (display_triggers)
    background = _background_clauses(doc, sent, know)
    backing = _background_clauses(doc, sent, know, know.associates)
    quoted = _quoted(doc, sent)
    lookalikes = list(know.not_triggers.finditer(doc.text, sent.start, sent.end))
    # a trigger word inside the name of who reported it ("a vigilante leader said") tells nothing of the event
    lookalikes += [Hit(c.start, c.end, "", "") for c in find_sources(doc, sent.start, sent.end)]
    # what a commemoration remembers ("marked the 75th anniversary of the massacres of May 8, 1945, when French troops
    # killed thousands"): an old event, to the end of the sentence; the commemoration itself is no event either
    lookalikes += [Hit(c.start, sent.end, "", "") for c in know.commemoration.finditer(doc.text, sent.start, sent.end)]
    for sub, lex in know.triggers.items():
        for hit in lex.finditer(doc.text, sent.start, sent.end):
            if (in_court or personal) and sub not in PROTEST_FAMILY:
                continue
            if _modal(doc, sent, hit, know) or _in_a_name(doc, sent, hit):
                continue
            if tax["event_type_of"][sub] in ("Protests", "Strategic developments") and _repeated(doc, sent, hit, sub, know):
                continue
            if any(x.start < hit.end and hit.start < x.end for x in lookalikes):
                continue
            if hit.term in know.agreement_nouns and not unsupported \
                    and know.agreement_verbs.search(doc.text, sent.start, sent.end) is None:
                continue  # "gencatan senjata ... menjadi prioritas utama": a ceasefire named, not one agreed or begun
            shown = shown or hit.term in know.display_triggers  # with or without the company it needs to type
            if sub in tax["needs_weapon"] and know.support.search(doc.text, sent.start, sent.end) is None:
                continue
            if lead.off_topic and not unsupported and tax["event_type_of"][sub] not in ("Protests", "Riots"):
                # a match or an accident report ("Dimarco langsung menembak dari jarak dekat", "bombarded with long
                # balls"): only with an armed or state actor or a weapon named besides the trigger itself, in its
                # sentence or the next (a crowd's riot at a match, a protest after an accident need nothing); in a
                # sentence of the game itself no weapon word counts ("a low shot inside the near post"), nor a side
                # the dictionary does not know ("Pasukan Hajime Moriyasu membombardir kotak penalti"), unless its
                # crowd is named ("rival fans clashed and threw stones")
                if not any(_supported(doc, span, know, wanted=(1, 2, 3, 4), casualties=False, own=hit,
                                      words=not figurative, known=figurative) for span in (sent, *context[:1])):
                    continue
            if unsupported:  # a snippet known to report an event: the trigger needs no company (classify._rules_only)
                pass
            elif sub in tax["needs_actor"]:
                # arrests, territory, sexual violence, defections: only with an armed or organised actor named
                # (police alone do not make an arrest political: who was arrested must be a group)
                # (a mob's sexual assault is sexual violence)
                wanted = {"Arrests": (2, 3, 4, 5, 6), "Sexual violence": (1, 2, 3, 4, 5)}.get(sub, (1, 2, 3, 4))
                notable = sub == "Arrests" and know.notable_people.search(doc.text, sent.start, sent.end) is not None
                # (the police who arrested the suspect or took the report are not a party: "diamankan polisi")
                if off_topic or not (notable or _supported(doc, sent, know, wanted=wanted, casualties=False,
                                                           words=sub != "Arrests", handling=sub != "Arrests")):
                    continue
            elif hit.term in know.needs_support:
                if off_topic:
                    continue
                if hit.term in know.bare_casualty:  # "killed" tells a death, not who killed: an actor or a weapon must
                    # be named in its sentence, and not as the one who reported it ("..., ujar Kapolsek", "police
                    # said"); a fire or an accident told in the next sentence is the cause
                    if any(_off_topic(doc, s, know) for s in context[:1]) or not _supported(
                            doc, sent, know, casualties=False, sources=True):
                        continue
                elif hit.term in know.found_dead:
                    # "ditemukan tewas" tells a death, not a killing: violence must be told with it (wounds, bonds, a
                    # weapon, an armed group), not a second report of the death, nor "no signs of violence"
                    if not any(_violence_told(doc, span, know) for span in (sent, *context[:2])):
                        continue
                elif hit.term in know.disappearance and _arrest_told(doc, sent, know):
                    pass  # "has not been seen since he was picked up": taken by someone, and not heard of again
                else:
                    if supported is None:
                        supported = any(_supported(doc, span, know, besides=hit) for span in (sent, *context[:1]))
                        if supported and _after_accident(doc, sent, know) and not any(
                                _supported(doc, span, know, besides=hit, casualties=False) for span in (sent, *context[:1])):
                            # "pascainsiden tenggelamnya KMP Tunu ... Tragedi ini menewaskan 18 orang": deaths
                            # with no one who caused them, told right after an accident, are the accident's
                            supported = False
                    if not supported:
                        continue
            if hit.term in know.bare_casualty or know.ended.search(doc.text, max(sent.start, hit.start - 25), hit.start):
                # a death word anchors the actors only when no other word of its type does; fighting a truce ended
                # ("ending a week of skirmishes") is the event only when nothing else is told
                weak.setdefault(sub, hit)
                continue
            if _within(hit, background) or _within(hit, quoted) or _pluperfect(doc, sent, hit, know) or (
                    sub in tax["territory"] and _in_relative_clause(doc, sent, hit, know)
                    and know.reported_speech.search(doc.text, sent.start, hit.start) is None) or (
                    tax["event_type_of"][sub] == "Explosions/Remote violence" and _within(hit, backing)):
                earlier.setdefault(sub, hit)
                continue
            found.setdefault(sub, hit)
            break
    if "Attack" in found and "Arrests" in found and found["Attack"].term in know.raid_words:
        del found["Attack"]  # "police raided the home of the party leader and took him into custody": the arrest
    if not found:  # a death word types the event only when no other trigger tells how it happened
        found = weak
    if not found:  # an event told only as days before another is still an event when nothing else is told
        found = earlier
    freed = _freed(doc, sent, found, know)
    if freed is not None:
        return _Typing("Other", freed, f"captives released '{freed.term}' (the capture told as what came before)")
    if shown:
        # "paraded ballistic missiles", "warplanes broke the sound barrier": the weapons were shown, not used
        found = {sub: hit for sub, hit in found.items() if tax["event_type_of"][sub] != "Explosions/Remote violence"}
    if "Peaceful protest" not in found:
        who = next((m for m in know.participants.finditer(doc.text, sent.start, sent.end)
                    if not _within(m, background)), None) \
            or know.participants.search(doc.text, sent.start, sent.end)
        demands = know.demands.search(doc.text, sent.start, sent.end) is not None
        stated = demands or any(lex.search(doc.text, sent.start, sent.end) for lex in know.modifiers.values())
        intervention = know.modifiers.get("Protest with intervention")
        cues = list(intervention.finditer(doc.text, sent.start, sent.end)) if intervention is not None else []
        means = any(m.term in know.police_means for m in cues)  # "police fired tear gas at drivers blocking the road"
        if who is None and (demands or means):
            # "parents gathered outside the school to demand ...", "workers barricaded roads with burning tyres
            # to demand their wages": a gathering or a riot's act with a demand is a protest
            who = know.gathering.search(doc.text, sent.start, sent.end) or know.protest_acts.search(doc.text, sent.start, sent.end)
        if who is not None and stated and not _modal(doc, sent, who, know) and not (personal and not demands):
            found["Peaceful protest"] = who  # protesters who demanded, or at whom police fired tear gas
        elif who is None and any(a.term in know.authority_acts and _acted_here(doc, sent, a, know) for a in cues):
            # "riot police detained dozens of women at a Saturday march", "menahan 370 orang yang mencoba menggelar
            # pawai": people arrested where they gathered to protest, even when the gathering was stopped
            scene = next((s for s in know.protest_scenes.finditer(doc.text, sent.start, sent.end)
                          if not _within(s, background)  # not "over remarks made at a political rally"
                          and not any(x.start < s.end and s.start < x.end for x in lookalikes)), None)
            if scene is not None:
                found["Peaceful protest"] = scene
    causes = {sub for sub, hit in found.items() if tax["event_type_of"][sub] not in ("Protests", "Riots")
              and _in_cause_clause(doc, sent, Span(hit.start, hit.end), know)}
    crowd = [hit for sub, hit in found.items() if tax["event_type_of"][sub] in ("Protests", "Riots")]
    if causes and crowd and not all(_in_cause_clause(doc, sent, Span(hit.start, hit.end), know) for hit in crowd):
        # "warga berunjuk rasa dan membakar pos polisi setelah seorang pemuda tewas ditembak": the shooting caused
        # the riot; the riot is the event (not "... died after police shot at students marching": the protest is
        # in the same clause, the shooting was done to it)
        found = {sub: hit for sub, hit in found.items() if sub not in causes}
        typing = _type_found(doc, sent, context, found, know, tax, personal, background)
        return dataclasses.replace(typing, rule=typing.rule + "; the violence told after it caused it", cause=True) \
            if typing is not None else None
    amid = _circumstance(doc, sent, found, know, tax)
    if amid is not None:
        found = {sub: hit for sub, hit in found.items() if tax["event_type_of"][sub] != "Protests"}
        typing = _type_found(doc, sent, context, found, know, tax, personal, background)
        if typing is not None and typing.sub_event_type in tax["rioter_variant"] \
                and _unrest_crowd(doc, sent, know, tax):
            # "unidentified persons vandalized the offices of the Awami League ..., amid ongoing demonstrations": the
            # unrest's mob, not an armed group's attack
            typing = dataclasses.replace(typing, sub_event_type=tax["rioter_variant"][typing.sub_event_type],
                                         rule=f"{typing.rule}; told amid protests ('{amid.term}'): the unrest's mob")
        if typing is not None and tax["event_type_of"][typing.sub_event_type] == "Riots":
            typing = dataclasses.replace(typing, cause=True)  # not the protest the model would read in its words
        return typing
    ended = found.get("Agreement") or found.get("Headquarters or base established")
    if ended is None and "Other" in found and found["Other"].term in know.regime_events:
        ended = found["Other"]
    if ended is not None and not _in_cause_clause(doc, sent, Span(ended.start, ended.end), know):
        # "agreed to a ceasefire after four days of missile and drone strikes", "memberlakukan jam malam setelah dua
        # malam kerusuhan", "built a new camp after being driven out of a forest": the fighting the deal ended, the
        # riot the curfew answered, the defeat that moved the camp; "dua kelompok yang terlibat
        # perang suku sepakat berdamai": the fighting that tells who made the deal
        # "set up a camp in Apure, which they use as a rear base for attacks": what the base is for
        found = {sub: hit for sub, hit in found.items()
                 if hit is ended or not (_in_cause_clause(doc, sent, Span(hit.start, hit.end), know)
                                         or _in_relative_clause(doc, sent, hit, know)
                                         or hit.start > ended.end and know.relatives
                                         & _words_before(doc, sent, hit.start, hit.start - ended.end))}
    return _type_found(doc, sent, context, found, know, tax, personal, background)


def _type_found(doc: Document, sent: Span, context, found: dict[str, Hit], know: _Knowledge, tax: dict,
                personal: bool, background: list[tuple[int, int]]) -> _Typing | None:
    """The sub-event type of the triggers found in a sentence: protest refinements, territory, priority
    (``background``: the sentence's clauses that tell an earlier event, whose cues do not refine it)."""
    if not found:
        return None
    explosions = set(tax["types"]["Explosions/Remote violence"])
    if found.keys() & PROTEST_FAMILY and not found.keys() & explosions:  # a grenade thrown at a rally: the blast
        base = "Violent demonstration" if "Violent demonstration" in found else "Peaceful protest"
        trigger = found[base]
        if base == "Violent demonstration":
            return _Typing(base, trigger, f"trigger '{trigger.term}'")
        peaceful = any(not _within(m, background) for m in know.peaceful.finditer(doc.text, sent.start, sent.end))
        own_violence = any(tax["event_type_of"][s] in ("Violence against civilians", "Battles") for s in found)
        # not from the next paragraph when it tells another place ("In Lagos, hundreds marched peacefully ... / The
        # worst violence was in Kano, where ... Police fired tear gas"): read once for every kind of cue
        near = [span for span in context if not _elsewhere(doc, sent, span)]
        # protesters who fought back ("clashed with police") make a violent demonstration even when police killed
        # some of them; excessive force is force against peaceful protesters
        for sub in ("Violent demonstration", "Excessive force against protesters", "Protest with intervention"):
            lex = know.modifiers.get(sub)
            if not lex or (sub == "Excessive force against protesters" and base != "Peaceful protest"):
                continue
            # the killing told next is the one this sentence tells too when it names its own attack ("Gunmen kill
            # two civilians in al-Bab as residents rally"), not force used on the rally
            spans = [sent, *(span for span in context[: (0 if own_violence else 1)
                                                       if sub == "Excessive force against protesters" else None]
                             if span in near)]
            for span in spans:
                if sub == "Violent demonstration" and peaceful:
                    continue  # the report calls it peaceful
                left = [(x.start, x.end) for x in know.self_dispersal.finditer(doc.text, span.start, span.end)]
                # "the crowd dispersed": no one intervened (tear gas or water cannon say who did, and so does an
                # arrest at this protest; "Taliban fighters broke up a rally": armed men did)
                mod = next((m for m in lex.finditer(doc.text, span.start, span.end)
                            if not (m.start == trigger.start and trigger.end == m.end)
                            and not _modal(doc, span, m, know)
                            and not (span is sent and _within(m, background)) and not _within(m, left)
                            and not (m.term in know.authority_acts and not _acted_here(doc, span, m, know))
                            and not (sub == "Violent demonstration" and _forces_did(doc, span, m, know))
                            and (sub != "Protest with intervention" or m.term in know.police_means
                                 or m.term in know.authority_acts or _armed_in(doc, span))), None)
                if mod is not None:
                    where = "" if span is sent else " in a following sentence"
                    return _Typing(sub, trigger, f"protest trigger '{trigger.term}' + {sub.lower()} cue '{mod.term}'{where}", mod)
        return _Typing(base, trigger, f"trigger '{trigger.term}'")
    entry = found.get("Non-violent transfer of territory")
    if entry is not None and entry.term.lower() in know.entry_verbs and any(
            tax["event_type_of"][sub] == "Violence against civilians" or sub in ENTRY_ACTS for sub in found):
        # "soldiers entered the village and detained 50 villagers", "opened fire on residents as they moved into the
        # village": what they did there is the event, not the entry (not "entered the town under a ceasefire deal",
        # nor "after the garrison surrendered": how the place changed hands)
        found = {sub: hit for sub, hit in found.items() if hit is not entry}
    if "Non-violent transfer of territory" in found:
        # "menguasai kampung itu setelah baku tembak", "entered the city after exchanging fire": a takeover after
        # fighting (Government regains territory when state forces take it: see _refine)
        fought = next((found[s] for s in ("Armed clash", "Attack") if s in found), None) \
            or next((f for f in know.territory_fighting.finditer(doc.text, sent.start, sent.end)
                     if not _modal(doc, sent, f, know)), None)  # not "ahead of a government offensive"
        if know.unopposed.search(doc.text, sent.start, sent.end) is not None:
            fought = None  # "entered the town unopposed", "tanpa perlawanan"
        hit = found["Non-violent transfer of territory"]
        blast = any(tax["event_type_of"][s] == "Explosions/Remote violence" for s in found)  # "a tractor ran over a mine"
        if fought is not None and not blast and _object_in(doc, sent, hit, know.goods) is None:
            return _Typing("Non-state actor overtakes territory", hit, f"territory verb '{hit.term}' + fighting '{fought.term}'", fought)
    other = found.get("Other")
    if other is not None and other.term in know.regime_events and not found.keys() - set(tax["part_of_regime_events"]):
        # "soldiers seized power and placed the president under house arrest", "12 escapees have been recaptured"
        return _Typing("Other", other, f"trigger '{other.term}' (the arrests and takeovers told with it are part of "
                       "it)")
    if found.keys() & {"Attack", "Armed clash"} and found.keys() & set(tax["direct_fire_clash"]):
        # "RSF troops attacked Wad al-Nourah ..., firing heavy machine guns and rocket-propelled grenades into homes":
        # weapons carried into a ground assault, not fire from afar
        found = {sub: hit for sub, hit in found.items() if not _carried_only(doc, sent, sub, know)}
    goods: Hit | None = None
    for sub in tax["priority"]:
        if sub in found:
            if sub in tax["territory"]:
                person = _people_taken(doc, sent, found[sub], know)
                if person is not None:
                    told = found.keys() - set(tax["territory"]) - {"Abduction/forced disappearance", "Arrests"}
                    if not told:  # "gunmen seized 11 coal miners": people taken, not a place
                        return _Typing("Abduction/forced disappearance", found[sub],
                                       f"territory verb '{found[sub].term}' with people as its object '{person.term}'",
                                       person)
                    # "residents seized a man ... and stoned him to death": what they did to him is the event (and
                    # "seized a man" is no weapon seized)
                    taken = found[sub]
                    found = {k: h for k, h in found.items() if not (h.start < taken.end and taken.start < h.end)}
                    continue
                goods = goods or _object_in(doc, sent, found[sub], know.goods)
                if goods is not None:  # "seized 3 tons of marijuana": goods taken, not a place; another trigger may tell more
                    continue
                if len(found) > 1 and _power_taken(doc, sent, found[sub], know):
                    continue  # "mengambil alih kekuasaan melalui kudeta": power taken, not a place; the coup tells more
            if sub in tax["direct_fire_clash"] and "Armed clash" in found:
                fire = know.direct_fire.search(doc.text, sent.start, sent.end)
                if fire is not None:  # heavy weapons together with small arms: both sides fighting
                    return _Typing("Armed clash", found[sub], f"'{found[sub].term}' with direct fire '{fire.term}'", fire)
            if sub in tax["support_in_clash"] and "Armed clash" in found:
                # "fighting broke out between the military and the AA, during which the military reinforced their
                # ground troops with helicopter airstrikes": the strikes are part of the battle
                return _Typing("Armed clash", found["Armed clash"],
                               f"trigger '{found['Armed clash'].term}' with '{found[sub].term}' in the fighting",
                               found[sub])
            if sub == "Mob violence" and found[sub].term in know.riot_words:
                protest = know.triggers.get("Peaceful protest")
                for span in context:
                    cue = protest.search(doc.text, span.start, span.end) if protest else None
                    if cue is not None and not _modal(doc, span, cue, know):
                        return _Typing("Violent demonstration", found[sub],
                                       f"riot '{found[sub].term}' + demonstration '{cue.term}' in the same report", cue)
            if tax["event_type_of"][sub] == "Explosions/Remote violence":
                # not "meledak saat hendak dijinakkan"; nor a cue told in another sentence of a quotation read as one
                # ("Ledakan bom bunuh diri terjadi ... . Polisi sedang mengamankan pawai ...")
                cue = next((c for c in know.disrupted.finditer(doc.text, sent.start, sent.end)
                            if not _modal(doc, sent, c, know) and not _SENTENCE_BREAK.search(
                                doc.text[min(c.end, found[sub].end):max(c.start, found[sub].start)])), None)
                # a weapon that hurt people was used, not disrupted: "40 people suffocated in a chlorine attack, with
                # gas cylinders found on the roofs"; "dua pelaku bom bunuh diri meledakkan diri ... saat polisi
                # mengamankan pawai. Tiga polisi gugur" (not an IED: "a second bomb was defused" after a blast is told)
                used = cue is not None and (cue.term in know.found_cues and _hurt(doc, sent) or (
                    sub != "Remote explosive/landmine/IED" and any(_hurt(doc, span) for span in context[:1])))
                cue = None if used else cue
                if cue is not None:
                    return _Typing("Disrupted weapons use", found[sub], f"explosive '{found[sub].term}' + cue '{cue.term}'", cue)
                accident = next((c for span in (sent, *context[:2])
                                 for c in know.accident.finditer(doc.text, span.start, span.end)
                                 if not _modal(doc, span, c, know)), None)
                if accident is not None:  # "blasts at an army ammunition depot ... caused by a short circuit"
                    return _Typing("Other", found[sub], f"explosion '{found[sub].term}' told as an accident "
                                   f"'{accident.term}'", accident)
                chemical = know.triggers.get("Chemical weapon")
                agent = None
                if chemical is not None and sub != "Chemical weapon":
                    agent = next((c for span in context[:1] for c in chemical.finditer(doc.text, span.start, span.end)
                                  if not _modal(doc, span, c, know)), None)
                if agent is not None:  # "menjatuhkan bom barel. Sekitar 100 orang sesak napas akibat paparan klorin"
                    return _Typing("Chemical weapon", found[sub], f"'{found[sub].term}' + chemical agent "
                                   f"'{agent.term}' in the next sentence", agent)
                suicide = know.triggers.get("Suicide bomb") if sub != "Suicide bomb" else None
                bomber = next((c for span in context[:2] for c in suicide.finditer(doc.text, span.start, span.end)
                               if not _modal(doc, span, c, know)), None) if suicide is not None else None
                if bomber is not None:  # "Dua ledakan bom panci ... Polisi memastikan ... pelaku bom bunuh diri"
                    return _Typing("Suicide bomb", found[sub], f"'{found[sub].term}' + suicide bomber "
                                   f"'{bomber.term}' told after it", bomber)
            return _Typing(sub, found[sub], f"trigger '{found[sub].term}'")
    if goods is not None:
        hit = next(found[s] for s in tax["territory"] if s in found)
        return _Typing("Looting/property destruction", hit, f"territory verb '{hit.term}' with goods as its object '{goods.term}'", goods)
    return None


def _power_taken(doc: Document, sent: Span, hit: Hit, know: _Knowledge) -> bool:
    """The object right after a territory verb is not a place ("took power", "mengambil alih kekuasaan"; not "menguasai
    penuh kota Paletwa di Negara Bagian Chin", a name)."""
    words = list(_WORDS.finditer(doc.text, hit.end, sent.end))[:2]
    found = know.non_place_objects.search(doc.text, words[0].start(), words[-1].end()) if words else None
    return found is not None and not found.text[:1].isupper()


def _object_in(doc: Document, sent: Span, hit: Hit, lexicon: Lexicon) -> Hit | None:
    """A word of ``lexicon`` among the six words after a verb, before any place ("seized 3 tons of marijuana")."""
    words = list(_WORDS.finditer(doc.text, hit.end, sent.end))[:6]
    if words and words[0].group(0).lower() in knowledge(doc.lang or "en").object_preps:
        return None  # "raised the national flag over the government complex": the verb's object is in the trigger
    found = lexicon.search(doc.text, words[0].start(), words[-1].end()) if words else None
    if found is None or any(hit.end <= m.span.start < found.start for m in doc.places):
        return None
    return found


def _territory_taken(doc: Document, sent: Span, hit: Hit, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places a territory verb took, written as its object ("RSF merebut kota Bara", "captured the town of
    Bara"; not "seized in the Presidente Dutra Highway": the language's ``place_preps``): the places named
    before the verb are where people fled or what lies near ("fled to El-Obeid after the RSF took Bara"), not a
    place taken."""
    if _is_passive(doc, hit):
        return places
    know = knowledge(doc.lang or "en")
    taken = _objects(doc, sent, hit, places, know.place_preps)
    if not taken:
        return places
    # another territory verb of the sentence with its own place ("recaptured the railway hub of Kupiansk and moved
    # into the city of Izium"): two places taken
    tax = taxonomy()
    joins = conjunctions(doc.lang or "en")
    more = [p for sub in tax["territory"] for other in know.triggers[sub].finditer(doc.text, hit.end, sent.end)
            if other.start >= taken[-1].span.end and not _modal(doc, sent, other, know)
            and not joins.sub(" ", doc.text[taken[-1].span.end:other.start]).strip(" ,")  # the same side's next act
            for p in _objects(doc, sent, other, places, know.place_preps - {"into"})[:1]]
    # and the places listed with the first one ("captured Bara and Um Sumeima"), not a place told further on
    # ("... merebut El-Fasher, ... sementara SAF menguasai ibu kota Khartoum")
    after = sorted((p for p in places if p.span.start >= taken[0].span.start), key=lambda p: p.span.start)
    listed = [after[0]]
    for p in after[1:]:
        gap = doc.text[listed[-1].span.end:p.span.start].rstrip()
        if p.unit_word and gap.lower().endswith(p.unit_word.lower()):
            gap = gap[:-len(p.unit_word)]  # "Distrik Baharak, Distrik Warduj dan Distrik Yamgan"
        if len(gap) > 40 or joins.sub(" ", gap).strip(" ,"):
            break  # not "Pol-e-Hesar, Deh Salah dan Banu"
        listed.append(p)
    return listed + [p for p in more if p not in listed]


def _objects(doc: Document, sent: Span, hit: Hit, places: list[PlaceMention], preps: set[str]) -> list[PlaceMention]:
    """The places written as the object of a territory verb, within six words after it with no punctuation or
    place preposition between ("captured the town of Bara", "recaptured the railway hub of Kupiansk")."""
    words = list(_WORDS.finditer(doc.text, hit.end, sent.end))[:6]
    limit = words[-1].end() if words else hit.end
    return [p for p in places if hit.end <= p.span.start <= limit
            and not re.search(r"[,.;:()]", doc.text[hit.end:p.span.start])
            and not {w.lower() for w in _WORDS.findall(doc.text[hit.end:p.span.start])} & preps]


def _people_taken(doc: Document, sent: Span, hit: Hit, know: _Knowledge) -> Hit | None:
    """The people a territory verb took ("seized 11 coal miners", "were seized by armed men": before the verb in
    the passive), when no place comes between them and the verb."""
    stop = re.search(r"[,.;:'\"()]", doc.text[hit.end:sent.end])
    words = list(_WORDS.finditer(doc.text, hit.end, hit.end + stop.start() if stop else sent.end))[:4]
    if words and words[0].group(0).lower() in know.agent_markers or _is_passive(doc, hit):
        words = list(_WORDS.finditer(doc.text, sent.start, hit.start))[-8:]  # "two fishermen were seized from ..."
    person = know.person_objects.search(doc.text, words[0].start(), words[-1].end()) if words else None
    if person is None or any(min(hit.end, person.end) <= m.span.start < max(hit.start, person.start) for m in doc.places):
        return None
    return person


_APPOSITION = 40  # characters after a source's name in which its title stands


def _cited(doc: Document, sent: Span) -> list[tuple[int, int]]:
    """Where the sentence names who reported it, with the title written after the name ("ungkap Anil Shinde,
    Inspektur Polisi Senior")."""
    return [(c.start, c.end + _APPOSITION) for c in find_sources(doc, sent.start, sent.end)]


def _is_cited(doc: Document, actor: ActorMention, cited: list[tuple[int, int]]) -> bool:
    if reports_at(doc, actor.span.end):
        return True  # "..., Kashmir police said"
    return any(c < actor.span.end and actor.span.start < e and not re.search(r"[.;:\n]", doc.text[c:actor.span.start])
               for c, e in cited)


def _supported(doc: Document, sent: Span, know: _Knowledge, *, wanted: tuple[int, ...] = (1, 2, 3, 4, 5, 6),
               casualties: bool = True, besides: Hit | None = None, words: bool = True, sources: bool = False,
               handling: bool = False, own: Hit | None = None, known: bool = False) -> bool:
    """An ambiguous trigger needs company: an armed or state actor, rioters or protesters, a casualty or a weapon
    (``besides``: the trigger itself, which does not count as its own casualty; ``words``: whether the support
    words count, not for arrests, where only who was arrested makes them political; ``sources``: whether an actor
    named as the one who reported it is left out; ``handling``: whether an actor named as the one who handles the case
    is left out: "ditangkap polisi", "melaporkan ... ke polisi"; ``own``: a trigger whose own words are no support
    word for it: "bomb*" in "bombarded with long balls"; ``known``: only actors of the dictionary count, not a side
    as written: "Pasukan Hajime Moriyasu", a coach's team)."""
    if words and any(not _inside(hit, know.support_lookalikes, doc, sent)
                     and not (own is not None and own.start < hit.end and hit.start < own.end)
                     for hit in know.support.finditer(doc.text, sent.start, sent.end)):
        return True
    # a source and the title written after it ("ungkap Anil Shinde, Inspektur Polisi Senior")
    cited = _cited(doc, sent) if sources else []
    actors = find_actors(doc, sent.start, sent.end, doc.focus_country)
    if any(a.inter in wanted and not _is_cited(doc, a, cited) and not (handling and _handles(doc, sent, a, know))
           and not (known and not a.rule.startswith("dictionary")) for a in actors):
        return True
    crowds = [a for a in actors if (_is_crowd(a, know) or _organisation(a)) and _acts(doc, a, besides, know)] \
        if besides is not None else []
    if crowds and any(not _is_cited(doc, a, _cited(doc, sent)) for a in crowds):
        # "a group of people attacked a media office", "members of Chhatra League assaulted ...": a crowd or the
        # members of a party or a movement acting, not one telling of it (nor students or villagers named as such)
        return True
    if not casualties:
        return False
    found = find_casualties(doc, sent.start, sent.end)
    spans = [c.span for c in found.claims if c.kind in ("killed", "injured", "killed_or_injured")] + found.spans
    if besides is not None:
        spans = [s for s in spans if s is None or not (s.start < besides.end and besides.start < s.end)]
    return bool(spans)


def _organisation(actor: ActorMention) -> bool:
    """The actor is the members of a named party, wing or movement ("BCL: Bangladesh Chhatra League"), not an
    identity group ACLED names by country ("Students (Indonesia)")."""
    return bool(actor.group) and not actor.group.endswith(")")


def _inside(hit: Hit, lookalikes: Lexicon, doc: Document, sent: Span) -> bool:
    """The support word is part of a phrase that means something else ("senjata" in "gencatan senjata")."""
    return any(x.start <= hit.start and hit.end <= x.end for x in lookalikes.finditer(doc.text, sent.start, sent.end))


def _handles(doc: Document, sent: Span, actor: ActorMention, know: _Knowledge) -> bool:
    """The actor is written right after a word of handling a case ("diamankan polisi", "tersangka oleh polisi",
    "arrested by police"): the authority that arrested the suspect or took the report, not a party to what was done."""
    cue = None
    for cue in know.handling.finditer(doc.text, max(sent.start, actor.span.start - 40), actor.span.start):
        pass
    return cue is not None and not doc.text[cue.end:actor.span.start].strip(" ,")


def _after_accident(doc: Document, sent: Span, know: _Knowledge) -> bool:
    """The sentence before ``sent`` tells of a match or an accident (``off_topic_lead``: "pascainsiden tenggelamnya
    KMP ...")."""
    before = max((s for s in doc.sentences if s.end <= sent.start), key=lambda s: s.start, default=None)
    return before is not None and know.off_topic_lead.search(doc.text, before.start, before.end) is not None


def _countries_in(doc: Document, sent: Span, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` and every country the sentence names as a place (not as a qualifier: "Polres Papua")."""
    return found + [m for m in doc.places if m.span.within(sent) and m.place is not None
                    and m.place.level == "country" and m.rule != "qualifier"]


def _targets_first(doc: Document, sent: Span, found: list[PlaceMention], trigger: Hit) -> list[PlaceMention]:
    """Of the countries the sentence names with an attack, those written after its trigger: "Israel melancarkan
    gelombang serangan udara terhadap Iran" happened in Iran; the country before the trigger is who did it."""
    if any(p.place is None or p.place.level != "country" for p in found):
        return found
    after = [p for p in _countries_in(doc, sent, found) if p.span.start >= trigger.end]
    if not after or all(p.span.start >= trigger.end for p in found):
        return found
    return [after[0]]


def _violence_told(doc: Document, span: Span, know: _Knowledge) -> bool:
    """A sign of violence in ``span``: a support word not negated ("luka tusuk", not "tidak ditemukan tanda
    kekerasan") or an armed group named (not the police who found the body)."""
    for hit in know.support.finditer(doc.text, span.start, span.end):
        words = list(_WORDS.finditer(doc.text, span.start, hit.start))[-know.cue_window:]
        if not words or know.negation.search(doc.text, words[0].start(), hit.start) is None:
            return True
    return any(a.inter in (2, 3, 4) for a in find_actors(doc, span.start, span.end, doc.focus_country))


def _is_crowd(actor: ActorMention, know: _Knowledge) -> bool:
    """Civilians written with a word for people acting together ("villagers", "a group of people", "warga")."""
    return actor.inter == 7 and actor.alias.lower() in know.crowd_agents


def _acts(doc: Document, actor: ActorMention, hit: Hit, know: _Knowledge) -> bool:
    """The actor is the one doing ``hit``: written just before an active trigger in the same clause ("a group of
    around 20 people with their faces covered attacked"), or right after it behind an agent word ("assaulted by
    community members") or right after a passive one ("dianiaya warga"); not a possessor ("merusak atap rumah
    warga", "tanaman milik warga dirusak")."""
    if actor.span.end <= hit.start and not _is_passive(doc, hit):
        gap = doc.text[actor.span.end:hit.start]
        return len(_WORDS.findall(gap)) <= 6 and not re.search(r"[,.;:()]", gap)
    words = _WORDS.findall(doc.text[hit.end:actor.span.start])
    if actor.span.start >= hit.end and not words and _is_passive(doc, hit):
        return True  # "dianiaya warga": the agent of a passive verb, no "oleh" needed
    return 0 < len(words) <= 2 and words[-1].lower() in know.agent_markers


def _off_topic(doc: Document, sent: Span, know: _Knowledge) -> bool:
    """A word of sport, business, health or accidents in the sentence, unless it is in the name of a place or of an
    actor the dictionary knows found there ("kota Hama", not "hama", pests; "Chhatra League", a party's student
    wing, not a football league)."""
    hits = list(know.non_conflict.finditer(doc.text, sent.start, sent.end))
    if not hits:
        return False
    names = [m.span for m in doc.places if sent.start <= m.span.start < sent.end]
    names += [a.span for a in find_actors(doc, sent.start, sent.end, doc.focus_country)
              if a.rule.startswith("dictionary")]
    return any(not any(n.start <= hit.start and hit.end <= n.end for n in names) for hit in hits)


def _in_a_name(doc: Document, sent: Span, hit: Hit) -> bool:
    """'Satgas Penanganan Kekerasan Seksual', 'UU Tindak Pidana ...': a capitalised trigger inside a name."""
    if not hit.text[:1].isupper() or hit.start == sent.start or (len(hit.text) > 1 and hit.text.isupper()):
        return False  # an acronym ("a Taliban-planted IED") is a word of its own
    window = doc.text[max(sent.start, hit.start - 30):hit.start]
    before = re.findall(r"[\w-]+", window)
    if not before or re.search(r"[—–:]|\s-\s", window[window.rfind(before[-1]):]):
        return False  # "IDLIB, Syria — Warplanes ...": a dateline's dash or a colon ends the name before it
    count = re.search(r"\b\d+((?:\s+[A-Z][\w-]*){1,2})\s+$", window)
    if count is not None:
        return False  # "3 Grad Missiles": a count of weapons of a make, not a name
    return before[-1][:1].isupper() and not doc.text[sent.start:sent.end].isupper()


def _is_passive(doc: Document, hit: Hit) -> bool:
    word = hit.text.lower()
    if (doc.lang or "en") == "id":
        return word.startswith(("di", "ter")) and not word.startswith(("diri",))
    if word.split()[0].endswith("ing") and not word.endswith(" by"):
        return False  # "has been looting villagers' livestock", "were fighting": a progressive, not a passive
    before = doc.text[max(0, hit.start - 16):hit.start].lower()
    return bool(re.search(r"\b(was|were|been|being|is|are|got)\s+$", before)) or word.endswith(" by") \
        or bool(re.search(r"\b(was|were)\b", word))  # "body was found"


def _state_agent(doc: Document, hit: Hit, know: _Knowledge) -> ActorMention | None:
    """A country named as the one attacking: just before the trigger ("Iran meluncurkan serangan rudal",
    "Israel menyerang") or right after a nominal trigger ("serangan Israel")."""
    for m in doc.places:
        if m.place is None or m.place.level != "country" or m.rule == "qualifier":
            continue
        before = 0 <= hit.start - m.span.end <= 30
        after = 0 < m.span.start - hit.end <= 1
        if not (before or after):
            continue  # far from the trigger: read no further (a long document has many places)
        gap_before = doc.text[m.span.end:hit.start] if before else ""
        between = [w.lower() for w in _WORDS.findall(gap_before)]
        if (before and not re.search(r"[,.;:\n]", gap_before) and len(between) <= 3
                and all(w in know.light_verbs or (know.verb is not None and not know.verb.fullmatch(w)) for w in between)) \
                or (after and not doc.text[hit.end:m.span.start].strip()):
            cname = country_name(m.place.country_code)
            return ActorMention(m.span, fill("Military Forces of {country}", cname), 1, cname, m.span.text, "state named as attacker")
    return None


def side_of(doc: Document, sent: Span, typing: _Typing) -> str:
    """The sub-event type once who acted is read (``taxonomy.yaml`` state_variant, non_state_variant): "Pasukan Irak
    merebut kembali Fallujah" is the state regaining territory; a crowd of civilians that beat a man is mob violence
    ("Market traders caught a pickpocket and beat him": no armed side, so no event is coded from it). For a report
    typed without the events stage."""
    sub, tax = typing.sub_event_type, taxonomy()
    if sub not in tax["state_variant"] and sub not in tax["non_state_variant"] and sub not in tax["rioter_variant"]:
        return sub
    cname = country_name(doc.focus_country)
    actors = find_actors(doc, sent.start, sent.end, doc.focus_country)
    if sub in tax["rioter_variant"]:
        know = knowledge(doc.lang or "en")
        cited = _cited(doc, sent)
        subject = next((a for a in actors if not _is_cited(doc, a, cited)), None)
        # not "rumah warga dirobohkan" (passive: the crowd's homes)
        crowd = subject is not None and subject.span.start < typing.trigger.start \
            and not _is_passive(doc, typing.trigger) and (_is_crowd(subject, know) or subject.inter == 5)
        armed = any(a.inter in (1, 2, 3) and not _is_cited(doc, a, cited) for a in actors)  # not "police say"
        return tax["rioter_variant"][sub] if crowd and not armed else sub
    agent, _, _ = _assign_actors(doc, typing, actors, cname)
    if agent is not None and agent.inter == 1:
        return tax["state_variant"].get(sub, sub)
    if agent is not None and agent.inter in (2, 3, 4):
        return tax["non_state_variant"].get(sub, sub)
    return sub


def _assign_actors(doc: Document, typing: _Typing, actors: list[ActorMention], country: str) -> tuple[ActorMention | None, ActorMention | None, str]:
    agent, patient, rule = _roles(doc, typing, actors, country)
    know = knowledge(doc.lang or "en")
    sent = doc.sentence_of(typing.trigger.start) or typing.trigger
    # "... were killed when Afghan forces repulsed their attack": who repelled it did not start it; but who drove
    # the others out of a place took it ("memukul mundur Taliban dari pusat kota Kunduz")
    territory = typing.sub_event_type in taxonomy()["territory"]
    for verb in () if territory else know.repelled.finditer(doc.text, sent.start, sent.end):
        defender = next((a for a in reversed(actors) if a.span.end <= verb.start
                         and len(_WORDS.findall(doc.text[a.span.end:verb.start])) <= 2
                         and not re.search(r"[,;.]", doc.text[a.span.end:verb.start])), None)
        if defender is None:
            continue
        others = [a for a in actors if a.name != defender.name and a.inter in (1, 2, 3) and sent.start <= a.span.start < sent.end]
        attacker = next((a for a in others if a.span.start >= verb.end), None) or next(iter(others), None)
        if attacker is not None:
            return attacker, defender, f"'{verb.text}': the side that repelled it did not start it"
    return agent, patient, rule


def _roles(doc: Document, typing: _Typing, actors: list[ActorMention], country: str) -> tuple[ActorMention | None, ActorMention | None, str]:
    hit = typing.trigger
    know = knowledge(doc.lang or "en")
    if doc.text[hit.end:hit.end + 1] == ":" and not any(a.span.end <= hit.start for a in actors):
        # "Looting: On 9 May 2020, rebels looted ...": a label naming the kind; the sentence after it says who
        sent = doc.sentence_of(hit.start) or Span(hit.start, hit.end)
        told = next(iter(know.triggers[typing.sub_event_type].finditer(doc.text, hit.end + 1, sent.end)), None) \
            if typing.sub_event_type in know.triggers else None
        if told is not None:
            return _roles(doc, dataclasses.replace(typing, trigger=told), actors, country)
        later = [a for a in actors if a.span.start >= hit.end]
        armed = [a for a in later if a.inter != 7]
        if armed:
            return armed[0], next((a for a in later if a is not armed[0]), None), "a label naming the kind: the first side after it"
    if hit.term in know.symmetric:
        sides: list[ActorMention] = []
        for actor in actors:
            if actor.inter in (1, 2, 3, 4, 5) and all(actor.name != s.name for s in sides):
                sides.append(actor)
        if sides:
            return sides[0], (sides[1] if len(sides) > 1 else None), "two sides in written order"
    # "Israeli artillery shelled", "Turkish drones struck": the weapon word is the trigger and the actor's head
    before = [a for a in actors if a.span.end <= hit.start or a.span.start <= hit.start < a.span.end and a.inter == 1]
    # who reported it, named after the verb ("..., Kashmir police said"), is not the one it was done to
    sent = doc.sentence_of(hit.start) or Span(hit.start, hit.end)
    cited = _cited(doc, sent)
    after = [a for a in actors if a.span.start >= hit.end and not _is_cited(doc, a, cited)]
    if _is_passive(doc, hit):
        agent = after[0] if after else None
        # the sentence's subject ("delapan anggota KKB ... ditangkap"), not who reported it ("the security forces
        # said the 19 had been killed by a group of terrorists")
        patient = next((a for a in before if not _is_cited(doc, a, cited)), None)
        markers = knowledge(doc.lang or "en").agent_markers
        between = {w.lower() for w in _WORDS.findall(doc.text[hit.end:agent.span.start])} if agent is not None else set()
        if agent is not None and agent.inter in (5, 7) and markers and between and not markers & between:
            # "caned in front of a large crowd": an onlooker, not the one who acted ("by a crowd", "dianiaya warga")
            agent = None
        return agent, patient, "passive: agent after the trigger, subject before it"
    if hit.term in know.agent_after and after:
        # "Kilinochchi fell to the Sri Lankan army": the one named after the verb took the place
        return after[0], before[-1] if before else None, "agent after the verb ('fell to')"
    agent = before[-1] if before else None
    lead = [w.lower() for w in _WORDS.findall(doc.text[agent.span.end:hit.start])] if agent is not None else []
    if 3 <= len(lead) <= 6 and lead[-1] in know.agent_markers and lead[-3] in know.passive_aux:
        # "a column of Myanmar military was attacked by landmines": the weapon came from no one named
        return None, agent, "passive before the weapon: the subject was hit"
    backer = know.associates.search(doc.text, max(0, agent.span.start - 45), agent.span.start) if agent else None
    if len(before) > 1 and backer is not None and not re.search(r"[,;.:]", doc.text[backer.end:agent.span.start]):
        agent = before[-2]  # "Somali forces backed by local clan militias retook ...": the forces did, the militias helped
    elif len(before) > 1 and typing.sub_event_type in taxonomy()["territory"] and before[-2].inter == 1 != agent.inter \
            and (joins := conjunctions(doc.lang or "en")).search(
                between := doc.text[before[-2].span.end:agent.span.start]) \
            and len(_WORDS.findall(joins.sub(" ", between))) <= 1:
        agent = before[-2]  # "the Malian army and the Wagner Group entered Kidal": the state's forces
        # (not "the police and Myanmar military moved into the village": both the state's, the nearest is actor1)
    elif len(before) > 1 and _object_of_harm(doc, before[-2], agent, hit, know):
        # "Turkish forces killed 4 PKK militants during airstrikes": the militants were hit, the forces struck
        return before[-2], agent, "active: the subject of the verb before, whose object the nearest actor is"
    named = next((a for a in [*before, *after] if _named_perpetrator(doc, a, know)), None) \
        if _perpetrator_cue_near(doc, sent, know) else None
    if named is not None and (agent is None or agent is named or agent.inter == 7):
        # "the attack in El Obeid was carried out by the RSF", "officials blamed the RSF for the attack": the one who
        # did it, named after a perpetrator cue
        other = agent if agent is not named else None
        return named, other or next((a for a in after if a is not named), None), _PERPETRATOR_RULE
    patient = after[0] if after else None
    gap = [w.lower() for w in _WORDS.findall(doc.text[hit.end:after[0].span.start])] if after else []
    while gap and gap[-1] in know.agent_hedges:
        gap.pop()  # "shells fired by alleged LNA forces"
    by = max((i for i, w in enumerate(gap) if w in know.agent_markers), default=-1)  # the last "by" in the gap
    # (not a place taken "from" a side: "retook Tikrit from Islamic State fighters", the side that lost it)
    origin = gap and gap[-1] in know.agent_origin and len(gap) <= 2 \
        and typing.sub_event_type not in taxonomy()["territory"]
    if 0 < len(gap) <= 6 and (by >= 0 and by >= len(gap) - 3 or origin):
        # "were believed to be fired by Myanmar military", "fired by Rathedaung-based Myanmar military", "an
        # artillery shell from Myanmar military"
        # "an IED planted by Al Shabaab", "shells fired by LNA forces", "an airstrike by Afghan forces": the agent
        # is named after the trigger
        return after[0], agent or (after[1] if len(after) > 1 else None), "agent named after the trigger ('by')"
    if agent is None or agent.rule == "named group" and agent.name.split()[0].lower() in ("pasukan", "forces"):
        state = next((a for h in [hit, *know.generic_attack.finditer(doc.text, sent.start, sent.end)]
                      if (a := _state_agent(doc, h, know)) is not None), None)
        if state is not None:
            return state, patient, "a state named as the attacker ('Iran meluncurkan serangan rudal', 'serangan Israel')"
    if len(before) > 1 and agent is not None and agent.alias.lower() in know.attributive and before[-2].inter == 1 \
            and not doc.text[agent.span.end:hit.start].strip():
        # "Turkish forces brought military reinforcements": "military" describes the trigger; the forces named
        # before it acted
        agent = before[-2]
    # a named group earlier in the sentence is the agent when the nearest one is a generic word
    named = [a for a in before if a.rule == "named group"]
    if named and agent is not None and agent.rule != "named group" and agent.inter >= 5:
        agent = named[-1]
    return agent, patient, "active: agent before the trigger"


def _moved_or_struck(doc: Document, sent: Span, typing: _Typing, sub: str, agent: ActorMention | None,
                     patient: ActorMention | None, rule: str, know: _Knowledge, tax: dict):
    """Sides the verb turns around: the forces moved are the actor also of a passive verb ("Myanmar military and
    police forces were heavily deployed"); who struck a mine is its target, not who laid it ("a Malian army vehicle
    struck an IED", but not "hit by a Taliban-planted landmine")."""
    if agent is None and patient is not None and _armed(patient) and sub in tax["subject_is_actor"]:
        return patient, None, rule + "; the forces moved are the actor"
    if agent is not None and sub in tax["struck_explosives"]:
        struck = know.struck_verbs.search(doc.text, max(sent.start, typing.trigger.start - 30), typing.trigger.end)
        if struck is not None and agent.span.end <= struck.start:
            return None, agent, rule + "; who struck the mine or device is its target"
    return agent, patient, rule


def _points_back(doc: Document, trigger: Hit, know: _Knowledge) -> bool:
    """The trigger names the event told before: "by the explosion", "the clash", "ledakan itu"."""
    before = _WORDS.findall(doc.text[max(0, trigger.start - 12):trigger.start])
    after = _WORDS.findall(doc.text[trigger.end:trigger.end + 12])
    return bool(before and before[-1].lower() in know.reference_before) or bool(
        after and after[0].lower() in know.reference_after)


def _background_clauses(doc: Document, sent: Span, know: _Knowledge,
                        cues: Lexicon | None = None) -> list[tuple[int, int]]:
    """Clauses that tell an event days, weeks or years before the one reported ("more than a year after the
    paramilitaries seized the city", "A day after protesters set fire to the consulate, ..."): from the cue to the
    next comma or stop. ACLED codes one event a day, so what they tell is another event. (``cues``: other words that
    open such a clause.)"""
    spans = []
    for cue in (cues or know.background).finditer(doc.text, sent.start, sent.end):
        stop = re.search(r"[,;:.]", doc.text[cue.end:sent.end])
        spans.append((cue.end, cue.end + stop.start() if stop else sent.end))
    return spans


def _acted_here(doc: Document, sent: Span, cue: Hit, know: _Knowledge) -> bool:
    """An arrest told of the protest itself ("more than a thousand people were detained at rallies"), not as what
    caused it ("to support 26 people arrested at a demonstration in October") nor of whom it is about ("demanding
    the release of two villagers who got arrested on Sept 16")."""
    return not _in_cause_clause(doc, sent, Span(cue.start, cue.end), know) \
        and not _words_before(doc, sent, cue.start, 25) & (know.relatives | know.release_words)


def _words_before(doc: Document, sent: Span, start: int, chars: int) -> set[str]:
    """The words, lower-cased, in the ``chars`` characters of the sentence before ``start``."""
    return {w.lower() for w in _WORDS.findall(doc.text[max(sent.start, start - chars):start])}


_QUOTE = re.compile(r'"[^"]+"|\u201c[^\u201d]+\u201d')


def _quoted(doc: Document, sent: Span) -> list[tuple[int, int]]:
    """What a witness or official is quoted as saying ("'They said he had killed the driver,' a witness said after a
    crowd beat a boy"): a trigger inside the quotation marks types the sentence only when the narrative around it tells
    nothing. A few words in quotation marks are a phrase cited, not speech (declared Marawi "liberated from terrorist
    influence")."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(doc.text, sent.start, sent.end)
            if len(_WORDS.findall(m.group(0))) >= 6]


def _armed_in(doc: Document, span: Span) -> bool:
    """State forces or an armed group named in the span (who could have intervened)."""
    return any(a.inter in (1, 2, 3) for a in find_actors(doc, span.start, span.end, doc.focus_country))


def _forces_did(doc: Document, span: Span, cue: Hit, know: _Knowledge) -> bool:
    """State forces (or a rebel force) are the subject of a riot's verb ("Riot police stormed a protest camp",
    "paramilitary forces stormed the sit-in", "Security forces, led by the RSF, stormed the sit-in"): the violence
    was done to the protesters, not by them. The subject is the first actor of the clause, with no crowd named
    between it and the verb, nor a passive or a casualty ("Ten police officers were injured in the riot", "sepuluh
    polisi terluka dalam kericuhan itu")."""
    after = know.participants.search(doc.text, cue.end, min(span.end, cue.end + 40))
    if after is not None and not doc.text[cue.end:after.start].strip():
        return False  # "police clashed with stone-throwing demonstrators": the cue tells what the crowd did
    start = max(span.start, doc.text.rfind(";", span.start, cue.start) + 1, cue.start - 120)
    actors = find_actors(doc, start, cue.start, doc.focus_country)
    for n, actor in enumerate(actors):
        if actor.inter == 1 and re.fullmatch(r"\s+(?:\w+\s+)?", doc.text[actor.span.end:cue.start]):
            return True
        between = doc.text[actor.span.end:cue.start]
        if n == 0 and actor.inter in (1, 2) and not any(a.inter in (5, 6, 7) for a in actors[1:]) \
                and not re.search(r"[.:]", between) \
                and not know.passive_aux & {w.lower() for w in _WORDS.findall(between)} \
                and not any(re.search(rf"\b{re.escape(term)}\b", between, re.I) for term in know.bare_casualty):
            return True
    return False


def _arrest_told(doc: Document, sent: Span, know: _Knowledge) -> bool:
    """An arrest word in the sentence, with or without the company an arrest event needs."""
    arrests = know.triggers.get("Arrests")
    return arrests is not None and arrests.search(doc.text, sent.start, sent.end) is not None


def _hurt(doc: Document, sent: Span) -> bool:
    """Someone killed or injured told in the sentence (a weapon found there was used, not disrupted)."""
    found = find_casualties(doc, sent.start, sent.end)
    return bool(found.fatalities) or any(c.kind in ("killed", "injured", "killed_or_injured") for c in found.claims)


def _freed(doc: Document, sent: Span, found: dict[str, Hit], know: _Knowledge) -> Hit | None:
    """Captives released ("Lima pekerja yang disandera ... dilepas setelah negosiasi", "Mehrtens dibebaskan ...
    setelah disandera 19 bulan"): the release is the news, and ACLED codes it as Other; the abduction or detention is
    told as what came before it (in a relative or a cause clause, or in the pluperfect). Not "gunmen abducted three
    men and released them the next day": the abduction is the event; nor "agreed to a pause in fighting, during
    which 50 hostages are to be freed": the sentence tells more than the release."""
    taken = [found[s] for s in ("Abduction/forced disappearance", "Arrests") if s in found]
    if not taken or len(taken) < len(found):
        return None
    if not all(_in_relative_clause(doc, sent, h, know) or _pluperfect(doc, sent, h, know)
               or _in_cause_clause(doc, sent, Span(h.start, h.end), know) for h in taken):
        return None
    return next((r for r in know.released.finditer(doc.text, sent.start, sent.end)
                 if not _modal(doc, sent, r, know) and not _in_relative_clause(doc, sent, r, know)), None)


def _pluperfect(doc: Document, sent: Span, hit: Hit, know: _Knowledge) -> bool:
    """The trigger tells what had happened before the news ("the only regional capital they had captured", "The
    jihadists had seized the provincial capital in May"): the language's ``pluperfect`` right before it. Not in
    reported speech, where it tells the news itself ("the army said it had recaptured the camp")."""
    if not any(m.end <= hit.start and not doc.text[m.end:hit.start].strip()
               for m in know.pluperfect.finditer(doc.text, max(sent.start, hit.start - 25), hit.start)):
        return False  # the narrow window first: most triggers have no "had" before them
    return know.reported_speech.search(doc.text, sent.start, hit.start) is None


def _in_relative_clause(doc: Document, sent: Span, hit: Hit, know: _Knowledge) -> bool:
    """The trigger describes who is spoken of ("the clans, which fought last year, ...", "yang terlibat perang
    suku")."""
    return bool(_words_before(doc, sent, hit.start, 16) & know.relatives)


def _carried_only(doc: Document, sent: Span, sub: str, know: _Knowledge) -> bool:
    """Every word of ``sub`` (a shelling or a grenade) in the sentence names a weapon a ground force carries (heavy
    machine guns, rocket-propelled grenades), and the sentence tells a ground assault (``ground_assault``: "attacked",
    "stormed"): they are how the assault was fought, not fire from afar (the ACLED notes here that tell such an
    assault with them are all armed clashes)."""
    if sub not in taxonomy()["direct_fire_clash"] or sub not in know.triggers \
            or know.ground_assault.search(doc.text, sent.start, sent.end) is None:
        return False  # "fired grenade launchers at the governmental positions": fire from afar, a shelling
    carried = [(g.start, g.end) for g in know.ground_weapons.finditer(doc.text, sent.start, sent.end)]
    return bool(carried) and all(_within(h, carried) for h in know.triggers[sub].finditer(doc.text, sent.start, sent.end))


def _within(hit: Hit, clauses: list[tuple[int, int]]) -> bool:
    return any(a <= hit.start < b for a, b in clauses)


def _circumstance(doc: Document, sent: Span, found: dict[str, Hit], know: _Knowledge, tax: dict) -> Hit | None:
    """The cue ("amid", "following") when the protests found are told only as when the act before them happened
    ("unidentified persons vandalized the offices of the Awami League ..., amid ongoing demonstrations demanding the
    resignation of the Prime Minister"): the act is the event. None when protesters are named before the cue
    ("protesters set fire to a police station amid demonstrations": then they did it)."""
    protests = [hit for sub, hit in found.items() if tax["event_type_of"][sub] == "Protests"]
    acts = [hit for sub, hit in found.items() if tax["event_type_of"][sub] not in ("Protests", "Riots")]
    if not protests or not acts:
        return None
    first = min(hit.start for hit in protests)
    cues = list(know.circumstance.finditer(doc.text, sent.start, first))
    cue = cues[-1] if cues else None  # the last cue before the protest, at most four words before it
    if cue is None or re.search(r"[.;:]", doc.text[cue.end:first]) or len(_WORDS.findall(doc.text[cue.end:first])) > 4 \
            or not all(hit.end <= cue.start for hit in acts) \
            or any(p.start < cue.start for p in know.participants.finditer(doc.text, sent.start, sent.end)):
        return None
    return cue


def _unrest_crowd(doc: Document, sent: Span, know: _Knowledge, tax: dict) -> bool:
    """No state force, rebel group or named militia in the sentence, and no firearm: whoever acted amid protests was
    the unrest's crowd ("unidentified persons vandalized ...", "orang tak dikenal merusak ...")."""
    if know.firearms.search(doc.text, sent.start, sent.end) is not None:
        return False  # "unidentified gunmen shot dead a journalist amid protests": an attack
    unnamed = tax["unidentified_actor"].split(" (")[0]
    return not any(a.inter in (1, 2) or a.inter == 3 and not a.name.startswith(unnamed)
                   for a in find_actors(doc, sent.start, sent.end, doc.focus_country))


def _in_cause_clause(doc: Document, sent: Span, span: Span, know: _Knowledge) -> bool:
    """The casualty is told in a clause that gives the cause ("after a gendarme shot and killed a driver",
    "setelah seorang warga tewas"): no comma or stop between the cue and the figure."""
    cues = [c for c in know.cause_cues.finditer(doc.text, sent.start, span.start)]
    return bool(cues) and not re.search(r"[,;.:]", doc.text[cues[-1].end:span.start])


def _object_of_harm(doc: Document, subject: ActorMention, nearest: ActorMention, hit: Hit, know: _Knowledge) -> bool:
    """``nearest`` is the object of an active harm verb written after ``subject`` ("X killed 4 Y in an airstrike"),
    and no relative clause makes it the agent of the trigger ("police shot two robbers who attacked a bank")."""
    between = doc.text[subject.span.end:nearest.span.start]
    if re.search(r"[.;:]", between) or len(_WORDS.findall(between)) > 8:
        return False
    verb = next(iter(know.harm_verbs.finditer(doc.text, subject.span.end, nearest.span.start)), None)
    if verb is None or re.search(r"\b(was|were|been|being|is|are)\s+$", doc.text[max(0, verb.start - 12):verb.start], re.I):
        return False
    tail = [w.lower() for w in _WORDS.findall(doc.text[nearest.span.end:hit.start])]
    return not (set(tail) & know.relatives)


class EventExtractor:
    """The events stage: ``doc -> doc`` with ``doc.events`` filled."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.load()

    def __call__(self, doc: Document) -> Document:
        tax = taxonomy()
        sentences = doc.sentences or [doc.span(0, len(doc.text), "sentence")]
        reference = _reference_date(doc)
        events: list[EventMention] = []
        last_events: list[EventMention] = []
        last_index = -10
        last_listed = False  # the last events are one each for a list of places written in one sentence
        title = " ".join((doc.title or "").split())
        know = knowledge(doc.lang or "en")
        summary_from = next((s.start for s in sentences if _is_summary(doc, s, know)), None)
        lead = _lead(doc)
        country_only = None
        toll_before: tuple[int, Span] | None = None
        follow_ups: list[Span] = []
        pending: list[tuple[EventMention, DateMention | None, str, bool]] = []

        def emit(index, sent, typing, sub, prediction, places) -> None:
            nonlocal last_events, last_index, last_listed
            if tax["event_type_of"][sub] in ("Protests", "Riots") and len(places) > 1:
                # "staged a human chain in Dhaka, condemning Israel's aggression on Gaza": a place named in the
                # protest's demand is what it was about, not where it was
                demand = next(iter(know.demands.finditer(doc.text, typing.trigger.end, sent.end)), None)
                held = [p for p in places if demand is None or p.span.start < demand.start]
                places = held or places
            # actors are named after the country where the event happened ("Protesters (Indonesia)" at the
            # Chinese embassy in Jakarta), else the document's focus country
            country = next((p.place.country_code for p in places if p.place is not None), doc.focus_country)
            cname = country_name(country)
            actors = _with_recognised(doc, sent, find_actors(doc, sent.start, sent.end, country), cname, know)
            agent, patient, role_rule = _assign_actors(doc, typing, actors, cname)
            agent, patient, role_rule = _moved_or_struck(doc, sent, typing, sub, agent, patient, role_rule, know, tax)
            if agent is None and (patient is None or patient.inter in (1, 7)) and index > 0 and sub in tax["needs_armed_actor1"]:
                # "The Military Police carried out an operation in X. A shoot-out broke out ...": with no one
                # named, the armed side of the sentence before is the one that acted
                before = sentences[index - 1]
                if "\n\n" in doc.text[before.end:sent.start] and typing.trigger.term in know.plain_clash:
                    # "M23 rebels took control of Bunagana ... after a day of heavy fighting with the army. / Fighting
                    # broke out before dawn on Sunday in the hills around Bunagana": the sides of the report's lead
                    before = next((s for s in sentences[:index] if not _is_heading(doc, s)
                                   and " ".join(s.text.split()) != title), before)
                    gap = ""
                else:
                    gap = doc.text[before.end:sent.start]
                armed = [a for a in find_actors(doc, before.start, before.end, country) if a.inter in (1, 2, 3)]
                if armed and patient is not None and patient.inter == 1:
                    # "... and two police officers were injured": the state's own forces, hurt in their operation
                    armed = [a for a in armed if a.inter == 1 and a.country == patient.country]
                if armed and "\n\n" not in gap:
                    # a side named beats a generic one ("Pemberontak M23": M23, not unidentified rebels)
                    unnamed = fill(tax["unidentified_actor"], country_name(country))
                    agent = next((a for a in armed if a.name != unnamed), armed[0])
                    role_rule = "no one named in the sentence: the armed side of the sentence before"
                    if patient is not None and patient.inter == 1:
                        patient = None
            plain = typing.trigger.term in know.plain_clash
            told = (sent, *sentences[index + 1:index + 2])
            gunfire = plain and any(know.firearms.search(doc.text, s.start, s.end) for s in told)
            if gunfire:
                plain = False  # "two families clashed ... The two sides exchanged fire": an armed clash, not a brawl
                gunfire = not _state_named(doc, sent.start, told[-1].end)  # not police who fired at the crowd
            if plain and know.armed_units is not None and know.armed_units.search(doc.text, sent.start, sent.end):
                plain = False  # "Fighting between the Radaa force and the 444th Brigade": named armed units, not a brawl
            cited = _cited(doc, sent)
            subject = next((a for a in actors if not _is_cited(doc, a, cited)), None)
            # "Villagers beat to death two men ...", not "Penduduk mengatakan para penyerang ..."
            # ("A crowd of Sunni villagers attacked ...": rioters named first are the crowd too)
            crowd = subject if subject is not None and (_is_crowd(subject, know) or subject.inter == 5) \
                and not gunfire else None  # "Warga dua desa bentrok ... saling tembak": villagers with guns fought
            if crowd is not None and set(typing.trigger.term.lower().split()) & know.found_cues:
                crowd = None  # "Residents found the bodies": those who found the dead, not those who killed them
            if crowd is not None and crowd.inter == 5 and agent is not None and agent.inter == 4 \
                    and re.match(r"\s+of\b", gap := doc.text[crowd.span.end:agent.span.start]) and len(gap) <= 45 \
                    and not re.search(r"[,.;]\s", gap):
                agent = crowd  # "A crowd of more than 1,000 villagers armed with sticks attacked": a mob, not a militia
            if crowd is None and _is_passive(doc, typing.trigger):  # "... were hacked to death by fellow villagers"
                crowd = next((a for a in actors if _is_crowd(a, know) and _acts(doc, a, typing.trigger, know)
                              and not _is_cited(doc, a, cited)), None)
                if crowd is not None and agent is None and patient is not crowd:
                    agent = crowd  # "dianiaya warga": the crowd right after a passive verb did it
            desk_cue = bool(know.desk_cues.search(doc.text, sent.start, sent.end))
            operation = bool(know.operation_cues.search(doc.text, sent.start, sent.end))
            sub, actor1, actor2, actor_rule = _refine(sub, agent, patient, cname, tax, actors, plain_clash=plain,
                                                      crowd=crowd, desk_cue=desk_cue, operation=operation)
            air = _from_the_air(sub, actor1, cname, tax)
            if air and know.generic_attack.search(doc.text, sent.start, sent.end) and places[0].place is not None:
                sub = air  # a state's forces striking another country: from the air
                actor_rule += "; " + _FROM_THE_AIR_RULE
            if sub in tax["bombed_by_non_state"] and typing.trigger.term in know.bombed_without_aircraft \
                    and (actor1 is None or actor1.inter != 1):
                sub = tax["bombed_by_non_state"][sub]  # "the Brotherhood Alliance bombed a bridge": no aircraft, a bomb
                actor_rule += "; bombed by a side with no air force: a remote explosive"
            shift = tax.get("displacement") or {}
            if sub == shift.get("sub_event_type") and know.displacement.search(doc.text, sent.start, sent.end):
                # "the fighting ... has displaced more than 3,000 villagers": the civilians are the actor
                actor1 = ActorMention(Span(0, 0), fill(shift["actor1"], cname), 7, cname, rule="ACLED default")
                actor2, actor_rule = None, "people displaced: the civilians, as ACLED codes displacement"
            date = date_for(doc, sent, typing.trigger.end)
            # "aksi 411 pada 4 November 2016, aksi 212 pada 2 Desember 2016": one event a day (ACLED)
            days = [d for d in days_for(doc, sent, date, doc.text[typing.trigger.start:typing.trigger.end]) or [None]
                    if not self._not_news(doc, d)]
            if not days:
                return  # long before the report was published (background), or after it (planned, not yet happened)
            date = days[0]
            sources = find_sources(doc, sent.start, sent.end)
            source_names = _source_names(doc, sources)
            side_of = _side_finder(doc, actors)
            casualties = find_casualties(doc, sent.start, sent.end, side_of=side_of, by=", ".join(s.text for s in sources))
            if tax["event_type_of"][sub] in ("Protests", "Riots") and casualties.fatalities \
                    and all(_in_cause_clause(doc, sent, span, know) for span in casualties.spans):
                # "residents demonstrated after a gendarme shot and killed a driver": the deaths caused the protest
                casualties.claims.append(CasualtyClaim("killed", casualties.fatalities, casualties.fatalities))
                casualties.fatalities, casualties.spans = None, []
            if date is not None and date.rule.startswith(_DATES_FROM_AFAR) and not (casualties.spans or casualties.claims) \
                    and _qualifies_a_noun(doc, sent, typing.trigger, know) and not _told_before_in(doc, sent, typing, know):
                # "dipergoki oleh massa yang menjarah rumahnya", "mencari-cari kesalahan warga yang berdemonstrasi":
                # a trigger in a relative clause, with no day or toll of its own, describes people or a thing; the
                # event, if any, is told where it has its day
                return
            assoc1, assoc2 = _associated(tax["event_type_of"][sub], actors, actor1, actor2)
            created: list[EventMention] = []
            told_first: set[int] = set()  # events whose sentence opens on their place: a round-up's own city
            split = _place_list(doc, places)
            pairs = [(place, day) for day in days for place in places]
            shared = split or len(days) > 1  # a toll told for several places or days is split evenly between them
            for n, (place, day) in enumerate(pairs):
                event = self._event(doc, sent, typing, sub, actor1, actor2, place, day, source_names, tax)
                if place.place is not None and place.place.country_code != country:
                    # protests in two countries told together: each event's default actors are its own country's
                    own, suffix = f"({country_name(place.place.country_code)})", f"({cname})"
                    for key in ("actor1", "actor2"):
                        if getattr(event, key).endswith(suffix):
                            setattr(event, key, getattr(event, key)[: -len(suffix)] + own)
                if prediction is not None:
                    event.evidence.append(Evidence("explain", [], prediction.explain()))
                event.assoc_actor_1, event.assoc_actor_2 = assoc1, assoc2
                event.evidence.append(Evidence("actor1", [actor1.span] if actor1 and actor1.span.end else [], f"{role_rule}; {actor_rule}"))
                if actor2 is not None and actor2.span.end:
                    event.evidence.append(Evidence("actor2", [actor2.span], role_rule))
                if sources:
                    event.evidence.append(Evidence("source", sources, "attribution cue"))
                if casualties.fatalities is not None and (n == 0 or shared):
                    # one event per place and day: ACLED splits a toll told for a list of them evenly between them
                    toll = casualties.fatalities
                    event.fatalities = _shares(toll, len(pairs))[n] if shared else toll
                    what = "places" if len(days) == 1 else "days" if len(places) == 1 else "places and days"
                    rule = f"{_SPLIT_RULE} {len(pairs)} {what}" if shared else \
                        _REFERENCE_RULE if casualties.reference else _ADDITIONAL_RULE if casualties.additional \
                        else "deaths stated in the sentence"
                    event.evidence.append(Evidence("fatalities", casualties.spans, rule))
                event.casualty_claims.extend(casualties.claims)
                fronted = _told_first(doc, sent, place, typing.trigger, know)
                if fronted:
                    told_first.add(id(event))
                event.confidence = _confidence(event, day, place, actor1, fronted=fronted)
                created.append(event)
            inferred_place = all(not p.rule.startswith("sentence") for p in places)
            # told only by a casualty word ("At least one soldier killed and two wounded") or by a trigger pointing back
            # ("Five villagers were killed by the explosion"): more on the event told before
            points_back = typing.trigger.term in know.bare_casualty or _points_back(doc, typing.trigger, know)
            told_as = typing.told_as or typing.sub_event_type  # the trigger's type, before the model or the sides
            stated = date is not None and date.span.within(sent)
            if last_listed and index - last_index <= 2 and inferred_place and not stated and len(created) == 1 \
                    and not any(e.fatalities for e in last_events) \
                    and (points_back or all(e.event_type == created[0].event_type for e in last_events)):
                # "Clashes erupted on the Sirwah, Nihm and Al Jawf frontlines. The clashes killed more than 20": more
                # on every event of the list, its toll split evenly between them as when told in the list's sentence
                _spread_over_list(created[0], last_events, points_back)
                last_index = index
                return
            kept: list[EventMention] = []
            into: list[EventMention] = []  # the earlier events re-mentions merged into
            for e in created:
                target = _merge_into(events, e, date, inferred_place=inferred_place, told_as=told_as, points_back=points_back,
                                     own_place=id(e) in told_first)
                if target is None:
                    kept.append(e)
                    continue
                if all(target is not t for t in into):
                    into.append(target)
                if not points_back and _tells_what_became(doc, sent, typing, target, e, know, tax):
                    _escalate(target, e, tax)
            if lead.commemoration and not stated:
                # a commemoration's report: a sentence with no day of its own tells more of the day's event or the
                # event remembered ("The killings began on the day Nazi Germany surrendered"), never a new one
                kept = []
            if inferred_place and not stated:
                # a mention with neither place nor date of its own ("Penyerangan itu terekam video") may name,
                # before the report does, an event told in full further down: decided once all are read
                pending.extend((e, date, told_as, points_back) for e in kept)
            else:
                events.extend(kept)
            # a toll told in the sentences after goes to the event itself, also when this mention merged into it
            # ("A mob clashed with police at the station. Police fired gunshots. 7 people were killed")
            last_events, last_index = kept + into, index
            last_listed = shared and len(last_events) == len(pairs)

        for index, sent in enumerate(sentences):
            if title and " ".join(sent.text.split()) == title and len(sentences) > 1:
                continue  # a headline repeats the body's lead; the body is coded
            if summary_from is not None and sent.start >= summary_from:
                continue  # a summary of the article (and any comment after it) repeats its events
            if _is_heading(doc, sent):
                continue  # "## Pertemuan darurat usai baku tembak": a section's heading; its text tells the event
            context = sentences[index + 1:index + 1 + tax.get("context_sentences", 3)]
            typing = type_sentence(doc, sent, context)
            if typing is None:
                if last_events and index - last_index <= 2:
                    self._attach_casualties(doc, sent, last_events, events, listed=last_listed)
                    _attach_perpetrator(doc, sent, last_events, know)
                else:
                    toll_before = (index, sent)  # a toll told before the event it belongs to
                continue
            if _is_background(doc, sent, reference) or know.recap.search(doc.text, sent.start, sent.end) is not None:
                continue  # an earlier year, or "Sebelumnya diberitakan, ...": context, not this report's news
            if any(d.role == "since" and d.span.within(sent) for d in doc.dates):
                continue  # "... ditembak mati sejak 27 Mei": a running count, not one event
            if know.running_summary is not None and any(
                    m.start() <= typing.trigger.start < m.end()
                    for m in know.running_summary.finditer(doc.text, sent.start, sent.end)):
                continue  # "have killed and kidnapped hundreds of people in the past two years": a period's summary
            sub = typing.sub_event_type
            if sub in tax["territory"] and _non_place_object(doc, sent, typing):
                if last_events and index - last_index <= 2:
                    # "AA claimed that 12 soldiers were killed and it seized some weapons": no territory taken,
                    # but the toll of the fight told before
                    self._attach_casualties(doc, sent, last_events)
                continue
            if sub == "Disrupted weapons use" and last_events and index - last_index <= 2 \
                    and all(tax["event_type_of"][e.sub_event_type] in _POLITICAL_VIOLENCE for e in last_events):
                # "Kontak tembak terjadi ... Dua anggota KKB tewas dan aparat menyita dua pucuk senjata api": the
                # weapons taken in the fight told before are part of it, and so is the toll told with them
                self._attach_casualties(doc, sent, last_events)
                continue
            prediction = self._predict(doc, sent, context)
            unseen = typing.modifier is not None and typing.modifier.start >= _passage(doc, sent, context).end
            if not unseen and model_retypes(doc, sent, typing, sub, prediction, self.settings.typing_model_threshold):
                # not when the rules read a cue in a later paragraph the model was not shown
                # the word of the type the model chose, when the sentence has one, is where its sides and place are
                # read ("forces arrested Imran Khan ... in the capital, triggering a night in which his supporters
                # attacked ... in Rawalpindi": the arrest, in the capital)
                own = next((h for h in know.triggers[prediction.label].finditer(doc.text, sent.start, sent.end)
                            if not _modal(doc, sent, h, know)), None) if prediction.label in know.triggers else None
                typing = _Typing(prediction.label, own or typing.trigger, f"{typing.rule}; overridden by the model"
                                 + (f" (its word '{own.term}')" if own is not None else ""), typing.modifier,
                                 told_as=typing.sub_event_type)
                sub = prediction.label
            found = [p for p in event_places(doc, sent, fallback=True) if not _in_trigger(doc, sent, p, know)]
            older = [p for p in found if _of_an_older_event(doc, sent, p, typing.trigger, know)
                     or _of_another_act(doc, sent, p, typing.trigger, sub, found, know)]
            if older and len(older) < len(found):
                found = [p for p in found if p not in older]
            places = [p for p in found if p.place is None or p.place.level != "country"]
            if sub in tax["territory"]:
                places = _territory_taken(doc, sent, typing.trigger, places)
            if not places and found and all(p.place is not None for p in found):
                places = _place_nearby_in(doc, sent, context, found, typing.trigger)
            if not places:
                if country_only is None:
                    unplaced = [PlaceMention(Span(0, 0, "place"), "", None, geo_precision=3, rule="no place in the text")]
                    if tax["event_type_of"][sub] in _POLITICAL_VIOLENCE:
                        found = _targets_first(doc, sent, found, typing.trigger)
                    country_only = (index, sent, typing, sub, prediction, found or unplaced)
                elif index - country_only[0] <= 2:
                    follow_ups.append(sent)  # "The explosion killed one soldier": more on the unplaced event
                continue
            emit(index, sent, typing, sub, prediction, places)
            if toll_before is not None and index - toll_before[0] <= 2 and last_index == index and last_events \
                    and _points_back(doc, typing.trigger, know) and not any(e.fatalities for e in last_events):
                # "Sedikitnya 9 orang tewas dan 57 luka-luka. ISIS mengklaim bertanggung jawab atas serangan bom
                # itu": the toll told just before the trigger that points back is that event's
                self._attach_casualties(doc, toll_before[1], last_events)
            toll_before = None
        def flush() -> None:
            for event, date, told_as, points_back in pending:
                if _merge_into(events, event, date, inferred_place=True, told_as=told_as, points_back=points_back) is None:
                    events.append(event)
            pending.clear()
            events.sort(key=lambda e: e.sentence.start if e.sentence is not None else 0)

        flush()
        if not events and country_only is not None:
            # a short report that names no place below its country ("Police fired tear gas at protesters"):
            # coded to the country (or to no place at all), geo_precision 3, rather than dropped
            emit(*country_only)
            flush()
            for sent in follow_ups:
                self._attach_casualties(doc, sent, events)
        _initiator_told_next(events)
        _claimed_by(doc, events, sentences, know)
        _place_told_after(doc, events, sentences, know)
        threshold = self.settings.min_event_confidence
        events = [e for n, e in enumerate(events) if n == 0 or e.confidence >= threshold]
        for event in events:
            if _undated(event) and not self.settings.undated_events:
                # no date in the text and no publication date: ACLED codes no event without its day, week or
                # month. Nor is a month alone a news report's date: "menyusul serangkaian bom bunuh diri di Surabaya
                # pada bulan Mei 2018", "seized a string of coastal towns last month" recall older events (a report
                # of one event, an ACLED note, is coded with its month: undated_events). What was read is said.
                where = f", characters {event.sentence.start}-{event.sentence.end}" if event.sentence is not None else ""
                why = "no date in the text and no publication date" if event.event_date is None else \
                    f"dated only to its month ({event.event_date:%B %Y})"
                doc.warnings.append(f"not coded, {why}: {event.sub_event_type} "
                                    f"at {event.location or 'an unknown place'} («{_excerpt(event.notes)}»{where})")
        doc.events = [e for e in events if not _undated(e) or self.settings.undated_events]
        _toll_as_coded(doc, doc.events, know)
        _front_line_shooter(doc, doc.events, know)
        for event in doc.events:
            if event.sub_event_type in tax["no_fatalities"] and event.fatalities:
                # deaths told at a peaceful protest are its cause ("to protest the killing of a trader"): a protest
                # where protesters died is coded as excessive force or a riot; the figures stay as claims
                event.casualty_claims.append(CasualtyClaim("killed", event.fatalities, event.fatalities))
                event.fatalities = 0
                event.evidence.append(Evidence("fatalities", [], f"{event.sub_event_type.lower()}: no fatalities (ACLED); "
                                               "the deaths read are kept as a claim"))
            if event.actor2 and event.actor2 == event.actor1:
                # two merged mentions that named one side each way ("Taliban menduduki Kabul" and "pasukan
                # negara itu menarik diri dari Kabul ke Taliban"): a side is never its own opponent
                event.actor2, event.inter2, event.assoc_actor_2 = "", 0, ""
        return doc

    def _not_news(self, doc: Document, date: DateMention | None) -> bool:
        """Dated long before the report was published (background), or after it (planned, not yet happened)."""
        if not doc.published or date is None or date.value is None:
            return False
        return (doc.published - date.value).days > self.settings.background_days or date.value > doc.published

    @functools.cached_property
    def _model(self):
        from ..classifier import model_for

        return model_for(self.settings)

    def _predict(self, doc: Document, sent: Span, context: list[Span]):
        """The classifier's reading of the passage: the sentence and what follows it in its paragraph."""
        if self._model is None:
            return None
        return self._model.predict(doc, _passage(doc, sent, context))

    def _event(self, doc, sent, typing, sub, actor1, actor2, place: PlaceMention, date: DateMention | None, sources, tax) -> EventMention:
        event = EventMention(
            doc_id=doc.id,
            event_type=tax["event_type_of"][sub],
            sub_event_type=sub,
            event_date=date.value if date else None,
            time_precision=date.precision if date else 1,
            actor1=actor1.name if actor1 else "",
            inter1=actor1.inter if actor1 else 0,
            actor2=actor2.name if actor2 else "",
            inter2=actor2.inter if actor2 else 0,
            place=place.place,
            location=_location_name(place),
            geo_precision=place.geo_precision,
            source="; ".join(sources),
            notes=" ".join(sent.text.split()),
            sentence=sent,
        )
        type_spans = [doc.span(typing.trigger.start, typing.trigger.end, "trigger")]
        if typing.modifier is not None:
            type_spans.append(doc.span(typing.modifier.start, typing.modifier.end, "modifier"))
        event.evidence.append(Evidence("sub_event_type", type_spans, typing.rule))
        if date is not None:
            event.evidence.append(Evidence("event_date", [date.span], f"{date.kind} date; {date.rule}"))
        event.evidence.append(Evidence("location", [place.span], place.rule or "place in sentence"))
        return event

    def _attach_casualties(self, doc: Document, sent: Span, events: list[EventMention],
                           every: list[EventMention] | None = None, *, listed: bool = False) -> None:
        """A sentence with casualty figures but no event of its own reports on the previous event, or on the one
        event of ``every`` at the place it names ("... in Omdurman and Bahri. ... In Bahri, five others were
        killed"). When ``listed`` (the events are one each for a list of places) and the sentence names none of
        them, its toll is split evenly between them, as a toll told in the list's own sentence is ("Clashes
        erupted in Marib, Al Jawf and Taizz. Ten fighters were killed")."""
        days = [d.value for d in doc.dates if d.value is not None and d.role == "event" and d.span.within(sent)]
        if days and events and events[0].event_date is not None \
                and all((events[0].event_date - day).days > 7 for day in days):
            return  # "The events of May 2, 2014, in which 48 people died": the toll of an older event (not "One died
            # on 15 December", a victim who died later)
        named = [m.place for m in doc.places if m.place is not None and m.span.within(sent)]
        at = [e for e in every or [] if e.place is not None
              and any(e.place.geonameid == p.geonameid for p in named)]
        own = len(at) == 1  # the sentence names the event's place: its toll is that place's own
        if own:
            events, listed = at, False
        actors = find_actors(doc, sent.start, sent.end, doc.focus_country)
        sources = find_sources(doc, sent.start, sent.end)
        found = find_casualties(doc, sent.start, sent.end, side_of=_side_finder(doc, actors),
                                by=", ".join(s.text for s in sources))
        if found.fatalities is None and not found.claims:
            return
        shared = listed and len(events) > 1 and bool(found.fatalities) and not any(e.fatalities for e in events)
        for n, event in enumerate(events):
            event.casualty_claims.extend(found.claims)
            if shared:
                event.fatalities = _shares(found.fatalities, len(events))[n]
                event.evidence.append(Evidence("fatalities", found.spans,
                                               f"{_FOLLOWING_SPLIT_RULE} {len(events)} events"))
            elif found.fatalities is not None and n == 0 and not (event.fatalities and found.reference):
                # not "The victim had the hands tied, their bodies ...": those already counted
                if _toll_is_a_share(event) and own:
                    event.fatalities = found.fatalities  # the place's own toll, not its share of the list's
                elif found.additional:  # "A fourth person died later": more deaths, not another count of the same
                    event.fatalities = (event.fatalities or 0) + found.fatalities
                elif event.fatalities and found.fatalities > event.fatalities and _vague_toll(event) \
                        and not any(c.kind == "killed" and c.max is None for c in found.claims):
                    # "menewaskan puluhan warga sipil ... Tim penyelamat mengevakuasi 53 jenazah": a count within the
                    # vague amount told first, not a competing figure
                    event.fatalities = found.fatalities
                elif event.fatalities and event.fatalities != found.fatalities:
                    event.casualty_claims.append(CasualtyClaim("killed", found.fatalities, found.fatalities, by=", ".join(s.text for s in sources)))
                    event.fatalities = min(event.fatalities, found.fatalities)
                else:
                    event.fatalities = found.fatalities
                event.evidence.append(Evidence("fatalities", found.spans, "deaths stated in a following sentence"))
            names = _source_names(doc, sources, with_outlet=False)
            if names:
                known = event.source.split("; ") if event.source else []
                event.source = "; ".join(dict.fromkeys(known + names))
                event.evidence.append(Evidence("source", sources, "attribution cue in a following sentence"))


def _attach_perpetrator(doc: Document, sent: Span, events: list[EventMention], know: _Knowledge) -> None:
    """A sentence with no event of its own that names who did the event told before ("Local officials blamed the
    RSF for the attack", "Pejabat setempat menuding serangan tersebut dilakukan oleh RSF"): its actor1, when no one
    was named there."""
    if not _perpetrator_cue_near(doc, sent, know):
        return
    country = next((e.place.country_code for e in events if e.place is not None), doc.focus_country)
    actors = _with_recognised(doc, sent, find_actors(doc, sent.start, sent.end, country), country_name(country), know)
    named = [a for a in actors if _named_perpetrator(doc, a, know)]
    if len({a.name for a in named}) != 1:
        return
    for event in events:
        if _unnamed_initiator(event) and event.actor2 != named[0].name:
            event.actor1, event.inter1 = named[0].name, named[0].inter
            event.evidence.append(Evidence("actor1", [named[0].span], "no one named in the event's sentence: the "
                                           "perpetrator a following sentence names"))


def _front_line_shooter(doc: Document, events: list[EventMention], know: _Knowledge) -> None:
    """Fire seen at a place on a front line with no shooter named ("the OSCE SMM observed 25 explosions near
    Kominternove"): coded to the side that did not hold the place, as ACLED does (:mod:`.frontlines`). A village
    named alone, read as a namesake far away, is first moved to the one of the front ("explosions near Lozove").
    Not when the report says the shooter is unknown ("artillery fire by an unknown party", ``unknown_shooter``):
    ACLED then codes an unidentified group."""
    for event in events:
        if event.sub_event_type not in FIGHTS or event.place is None:
            continue
        front = held_at(event.place, event.event_date)
        if front is None and event.place.level == "populated" and event.geo_precision < 3 \
                and (front := namesake_on_front(event.place, event.event_date)) is not None \
                and not any(m.place is not None and m.place.level != "country"
                            and fold(m.name) not in {fold(front.name), fold(front.admin1), fold(front.admin2)}
                            for m in doc.places if event.sentence is not None and m.span.within(event.sentence)):
            # the village is named alone, or with the front's own region ("near Opytne, Donetsk"), with no other
            # town or region that says which one it is: the front's
            event.place = dataclasses.replace(event.place, geonameid=f"front:{front.country_code}:{front.name}",
                                              name=front.name, admin1=front.admin1, admin2=front.admin2,
                                              latitude=front.latitude, longitude=front.longitude, source="acled")
            event.location = front.name
            spans = next((e.spans for e in event.evidence if e.field == "location"), [])
            event.evidence.append(Evidence("location", spans, "a namesake far from the front; the report tells of fire: "
                                           f"the place of that name on the front line ({front.admin2}, {front.admin1})"))
        if front is None or not _unnamed_initiator(event):
            continue
        if event.sentence is not None and know.unknown_shooter.search(doc.text, event.sentence.start, event.sentence.end):
            continue
        event.actor1, event.inter1 = front.adversary, front.adversary_inter
        if not event.actor2:
            event.actor2, event.inter2 = front.holder, front.holder_inter
        event.evidence.append(Evidence("actor1", [], f"no shooter named at a front line: {front.describe()}; fire "
                                       "seen there is coded to the side that did not hold it"))


def _place_list(doc: Document, places: list[PlaceMention]) -> bool:
    """The places are written as one list ("in Shah Wali Kot and Maywand districts", "di Distrik A dan B"), not
    named apart ("in Tlaquepaque, Jalisco, two men were found dead in Colonia Tempisque")."""
    spans = sorted((p.span for p in places if p.span.end > 0), key=lambda span: span.start)
    if len(spans) < 2 or len(spans) != len(places):
        return False
    joins = conjunctions(doc.lang or "en")
    gaps = [doc.text[a.end:b.start] for a, b in zip(spans, spans[1:])]
    return all(len(g) <= 40 for g in gaps) and any(joins.search(g) for g in gaps)


def _in_trigger(doc: Document, sent: Span, place: PlaceMention, know: _Knowledge) -> bool:
    """'Baku tembak meletus ...': a capitalised trigger word is not a place (Baku, Azerbaijan)."""
    if not place.span.within(sent):
        return False
    return any(h.start <= place.span.start and place.span.end <= h.end
               for lex in know.triggers.values() for h in lex.finditer(doc.text, place.span.start, min(sent.end, place.span.end + 30)))


def _of_an_older_event(doc: Document, sent: Span, place: PlaceMention, trigger: Hit, know: _Knowledge) -> bool:
    """'detained in Mogilev ... over his part in a December demonstration in Minsk': the place written right after
    another trigger that tells an older event is that event's place, not this one's."""
    if not place.span.within(sent) or place.span.start < trigger.end:
        return False
    for lexicon in know.triggers.values():
        for hit in lexicon.finditer(doc.text, trigger.end, place.span.start):
            gap = doc.text[hit.end:place.span.start]
            if len(_WORDS.findall(gap)) <= 2 and not re.search(r"[,;]", gap) \
                    and _modal(doc, sent, hit, know) == "background":
                return True
    return False


def _of_another_act(doc: Document, sent: Span, place: PlaceMention, trigger: Hit, sub: str, found: list[PlaceMention],
                    know: _Knowledge) -> bool:
    """"arrested Imran Khan at a courthouse in the capital on Tuesday, triggering a night of fury in which his
    supporters attacked military buildings in several cities, including the army's headquarters in Rawalpindi": a
    place written after another act of another kind, with a place of this one's between, is that act's place."""
    if not place.span.within(sent) or place.span.start < trigger.end:
        return False
    nearer = [p for p in found if trigger.end <= p.span.start and p.span.end <= place.span.start
              and p.place is not None and p.place.level != "country"]
    if not nearer:
        return False
    event_type = taxonomy()["event_type_of"]
    start = max(p.span.end for p in nearer)
    # (not the deaths the act caused: "... di Kamp X, menewaskan 12 orang di Y")
    return any(event_type[other] != event_type[sub] and hit.term not in know.bare_casualty
               and not _modal(doc, sent, hit, know)
               for other, lexicon in know.triggers.items()
               for hit in lexicon.finditer(doc.text, start, place.span.start))


def _place_nearby_in(doc: Document, sent: Span, context, countries: list[PlaceMention], trigger: Hit) -> list[PlaceMention]:
    """'Iran meluncurkan serangan rudal ke Israel.' names only countries: the place is the first one the next
    sentence (else the two before) names in the target country (the one named after the trigger, if any)."""
    countries = _countries_in(doc, sent, countries)
    after = [p.place.country_code for p in countries if p.span.start >= trigger.end]
    wanted = set(after or [p.place.country_code for p in countries])
    previous = [s for s in doc.sentences if s.end <= sent.start][-2:]
    for span in [*context[:1], *reversed(previous)]:
        for m in event_places(doc, span, fallback=False):
            if m.place is not None and m.place.level != "country" and m.place.country_code in wanted:
                return [dataclasses.replace(m, rule="neighbour-sentence:" + m.rule)]
    return []


def settled(typing: _Typing, know: _Knowledge) -> bool:
    """Other for a reason the classifier cannot weigh: a coup, a curfew or a prison escape (the language's
    ``regime_events``), captives released (:func:`_freed`), or a mass grave found (``settled_triggers``).

    Not every Other trigger: "fighters who had joined the mutiny left the faction" is a change to the group, and the
    classifier, which reads the whole sentence, says so. Nor a blast told as an accident: ACLED codes an old shell a
    woman hit by accident as an IED, and a bomb that went off while police carried it as disrupted weapons use."""
    return typing.sub_event_type == "Other" and (typing.trigger.term in know.regime_events
                                                 or typing.trigger.term in know.released.terms
                                                 or typing.trigger.term in know.settled_triggers)


def model_retypes(doc: Document, sent: Span, typing: _Typing, sub: str, prediction, threshold: float) -> bool:
    """Whether the classifier's ``prediction`` replaces ``sub``, the rules' sub-type for the trigger of ``typing`` in
    ``sent`` (the same guard for documents and for snippets): never when the rules set aside violence told as the
    cause (the model reads its words as the event's), else :func:`may_override` with what the sentence shows: a crowd
    named by the trigger or a crowd of civilians that acted (:func:`side_of`), weapons shown, a settled regime event,
    deaths told."""
    if prediction is None or prediction.label == sub or typing.cause:
        return False
    know, term = knowledge(doc.lang or "en"), typing.trigger.term
    if sub == "Armed clash" and taxonomy()["event_type_of"][prediction.label] == "Riots":
        after = next((s for s in doc.sentences if s.start >= sent.end), None)
        end = after.end if after is not None else sent.end
        if know.firearms.search(doc.text, sent.start, end) is not None and not _state_named(doc, sent.start, end):
            return False  # "Warga dua desa bentrok ... Kedua kelompok saling tembak": guns make it a battle, no riot
    if sub in ("Attack", "Armed clash") and _carried_only(doc, sent, prediction.label, know):
        return False  # "attacked the village, firing heavy machine guns and rocket-propelled grenades": the assault
    if prediction.label in know.triggers \
            and taxonomy()["event_type_of"][prediction.label] in ("Protests", "Strategic developments") and any(
            _repeated(doc, sent, hit, prediction.label, know)
            for hit in know.triggers[prediction.label].finditer(doc.text, sent.start, sent.end)):
        return False  # "telah beberapa kali menggelar deklarasi damai, tetapi ... bentrok": the clash, not the deals
    crowd = term in know.crowd_triggers or sub == taxonomy()["rioter_variant"].get(typing.sub_event_type)
    return may_override(sub, prediction, threshold, crowd=crowd, shown=term in know.display_triggers,
                        regime=sub == "Other" and settled(typing, know), deaths=tells_deaths(doc, sent.start, sent.end))


def _state_named(doc: Document, start: int, end: int) -> bool:
    """A state force is named between ``start`` and ``end``: gunfire told there may be police firing at a crowd,
    not two sides shooting at each other ("Warga dua desa bentrok ... Kedua kelompok saling tembak")."""
    return any(a.inter == 1 for a in find_actors(doc, start, end, doc.focus_country))


def may_override(sub: str, prediction, threshold: float, *, crowd: bool = False, shown: bool = False,
                 regime: bool = False, deaths: bool = False) -> bool:
    """The model refines the rules' sub-type when it is sure, but never invents a territory change nor says who took
    a place (whether it was fought for is read from the sentence, who took it from the actors; it may say that no
    place changed hands: "captured the leader of JAD's East Java chapter"), never overrides a sub-type whose words
    are specific (taxonomy ``rules_stand``) nor into what its words rule out (``holds_against``: protesters who
    fought back make no excessive force against peaceful ones), never turns what a crowd did (``crowd``: the trigger
    names one) into the types of taxonomy ``crowd_holds_against``, never turns weapons shown (``shown``: a display
    trigger, "paraded ballistic missiles") into violence (it may only choose another strategic development), and
    never retypes a coup, a curfew, a prison escape, a release or a mass grave (``regime``: see :func:`settled`), and
    never turns a sentence that tells deaths (``deaths``) into property destruction (taxonomy ``deaths_hold_against``:
    "diduga dibunuh dan dibakar orang tak dikenal" is a killing whose victim was burned).
    (Keeping it from turning an armed group's act into a riot was measured: on ACLED's Indonesian notes the model was
    right each time, militias and KNPB members do riot, so it may.)"""
    tax = taxonomy()
    if prediction.probability < threshold or sub in tax["rules_stand"] or regime \
            or prediction.label in (tax.get("holds_against") or {}).get(sub, ()) \
            or crowd and prediction.label in (tax.get("crowd_holds_against") or {}).get(sub, ()) \
            or shown and tax["event_type_of"][prediction.label] != "Strategic developments" \
            or deaths and prediction.label in tax["deaths_hold_against"]:
        return False
    return prediction.label not in tax["territory"]


def _passage(doc: Document, sent: Span, context) -> Span:
    """The sentence and up to two sentences after it in the same paragraph (what the classifier reads)."""
    end = sent.end
    for span in context[:2]:
        if "\n\n" in doc.text[end:span.start]:
            break
        end = span.end
    return Span(sent.start, end)


def _is_heading(doc: Document, sent: Span) -> bool:
    """The sentence is a Markdown section heading ("## ..."), the way news text extracted from web pages marks them;
    not the title ("# ..."), which may be all a report says of its event."""
    line = doc.text[doc.text.rfind("\n", 0, sent.start) + 1:sent.start]
    return line.lstrip().startswith("##") and not line.strip("# \t")


def _is_summary(doc: Document, sent: Span, know: _Knowledge) -> bool:
    """'Berikut ringkasan berita ...' or a heading '## Ringkasan': the article's own summary starts here (a
    one-word marker counts only as a heading, not in 'Rangkuman Perang Iran-Israel Hari Kedua')."""
    hit = know.summary.search(doc.text, sent.start, sent.end)
    if hit is None or hit.start - sent.start >= 20:
        return False
    return " " in hit.term or len(_WORDS.findall(sent.text)) <= 2


def _reference_date(doc: Document) -> dt.date | None:
    if doc.published:
        return doc.published
    values = [d.value for d in doc.dates if d.value is not None and d.kind == "absolute"]
    return max(values) if values else None


def _is_background(doc: Document, sent: Span, reference: dt.date | None) -> bool:
    """A sentence about an earlier year ("dibunuh Taliban di 2001") is background, not news."""
    if reference is None:
        return False
    own = [d for d in doc.dates if d.span.within(sent) and d.value is not None]
    # not the day it was said ("\"2022 dulu, anak-anak yang tawuran ...,\" kata Eri, Jumat (30/5/2025)")
    told = [d for d in own if d.role != "report"]
    if any((reference - d.value).days <= 366 for d in told):
        return False  # the sentence dates its own event in the news period; an earlier year in it is context
    if told:
        return True  # every date it gives is more than a year before the news ("kerusuhan Mei 1998")
    for m in _YEAR.finditer(doc.text, sent.start, sent.end):
        if any(d.span.start <= m.start() < d.span.end for d in own):
            continue
        if int(m.group(0)) < reference.year:
            return True
    return False


def _non_place_object(doc: Document, sent: Span, typing: _Typing) -> bool:
    """'menguasai negara itu', 'took power', 'seized a ton of marijuana', 'menguasai 20 dari 34 ibu kota provinsi':
    a territory verb whose object is not a place (a count is a control statement: see stages/control.py)."""
    from .control import count_statement  # control reads events: imported here, not at the top

    if count_statement(doc, typing.trigger.start, sent.end):
        return True
    return _object_in(doc, sent, typing.trigger, knowledge(doc.lang or "en").non_place_objects) is not None


def _refine(sub: str, agent: ActorMention | None, patient: ActorMention | None, cname: str, tax: dict,
            actors: list[ActorMention] = (), *, plain_clash: bool = False, crowd: ActorMention | None = None,
            desk_cue: bool = False, operation: bool = False):
    """Apply ACLED's actor-dependent choices and default actors (``operation``: the sentence tells the fight as the
    state forces' operation)."""
    rule = ""
    written = agent is not None and agent.inter != 7  # the text names who acted, if only "armed men"
    if sub in tax["protester_target_variant"] and patient is not None and patient.inter == 6 \
            and (agent is None or agent.inter == 1):
        # "Pasukan keamanan menembaki ribuan demonstran": the state's forces turned on protesters
        sub, rule = tax["protester_target_variant"][sub], "the target was protesters; "
    etype = tax["event_type_of"][sub]
    if sub in tax["actor1_is_default"]:
        default = fill(tax["default_actor1"][etype], cname)
        actor1 = ActorMention(Span(0, 0), default, 6 if etype == "Protests" else 5, cname, rule="ACLED default")
        # the other side of a protest or riot is whoever intervened or was attacked: state forces first
        excluded = (5, 6, 7) if etype == "Protests" else (5, 6)
        others = sorted((a for a in actors if a.inter not in excluded and not a.group),
                        key=lambda a: (a.inter != 1, a.span.start))
        actor2 = others[0] if others and sub != "Peaceful protest" else None
        return sub, actor1, actor2, rule + "default actor for " + etype
    if agent is not None and agent.inter == 7 and crowd is not None and crowd.span.start <= agent.span.start \
            and sub in tax["rioter_variant"]:
        # "Villagers beat to death two men suspected of kidnapping" (``crowd``: the sentence's subject, a word for
        # civilians acting together): a mob of villagers, not an unknown gunman
        agent = ActorMention(crowd.span, fill(tax["default_actor1"]["Riots"], cname), 5, cname, crowd.alias,
                             "a crowd of civilians acted")
        patient = patient if patient is not None and patient is not crowd else None
    if agent is not None and agent.inter == 7 and patient is not None and patient.inter != 7:
        agent, patient = patient, agent
        rule = "civilians are not the initiator; "
    elif agent is not None and agent.inter == 7 and sub in tax["needs_armed_actor1"]:
        # "a man was beaten to death by 15 men", "a man was killed and his body was found": civilians do not
        # carry out armed violence in ACLED's coding; the perpetrator is the armed side named before them
        # ("Myanmar military detained a shrimp farmer and beat him"), else unidentified
        active = patient is None or patient.span.start > agent.span.start  # not "a soldier was beaten by villagers"
        armed = [a for a in actors if a.inter in (1, 2, 3) and a.span.end <= agent.span.start and not a.unarmed
                 and a is not patient] if active else []
        agent, patient = (armed[-1] if armed else None), patient or agent
        rule = "civilians are not the initiator; "
    if agent is not None and agent.inter == 1 and sub in tax["state_variant"]:
        sub = tax["state_variant"][sub]
        rule += "state forces took the place; "
    elif agent is not None and agent.inter != 1 and sub in tax["non_state_variant"]:
        # with no one named, the verb keeps its own direction ("Marawi was liberated", "the town was captured")
        sub = tax["non_state_variant"][sub]
        rule += "a non-state group took the place; "
    if agent is not None and agent.inter == 5 and sub in tax["rioter_variant"]:
        sub = tax["rioter_variant"][sub]
        rule += "a crowd attacked; "
    elif sub in tax["armed_target_variant"] and _armed(agent) and _armed(patient) and patient.inter in (1, 2):
        sub = tax["armed_target_variant"][sub]
        rule += "both sides armed; "
    elif sub in tax["unarmed_target_variant"] and patient is not None and patient.unarmed:
        sub = tax["unarmed_target_variant"][sub]  # "a police officer who was off-duty": a civilian target
        rule += "the target was off duty or unarmed; "
    elif sub in tax["unarmed_clash_variant"] and plain_clash \
            and (mob := next((a for a in (agent, patient) if a is not None and a.inter in (5, 6)), None)) is not None:
        # "polisi bentrok dengan massa", "police clashed with stone-throwing demonstrators": a crowd fought the
        # forces, a riot (the crowd first), not a battle between two armed sides
        patient = patient if mob is agent else agent
        agent = ActorMention(mob.span, fill(tax["default_actor1"]["Riots"], cname), 5, cname, mob.alias,
                             "a crowd fought")
        sub = tax["unarmed_clash_variant"][sub]
        rule += "a crowd fought the other side; "
    elif sub in tax["unarmed_clash_variant"] and plain_clash and not (_armed(agent) or _armed(patient)):
        sub = tax["unarmed_clash_variant"][sub]
        rule += "a side is not an armed group; "
        if agent is None or agent.inter in (3, 7):
            agent = ActorMention(Span(0, 0), fill(tax["default_actor1"]["Riots"], cname), 5, cname,
                                 rule="ACLED default")
    if agent is None and sub in (tax.get("unnamed_actor1") or {}):
        agent = ActorMention(Span(0, 0), fill(tax["unnamed_actor1"][sub], cname), 1, cname, rule="ACLED default")
        rule += "no one named: the police; "
    if agent is None and sub in tax["needs_armed_actor1"]:
        agent = ActorMention(Span(0, 0), fill(tax["unidentified_actor"], cname), 3, cname, rule="ACLED default")
        rule += _NO_INITIATOR + "; "
    desk_name = (tax.get("unidentified_by_country") or {}).get(cname, {}).get(sub)
    if desk_name and agent is not None and agent.name == fill(tax["unidentified_actor"], cname) \
            and (not written or desk_cue):
        # a body found, or a drive-by shooting: the desk's gang; "armed men attacked a man" stay an armed group
        agent = dataclasses.replace(agent, name=fill(desk_name, cname))
        rule += "the country's name for an unidentified attacker; "
    if cname in (tax.get("state_first_in_battles") or ()) and tax["event_type_of"][sub] == "Battles" \
            and agent is not None and patient is not None and agent.inter == 2 and patient.inter == 1:
        agent, patient = patient, agent  # the desk lists the state's forces first in their battles with rebels
        rule += "the country's desk names the state forces first in battles; "
    if operation and tax["event_type_of"][sub] == "Battles" and patient is not None and patient.inter == 1 \
            and (agent is None or agent.inter != 1):
        # "four armed men exchanged fire with military police during an operation": the forces whose operation it
        # was started the fight
        agent, patient = patient, agent
        rule += "the state forces' operation: they initiated it; "
    if patient is None and sub in tax["default_actor2"]:
        patient = ActorMention(Span(0, 0), fill(tax["default_actor2"][sub], cname), 7, cname, rule="ACLED default")
    if patient is not None and agent is not None and patient.name == agent.name:
        patient = None
    return sub, agent, patient, rule.strip() or "as written"


def _associated(etype: str, actors: list[ActorMention], actor1: ActorMention | None,
                actor2: ActorMention | None) -> tuple[str, str]:
    """ACLED's associated actors: the groups named with the protesters or rioters, or with the other side."""
    groups = list(dict.fromkeys(a.group for a in actors if a.group))
    if etype in ("Protests", "Riots"):
        return "; ".join(groups), ""
    side2 = [a.group for a in actors if a.group and actor2 is not None and a.name == actor2.name]
    side1 = [a.group for a in actors if a.group and actor1 is not None and a.name == actor1.name]
    return "; ".join(dict.fromkeys(side1)), "; ".join(dict.fromkeys(side2))


def _armed(actor: ActorMention | None) -> bool:
    """An organised armed side: state forces, rebels, political or identity militias written in the text (not a
    default)."""
    return actor is not None and actor.inter in (1, 2, 3, 4) and actor.rule != "ACLED default" and not actor.unarmed


def _side_finder(doc: Document, actors: list[ActorMention]):
    def side_of(start: int, end: int) -> str:
        inside = [a for a in actors if start <= a.span.start and a.span.end <= end]
        return inside[0].name if inside else ""
    return side_of


def _source_names(doc: Document, sources: list[Span], *, with_outlet: bool = True) -> list[str]:
    names = [doc.source] if with_outlet and doc.source else []
    names += [s.text for s in sources]
    return list(dict.fromkeys(n for n in names if n))


def _location_name(place: PlaceMention) -> str:
    if place.place is None:
        return place.name
    return place.place.name


def _told_first(doc: Document, sent: Span, place: PlaceMention, trigger: Hit, know: _Knowledge) -> bool:
    """The sentence opens on its place, before a comma and the word of what it tells ("In Omdurman, hundreds of
    demonstrators rallied"; "Sementara itu, di kota pelabuhan Odesa di tepi Laut Hitam, drone ... menghantam"): a
    round-up's paragraph, telling what happened there."""
    if place.place is None or not place.span.within(sent):
        return False
    lead, _, opener = doc.text[sent.start:place.span.start].rpartition(",")
    words = (opener + doc.text[place.span.start:place.span.end]).split()  # "Di Kupang": a capital Di may be in the name
    comma = doc.text.find(",", place.span.end, trigger.start)
    return len(words) > 1 and words[0].lower() in know.fronted_place_preps and len(lead) <= 25 \
        and comma != -1 and comma - place.span.start + len(opener) <= 60


def _elsewhere(doc: Document, sent: Span, later: Span) -> bool:
    """``later`` is in another paragraph than ``sent``, which up to ``later`` names a place below its country that
    ``sent`` does not."""
    brk = doc.text.rfind("\n\n", sent.end, later.start)
    if brk == -1:
        return False

    def named(span: Span) -> set[str]:  # not the dateline: where the report was filed
        return {p.place.geonameid for p in doc.places if p.place is not None and p.place.level != "country"
                and p.span.within(span) and p.rule != "dateline"}
    here, there = named(sent), named(Span(brk, later.end))
    return bool(here) and bool(there - here)


def _confidence(event: EventMention, date: DateMention | None, place: PlaceMention, actor1, *,
                fronted: bool = False) -> float:
    score = 0.4 + (0.05 if fronted else 0.0)
    if date is not None and event.sentence is not None and date.span.within(event.sentence):
        score += 0.2
    elif date is not None:
        score += 0.1
    if place.place is not None and event.sentence is not None and place.span.within(event.sentence):
        score += 0.2
    if actor1 is not None and actor1.rule != "ACLED default":
        score += 0.15
    return round(min(score, 0.95), 2)


def _same_place(a: EventMention, b: EventMention) -> bool:
    if a.place is None or b.place is None:
        return a.location == b.location
    if a.place.geonameid == b.place.geonameid:
        return True
    return abs(a.place.latitude - b.place.latitude) < 0.01 and abs(a.place.longitude - b.place.longitude) < 0.01


def _merge_into(events: list[EventMention], new: EventMention, date: DateMention | None, *,
                inferred_place: bool = False, told_as: str = "", points_back: bool = False,
                own_place: bool = False) -> EventMention | None:
    """Merge a re-mention into an earlier event of the same kind; the event it merged into, or None.

    A report names its event again and again: with the same place, with a village where it first
    named the regency, with neither place nor date ("when the shooting happened"). A mention merges
    into an earlier event of the same type at the same place and day; or on the same day within the
    same regency or 30 km (the more specific place is kept); or, with no place and no date of its own,
    into the latest event of its kind. Events of one sentence (three districts taken) never merge. A mention that
    names no side is of the kind its trigger told (``told_as``), before the missing sides changed it: "Two people
    were killed in the clash" is the armed clash told before, not a brawl of its own. A mention told only by a
    casualty word or by a trigger pointing back, with nothing of its own (``points_back``: "At least one soldier killed
    and two wounded", "Five villagers were killed by the explosion"), is more on the latest event that may have a toll.
    A mention whose sentence opens on its place (``own_place``) merges only at that place.
    """
    stated = date is not None and new.sentence is not None and date.span.within(new.sentence)
    tax = taxonomy()
    unnamed = not any(e.field == "actor1" and e.spans for e in new.evidence)

    def own_weapon(event: EventMention) -> bool:  # typed by its weapon word, not by the model
        return event.sub_event_type in tax["distinct_methods"] and any(
            e.field == "sub_event_type" and e.rule.startswith("trigger") and "model" not in e.rule for e in event.evidence)

    def kind_of(old: EventMention) -> tuple[bool, bool]:
        if old.sub_event_type != new.sub_event_type and not points_back and own_weapon(old) and own_weapon(new):
            return False, False  # an air strike and a shelling told apart: two events
        same_kind = old.event_type == new.event_type or (
            old.sub_event_type in tax["territory"] and new.sub_event_type in tax["territory"]) or (
            unnamed and old.sub_event_type == told_as)
        follow_up = tax["follow_up"].get(old.event_type, ())
        more = points_back and inferred_place and not stated and old.sub_event_type not in tax["no_fatalities"]
        same_side = new.sub_event_type in (tax.get("same_side_follow_up") or {}).get(old.sub_event_type, ()) \
            and bool(new.actor1) and new.actor1 == old.actor1
        return same_kind, new.sub_event_type in follow_up or told_as in follow_up or more or same_side

    candidates = [old for old in reversed(events) if any(kind_of(old)) and old.sentence != new.sentence]
    # "Sehari berselang, Jumat (9/4/2021) siang, KKB kembali menyerang. ... Ia ditembak di dekat rumah dinas guru":
    # a mention dated by the sentence before goes with the event of that day, not with another day's at its place
    dated = next((old for old in candidates if kind_of(old)[0] and new.event_date is not None and not points_back
                  and new.time_precision == 1 and old.event_date == new.event_date
                  and (_same_place(old, new) or _nearby(old, new))), None)
    for old in candidates:  # the same place first
        same_kind, _ = kind_of(old)
        if _same_place(old, new) and ((same_kind and old.event_date == new.event_date)
                                      or (not stated and dated in (None, old))
                                      or new.event_date is None):
            _absorb(old, new, same_kind, by_method=not points_back)
            return old
        if same_kind and (_same_place(old, new) or _nearby(old, new)) and _vague_same_time(old, new):
            if new.time_precision < old.time_precision:  # "sepekan lalu" then "Senin (3/11)": the day is kept
                old.event_date, old.time_precision = new.event_date, new.time_precision
                old.evidence = [e for e in old.evidence if e.field != "event_date"] + [
                    e for e in new.evidence if e.field == "event_date"]
            _absorb(old, new, same_kind, by_method=not points_back)
            return old
    for old in candidates:  # then the same day nearby, or a mention with nothing of its own
        same_kind, follow_up = kind_of(old)
        # not a round-up's paragraph that opens on its own city ("In Omdurman, across the Nile from the capital, ...")
        nearby = same_kind and old.event_date == new.event_date and _nearby(old, new) \
            and not (own_place and not _same_place(old, new))
        # "a clash broke out near Shat Shar Taung ... An artillery shell from the clash fell into Sin Thay Pyin": the
        # battle's own shelling or air support, at a place nearby on its day, is part of the battle (ACLED codes one)
        part_of_battle = follow_up and old.event_type == "Battles" and new.event_type == "Explosions/Remote violence" \
            and old.event_date == new.event_date and _nearby(old, new)
        if nearby or part_of_battle or (inferred_place and not stated):
            if nearby and _more_specific(new, old):
                old.place, old.location, old.geo_precision = new.place, new.location, new.geo_precision
                old.evidence = [e for e in old.evidence if e.field != "location"] + [
                    e for e in new.evidence if e.field == "location"]  # the place's evidence goes with it
            _absorb(old, new, same_kind, by_method=not points_back)
            return old
    return None


_LEVEL_RANK = {"populated": 4, "admin4": 4, "admin3": 3, "admin2": 2, "admin1": 1, "country": 0}


def _vague_same_time(a: EventMention, b: EventMention) -> bool:
    """One of the two is dated only to a week ("sepekan lalu") or a month ("Pada September 2019, kerusuhan ...") and
    the other falls within it."""
    if a.event_date is None or b.event_date is None:
        return False
    vague = max(a.time_precision, b.time_precision)
    if vague == 3:
        return (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)
    return vague == 2 and abs((a.event_date - b.event_date).days) <= 7


def _more_specific(new: EventMention, old: EventMention) -> bool:
    if new.place is None or old.place is None:
        return False
    if new.geo_precision != old.geo_precision:
        return new.geo_precision < old.geo_precision
    return _LEVEL_RANK.get(new.place.level, 0) > _LEVEL_RANK.get(old.place.level, 0)


def _nearby(a: EventMention, b: EventMention) -> bool:
    if a.place is None or b.place is None:
        return False
    if a.place.country_code != b.place.country_code:
        return False
    if 3 in (a.geo_precision, b.geo_precision) and a.place.admin1 == b.place.admin1:
        return True  # "di depan RSUD Wamena, Papua": the province named alone holds the town of the report
    if a.place.admin2 and a.place.admin2 == b.place.admin2 and a.place.admin1 == b.place.admin1:
        return True
    if a.place.country_code in OFFICIAL_UNITS and a.place.admin2 and b.place.admin2 \
            and min(a.geo_precision, b.geo_precision) == 1 \
            and not any(fold(p.name) == fold(p.admin1) for p in (a.place, b.place)):
        # official units say they are two regencies: Sidoarjo's Taman is not Surabaya, 15 km away (but "Jakarta",
        # a province of five cities, holds the riot in Central Jakarta)
        return False
    return km_between(a.place, b.place) <= 30


def _with_recognised(doc: Document, sent: Span, actors: list[ActorMention], cname: str,
                     know: _Knowledge) -> list[ActorMention]:
    """The actors of the sentence, and an organisation the name recogniser found right after a perpetrator cue that
    the dictionary does not know ("the attack was carried out by the Mujahideen Shura Council"): a group kept as
    written."""
    if not _perpetrator_cue_near(doc, sent, know):
        return actors  # most sentences: no cue, nothing to look for
    extra = []
    for name in doc.names:
        if name.label != "ORG" or not (sent.start <= name.start and name.end <= sent.end) \
                or any(a.span.start < name.end and name.start < a.span.end for a in actors):
            continue
        if {w.lower() for w in _WORDS.findall(name.text)} & know.landforms:
            continue  # "the bullets came from the Rae Htoe Mountain range": where from, not who
        mention = ActorMention(doc.span(name.start, name.end, "actor"), name.text, 3, cname, name.text, "recognised name")
        if _named_perpetrator(doc, mention, know):
            extra.append(mention)
    return sorted(actors + extra, key=lambda a: a.span.start) if extra else actors


def _perpetrator_cue_near(doc: Document, sent: Span, know: _Knowledge) -> bool:
    """A perpetrator cue in the sentence, or in the window before it that ``_named_perpetrator`` reads."""
    return know.perpetrator_cues.search(doc.text, max(0, sent.start - 60), sent.end) is not None


def _named_perpetrator(doc: Document, actor: ActorMention, know: _Knowledge) -> bool:
    """The actor is written right after a word that names who did it ("the attack was carried out by the RSF",
    "Local officials blamed the RSF", "menuding serangan itu dilakukan oleh pasukan paramiliter RSF")."""
    if actor.inter not in (1, 2, 3, 4):
        return False
    window = doc.text[max(0, actor.span.start - 60):actor.span.start]
    for cue in know.perpetrator_cues.finditer(window, 0, len(window)):
        gap = window[cue.end:]
        words = [w.lower() for w in _WORDS.findall(gap)]
        if not re.search(r"[,.;:()]", gap) and len(words) <= 3 and not set(words) & know.perpetrator_breaks:
            # not "pelecehan yang dilakukan seniornya ke polisi" (reported to the police), nor "a man they accused
            # of being an ADF collaborator" (what the victim was accused of being)
            return True
    return False


def _perpetrator_named(event: EventMention) -> bool:
    """actor1 was written after a perpetrator cue ("the attack was carried out by the RSF")."""
    return any(e.field == "actor1" and e.rule.startswith(_PERPETRATOR_RULE) for e in event.evidence)


def _unnamed_initiator(event: EventMention) -> bool:
    """actor1 is the default for an attacker no one named ("Unidentified Armed Group (Myanmar)")."""
    rules = [e.rule for e in event.evidence if e.field == "actor1"]
    return bool(rules) and _NO_INITIATOR in rules[-1]


# the event types whose initiator a later mention may name (not violence against civilians, whose later mentions
# often tell what the police did to the perpetrator)
_FIRED = ("Explosions/Remote violence", "Battles")


def _told_next(old: EventMention, new: EventMention) -> bool:
    """``new`` is told in a sentence that starts at most 300 characters after ``old``'s ends."""
    return old.sentence is not None and new.sentence is not None and 0 <= new.sentence.start - old.sentence.end <= 300


def _initiator_told_next(events: list[EventMention]) -> None:
    """'Bullets injured three villagers in X. The incident happened as Myanmar military in Sittwe side fired
    artillery shells towards the township': fighting or shelling whose initiator no one named takes the armed side
    that the next sentence says fired, also when that sentence names another place (where they fired from)."""
    for old in events:
        if old.event_type not in _FIRED or not _unnamed_initiator(old):
            continue
        new = next((e for e in events if e.event_type == old.event_type and _told_next(old, e)), None)
        if new is not None and new.inter1 in (1, 2, 3) and not _unnamed_initiator(new) and new.actor1 != old.actor2:
            old.actor1, old.inter1 = new.actor1, new.inter1
            old.evidence.append(Evidence("actor1", [e for ev in new.evidence if ev.field == "actor1" for e in ev.spans],
                                         "no one named in the first mention: the initiator the next sentence names"))


_FROM_THE_AIR_RULE = "a foreign state's attack with no weapon named: air/drone strike"


def _from_the_air(sub: str, actor1: ActorMention | None, cname: str, tax: dict) -> str | None:
    """The air or drone strike an attack or clash by a state's forces in another country is (taxonomy
    ``cross_border_remote``), or None."""
    if sub in tax["cross_border_remote"] and actor1 is not None and actor1.inter == 1 and actor1.country != cname:
        return tax["cross_border_remote"][sub]
    return None


def _place_told_after(doc: Document, events: list[EventMention], sentences: list[Span], know: _Knowledge) -> None:
    """A report names a region in its lead and the village further on: "Densus 88 menangkap Zulkarnaen ... di Provinsi
    Lampung ... Yang bersangkutan ditangkap di Desa Toto Harjo, Kecamatan Purbolinggo, Kabupaten Lampung Timur";
    "launched an air strike on a village in the Sagaing region ... Serangan terjadi ... di Desa Pazigyi, Kotapraja
    Kanbalu". An event coded to a province or a country takes the more specific place, inside it, that one of the
    next three sentences names with a word of the event's kind and no other day."""
    tax = taxonomy()
    for event in events:
        if event.sentence is None or event.place is None or not (event.geo_precision == 3 or event.place.level == "country"):
            continue
        index = next((i for i, s in enumerate(sentences) if s.start <= event.sentence.start < s.end), None)
        if index is None:
            continue
        kinds = [lex for sub, lex in know.triggers.items() if tax["event_type_of"][sub] == event.event_type]
        for sent in sentences[index + 1:index + 4]:
            if any(e.sentence is not None and e.sentence.within(sent) for e in events):
                break  # another event's own sentence: what follows is about it
            days = {d.value for d in doc.dates if d.value is not None and d.role == "event" and d.span.within(sent)}
            if days and event.event_date not in days:
                continue  # another day's news
            if not any(lex.search(doc.text, sent.start, sent.end) is not None for lex in kinds):
                continue
            inside = [m for m in event_places(doc, sent, fallback=False) if m.place is not None
                      and m.geo_precision < event.geo_precision and m.place.country_code == event.place.country_code
                      and (event.place.level == "country" or fold(m.place.admin1) == fold(event.place.admin1))]
            if inside:
                best = min(inside, key=lambda m: m.geo_precision)
                event.place, event.location, event.geo_precision = best.place, best.place.name, best.geo_precision
                event.evidence = [e for e in event.evidence if e.field != "location"] + [
                    Evidence("location", [best.span], f"the region's place told after it: {best.rule}")]
                break


def _claimed_by(doc: Document, events: list[EventMention], sentences: list[Span], know: _Knowledge) -> None:
    """'Militants attacked the gendarmerie station ... JNIM claimed responsibility': an attack by an unidentified group
    takes the armed group that claimed it, in its sentence or one of the two after it (the claimant named right
    before the cue). A state's forces that confirmed the strike ("Militer Israel mengonfirmasi serangan itu", the
    language's ``confirmation``, up to three sentences after) carried it out; a state's attack in another country with
    no weapon named is an air or drone strike (taxonomy ``cross_border_remote``)."""
    tax = taxonomy()
    for event in events:
        if event.sentence is None or not event.actor1.startswith("Unidentified") or event.inter1 not in (2, 3):
            continue
        index = next((i for i, s in enumerate(sentences) if s.start <= event.sentence.start < s.end), None)
        if index is None:
            continue
        for n, sent in enumerate(sentences[index:index + 4]):
            cue = know.responsibility.search(doc.text, sent.start, sent.end) if n < 3 else None
            kinds = (2, 3)
            if cue is None:
                cue, kinds = know.confirmation.search(doc.text, sent.start, sent.end), (1, 2, 3)
            if cue is None:
                continue
            country = event.place.country_code if event.place is not None else doc.focus_country
            named = [a for a in find_actors(doc, sent.start, cue.start, country)
                     if a.inter in kinds and not a.name.startswith("Unidentified")
                     and len(_WORDS.findall(doc.text[a.span.end:cue.start])) <= 3]
            if named:
                claimant = named[-1]
                event.actor1, event.inter1 = claimant.name, claimant.inter
                event.evidence.append(Evidence("actor1", [claimant.span, doc.span(cue.start, cue.end, "cue")],
                                               "the group that claimed the attack" if kinds == (2, 3)
                                               else "the forces that confirmed the strike"))
                air = _from_the_air(event.sub_event_type, claimant, country_name(country), tax)
                if air:
                    event.sub_event_type, event.event_type = air, tax["event_type_of"][air]
                    event.evidence.append(Evidence("sub_event_type", [claimant.span], _FROM_THE_AIR_RULE))
                break


def _spread_over_list(new: EventMention, listed: list[EventMention], points_back: bool) -> None:
    """Merge ``new``, a mention with no place or date of its own, into each event of a list of places or days, its toll
    split evenly between them (the first places take the remainder, as ACLED splits it)."""
    toll, spans = new.fatalities, [s for e in new.evidence if e.field == "fatalities" for s in e.spans]
    shares = _shares(toll or 0, len(listed))
    for n, old in enumerate(listed):
        new.fatalities = shares[n] if toll else None
        _absorb(old, new, old.event_type == new.event_type, by_method=not points_back)
        if toll:
            old.evidence.append(Evidence("fatalities", spans, f"{_FOLLOWING_SPLIT_RULE} {len(listed)} events"))
    new.fatalities = toll


def _toll_as_coded(doc: Document, events: list[EventMention], know: _Knowledge) -> None:
    """The toll as the report itself states it, over the figures read in its sentences: a total ("Total fatalities
    2") or a coded figure ("Unknown number of fatalities coded as 10"), and how many events it is shared between
    ("48 BH fighters were reported killed across the two attacks. Fatalities split between 2 events"). With fewer events
    found than it names, each takes its even share, rounded down (which events took the remainder is not known) and at
    least one."""
    tolled = [e for e in events if e.fatalities]
    if not events or len(tolled) > 1 and not all(_toll_is_a_share(e) for e in tolled):
        return  # tolls of their own, not one toll or the shares of one
    stated = next((m for m in (rx.search(doc.text) for rx in (know.toll_total, know.toll_coded) if rx is not None)
                   if m is not None), None)
    said = know.toll_split.search(doc.text) if know.toll_split is not None else None
    parts = count_word(said.group("n"), doc.lang or "en") if said is not None else None
    total = int(next(v for v in stated.groupdict().values() if v)) if stated is not None \
        else sum(e.fatalities for e in tolled)
    targets = tolled or (events[:1] if len(events) == 1 else [])
    if not targets or (stated is None and (not parts or len(targets) >= parts)):
        return
    spans = [doc.span(m.start(), m.end(), "stated toll") for m in (stated, said) if m is not None]
    if parts and len(targets) < parts:
        shares = [max(total // parts, 1)] * len(targets)
        rule = f"the report's toll of {total}, shared between {parts} events"
    else:
        shares = _shares(total, len(targets))
        rule = f"the toll the report states ({total})"
        if len(targets) > 1:
            rule += f", split between {len(targets)} places"
    for event, share in zip(targets, shares):
        if event.fatalities and event.fatalities != share:  # the figure read before stays as a claim
            event.casualty_claims.append(CasualtyClaim("killed", event.fatalities, event.fatalities))
        event.fatalities = share
        event.evidence.append(Evidence("fatalities", spans, rule))


#: the rules of :func:`~warta.stages.dates.date_for` that take a date from outside the sentence and its neighbours
_DATES_FROM_AFAR = ("document date", "report date", "published")
#: how many words before a trigger a relative pronoun makes it part of a relative clause
_RELATIVE_WINDOW = 3


def _qualifies_a_noun(doc: Document, sent: Span, trigger, know: _Knowledge) -> bool:
    """The trigger stands in a relative clause ("warga yang berdemonstrasi", "anak yang tertangkap tawuran",
    "protesters who had marched"): a relative pronoun (``relative_pronouns``) among the few words before it."""
    if not know.relative_pronouns:
        return False
    words = re.findall(r"\w+", doc.text[max(sent.start, trigger.start - 60):trigger.start])[-_RELATIVE_WINDOW:]
    return any(w.lower() in know.relative_pronouns for w in words)


def _told_before_in(doc: Document, sent: Span, typing: _Typing, know: _Knowledge) -> bool:
    """A cue of what was done at a protest (the one that refined the type, or another) stands before the trigger,
    outside any relative clause ("police fired tear gas to disperse several hundred protesters who had gathered ... and
    tried to march"): the sentence tells the event."""
    cues = [typing.modifier] if typing.modifier is not None else []
    cues += [m for lex in know.modifiers.values() for m in lex.finditer(doc.text, sent.start, typing.trigger.start)]
    return any(sent.start <= cue.start < typing.trigger.start and not _qualifies_a_noun(doc, sent, cue, know)
               for cue in cues)


def _undated(event: EventMention) -> bool:
    """No day or week is known: no date at all, or only its month (ACLED's time precision 3)."""
    return event.event_date is None or event.time_precision >= 3


def _excerpt(text: str, size: int = 80) -> str:
    return text if len(text) <= size else text[:size - 1].rstrip() + "…"


def _vague_toll(event: EventMention) -> bool:
    """The event's deaths are a vague amount written in words ("puluhan", "dozens"), counted as ACLED counts it: an
    exact count told later that is not smaller is the same deaths counted, not a competing figure."""
    return bool(event.fatalities) and any(
        c.kind == "killed" and c.max is None and c.min == event.fatalities and c.span is not None
        and not re.search(r"\d", c.span.text) for c in event.casualty_claims)


def _shares(total: int, parts: int) -> list[int]:
    """``total`` split evenly into ``parts``, the first parts taking the remainder, as ACLED splits a toll."""
    share, extra = divmod(total, parts)
    return [share + (1 if n < extra else 0) for n in range(parts)]


def _toll_is_a_share(event: EventMention) -> bool:
    """The event's toll is still its even share of a toll told for a list of places."""
    rules = [e.rule for e in event.evidence if e.field == "fatalities"]
    return bool(rules) and rules[-1].startswith((_SPLIT_RULE, _FOLLOWING_SPLIT_RULE))


def _tells_what_became(doc: Document, sent: Span, typing: _Typing, old: EventMention, new: EventMention,
                       know: _Knowledge, tax: dict) -> bool:
    """``new``, merged into ``old``, tells what became of the protest (taxonomy ``escalates``) at its place and day,
    in a later paragraph, which the protest's own typing did not read (within one, its context cues did), by a cue of
    its own sentence; not "demanded the police release the leader, who was recently arrested": an older arrest."""
    return new.sub_event_type in (tax.get("escalates") or {}).get(old.sub_event_type, ()) \
        and _same_place(old, new) and old.event_date == new.event_date \
        and (typing.modifier is None or sent.start <= typing.modifier.start < sent.end) \
        and old.sentence is not None and "\n\n" in doc.text[old.sentence.end:sent.start] \
        and not any(_qualifies_a_noun(doc, sent, hit, know) or _in_relative_clause(doc, sent, hit, know)
                    for hit in (typing.trigger, typing.modifier) if hit is not None)


def _escalate(old: EventMention, new: EventMention, tax: dict) -> None:
    """"Protesters took to the streets ... Hours later, security forces fired tear gas to disperse several thousand":
    what a later mention at the protest's place and day tells became of it is its sub-type (taxonomy ``escalates``);
    a riot's actor is the rioters."""
    if tax["event_type_of"][new.sub_event_type] != old.event_type and old.actor1 == fill(
            tax["default_actor1"][old.event_type], old.actor1[old.actor1.find("(") + 1:-1]):
        old.actor1, old.inter1 = new.actor1, new.inter1
    old.event_type, old.sub_event_type = new.event_type, new.sub_event_type
    old.evidence.append(Evidence("sub_event_type", [s for e in new.evidence if e.field == "sub_event_type"
                                                    for s in e.spans], "what a later mention tells became of it"))


def _absorb(old: EventMention, new: EventMention, same_kind: bool, *, by_method: bool = True) -> None:
    """Merge ``new`` into ``old``; ``by_method`` is false when ``new`` was told only by a death word or a word pointing
    back ("tewas", "the explosion"), not by how it was done."""
    old.evidence.extend(Evidence(f"mention:{e.field}", e.spans, e.rule) for e in new.evidence)
    old.casualty_claims.extend(c for c in new.casualty_claims if c not in old.casualty_claims)
    if by_method and old.event_type == "Explosions/Remote violence" and old.sub_event_type != new.sub_event_type \
            and new.sub_event_type in ("Suicide bomb", "Chemical weapon"):
        # "... when a suicide bomber blew himself up on the platform. The blast occurred as ...": the blast told
        # again is the suicide bombing; how it was done is kept (not "two military jets also flew over": a shelling
        # stays a shelling)
        old.sub_event_type = new.sub_event_type
        old.evidence.append(Evidence("sub_event_type", [s for e in new.evidence if e.field == "sub_event_type"
                                                        for s in e.spans], "the more specific weapon of a mention"))
    pointing_back = any(e.field == "fatalities" and e.rule == _REFERENCE_RULE for e in new.evidence)
    if new.fatalities and _toll_is_a_share(old):
        # "17 killed in Khan Younis and Rafah ... 12 in Khan Younis ... five others in Rafah": the place's own toll,
        # told after the even share of the list, is the place's toll (not the share plus five)
        old.fatalities = new.fatalities
        old.evidence.append(Evidence("fatalities", [s for e in new.evidence if e.field == "fatalities" for s in e.spans],
                                     "the place's own toll, told after the toll of the list was shared"))
        if by_method and new.event_type == "Violence against civilians" and old.event_type in _POLITICAL_VIOLENCE \
                and new.sub_event_type != old.sub_event_type:
            # "17 killed by air strikes and gunfire in Khan Younis and Rafah ... five others shot dead near Rafah": what
            # the place's own report tells happened there
            old.event_type, old.sub_event_type = new.event_type, new.sub_event_type
            old.evidence.append(Evidence("sub_event_type", [s for e in new.evidence if e.field == "sub_event_type"
                                                            for s in e.spans], "the place's own report, after the list"))
    elif new.fatalities and any(e.field == "fatalities" and e.rule == _ADDITIONAL_RULE for e in new.evidence):
        old.fatalities = (old.fatalities or 0) + new.fatalities  # "lima warga Palestina lainnya ditembak mati"
    elif new.fatalities and (not old.fatalities or new.fatalities < old.fatalities and not pointing_back):
        old.fatalities = new.fatalities  # not from "The victim had ...": those already counted
    elif new.fatalities and old.fatalities and new.fatalities > old.fatalities and _vague_toll(old) \
            and not _vague_toll(new):
        old.fatalities = new.fatalities  # "menewaskan puluhan warga ... 53 jenazah": the count within the vague one
    if (same_kind and old.event_type in _FIRED or _perpetrator_named(new)) and _told_next(old, new) \
            and _unnamed_initiator(old) and new.inter1 in (1, 2, 3, 4) and not _unnamed_initiator(new) \
            and new.actor1 != old.actor2:
        # "Artillery shells fell in the village. ... Myanmar military fired several shells from the mountain": the
        # one a later sentence says did it
        old.actor1, old.inter1 = new.actor1, new.inter1
        old.evidence.append(Evidence("actor1", [e for ev in new.evidence if ev.field == "actor1" for e in ev.spans],
                                     "no one named in the first mention: the initiator a later mention names"))
    if same_kind and not old.actor2 and new.actor2:
        old.actor2, old.inter2 = new.actor2, new.inter2
    if new.source:
        old.source = "; ".join(dict.fromkeys((old.source.split("; ") if old.source else []) + new.source.split("; ")))
    old.confidence = min(0.95, max(old.confidence, new.confidence) + 0.05)