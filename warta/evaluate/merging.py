"""Scoring cross-article merging: pairwise precision and recall of "same event" decisions.

The gold (one JSON line per article: ``{"doc_id", "events": [{"cluster", "event_type",
"sub_event_type", "event_date", "admin1", "admin2", "location", "fatalities"}]}``) labels each
reported event with the real event it belongs to. The articles are extracted and stored in a
throw-away store, in the order given, and merged incrementally as ``warta ingest`` does.

Each gold event is matched to one system event of the same article: a related event type
(see :data:`warta.store.merge.RELATED_TYPES`) in the same regency (or province, when one of
them names only the province), the same sub-type and the closest date first. Over the matched
events of different articles, every pair is a "same event" decision:

* precision: of the pairs warta put in one merged event, how many the gold puts in one;
* recall: of the pairs the gold puts in one event, how many warta merged;
* end-to-end recall also counts the gold pairs lost because an article's event was not
  extracted or not matched.

Example:
    >>> pairwise({"a": "x", "b": "x", "c": "y"}, {"a": 1, "b": 1, "c": 1})
    (1, 2, 0)
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..document import Document
from ..errors import EvaluationError
from ..store import Store
from ..store.merge import RELATED_TYPES, compare
from .names import same_admin
from .report import excerpt


def pairwise(gold: dict[Any, str], system: dict[Any, Any]) -> tuple[int, int, int]:
    """(true, false, missed) "same event" pairs over the keys of ``gold`` (key -> cluster label)
    given ``system`` (key -> merged event id)."""
    kinds = [kind for _, _, kind in _pair_decisions(gold, system)]
    return kinds.count("right"), kinds.count("false merge"), kinds.count("missed merge")


def _pair_decisions(gold: dict[Any, str], system: dict[Any, Any], apart=lambda a, b: False):
    """Each pair of keys both sides decide on (``apart`` pairs skipped): (a, b, kind), kind ``right``,
    ``false merge`` or ``missed merge``; pairs both keep apart are left out."""
    for a, b in itertools.combinations(sorted(gold, key=str), 2):
        if apart(a, b):
            continue
        same_gold, same_system = gold[a] == gold[b], system[a] == system[b]
        if same_gold or same_system:
            yield a, b, "right" if same_gold and same_system else "false merge" if same_system else "missed merge"


def _related(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in RELATED_TYPES)


def _matches(gold: dict[str, Any], record: dict[str, Any]) -> bool:
    if not _related(gold.get("event_type", ""), record["event_type"]):
        return False
    if same_admin(gold.get("admin2"), record.get("admin2")):
        return True
    # a report placed only in the province, or at a city that is its own province ("Jakarta")
    province_only = not record.get("admin2") or not gold.get("admin2") or same_admin(record.get("location"), record.get("admin1"))
    return province_only and same_admin(gold.get("admin1"), record.get("admin1"))


def _closeness(gold: dict[str, Any], record: dict[str, Any]) -> tuple[bool, int]:
    days = 99
    if gold.get("event_date") and record.get("event_date"):
        days = abs((dt.date.fromisoformat(gold["event_date"]) - dt.date.fromisoformat(record["event_date"])).days)
    return (gold.get("sub_event_type") != record["sub_event_type"], days)


@dataclass
class MergeReport:
    """Pairwise scores and the decisions that went wrong."""

    articles: int = 0
    gold_events: int = 0
    matched: int = 0
    unmatched_system: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lost: int = 0  # gold same-event pairs with an unmatched side
    clusters: int = 0
    whole: int = 0  # gold events whose matched reports form exactly one merged event of their own
    wrong: list[dict[str, Any]] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)  # annotated reports no system event matched

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def end_to_end_recall(self) -> float | None:
        total = self.tp + self.fn + self.lost
        return self.tp / total if total else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    def to_dict(self) -> dict[str, Any]:
        keys = ("articles", "gold_events", "matched", "unmatched_system", "tp", "fp", "fn", "lost", "clusters", "whole")
        out = {k: getattr(self, k) for k in keys}
        out.update(precision=self.precision, recall=self.recall, f1=self.f1, end_to_end_recall=self.end_to_end_recall)
        return out

    def render(self, console: Any, *, max_examples: int = 15) -> None:
        from rich.table import Table

        from .report import pct

        table = Table(title="same-event decisions, pairwise", title_justify="left")
        for name in ("pairs", "precision", "recall", "F1", "end-to-end recall"):
            table.add_column(name, justify="right")
        table.add_row(f"{self.tp} right, {self.fp} false, {self.fn} missed, {self.lost} lost",
                      pct(self.precision), pct(self.recall), pct(self.f1), pct(self.end_to_end_recall))
        console.print(table)
        console.print(f"{self.articles} articles; {self.matched} of {self.gold_events} annotated reports matched a "
                      f"system event; {self.unmatched_system} system events matched no annotation; "
                      f"{self.whole} of {self.clusters} real events came out as exactly one merged event.",
                      highlight=False)
        for item in self.wrong[:max_examples]:
            console.print(f"[bold]{item['kind']}[/bold] {item['a']} + {item['b']}: {item['why']}", highlight=False)
        for line in self.unmatched[:max_examples]:
            console.print(f"[bold]not extracted[/bold] {line}", highlight=False)


def evaluate_merge(gold_path: str | Path, articles_path: str | Path,
                   process: Callable[[Document], Document]) -> MergeReport:
    """Extract ``articles_path`` (a JSONL file or folder warta reads), merge, and score against ``gold_path``."""
    from ..settings import Settings
    from ..stages.ingest import InputFailure, read_sources

    gold: dict[str, list[dict[str, Any]]] = {}
    with open(gold_path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                gold[item["doc_id"]] = list(item.get("events") or [])
            except (ValueError, KeyError, TypeError) as exc:
                raise EvaluationError(f"{gold_path}:{number}: not a merge gold line ({exc})") from None
    report = MergeReport()
    store = Store(":memory:")
    for item in read_sources([str(articles_path)], settings=Settings.load()):
        if isinstance(item, InputFailure):
            raise EvaluationError(str(item))
        if item.id in gold:
            store.add(process(item))
            report.articles += 1
    missing = set(gold) - {d["doc_id"] for d in store.documents(with_text=False)}
    if missing:
        raise EvaluationError(f"{articles_path}: no article for gold doc_id(s) {', '.join(sorted(missing))}")
    label: dict[int, str] = {}
    records: dict[int, dict[str, Any]] = {}
    gold_keys: list[tuple[str, int, str]] = []
    for doc_id, events in gold.items():
        system = store.events(doc_id=doc_id)
        free = list(system)
        for index, g in enumerate(events):
            gold_keys.append((doc_id, index, g["cluster"]))
            candidates = sorted((r for r in free if _matches(g, r)), key=lambda r: _closeness(g, r))
            if candidates:
                chosen = candidates[0]
                free.remove(chosen)
                label[chosen["event_id"]] = g["cluster"]
                records[chosen["event_id"]] = chosen
            else:
                got = "; ".join(f"{r['event_date']} {r['sub_event_type']} at {r['location']} ({r['admin2']})"
                                for r in system) or "no event"
                report.unmatched.append(f"{doc_id} ({g['cluster']}: {g.get('event_date')} {g.get('sub_event_type')}"
                                        f" at {g.get('location')}, {g.get('admin2')}): warta read {got}")
        report.unmatched_system += len(free)
    report.gold_events, report.matched = len(gold_keys), len(label)
    merged = {k: records[k]["merged_event"] for k in label}
    # pairs within one article are the extractor's business, not the merger's
    one_article = lambda a, b: records[a]["doc_id"] == records[b]["doc_id"]  # noqa: E731
    for a, b, kind in _pair_decisions(label, merged, one_article):
        if kind == "right":
            report.tp += 1
            continue
        if kind == "false merge":
            report.fp += 1
        else:
            report.fn += 1
        report.wrong.append(_explain(kind, records[a], records[b], label))
    matched_count: dict[str, int] = {}
    for cluster in label.values():
        matched_count[cluster] = matched_count.get(cluster, 0) + 1
    total_gold_pairs = sum(1 for (da, _, ca), (db, _, cb) in itertools.combinations(gold_keys, 2) if ca == cb and da != db)
    report.lost = total_gold_pairs - report.tp - report.fn
    clusters = {c for _, _, c in gold_keys}
    report.clusters = len(clusters)
    stored = store.events()
    for cluster in clusters:
        ids = {merged[k] for k, c in label.items() if c == cluster}
        reports = sum(1 for _, _, c in gold_keys if c == cluster)
        own = len(ids) == 1 and matched_count.get(cluster, 0) == reports and all(
            label.get(e["event_id"]) == cluster for e in stored if e["merged_event"] in ids)
        report.whole += own
    store.close()
    return report


def _explain(kind: str, a: dict, b: dict, label: dict[int, str]) -> dict[str, Any]:
    decision = compare(a, b)
    why = "; ".join(r["why"] for r in decision.reasons if r["block"] or r["weight"])
    return {"kind": kind, "why": why or "not enough in common",
            "a": f"{a['doc_id']} ({label[a['event_id']]}: {a['event_date']} {a['sub_event_type']} at {a['location']})",
            "b": f"{b['doc_id']} ({label[b['event_id']]}: {b['event_date']} {b['sub_event_type']} at {b['location']})",
            "sentences": [excerpt((r.get("evidence") or {}).get("sentence", {}).get("text")) for r in (a, b)]}
