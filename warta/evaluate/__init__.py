"""Scoring warta against gold annotations and ACLED rows.

    evaluate_gold(gold_path, extract) -> GoldReport      GOLD_FORMAT.md matching, P/R/F1, field accuracy
    evaluate_acled(csv_path, extract) -> AcledReport     per-row field accuracy on ACLED notes
    pipeline_extract(settings=None) -> extract           Document -> [event record] with warta's pipeline

``extract`` is any ``Callable[[Document], list[dict]]`` returning event records (the dicts of
``warta.export.records.event_record``), so the scorers can be tested without the pipeline.

Example:
    >>> from rich.console import Console
    >>> from warta.evaluate import evaluate_gold, pipeline_extract
    >>> evaluate_gold("gold.jsonl", pipeline_extract()).render(Console())   # doctest: +SKIP
"""

from .acled import AcledReport, evaluate_acled, read_acled
from .gold import GoldReport, evaluate_gold, load_gold
from .names import same_actor, same_admin
from .report import Extract, Score, pipeline_extract

__all__ = [
    "AcledReport",
    "Extract",
    "GoldReport",
    "Score",
    "evaluate_acled",
    "evaluate_gold",
    "load_gold",
    "pipeline_extract",
    "read_acled",
    "same_actor",
    "same_admin",
]
