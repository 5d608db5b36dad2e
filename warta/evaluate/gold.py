"""Scoring a system against a gold file (``/work/shared/eval/GOLD_FORMAT.md``).

Precision counts matched system events over all system events, leaving out those that match an
optional gold event (assigned to one, or able to match one); recall counts matched required gold
events. Field accuracy is computed on every matched pair (required and optional gold events); a
field the gold event leaves empty is not counted. ``sub_event_type`` counts as right when it equals
the gold's or is one of its ``accept_sub_event_types`` (the text leaves the choice open).

Example:
    >>> from rich.console import Console
    >>> report = evaluate_gold("eval/seed/gold.jsonl", pipeline_extract())   # doctest: +SKIP
    >>> report.render(Console())                                             # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import EvaluationError
from ..stages.ingest import guess_source, guess_title
from .geo import min_distance_km, parse_date, point, to_float, to_int
from .matching import GoldEvent, match_events
from .names import any_admin, same_actor
from .report import Extract, Score, evidence_sentence, excerpt, pct, record_summary, score_table

FIELDS = ("sub_event_type", "event_date", "location", "admin1", "admin2", "actor1", "fatalities")
LOCATION_KM = 10.0


@dataclass
class GoldDocument:
    doc_id: str
    lang: str | None
    published: dt.date | None
    text_path: Path
    text: str
    events: list[GoldEvent]
    line: int


def _iso_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _fail(path: Path, line: int, message: str) -> EvaluationError:
    return EvaluationError(f"{path}:{line}: {message}")


def _names(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if v)


def _event(raw: Any, path: Path, line: int, number: int) -> GoldEvent:
    where = f"event {number}"
    if not isinstance(raw, dict):
        raise _fail(path, line, f"{where} is not a JSON object")
    where = f"event {raw.get('id') or number}"
    for key in ("id", "event_type", "sub_event_type", "event_date"):
        if not raw.get(key):
            raise _fail(path, line, f"{where} has no {key!r}")
    date = _iso_date(raw["event_date"])
    if date is None:
        raise _fail(path, line, f"{where} has an unreadable event_date {raw['event_date']!r} (want YYYY-MM-DD)")
    points = []
    main = point(raw)
    if main is not None:
        points.append(main)
    for alt in raw.get("alt_coords") or []:
        lat, lon = (to_float(alt[0]), to_float(alt[1])) if isinstance(alt, (list, tuple)) and len(alt) >= 2 else (None, None)
        if lat is None or lon is None:
            raise _fail(path, line, f"{where} has a bad alt_coords entry {alt!r} (want [lat, lon, note])")
        points.append((lat, lon))
    precision = to_int(raw.get("geo_precision")) or 1
    admin1 = _names(raw.get("admin1")) + _names(raw.get("accept_admin1"))
    if not points and not (precision == 3 and admin1):
        raise _fail(path, line, f"{where} has no latitude/longitude (needed unless geo_precision 3 with admin1)")
    return GoldEvent(
        id=str(raw["id"]),
        required=bool(raw.get("required", True)),
        event_type=raw["event_type"],
        sub_event_type=raw["sub_event_type"],
        accept_sub_event_types=_names(raw.get("accept_sub_event_types")),
        event_date=date,
        points=tuple(points),
        geo_precision=precision,
        admin1=admin1,
        admin2=_names(raw.get("admin2")) + _names(raw.get("accept_admin2")),
        actor1=_names(raw.get("actor1")),
        location=str(raw.get("location") or ""),
        fatalities=to_int(raw.get("fatalities")),
        raw=raw,
    )


def load_gold(gold_path: str | Path) -> list[GoldDocument]:
    """Read and check a gold JSONL file; each text file is read relative to the gold file's folder.

    Raises:
        EvaluationError: naming the file and line of a bad JSON line, a missing field or text file.
    """
    path = Path(gold_path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read the gold file: {exc}") from exc
    docs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(path, number, f"not valid JSON: {exc.msg} (column {exc.colno})") from exc
        if not isinstance(raw, dict):
            raise _fail(path, number, "a gold line must be a JSON object")
        for key in ("doc_id", "events"):
            if key not in raw or raw[key] in (None, ""):
                raise _fail(path, number, f"missing field {key!r}")
        if not raw.get("text_file") and not raw.get("article"):
            raise _fail(path, number, "missing field 'text_file' (or 'article')")
        if not isinstance(raw["events"], list):
            raise _fail(path, number, "'events' must be a list")
        published = None
        if raw.get("published"):
            published = _iso_date(raw["published"])
            if published is None:
                raise _fail(path, number, f"unreadable published date {raw['published']!r} (want YYYY-MM-DD)")
        if raw.get("text_file"):
            text_path = path.parent / raw["text_file"]
            try:
                text = text_path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise _fail(path, number, f"cannot read text_file {str(text_path)!r}: {exc}") from exc
        else:
            text_path, text = article_text(raw["article"], path, number)
        events = [_event(ev, path, number, i) for i, ev in enumerate(raw["events"], start=1)]
        ids = [ev.id for ev in events]
        if len(set(ids)) != len(ids):
            raise _fail(path, number, f"event ids are not unique in document {raw['doc_id']!r}")
        docs.append(GoldDocument(str(raw["doc_id"]), raw.get("lang"), published, text_path, text, events, number))
    return docs


# --- gold lines that point into a shared corpus instead of a text file ----------------------------
# {"article": {"jsonl": "news-id/kompas-2025.jsonl", "id": "01Nov2025/xml....md"}}, or a CSV's data row
# {"article": {"csv": "news-id/berita_indonesia_282.csv", "row": 26, "column": "berita", "delimiter": ";"}}
# (rows counted from 1 after the header; read as text, so a CR LF in a field is one line break): the path is
# relative to the shared data folder, which is never copied into the repository.

_CORPUS_CACHE: dict[Path, dict[str, str]] = {}
_CSV_CACHE: dict[tuple[Path, str], list[dict[str, str]]] = {}


def shared_data_candidates(gold_path: Path) -> list[Path]:
    """Where the shared data folder may be, in order: $WARTA_SHARED_DATA, the repo's sibling
    ``../shared/data`` seen from a gold file in ``tests/data/<set>/``, and ``<cwd>/../shared/data``."""
    out = []
    env = os.environ.get("WARTA_SHARED_DATA")
    if env:
        out.append(Path(env))
    out.append(gold_path.resolve().parent / ".." / ".." / ".." / ".." / "shared" / "data")
    out.append(Path.cwd() / ".." / "shared" / "data")
    return out


def _corpus(jsonl: Path) -> dict[str, str]:
    if jsonl not in _CORPUS_CACHE:
        texts = {}
        with jsonl.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    item = json.loads(line)
                    texts[str(item.get("id"))] = item.get("text") or ""
        _CORPUS_CACHE[jsonl] = texts
    return _CORPUS_CACHE[jsonl]


def article_text(article: Any, gold_path: Path, line: int) -> tuple[Path, str]:
    """The text of ``{"jsonl": ..., "id": ...}`` or ``{"csv": ..., "row": N}`` from the shared data folder.

    Raises:
        EvaluationError: naming the gold line and what was looked for, when the folder, the JSONL file
            or the article is missing.
    """
    is_csv = isinstance(article, dict) and bool(article.get("csv")) and isinstance(article.get("row"), int)
    if not is_csv and (not isinstance(article, dict) or not article.get("jsonl") or not article.get("id")):
        raise _fail(gold_path, line, f"'article' must be {{\"jsonl\": ..., \"id\": ...}} or "
                                     f"{{\"csv\": ..., \"row\": N}}, got {article!r}")
    candidates = shared_data_candidates(gold_path)
    folder = next((c for c in candidates if c.is_dir()), None)
    if folder is None:
        looked = ", ".join(str(c) for c in candidates)
        raise _fail(gold_path, line, f"no shared data folder for article {article['id']!r} (looked in: {looked}; set WARTA_SHARED_DATA)")
    if is_csv:
        return _csv_text(article, folder, gold_path, line)
    jsonl = (folder / article["jsonl"]).resolve()
    try:
        texts = _corpus(jsonl)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(gold_path, line, f"cannot read article corpus {str(jsonl)!r}: {exc}") from exc
    if article["id"] not in texts:
        raise _fail(gold_path, line, f"article {article['id']!r} not found in {str(jsonl)!r}")
    return jsonl, texts[article["id"]]


def _csv_text(article: dict, folder: Path, gold_path: Path, line: int) -> tuple[Path, str]:
    path = (folder / article["csv"]).resolve()
    column, row = article.get("column", "text"), article["row"]
    delimiter = article.get("delimiter", ",")
    try:
        rows = _CSV_CACHE.get((path, delimiter))
        if rows is None:  # read once for every gold line that points into it, as a JSONL corpus is
            with path.open(encoding="utf-8-sig") as handle:
                rows = _CSV_CACHE[path, delimiter] = list(csv.DictReader(handle, delimiter=delimiter))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise _fail(gold_path, line, f"cannot read article corpus {str(path)!r}: {exc}") from exc
    if not 1 <= row <= len(rows) or rows[row - 1].get(column) is None:
        raise _fail(gold_path, line, f"no row {row} with a column {column!r} in {str(path)!r} ({len(rows)} rows)")
    return path, rows[row - 1][column]


def field_results(gold: GoldEvent, record: dict[str, Any]) -> dict[str, bool]:
    """Right or wrong for each field the gold event gives, on one matched pair."""
    out = {
        "sub_event_type": record.get("sub_event_type") in (gold.sub_event_type, *gold.accept_sub_event_types),
        "event_date": parse_date(record.get("event_date")) == gold.event_date,
        "actor1": same_actor(gold.actor1, record.get("actor1")),
    }
    if gold.points:
        out["location"] = min_distance_km(point(record), gold.points) <= LOCATION_KM
    if gold.admin1:
        out["admin1"] = any_admin(gold.admin1, record.get("admin1"))
    if gold.admin2:
        out["admin2"] = any_admin(gold.admin2, record.get("admin2"))
    if gold.fatalities is not None:
        out["fatalities"] = to_int(record.get("fatalities")) == gold.fatalities
    return out


@dataclass
class DocumentResult:
    """One gold document: its matches, misses and extras."""

    doc_id: str
    n_system: int = 0
    n_required: int = 0
    matched_required: int = 0
    excluded: int = 0  # system events matching only optional gold events
    skipped: str | None = None
    pairs: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def score_document(gold: GoldDocument, records: list[dict[str, Any]]) -> DocumentResult:
    """Match and score one document's system records against its gold events."""
    result = DocumentResult(gold.doc_id, n_system=len(records))
    pairs, checks = match_events(gold.events, records)
    owner = {s: g for g, s in pairs.items()}
    for g, event in enumerate(gold.events):
        result.n_required += event.required
        if g in pairs:
            s = pairs[g]
            result.matched_required += event.required
            fields = field_results(event, records[s])
            result.pairs.append({"gold": event.id, "system": s, "required": event.required, "fields": fields})
        elif event.required:
            result.misses.append({"gold": event.id, "gold_summary": record_summary(event.raw), **_why(g, checks, owner, gold)})
    for s, record in enumerate(records):
        g = owner.get(s)
        if g is not None and gold.events[g].required:
            continue
        if g is not None or any(checks[o, s].ok for o, ev in enumerate(gold.events) if not ev.required):
            result.excluded += 1
            continue
        result.extras.append({"system": s, "summary": record_summary(record), "sentence": evidence_sentence(record)})
    return result


