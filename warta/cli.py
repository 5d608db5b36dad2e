"""The ``warta`` command: thin commands over the library.

Each command builds library objects, calls them, and turns a :class:`WartaError` into a
one-line error and a non-zero exit status.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
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
#: the --db option of every command that reads or writes the store
_db_option = click.option("--db", type=click.Path(dir_okay=False), help="SQLite store (default: the 'db' setting).")


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
        ctx.obj["config"] = config


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
                for warning in doc.warnings:
                    err.print(f"[yellow]note:[/yellow] {doc.id}: {warning}", highlight=False)
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
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(("case", "tsv", "jsonl")), default="case", show_default=True,
              help="case: 'id<TAB>CODE' (CASE 2021 task 2 output); tsv: id, sub-event type, how it was decided; "
                   "jsonl: everything, with the trigger words and the rule or model weights.")
@click.option("--lang", help="The snippets' language (id, en); detected when not given.")
@click.pass_context
def classify(ctx: click.Context, files: tuple[str, ...], fmt: str, lang: str | None) -> None:
    """Give each short report (one 'id<TAB>text' a line) one of ACLED's 25 sub-event types.

    Example:
        warta classify snippets.tsv --format case > answers.tsv
    """
    from .classify import Classifier, read_snippets

    with _errors():
        snippets = [s for f in files for s in read_snippets(f)]
        classifier = Classifier(_settings(ctx))
        for snippet in snippets:
            c = classifier.classify(snippet.text, doc_id=snippet.id, lang=lang)
            if fmt == "case":
                click.echo(f"{c.id}\t{c.code or ''}")
            elif fmt == "tsv":
                click.echo(f"{c.id}\t{c.sub_event_type or ''}\t{c.decided_by}")
            else:
                click.echo(json.dumps(c.to_dict(), ensure_ascii=False))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
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
    f = _db_option(f)
    f = click.option("--from", "date_from", callback=_date, help="First event date (YYYY-MM-DD).")(f)
    f = click.option("--to", "date_to", callback=_date, help="Last event date (YYYY-MM-DD).")(f)
    f = click.option("--country", help="Country name, e.g. Indonesia.")(f)
    f = click.option("--admin1", help="First-level unit, e.g. Papua.")(f)
    f = click.option("--type", "event_type", help="ACLED event type, e.g. Battles.")(f)
    f = click.option("--mentions", is_flag=True,
                     help="One row per report of an event (each document's own reading), not per merged event.")(f)
    return f


def _store(ctx, db: str | None, *, must_exist: bool = True):
    from .store import Store

    path = db or _settings(ctx).db
    if must_exist and not Path(path).exists():
        raise click.ClickException(f"no store at {path}: run 'warta ingest' first or pass --db")
    return Store(path)


def _query(ctx, db, date_from, date_to, country, admin1, event_type, mentions) -> list[dict]:
    store = _store(ctx, db)
    read = store.events if mentions else store.merged_events
    return read(date_from=date_from, date_to=date_to, country=country, admin1=admin1, event_type=event_type)


@cli.command()
@_filters
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_context
def events(ctx, db, date_from, date_to, country, admin1, event_type, mentions, fmt) -> None:
    """List stored events, filtered by date range, country, admin1 and type.

    Each row is one real event, merged from every report of it: the source column lists every
    outlet ("A; B") and the number of reports, the fatalities the lowest report (the range
    beside it when reports differ). --mentions lists each document's reports instead.

    Example:
        warta events --db conflict.db --from 2019-01-01 --admin1 Papua --type Battles
    """
    with _errors():
        _write(_query(ctx, db, date_from, date_to, country, admin1, event_type, mentions), fmt, sys.stdout)


@cli.command()
@_filters
@click.option("--format", "fmt", type=click.Choice(("jsonl", "acled-csv")), default="acled-csv", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file (default: stdout).")
@click.pass_context
def export(ctx, db, date_from, date_to, country, admin1, event_type, mentions, fmt, output) -> None:
    """Export stored events as ACLED CSV or JSON lines (merged events unless --mentions).

    Example:
        warta export --db conflict.db --format acled-csv -o events.csv
    """
    with _errors():
        _write(_query(ctx, db, date_from, date_to, country, admin1, event_type, mentions), fmt, output)


@cli.group()
def merge() -> None:
    """Merge reports of one event, read why, and undo a decision.

    'warta ingest' merges as it stores; these commands inspect and correct that.
    """


@merge.command("run")
@_db_option
@click.pass_context
def merge_run(ctx, db) -> None:
    """Merge stored events not yet merged (a store from an older warta, or documents added with merging off).

    Example:
        warta merge run --db conflict.db
    """
    with _errors():
        store = _store(ctx, db)
        placed = store.merge()
        err.print(f"{placed} event(s) merged into {store.count_merged_events()} merged event(s)", highlight=False)


@merge.command("log")
@_db_option
@click.option("--event", "merged", type=int, help="Only the decisions about this merged event (its event_id).")
@click.option("--mention", type=int, help="Only the decisions about this report (its event_id in --mentions).")
@click.option("--format", "fmt", type=click.Choice(("table", "jsonl")), default="table", show_default=True)
@click.pass_context
def merge_log(ctx, db, merged, mention, fmt) -> None:
    """The merge decisions, oldest first, each with its reasons.

    Example:
        warta merge log --db conflict.db --event 12
    """
    from rich.table import Table

    from .export.writers import write_jsonl

    with _errors():
        rows = _store(ctx, db).merge_log(cluster=merged, event=mention)
    if fmt == "jsonl":
        write_jsonl(rows, sys.stdout)
        return
    table = Table("decision", "action", "report", "merged event", "matched report", "score", "reasons", "by")
    for r in rows:
        reasons = "; ".join(x["why"] for x in r["reasons"])
        action = r["action"] + (" (undone)" if r["undone"] else "")
        table.add_row(str(r["id"]), action, str(r["event"]), str(r["cluster"]), str(r["other"] or ""),
                      "" if r["score"] is None else f"{r['score']:.1f}", reasons, r["by"])
    Console().print(table)


@merge.command("undo")
@click.argument("decision", type=int)
@_db_option
@click.option("--by", default="analyst", show_default=True, help="Who undoes it (kept in the merge log).")
@click.pass_context
def merge_undo(ctx, decision, db, by) -> None:
    """Undo merge decision DECISION (a 'join' in 'warta merge log'): the report becomes an event of its own
    and is never merged into that event again.

    Example:
        warta merge undo 7 --db conflict.db --by "analyst A"
    """
    with _errors():
        new = _store(ctx, db).undo_merge(decision, by=by)
    err.print(f"decision {decision} undone: the report is now merged event {new}", highlight=False)


@cli.command()
@_db_option
@click.option("--date", "day", callback=_date, help="Who holds each place on this day (YYYY-MM-DD).")
@click.option("--place", help="The history of one place: every claim about it, oldest first.")
@click.option("--format", "fmt", type=click.Choice(("table", "jsonl")), default="table", show_default=True)
@click.pass_context
def control(ctx, db, day, place, fmt) -> None:
    """Territorial control: who holds which place since when, by what evidence.

    Read from territory events (takeovers, regains, transfers) and control statements
    ("Panjshir masih bebas dari Taliban"). Claims that disagree are listed side by side with
    their claimants.

    Example:
        warta control --date 2021-08-21 --db conflict.db
        warta control --place Kabul --db conflict.db
    """
    from rich.table import Table

    from .export.writers import write_jsonl

    if (day is None) == (place is None):
        raise click.UsageError("give --date YYYY-MM-DD or --place NAME")
    with _errors():
        store = _store(ctx, db)
        rows = store.control_on(day) if day is not None else store.control_history(place)
    if fmt == "jsonl":
        write_jsonl(rows, sys.stdout)
        return
    if place is not None and not rows:
        err.print(f"no control claims about {place!r}", highlight=False)
    if day is not None:
        table = Table("place", "admin1", "country", "holder", "since", "evidence", title=f"control on {day}")
        for r in rows:
            evidence = "\n".join(_claim_line(c) for c in r["claims"])
            holder = r["holder"] + (" [contested]" if r["contested"] else "")
            table.add_row(r["place"], r["admin1"], r["country"], holder, r["since"], evidence)
    else:
        table = Table("since", "place", "holder", "kind", "claimant", "evidence", title=f"control of {place}")
        for c in rows:
            holder = c["holder"] if c["status"] == "holds" else f"not {c['holder']}"
            table.add_row(c["since"] or "?", c["place"], holder, c["kind"], c["claimant"] or "", _sentence(c))
    console = Console()
    if not console.is_terminal:
        console.width = max(console.width, 160)
    console.print(table)


def _sentence(claim: dict) -> str:
    sentence = (claim.get("evidence") or {}).get("sentence") or {}
    return " ".join((sentence.get("text") or "").split())


def _claim_line(claim: dict) -> str:
    cue = ((claim.get("evidence") or {}).get("cue") or {}).get("text", "")
    who = claim.get("claimant") or claim.get("doc_id") or ""
    return f"{claim['since']} {claim['doc_id']} ({who}): '{cue}' in \"{_sentence(claim)}\""


@cli.command()
@click.argument("targets", nargs=-1)
@click.option("--acled", "acled_csv", type=click.Path(exists=True, dir_okay=False), help="Score against ACLED rows (notes in, coded fields out).")
@click.option("--limit", type=int, help="Only the first N ACLED rows.")
@click.option("--examples", default=15, show_default=True, help="How many misses and extras to print.")
@click.option("--lang", help="evaluate ner: the shipped model of this language (id, en); evaluate snippets: their language.")
@click.option("--model", "model_path", type=click.Path(exists=True, file_okay=False), help="evaluate ner: a model folder.")
@click.pass_context
def evaluate(ctx, targets: tuple[str, ...], acled_csv: str | None, limit: int | None, examples: int,
             lang: str | None, model_path: str | None) -> None:
    """Score warta against a gold file (GOLD_FORMAT.md rules) or ACLED rows, or a name recogniser on BIO files.

    Example:
        warta evaluate ../shared/eval/seed/gold.jsonl
        warta evaluate --acled ../shared/data/acled/acled_indonesia_2016_2019.csv
        warta evaluate ner ../shared/data/ner/id/nerp_test.txt --lang id
        warta evaluate merge tests/data/merge/gold.jsonl tests/data/merge/articles.jsonl
        warta evaluate snippets tests/data/snippets/en-dev.tsv
    """
    from .evaluate import evaluate_acled, evaluate_gold
    from .export.records import event_record
    from .pipeline import Pipeline

    if targets and targets[0] == "ner":
        _evaluate_ner(targets[1:], lang, model_path)
        return
    if targets and targets[0] == "merge":
        _evaluate_merge(ctx, targets[1:], examples)
        return
    if targets and targets[0] == "snippets":
        _evaluate_snippets(ctx, targets[1:], examples, lang)
        return
    if len(targets) > 1:
        raise click.UsageError("give one GOLD.jsonl file")
    gold = targets[0] if targets else None
    if gold and not Path(gold).is_file():
        raise click.BadParameter(f"no such file: {gold}", param_hint="GOLD")
    if not gold and not acled_csv:
        raise click.UsageError("give a GOLD.jsonl file or --acled FILE.csv")
    settings = _settings(ctx)

    def runner(pipeline: Pipeline):
        def run(doc: Document) -> list[dict]:
            doc = pipeline.process(doc)
            return [event_record(ev, doc) for ev in doc.events]
        return run

    console = Console()
    with _errors():
        if gold:
            evaluate_gold(gold, runner(Pipeline(settings))).render(console, max_examples=examples)
        if acled_csv:
            # an ACLED note is known to report one event: it is coded also where its year is not written ("On 30
            # November, ..."), as a short report is (warta classify)
            run = runner(Pipeline(settings.replace(undated_events=True)))
            progress = Progress(TextColumn("scoring ACLED rows"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                console=err, transient=True, disable=not err.is_terminal)
            with progress:
                task = progress.add_task("rows", total=limit)
                report = evaluate_acled(acled_csv, run, limit=limit, progress=lambda *a: progress.advance(task))
            report.render(console, max_examples=examples)


def _evaluate_merge(ctx: click.Context, files: tuple[str, ...], examples: int) -> None:
    from .evaluate.merging import evaluate_merge
    from .pipeline import Pipeline

    if len(files) != 2:
        raise click.UsageError("give the merge gold and the articles: warta evaluate merge GOLD.jsonl ARTICLES.jsonl")
    for f in files:
        if not Path(f).exists():
            raise click.BadParameter(f"no such file: {f}", param_hint="GOLD / ARTICLES")
    with _errors():
        report = evaluate_merge(files[0], files[1], Pipeline(_settings(ctx)).process)
        report.render(Console(), max_examples=examples)


def _evaluate_snippets(ctx: click.Context, files: tuple[str, ...], examples: int, lang: str | None) -> None:
    from .classify import Classifier, read_snippets
    from .evaluate.snippets import evaluate_snippets

    if not files:
        raise click.UsageError("give one or more labelled snippet files: warta evaluate snippets FILE.tsv")
    with _errors():
        snippets = [s for f in files for s in read_snippets(f)]
        classifier = Classifier(_settings(ctx))
        report = evaluate_snippets(snippets, lambda text, doc_id: classifier.classify(text, doc_id=doc_id, lang=lang))
        report.render(Console(), max_examples=examples)


def _evaluate_ner(files: tuple[str, ...], lang: str | None, model_path: str | None) -> None:
    from rich.table import Table

    from .ner.model import load_model
    from .ner.train import score_ner

    if not files:
        raise click.UsageError("give one or more BIO files: warta evaluate ner FILE... --lang id")
    if model_path is None and lang is None:
        raise click.UsageError("give --lang (a shipped model) or --model FOLDER")
    with _errors():
        model = model_path or load_model(lang)
        if model is None:
            raise click.UsageError(f"no name recogniser ships for language {lang!r}")
        table = Table("file", "sentences", "label", "precision", "recall", "F1", "tokens/s", title="entity-level, exact span and label")
        for f in files:
            scores = score_ner(model, f)
            p, r, f1 = scores.overall
            table.add_row(Path(f).name, str(scores.sentences), "all", f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", f"{scores.tokens_per_second:,.0f}")
            for label, (p, r, f1) in sorted(scores.per_label.items()):
                table.add_row("", "", label, f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", "")
        Console().print(table)


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


@gazetteer.command("import")
@click.argument("folder", metavar="DIR", required=False, type=click.Path(file_okay=False))
@click.option("--features", default="AP", show_default=True,
              help="GeoNames feature classes to keep (A admin, P places; add T, H, L, S, V for terrain, water...).")
@click.option("--countries", help="Only these ISO2 codes of the dump, comma-separated (e.g. ID,AF).")
@click.option("--reset", is_flag=True, help="Delete the imported index and go back to the default one.")
@click.pass_context
def gazetteer_import(ctx, folder: str | None, features: str, countries: str | None, reset: bool) -> None:
    """Build a larger place index from GeoNames dump files in DIR and use it from now on.

    DIR holds allCountries.txt (or country files such as ID.txt), alternateNamesV2.txt,
    admin1CodesASCII.txt and admin2Codes.txt (countryInfo.txt optional), plain or zipped.

    Example:
        warta gazetteer import ~/Downloads/geonames --countries ID,AF
    """
    from .gazetteer.geonames import import_geonames, remove_import

    settings = _settings(ctx)
    with _errors():
        if reset:
            removed = remove_import(settings)
            err.print("imported index removed: the default index is used" if removed else "no imported index",
                      highlight=False)
            if not folder:
                return
        if not folder:
            raise click.UsageError("give the folder DIR holding the GeoNames dump files (or --reset)")
        started = time.monotonic()
        codes = tuple(c.strip().upper() for c in countries.split(",") if c.strip()) if countries else None
        path = import_geonames(folder, settings=settings, features=features, countries=codes)
        err.print(f"index at {path} ({time.monotonic() - started:.1f} s); used from now on "
                  f"('warta gazetteer import --reset' goes back)", highlight=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--spans", "spans_path", type=click.Path(exists=True, dir_okay=False),
              help="JSONL of given toponym spans to resolve instead of finding names (format in warta/geoparse.py).")
@click.option("--lang", type=click.Choice(("id", "en")), help="The texts' language (default: detected).")
@click.option("--format", "fmt", type=click.Choice(("table", "jsonl")), default="table", show_default=True)
@click.pass_context
def geoparse(ctx, paths: tuple[str, ...], spans_path: str | None, lang: str | None, fmt: str) -> None:
    """Print every place name of the documents with its span and GeoNames record.

    Example:
        warta geoparse article.txt --format jsonl
        warta geoparse docs.jsonl --spans gold_spans.jsonl --format jsonl
    """
    import json

    from .geoparse import FIELDS, Geoparse, read_spans, spans_for
    from .stages.ingest import InputFailure, read_sources

    settings = _settings(ctx)
    failures = 0
    with _errors():
        table = read_spans(spans_path) if spans_path else None
        used: set[str] = set()
        gp = Geoparse(settings)
        records: list[dict] = []
        for item in read_sources(list(paths), settings=settings):
            if isinstance(item, InputFailure):
                err.print(f"[red]error:[/red] {item}", highlight=False)
                failures += 1
                continue
            spans = None
            if table is not None:
                key, spans = spans_for(item, table)
                if key is not None:
                    used.add(key)
            recs = gp.parse(item, lang=lang, spans=spans)
            if fmt == "jsonl":
                for r in recs:
                    sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            else:
                records.extend(recs)
        if table is not None and set(table) - used:
            unknown = sorted(set(table) - used)
            err.print(f"[yellow]warning:[/yellow] spans for {len(unknown)} document(s) not given: "
                      f"{', '.join(unknown[:5])}{' ...' if len(unknown) > 5 else ''}", highlight=False)
        if fmt == "table":
            _geoparse_table(records, FIELDS)
    if failures and not records and fmt == "table":
        ctx.exit(1)


def _geoparse_table(records: list[dict], fields: tuple[str, ...]) -> None:
    from rich.table import Table

    console = Console()
    if not console.is_terminal:
        console.width = max(console.width, 180)
    table = Table("doc", "span", "text", "geonameid", "code/level", "lat", "lon", "country", "admin1", "admin2",
                  "prec", "rule")
    for r in records:
        code = "/".join(x for x in (r["feature_code"], r["level"]) if x)
        coords = [f"{r[k]:.4f}" if r[k] is not None else "" for k in ("latitude", "longitude")]
        table.add_row(r["doc_id"], f"{r['start']}-{r['end']}", r["text"], r["geonameid"] or "-", code, *coords,
                      r["country_code"] or "", r["admin1"] or "", r["admin2"] or "", str(r["geo_precision"] or ""),
                      r["rule"])
    console.print(table)


@cli.group()
def train() -> None:
    """Train warta's models from the development data.

    Example:
        warta train typing ../shared/data/acled/*.csv
    """


@train.command("typing")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Where to save (default: the model shipped in the package).")
@click.option("--held-out", default=0.2, show_default=True, help="Latest share of each ACLED file's rows, by date, kept out and scored.")
@click.option("--score-snippets", "score_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A labelled snippet file never trained on: the model alone is scored on it (repeatable).")
@click.pass_context
def train_typing_command(ctx, files: tuple[str, ...], output: str | None, held_out: float,
                         score_files: tuple[str, ...]) -> None:
    """Fit the sub-event type classifier on ACLED rows (.csv: notes in, sub_event_type out, split by date) and on
    labelled short news reports in English and Indonesian (.tsv or .jsonl, the format of `warta classify`), which
    weigh as much, all together, as the ACLED rows.

    Prints the files, the split dates, the held-out scores and the time taken.

    Example:
        warta train typing ../shared/data/acled/*.csv tests/data/snippets/*-dev*.tsv --score-snippets tests/data/snippets/en-test.tsv
    """
    from importlib import resources

    from rich.table import Table

    from .train import train_typing

    out = output or str(resources.files("warta").joinpath("models", "typing.npz"))
    with _errors():
        progress = Progress(TextColumn("features"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=err, transient=True, disable=not err.is_terminal)
        with progress:
            task = progress.add_task("rows", total=None)
            csv_files = [f for f in files if f.lower().endswith(".csv")]
            if not csv_files:
                raise WartaError("give at least one ACLED .csv file to train on")
            report = train_typing(csv_files, out, snippets=[f for f in files if not f.lower().endswith(".csv")],
                                  score_snippets=list(score_files), held_out=held_out,
                                  progress=lambda: progress.advance(task))
    console = Console()
    data = Table("file", "events", "trained until", "held out from", "sha256", title="training data")
    for f in report.files:
        if f.get("snippets"):
            data.add_row(f["file"], str(f["events"]), "(snippets: all)", "-", f["sha256"])
        else:
            data.add_row(f["file"], str(f["events"]), f["train_until"], f["held_out_from"], f["sha256"])
    console.print(data)
    scores = Table("held-out rows of", "rows", "accuracy", "weighted F1",
                   title="sub-event type: ACLED rows held out by date, snippet files never trained on")
    for name, score in report.scores.items():
        scores.add_row(name, str(score["rows"]), f"{score['accuracy']:.3f}", f"{score['weighted_f1']:.3f}")
    console.print(scores)
    console.print(f"{report.features} features; {report.seconds:.0f} s; saved to {report.path}")


@train.command("ner")
@click.option("--lang", required=True, type=click.Choice(["id", "en"]), help="Which recogniser to train.")
@click.option("--shared", "shared_data", default="../shared/data", show_default=True,
              type=click.Path(exists=True, file_okay=False), help="The shared data folder holding ner/.")
@click.option("-o", "--output", type=click.Path(file_okay=False), help="Where to save (default: the model shipped in the package).")
@click.option("--max-steps", default=4500, show_default=True, help="Training steps (batches); the best model on the development set is kept.")
@click.option("--width", default=96, show_default=True, help="Width of the token vectors (spaCy tok2vec).")
@click.option("--depth", default=4, show_default=True, help="Convolution layers of the token encoder.")
@click.option("--vectors/--no-vectors", default=True, show_default=True,
              help="First learn static subword vectors (floret, needs warta[train]) from unlabelled text here.")
@click.option("--word-classes/--no-word-classes", default=None,
              help="Feed each word's Brown cluster (spacy-lookups-data, needs warta[train]) to the encoder "
                   "[default: on for en, the language that has them].")
def train_ner_command(lang: str, shared_data: str, output: str | None, max_steps: int, width: int, depth: int,
                      vectors: bool, word_classes: bool | None) -> None:
    """Train a name recogniser (PER, ORG, LOC) from the NER corpora; prints the data files with their hashes, the
    test scores per label and the time taken.

    Example:
        warta train ner --lang id --shared ../shared/data
    """
    from importlib import resources

    from .ner.train import train_ner

    out = output or str(resources.files("warta").joinpath("models", f"ner-{lang}"))
    with _errors():
        report = train_ner(lang, shared_data, out, max_steps=max_steps, width=width, depth=depth, vectors=vectors,
                           word_classes=word_classes, log=lambda line: err.print(line))
    console = Console()
    for scores in report.tests:
        for line in scores.lines():
            console.print(line)
        console.print(f"  {scores.tokens_per_second:,.0f} tokens/s")
    console.print(f"{report.train_sentences} training sentences; {report.seconds / 60:.1f} min; {report.model_mb} MB saved to {report.model_dir}")


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (one per core serves more readers at once).")
@click.pass_context
def serve(ctx, db, host, port, workers) -> None:
    """Serve the REST API (docs at /api/docs) and the web app over the store.

    Reading is open unless the setting read_requires_token is on; writing needs a token
    from 'warta token create'.

    Example:
        warta serve --db conflict.db --port 8000
    """
    import uvicorn

    from .api import create_app

    settings = _settings(ctx)
    with _errors():
        app = create_app(db or settings.db, settings)
    err.print(f"warta: serving {db or settings.db} on http://{host}:{port} (API docs: /api/docs)", highlight=False)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    else:  # each worker process builds the app from the environment
        os.environ["WARTA_SERVE_DB"] = str(Path(db or settings.db).resolve())
        if ctx.obj.get("config"):
            os.environ["WARTA_CONFIG"] = str(Path(ctx.obj["config"]).resolve())
        uvicorn.run("warta.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning")


@cli.group()
def web() -> None:
    """The web app's offline base map."""


@web.command("basemap")
@click.option("--force", is_flag=True, help="Fetch and convert again even if it is there.")
@click.pass_context
def web_basemap(ctx, force) -> None:
    """Fetch Natural Earth country borders (npm package world-atlas, checksum pinned) for the offline map.

    Example:
        warta web basemap
    """
    from .web.basemap import build_basemap

    with _errors():
        path = build_basemap(_settings(ctx).cache_path, force=force)
    err.print(f"base map: {path} ({path.stat().st_size / 1e6:.1f} MB)", highlight=False)


@cli.group()
def token() -> None:
    """API tokens: writing through the API (submitting, correcting) needs one."""


@token.command("create")
@click.option("--name", required=True, help="Who uses it; recorded with each correction made with it.")
@click.option("--scope", type=click.Choice(("read", "write")), default="write", show_default=True)
@_db_option
@click.pass_context
def token_create(ctx, name, scope, db) -> None:
    """Create a token and print it (once: only its hash is kept).

    Example:
        warta token create --name "desk A" --db conflict.db
    """
    with _errors():
        click.echo(_store(ctx, db, must_exist=False).create_token(name, scope=scope))


@token.command("list")
@_db_option
@click.pass_context
def token_list(ctx, db) -> None:
    """The tokens (never their values): id, name, scope, created, revoked.

    Example:
        warta token list --db conflict.db
    """
    with _errors():
        for t in _store(ctx, db).tokens():
            click.echo(f"{t['id']}\t{t['name']}\t{t['scope']}\t{t['created_at']}\t{'revoked' if t['revoked'] else ''}")


@token.command("revoke")
@click.argument("token_id", type=int)
@_db_option
@click.pass_context
def token_revoke(ctx, token_id, db) -> None:
    """Revoke token TOKEN_ID (see 'warta token list').

    Example:
        warta token revoke 3 --db conflict.db
    """
    with _errors():
        _store(ctx, db).revoke_token(token_id)
    err.print(f"token {token_id} revoked", highlight=False)


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()
