"""Scoring sub-event typing on labelled snippets, the way CASE 2021 task 2 scored it.

Each snippet has one gold sub-event type; the system gives one (or none, which is wrong). Reported: accuracy,
precision, recall and F1 per type, their averages weighted by how many gold snippets each type has (the task's
headline figure) and unweighted (macro), the most frequent confusions, and the misses with the words and rule
that decided them.

Example:
    >>> from warta.classify import Classifier, read_snippets
    >>> report = evaluate_snippets(read_snippets("tests/data/snippets/en-dev.tsv"), Classifier().classify)  # doctest: +SKIP
    >>> round(report.weighted[2], 3)  # doctest: +SKIP
    0.81
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..classify import Classification, Snippet, case_codes
from ..errors import EvaluationError

NONE = "(none)"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined).

    >>> prf(3, 1, 2)
    (0.75, 0.6, 0.6666666666666666)
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class SnippetReport:
    pairs: list[tuple[Snippet, Classification]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.pairs)

    @property
    def correct(self) -> int:
        return sum(1 for s, c in self.pairs if c.sub_event_type == s.label)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def per_label(self) -> dict[str, tuple[float, float, float, int]]:
        """Sub-event type -> (precision, recall, F1, gold count), for every type in the gold or the answers."""
        gold = Counter(s.label for s, _ in self.pairs)
        said = Counter(c.sub_event_type or NONE for _, c in self.pairs)
        hits = Counter(s.label for s, c in self.pairs if c.sub_event_type == s.label)
        labels = sorted((set(gold) | set(said)) - {NONE})
        return {label: (*prf(hits[label], said[label] - hits[label], gold[label] - hits[label]), gold[label])
                for label in labels}

    @property
    def weighted(self) -> tuple[float, float, float]:
        """P, R, F1 averaged over the gold types, each weighted by its number of gold snippets."""
        rows = [v for v in self.per_label().values() if v[3]]
        total = sum(v[3] for v in rows)
        if not total:
            return 0.0, 0.0, 0.0
        return tuple(sum(v[i] * v[3] for v in rows) / total for i in range(3))  # type: ignore[return-value]

    @property
    def macro(self) -> float:
        rows = [v for v in self.per_label().values() if v[3]]
        return sum(v[2] for v in rows) / len(rows) if rows else 0.0

    def confusions(self, top: int = 15) -> list[tuple[str, str, int]]:
        counts = Counter((s.label, c.sub_event_type or NONE) for s, c in self.pairs if c.sub_event_type != s.label)
        return [(gold, said, n) for (gold, said), n in counts.most_common(top)]

    def by_decider(self) -> dict[str, tuple[int, int]]:
        """How each answer was reached ("rules", "model: ...") -> (snippets, right)."""
        out: dict[str, list[int]] = {}
        for s, c in self.pairs:
            row = out.setdefault(c.decided_by, [0, 0])
            row[0] += 1
            row[1] += c.sub_event_type == s.label
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    def to_dict(self) -> dict[str, Any]:
        p, r, f = self.weighted
        return {
            "snippets": self.total, "accuracy": self.accuracy, "weighted_precision": p, "weighted_recall": r,
            "weighted_f1": f, "macro_f1": self.macro,
            "per_label": {k: dict(zip(("precision", "recall", "f1", "support"), v)) for k, v in self.per_label().items()},
            "misses": [{"id": s.id, "gold": s.label, **c.to_dict()} for s, c in self.pairs if c.sub_event_type != s.label],
        }

    def render(self, console: Any, *, max_examples: int = 15) -> None:
        from rich.table import Table

        p, r, f = self.weighted
        console.print(f"[bold]{self.total} snippets[/]: accuracy {self.accuracy:.3f} ({self.correct}/{self.total}); "
                      f"weighted P {p:.3f} R {r:.3f} [bold]F1 {f:.3f}[/]; macro F1 {self.macro:.3f}")
        for decider, (n, right) in self.by_decider().items():
            console.print(f"  decided by {decider}: {n} snippets, {right} right")
        codes = case_codes()
        table = Table("sub-event type", "code", "gold", "precision", "recall", "F1", title="per type")
        for label, (lp, lr, lf, support) in self.per_label().items():
            table.add_row(label, codes.get(label, ""), str(support), f"{lp:.2f}", f"{lr:.2f}", f"{lf:.2f}")
        console.print(table)
        confusions = self.confusions()
        if confusions:
            console.print("[bold]most frequent confusions[/] (gold -> said)")
            for gold, said, n in confusions:
                console.print(f"  {n:3d}  {gold} -> {said}")
        misses = [(s, c) for s, c in self.pairs if c.sub_event_type != s.label]
        if misses and max_examples:
            console.print(f"[bold]misses[/] (first {min(max_examples, len(misses))} of {len(misses)})")
            for s, c in misses[:max_examples]:
                console.print(f"  [cyan]{s.id}[/] gold {s.label}, said {c.sub_event_type or NONE} by {c.decided_by}"
                              + (f" ('{c.trigger}': {c.rule})" if c.trigger else ""), highlight=False)
                console.print(f"    {s.text[:220]}", highlight=False, markup=False)
                if c.explain:
                    console.print(f"    {c.explain}", highlight=False, markup=False)


def evaluate_snippets(snippets: Sequence[Snippet], classify: Callable[..., Classification], *,
                      progress: Callable[[Snippet], None] | None = None) -> SnippetReport:
    """Type every labelled snippet with ``classify(text, doc_id=...)`` and score the answers."""
    unlabelled = [s.id for s in snippets if s.label is None]
    if unlabelled:
        raise EvaluationError(f"{len(unlabelled)} snippets have no label (first: {unlabelled[0]}); "
                              "scoring needs 'id<TAB>label<TAB>text' lines")
    if not snippets:
        raise EvaluationError("no snippets to score")
    report = SnippetReport()
    for snippet in snippets:
        report.pairs.append((snippet, classify(snippet.text, doc_id=snippet.id)))
        if progress:
            progress(snippet)
    return report