def _why(g: int, checks: dict, owner: dict[int, int], gold: GoldDocument) -> dict[str, Any]:
    """Why the nearest system candidate of a missed gold event did not match it."""
    mine = {s: c for (gg, s), c in checks.items() if gg == g}
    if not mine:
        return {"nearest": None, "reason": "no system events in this document"}
    for s, c in sorted(mine.items(), key=lambda kv: kv[1].cost):
        if c.ok:
            return {"nearest": s, "reason": f"system event {s} matched it but went to {gold.events[owner[s]].id}"}
    s, c = min(mine.items(), key=lambda kv: (kv[1].distance_km, len(kv[1].why_not()), kv[0]))
    return {"nearest": s, "reason": f"nearest system event {s}: {c.why_not()}"}


@dataclass
class GoldReport:
    """Scores of one gold file."""

    path: str
    documents: list[DocumentResult]
    fields: dict[str, Score]

    @property
    def n_system(self) -> int:
        return sum(d.n_system - d.excluded for d in self.documents)

    @property
    def n_required(self) -> int:
        return sum(d.n_required for d in self.documents)

    @property
    def matched(self) -> int:
        return sum(d.matched_required for d in self.documents)

    @property
    def precision(self) -> float | None:
        return self.matched / self.n_system if self.n_system else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.n_required if self.n_required else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "documents": len(self.documents),
            "system_events": self.n_system,
            "required_gold_events": self.n_required,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "fields": {name: score.to_dict() for name, score in self.fields.items()},
            "per_document": [d.to_dict() for d in self.documents],
        }

    def render(self, console: Any, *, max_examples: int = 20) -> None:
        """Per document misses and extras (at most ``max_examples`` each), then the totals."""
        for doc in self.documents:
            head = f"[bold]{doc.doc_id}[/]: {doc.matched_required}/{doc.n_required} required found, {doc.n_system} system events"
            console.print(head + (f" [yellow](skipped: {doc.skipped})[/]" if doc.skipped else ""))
            for miss in doc.misses[:max_examples]:
                console.print(f"  [red]miss[/] {miss['gold']} {miss['gold_summary']}\n       {miss['reason']}", highlight=False)
            for extra in doc.extras[:max_examples]:
                console.print(f"  [yellow]extra[/] #{extra['system']} {extra['summary']}\n       «{excerpt(extra['sentence'])}»", highlight=False)
        console.print(
            f"[bold]{self.path}[/]: precision {pct(self.precision)} ({self.matched}/{self.n_system}), "
            f"recall {pct(self.recall)} ({self.matched}/{self.n_required}), F1 {pct(self.f1)}"
        )
        console.print(score_table("field accuracy on matched pairs", self.fields.values()))


def evaluate_gold(gold_path: str | Path, extract: Extract) -> GoldReport:
    """Run ``extract`` on every gold document and score it (see the module docstring).

    Raises:
        EvaluationError: the gold file is malformed (file and line named).
    """
    golds = load_gold(gold_path)
    fields = {name: Score(name) for name in FIELDS}
    results = []
    for gold in golds:
        # as `warta extract` reads it: the headline and the outlet guessed from the text
        doc = Document(id=gold.doc_id, text=gold.text, published=gold.published, lang=gold.lang,
                       path=str(gold.text_path), title=guess_title(gold.text), source=guess_source(gold.text))
        records = list(extract(doc) or [])
        result = score_document(gold, records)
        result.skipped = doc.skipped
        for pair in result.pairs:
            for name, ok in pair["fields"].items():
                fields[name].add(ok)
        results.append(result)
    return GoldReport(str(gold_path), results, fields)
