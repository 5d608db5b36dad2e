"""Read sources into :class:`~warta.document.Document` objects.

Accepted sources: ``.txt`` (one document), ``.html``/``.htm`` (main text, title, date and
site name pulled out by trafilatura), ``.jsonl`` (one document a line:
``{id, text, url?, title?, published?, source?, lang?}``), a folder (searched recursively,
sorted, supported extensions only) and ``-`` for standard input (JSONL when every
non-empty line is a JSON object, else one text document).

Nothing is dropped silently: a file or line that cannot be read yields an
:class:`InputFailure` naming it and the reason, and the batch goes on.

Example:
    >>> from warta.settings import Settings
    >>> for item in read_sources(["article.txt"], settings=Settings()):  # doctest: +SKIP
    ...     print(item.id if isinstance(item, Document) else item)
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..document import Document
from ..errors import InputError
from ..settings import Settings

log = logging.getLogger(__name__)

SUPPORTED = (".txt", ".html", ".htm", ".jsonl")
_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class InputFailure:
    """A file (or ``file:line``) that could not be read, and why (one line)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class _Refused(Exception):
    """Internal: a file or a line is refused with a one-line reason."""


def read_sources(
    paths: Iterable[str], *, settings: Settings, published: dt.date | None = None
) -> Iterator[Document | InputFailure]:
    """Yield a Document (or an InputFailure) for every document found in ``paths``.

    ``published`` fills the publication date of documents that have none. Document ids
    are unique within one call: a repeated id gets ``-2``, ``-3``... and a warning.
    """
    seen: dict[str, int] = {}
    stdin_reads = 0
    for raw in paths:
        if raw == "-":
            stdin_reads += 1
            items = _read_stdin(settings, "stdin" if stdin_reads == 1 else f"stdin-{stdin_reads}")
        else:
            items = _read_path(Path(raw), settings)
        for item in items:
            if isinstance(item, Document):
                _finish(item, seen, published)
            yield item


def _finish(doc: Document, seen: dict[str, int], published: dt.date | None) -> None:
    if doc.published is None and published is not None:
        doc.published = published
    if doc.source is None:
        doc.source = guess_source(doc.text)
    if doc.title is None:
        doc.title = guess_title(doc.text)
    base = doc.id
    count = seen.get(base, 0) + 1
    seen[base] = count
    if count > 1:
        doc.id = f"{base}-{count}"
        while doc.id in seen:
            count += 1
            doc.id = f"{base}-{count}"
        seen[base] = count
        seen[doc.id] = 1
        doc.warnings.append(f"id {base!r} already used in this batch, renamed {doc.id!r}")


# -- paths -------------------------------------------------------------------------------

def _read_path(path: Path, settings: Settings) -> Iterator[Document | InputFailure]:
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*")
            if p.suffix.lower() in SUPPORTED and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            yield InputFailure(str(path), f"folder has no {'/'.join(SUPPORTED)} files")
        for file in files:
            yield from _read_file(file, settings)
    elif not path.exists():
        yield InputFailure(str(path), "no such file or folder")
    else:
        yield from _read_file(path, settings)


def _read_file(path: Path, settings: Settings) -> Iterator[Document | InputFailure]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        reason = f"unsupported file type {suffix or '(none)'!r} (supported: {', '.join(SUPPORTED)})"
        yield InputFailure(str(path), reason)
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl_file(path, settings)
            return
        text = _decode(_read_bytes(path, settings.max_bytes))
        if suffix == ".txt":
            yield Document(id=path.stem, text=_clean(text), path=str(path))
        else:
            yield _from_html(text, path.stem, str(path))
    except _Refused as exc:
        yield InputFailure(str(path), str(exc))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _Refused(f"too large ({size:,} bytes, max_bytes is {max_bytes:,})")
        return path.read_bytes()
    except OSError as exc:
        raise _Refused(f"cannot read: {exc.strerror or exc}") from exc


