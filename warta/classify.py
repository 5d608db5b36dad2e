"""One sub-event type for one short report: the CASE 2021 task 2 setting ("which of ACLED's 25 sub-event types
does this snippet report?").

The snippet goes through the whole pipeline. Its main event is the first event the rules code (a later one is
usually told in passing); its type is that event's, with the trigger words and the rule or model weights that
decided it. When the rules code no event (a snippet written around a word no lexicon knows, or one the modality
rules read as a threat or plan), the sub-event classifier alone gives its best type over the whole text, and the
answer says so. Without the classifier such a snippet has no type.

Snippet files are tab-separated, one snippet a line: ``id<TAB>text`` (the CASE input format) or, for scoring,
three columns with a label in any position: a CASE code (``ARMED_CLASH``) or an ACLED name (``Armed clash``).
A ``.jsonl`` file with ``id``, ``text`` and an optional ``label`` per line is read too.

Example:
    >>> from warta.classify import Classifier
    >>> Classifier().classify("Police fired tear gas to disperse hundreds of students rallying in Makassar.").code  # doctest: +SKIP
    'PROTEST_WITH_INTER'
"""

from __future__ import annotations

import csv
import functools
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from .document import Document
from .errors import InputError
from .pipeline import Pipeline
from .settings import Settings
from .stages.events import taxonomy


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    label: str | None = None  # an ACLED sub-event type name, when the file gives one
    line: int = 0


@dataclass(frozen=True)
class Classification:
    """The answer for one snippet and why."""

    id: str
    sub_event_type: str | None
    event_type: str | None
    code: str | None  # the CASE 2021 code of the sub-event type
    decided_by: str  # "rules", "rules, refined by the model", "model: the rules found no event", "none[: why]"
    trigger: str = ""  # the words that fired
    rule: str = ""  # the rule behind the type
    explain: str = ""  # the model's label, probability, runner-up and heaviest features, when it was asked
    lang: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@functools.cache
def case_codes() -> dict[str, str]:
    """ACLED sub-event type -> CASE 2021 code."""
    return dict(taxonomy()["case_codes"])


@functools.cache
def _labels() -> dict[str, str]:
    """Lower-cased CASE codes and ACLED names -> ACLED name."""
    codes = case_codes()
    return {**{name.lower(): name for name in codes}, **{code.lower(): name for name, code in codes.items()}}


def label_name(value: str) -> str | None:
    """The ACLED sub-event type named by ``value`` (a CASE code or an ACLED name, any case), or None."""
    return _labels().get(value.strip().lower())


