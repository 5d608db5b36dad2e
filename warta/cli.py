"""The ``warta`` command: thin commands over the library.

Each command builds library objects, calls them, and turns a :class:`WartaError` into a
one-line error and a non-zero exit status.
"""

from __future__ import annotations

import contextlib
import logging
import datetime as dt
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .document import Document
from .errors import WartaError
from .settings import Settings

err = Console(stderr=True)
FORMATS = ("table", "jsonl", "acled-csv")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except WartaError as exc:
        raise click.ClickException(str(exc)) from exc


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


@click.group()
@click.version_option(package_name="warta")
@click.option("--config", type=click.Path(dir_okay=False), help="A TOML file overriding warta's default settings.")
@click.pass_context
def cli(ctx: click.Context, config: str | None) -> None:
    """warta: news articles in, ACLED-style conflict events out (Indonesian and English).

    Example:
        warta extract article.txt --format jsonl
    """
    ctx.ensure_object(dict)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("warta: %(message)s"))
    logger = logging.getLogger("warta")
    if not any(isinstance(h, logging.StreamHandler) and h.stream is sys.stderr for h in logger.handlers):
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    with _errors():
        ctx.obj["settings"] = Settings.load(config)


class _Batch:
    """Read sources and run the pipeline with a progress bar, counting failures."""

    def __init__(self, settings: Settings, paths: tuple[str, ...], published: dt.date | None) -> None:
        from .pipeline import Pipeline, RunSummary

        self.settings = settings
        self.paths = paths
        self.published = published
        self.pipeline = Pipeline(settings)
        self.summary = RunSummary()
        self.failures: list[str] = []

    def documents(self) -> Iterator[Document]:
        from .stages.ingest import InputFailure, read_sources

        for item in read_sources(list(self.paths), settings=self.settings, published=self.published):
            if isinstance(item, InputFailure):
                err.print(f"[red]error:[/red] {item}", highlight=False)
                self.failures.append(str(item))
                continue
            yield item

    def run(self) -> Iterator[Document]:
        started = time.monotonic()
        progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=err, transient=True, disable=not err.is_terminal)
        with progress:
            task = progress.add_task("extracting", total=None)
            for doc in self.pipeline.run(self.documents(), self.summary):
                if doc.skipped:
                    err.print(f"[yellow]skipped:[/yellow] {doc.id}: {doc.skipped}", highlight=False)
                progress.advance(task)
                if time.monotonic() - started > 3:
                    progress.update(task, visible=True)
                yield doc

    def report(self) -> None:
        s = self.summary
        err.print(f"{s.processed} document(s) processed, {s.events} event(s); {len(s.skipped)} skipped, "
                  f"{len(s.failed)} failed, {len(self.failures)} could not be read", highlight=False)

    @property
    def nothing_processed(self) -> bool:
        return self.summary.processed == 0


def _write(records: list[dict], fmt: str, out) -> None:
    from .export.writers import render_table, write_acled_csv, write_jsonl

    if fmt == "jsonl":
        write_jsonl(records, out)
    elif fmt == "acled-csv":
        write_acled_csv(records, out)
    else:
        console = Console(file=out) if out is not sys.stdout else Console()
        if not console.is_terminal:
            console.width = max(console.width, 160)
        render_table(records, console)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for documents that state none.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], published: dt.date | None, fmt: str) -> None:
    """Extract events from files, folders or '-' (standard input) and print them.

    Example:
        warta extract article.txt --published 2021-08-21 --format jsonl
    """
    from .export.records import event_record

    with _errors():
        batch = _Batch(_settings(ctx), paths, published)
        records = [event_record(ev, doc) for doc in batch.run() for ev in doc.events]
        _write(records, fmt, sys.stdout)
        batch.report()
    if batch.nothing_processed:
        ctx.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite store (default: the 'db' setting).")
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for documents that state none.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, published: dt.date | None) -> None:
    """Extract events and keep documents and events in the store.

    Re-ingesting a document with the same content changes nothing.

    Example:
        warta ingest news/ --db conflict.db
    """
    from .store import Store

    settings = _settings(ctx)
    with _errors():
        store = Store(db or settings.db)
        batch = _Batch(settings, paths, published)
        added = unchanged = 0
        for doc in batch.run():
            if store.add(doc):
                added += 1
            else:
                unchanged += 1
        batch.report()
        err.print(f"store {db or settings.db}: {added} document(s) added, {unchanged} already stored", highlight=False)
    if batch.nothing_processed and not unchanged:
        ctx.exit(1)