def _decode(data: bytes) -> str:
    """Text of ``data``: UTF-8 (BOM allowed) or UTF-16 with a BOM; else ``_Refused``.

    Raises a one-line reason for binary data, undecodable bytes and empty text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _Refused(f"not valid UTF-16 ({exc.reason} at offset {exc.start})") from exc
    else:
        if b"\x00" in data[:_SNIFF] or b"\x00" in data:
            raise _Refused("binary file (contains NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            bad = data[exc.start]
            raise _Refused(f"not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start})") from exc
    if not text.strip():
        raise _Refused("empty file" if not text else "file holds only whitespace")
    controls = sum(1 for ch in text[:_SNIFF] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 8:
        raise _Refused(f"binary file ({controls} control characters in the first {_SNIFF} characters), not text")
    return text


def _clean(text: str) -> str:
    """Normalise newlines and trim; the result is the document text offsets refer to."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _from_html(html: str, doc_id: str, path: str) -> Document:
    import trafilatura  # slow import: only when HTML is read

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = _clean(getattr(extracted, "text", None) or "") if extracted is not None else ""
    if not text:
        raise _Refused("no main text found in the HTML")
    published = None
    date = getattr(extracted, "date", None)
    if date:
        try:
            published = parse_published(date)
        except ValueError:
            log.debug("%s: ignoring unparsable HTML date %r", path, date)
    sitename = getattr(extracted, "sitename", None)
    return Document(
        id=doc_id, text=text, path=path, url=getattr(extracted, "url", None) or None,
        title=getattr(extracted, "title", None) or None, published=published,
        source=outlet_name(sitename) if sitename else None,
    )


# -- JSONL ---------------------------------------------------------------------------------

def parse_published(value: Any) -> dt.date:
    """A date from ``YYYY-MM-DD`` or an ISO datetime; ``ValueError`` otherwise."""
    if isinstance(value, str):
        value = value.strip()
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    raise ValueError(f"not a string: {value!r}")