class Classifier:
    """Types snippets with one pipeline (and its settings) loaded once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.load()
        # the classifier may overrule the rules only when surer than in documents (snippet_model_threshold)
        self.pipeline = Pipeline(self.settings.replace(typing_model_threshold=self.settings.snippet_model_threshold,
                                                      undated_events=True))

    @functools.cached_property
    def _model(self):
        from .classifier import model_for

        return model_for(self.settings)

    def classify(self, text: str, *, doc_id: str = "snippet", lang: str | None = None) -> Classification:
        doc = self.pipeline.process(Document(id=doc_id, text=text, lang=lang))
        if doc.skipped:  # an unsupported language, an empty text: said, not guessed
            return Classification(doc_id, None, None, None, f"none: {doc.skipped}", lang=doc.lang or "")
        if doc.events:
            event = min(doc.events, key=lambda e: e.sentence.start if e.sentence is not None else 0)
            typed = next((e for e in event.evidence if e.field == "sub_event_type"), None)
            explain = next((e.rule for e in event.evidence if e.field == "explain"), "")
            trigger = next((doc.text[s.start:s.end] for s in typed.spans if s.label == "trigger"), "") if typed else ""
            rule = typed.rule if typed else ""
            by = "rules, refined by the model" if "overridden by the model" in rule else "rules"
            return Classification(doc_id, event.sub_event_type, event.event_type, case_codes().get(event.sub_event_type),
                                  by, trigger, rule, explain, doc.lang or "")
        typed = self._rules_only(doc)
        if typed is not None:
            return typed
        if self._model is None or not doc.text:
            return Classification(doc_id, None, None, None, "none", lang=doc.lang or "")
        prediction = self._model.predict(doc)
        sub = prediction.label
        return Classification(doc_id, sub, taxonomy()["event_type_of"][sub], case_codes().get(sub),
                              "model: the rules found no event", explain=prediction.explain(), lang=doc.lang or "")


    def _rules_only(self, doc: Document) -> Classification | None:
        """The first sentence the rules type, when the pipeline coded no event from it for a reason that is not
        about the type (no place it knows, a running count "since" a date): a snippet always reports one event.

        Failing that, the first sentence whose trigger lacked only the company a document needs to make an event of
        it (an armed or organised actor the dictionary knows, a casualty or a weapon: "Ethiopia's federal government
        and the TPLF signed a permanent cessation of hostilities"). A snippet is known to report an event, so the
        trigger types it; a denied, planned or hypothetical one still does not. Failing both, a report of people
        displaced and nothing else is what ACLED codes as displacement (``taxonomy.yaml``: Other)."""
        from .stages.events import _modal, _passage, knowledge, model_retypes, side_of, type_sentence

        sentences = doc.sentences or [doc.span(0, len(doc.text), "sentence")]
        know = knowledge(doc.lang or "en")
        for unsupported in (False, True):
            for index, sent in enumerate(sentences):
                context = sentences[index + 1:index + 4]
                if not unsupported and any(d.role == "since" and d.span.within(sent) for d in doc.dates):
                    continue  # "violence that has killed thousands since 1999": a running count, not the event
                typing = type_sentence(doc, sent, context, unsupported=unsupported)
                if typing is None:
                    continue
                by = "rules (no actor named)" if unsupported else "rules (no event coded)"
                sub, rule = side_of(doc, sent, typing), typing.rule
                if sub != typing.sub_event_type:
                    rule = f"{rule}; {sub} by who acted"
                prediction = self._model.predict(doc, _passage(doc, sent, context)) if self._model is not None else None
                if model_retypes(doc, sent, typing, sub, prediction, self.settings.snippet_model_threshold):
                    sub, rule, by = prediction.label, f"{rule}; overridden by the model", f"{by}, refined by the model"
                return Classification(doc.id, sub, taxonomy()["event_type_of"][sub], case_codes().get(sub), by,
                                      typing.trigger.text, rule, prediction.explain() if prediction is not None else "",
                                      doc.lang or "")
        sub = (taxonomy().get("displacement") or {}).get("sub_event_type")
        for sent in sentences if sub else ():  # "More than 30,000 people fled their homes": no violence, people displaced
            hit = know.displacement.search(doc.text, sent.start, sent.end)
            if hit is not None and not _modal(doc, sent, hit, know):
                return Classification(doc.id, sub, taxonomy()["event_type_of"][sub], case_codes().get(sub),
                                      "rules (people displaced)", hit.text, f"displacement '{hit.term}'", "",
                                      doc.lang or "")
        return None


def read_snippets(path: str | Path) -> list[Snippet]:
    """The snippets of a TSV or JSONL file; a malformed line raises :class:`InputError` naming the line."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path=str(path))
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(path)) from None
    snippets: list[Snippet] = []
    seen: set[str] = set()
    lines = text.splitlines()
    if path.suffix == ".jsonl":
        rows = [_json_row(path, n, line) for n, line in enumerate(lines, 1) if line.strip()]
    else:
        rows = [_tsv_row(path, n, line) for n, line in enumerate(lines, 1) if line.strip()]
    for n, sid, body, label in rows:
        if sid in seen:
            raise InputError(f"line {n}: snippet id {sid!r} is used twice", path=str(path))
        seen.add(sid)
        snippets.append(Snippet(sid, body, label, n))
    return snippets


def _tsv_row(path: Path, n: int, line: str) -> tuple[int, str, str, str | None]:
    cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
    cells = [c.strip() for c in cells]
    if len(cells) == 2:
        sid, body = cells
        label = None
    elif len(cells) == 3:
        sid, rest = cells[0], cells[1:]
        known = [c for c in rest if label_name(c)]
        if not known:
            raise InputError(f"line {n}: no column holds a sub-event type or CASE code (got {rest[0][:40]!r}, "
                             f"{rest[1][:40]!r})", path=str(path))
        label = label_name(known[0])
        body = rest[1] if rest[0] == known[0] else rest[0]
    else:
        raise InputError(f"line {n}: expected 'id<TAB>text' or 'id<TAB>label<TAB>text', got {len(cells)} columns",
                         path=str(path))
    if not sid or not body:
        raise InputError(f"line {n}: empty id or text", path=str(path))
    return n, sid, body, label


def _json_row(path: Path, n: int, line: str) -> tuple[int, str, str, str | None]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"line {n}: not JSON ({exc.msg})", path=str(path)) from None
    if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not str(row.get("id", "")).strip():
        raise InputError(f"line {n}: needs an 'id' and a 'text'", path=str(path))
    label = row.get("label")
    name = label_name(str(label)) if label not in (None, "") else None
    if label not in (None, "") and name is None:
        raise InputError(f"line {n}: unknown label {label!r} (a CASE code or an ACLED sub-event type)", path=str(path))
    return n, str(row["id"]).strip(), row["text"].strip(), name