def _filters(f):
    f = click.option("--db", type=click.Path(dir_okay=False), help="SQLite store (default: the 'db' setting).")(f)
    f = click.option("--from", "date_from", callback=_date, help="First event date (YYYY-MM-DD).")(f)
    f = click.option("--to", "date_to", callback=_date, help="Last event date (YYYY-MM-DD).")(f)
    f = click.option("--country", help="Country name, e.g. Indonesia.")(f)
    f = click.option("--admin1", help="First-level unit, e.g. Papua.")(f)
    f = click.option("--type", "event_type", help="ACLED event type, e.g. Battles.")(f)
    return f


def _query(ctx, db, date_from, date_to, country, admin1, event_type) -> list[dict]:
    from .store import Store

    settings = _settings(ctx)
    path = db or settings.db
    if not Path(path).exists():
        raise click.ClickException(f"no store at {path}: run 'warta ingest' first or pass --db")
    return Store(path).events(date_from=date_from, date_to=date_to, country=country, admin1=admin1, event_type=event_type)


@cli.command()
@_filters
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_context
def events(ctx, db, date_from, date_to, country, admin1, event_type, fmt) -> None:
    """List stored events, filtered by date range, country, admin1 and type.

    Example:
        warta events --db conflict.db --from 2019-01-01 --admin1 Papua --type Battles
    """
    with _errors():
        _write(_query(ctx, db, date_from, date_to, country, admin1, event_type), fmt, sys.stdout)


@cli.command()
@_filters
@click.option("--format", "fmt", type=click.Choice(("jsonl", "acled-csv")), default="acled-csv", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file (default: stdout).")
@click.pass_context
def export(ctx, db, date_from, date_to, country, admin1, event_type, fmt, output) -> None:
    """Export stored events as ACLED CSV or JSON lines.

    Example:
        warta export --db conflict.db --format acled-csv -o events.csv
    """
    with _errors():
        _write(_query(ctx, db, date_from, date_to, country, admin1, event_type), fmt, output)


@cli.command()
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--acled", "acled_csv", type=click.Path(exists=True, dir_okay=False), help="Score against ACLED rows (notes in, coded fields out).")
@click.option("--limit", type=int, help="Only the first N ACLED rows.")
@click.option("--examples", default=15, show_default=True, help="How many misses and extras to print.")
@click.pass_context
def evaluate(ctx, gold: str | None, acled_csv: str | None, limit: int | None, examples: int) -> None:
    """Score warta against a gold file (GOLD_FORMAT.md rules) or ACLED rows.

    Example:
        warta evaluate ../shared/eval/seed/gold.jsonl
        warta evaluate --acled ../shared/data/acled/acled_indonesia_2016_2019.csv
    """
    from .evaluate import evaluate_acled, evaluate_gold
    from .export.records import event_record
    from .pipeline import Pipeline

    if not gold and not acled_csv:
        raise click.UsageError("give a GOLD.jsonl file or --acled FILE.csv")
    pipeline = Pipeline(_settings(ctx))

    def run(doc: Document) -> list[dict]:
        doc = pipeline.process(doc)
        return [event_record(ev, doc) for ev in doc.events]

    console = Console()
    with _errors():
        if gold:
            evaluate_gold(gold, run).render(console, max_examples=examples)
        if acled_csv:
            progress = Progress(TextColumn("scoring ACLED rows"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                console=err, transient=True, disable=not err.is_terminal)
            with progress:
                task = progress.add_task("rows", total=limit)
                report = evaluate_acled(acled_csv, run, limit=limit, progress=lambda *a: progress.advance(task))
            report.render(console, max_examples=examples)


@cli.group()
def gazetteer() -> None:
    """Build and inspect the place index.

    Example:
        warta gazetteer build
    """


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the cached index is current.")
@click.pass_context
def gazetteer_build(ctx, force: bool) -> None:
    """Build the place index from the installed GeoNames packages and Indonesia's units.

    Example:
        warta gazetteer build --force
    """
    from .gazetteer import build_index

    with _errors():
        started = time.monotonic()
        path = build_index(_settings(ctx), force=force)
        err.print(f"index at {path} ({time.monotonic() - started:.1f} s)", highlight=False)


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()