def _record_document(record: Any, default_id: str, path: str) -> Document:
    if not isinstance(record, dict):
        raise _Refused(f"not a JSON object but {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Refused("field 'text' is missing or empty" if not text else "field 'text' must be a non-empty string")
    doc_id = record.get("id", default_id)
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or not str(doc_id).strip():
        raise _Refused(f"field 'id' must be a non-empty string, got {doc_id!r}")
    fields: dict[str, Any] = {}
    for name in ("url", "title", "source", "lang"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _Refused(f"field {name!r} must be a string, got {value!r}")
        fields[name] = value.strip() or None if isinstance(value, str) else None
    published = record.get("published")
    if published not in (None, ""):
        try:
            fields["published"] = parse_published(published)
        except ValueError:
            raise _Refused(f"field 'published': {published!r} is not a date (YYYY-MM-DD or ISO datetime)") from None
    return Document(id=str(doc_id).strip(), text=_clean(text), path=path, **fields)


def document_from(record: Any, *, default_id: str = "submitted") -> Document:
    """A Document from one submitted record (the JSONL fields; ``html`` may replace ``text``).

    Raises InputError naming the field that is wrong.
    """
    try:
        if isinstance(record, dict) and record.get("html") is not None and record.get("text") is None:
            if not isinstance(record["html"], str) or not record["html"].strip():
                raise _Refused("field 'html' must be a non-empty string")
            doc = _from_html(record["html"], str(record.get("id") or default_id), "submitted")
            rest = _record_document(dict(record, text=doc.text, html=None), default_id, "submitted")
            rest.title = rest.title or doc.title
            rest.source = rest.source or doc.source
            rest.published = rest.published or doc.published
            return rest
        return _record_document(record, default_id, "submitted")
    except _Refused as exc:
        raise InputError(str(exc)) from None


def _read_lines(lines: Iterable[tuple[int, bytes | str]], name: str, stem: str, max_bytes: int
                ) -> Iterator[Document | InputFailure]:
    for lineno, raw in lines:
        where = f"{name}:{lineno}"
        try:
            if isinstance(raw, bytes):
                if len(raw) > max_bytes:
                    raise _Refused(f"line too large ({len(raw):,} bytes, max_bytes is {max_bytes:,})")
                try:
                    raw = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise _Refused(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise _Refused(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
            yield _record_document(record, f"{stem}-{lineno}", name)
        except _Refused as exc:
            yield InputFailure(where, str(exc))


def _read_jsonl_file(path: Path, settings: Settings) -> Iterator[Document | InputFailure]:
    """Stream a JSONL file; ``max_bytes`` applies to each line, not to the whole file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
            if b"\x00" in head:
                raise _Refused("binary file (contains NUL bytes), not text")
            if not head.strip():
                raise _Refused("empty file" if not head else "file holds only whitespace")
            fh.seek(0)
            yield from _read_lines(enumerate(fh, 1), str(path), path.stem, settings.max_bytes)
    except OSError as exc:
        raise _Refused(f"cannot read: {exc.strerror or exc}") from exc


# -- standard input ----------------------------------------------------------------------------

def _read_stdin(settings: Settings, name: str) -> Iterator[Document | InputFailure]:
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        text = _decode(data)
        jsonl = _looks_jsonl(text)
        if not jsonl and len(data) > settings.max_bytes:
            raise _Refused(f"too large ({len(data):,} bytes, max_bytes is {settings.max_bytes:,})")
    except _Refused as exc:
        yield InputFailure("<stdin>", str(exc))
        return
    if jsonl:
        lines = enumerate(text.splitlines(), 1)
        yield from _read_lines(((n, line.encode("utf-8")) for n, line in lines), "<stdin>", name, settings.max_bytes)
    else:
        yield Document(id=name, text=_clean(text), path="<stdin>")


def _looks_jsonl(text: str) -> bool:
    """True when every non-empty line is a JSON object."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        line = line.strip().lstrip("\ufeff")
        if not (line.startswith("{") and line.endswith("}")):
            return False
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except json.JSONDecodeError:
            return False
    return True


# -- title and outlet ---------------------------------------------------------------------------

# "JAYAPURA, KOMPAS.com -", "**JAKARTA, KOMPAS.com** --", "Intisari-Online.com -", "TEMPO.CO, Jakarta -"
_HOST = r"(?P<host>[A-Za-z][\w-]*(?:\.(?i:com|co|id|net|org|tv|news))+)"
_DASH = r"\s*(?:--?|\u2013|\u2014)"
_PLACE = r"[A-Z][A-Za-z .'-]{1,40}"
_DATELINES = [
    re.compile(rf"^(?:{_PLACE}?(?:,\s*|\s+))?(?<![\w-]){_HOST}(?:,\s*{_PLACE})?{_DASH}"),
    # "JAKARTA (Reuters) -", "KABUL, Aug 15 (AFP) -", "Jakarta (ANTARA) -"
    re.compile(rf"^{_PLACE}(?:,[^()\n]{{1,30}})?\s*\((?P<agency>[A-Z][A-Za-z]{{1,20}}(?: [A-Z][A-Za-z]+)?)\){_DASH}"),
    # "BANDUNG, KOMPAS -": an upper-case place, then an upper-case outlet
    re.compile(rf"^[A-Z][A-Z .'-]{{1,40}},\s*(?P<agency>[A-Z]{{3,}}(?: [A-Z]{{2,}})?){_DASH}"),
]
_TITLE_END = (".", ",", ";", ":")


def outlet_name(host: str) -> str:
    """The outlet behind a host or site name: ``KOMPAS.com`` -> ``Kompas``."""
    host = host.strip().strip("*").strip()
    parts = host.split(".")
    name = parts[0] if len(parts) > 1 and parts[0] else host
    if (name.isupper() and len(name) >= 5) or name.islower():
        name = name.title()
    if len(parts) > 1 and parts[-1].lower() == "tv":
        name += " TV"
    return name


def guess_source(text: str) -> str | None:
    """The outlet named by a dateline at the start of a paragraph near the top, if any."""
    for line in text[:3000].split("\n")[:40]:
        line = re.sub(r"[*_]+", "", line).replace("\xa0", " ").strip()
        for pattern in _DATELINES:
            m = pattern.match(line)
            if m:
                host = m.groupdict().get("host")
                return outlet_name(host) if host else outlet_name(m.group("agency"))
    return None


def guess_title(text: str) -> str | None:
    """The first line when it looks like a headline: short, not ending a sentence, more text follows."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if first.startswith("#"):
        first = first.lstrip("#").strip()
        return first or None
    if not sep or not rest.strip() or not first:
        return None
    words = first.split()
    if len(first) > 200 or len(words) < 2 or len(words) > 30 or first.endswith(_TITLE_END):
        return None
    if any(p.match(first) for p in _DATELINES) or first.startswith(("|", "-", "*", ">")):
        return None
    return first.strip("*").strip() or None
