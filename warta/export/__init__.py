"""Event records and the formats they are written in (JSONL, ACLED CSV, a rich table).

Example:
    >>> import io
    >>> from warta.document import EventMention
    >>> from warta.export import event_record, write_jsonl
    >>> write_jsonl([event_record(EventMention("d1", "Riots", "Mob violence"))], io.StringIO())
    1
"""

from .records import FIELDS, event_record
from .writers import ACLED_COLUMNS, read_jsonl, render_table, write_acled_csv, write_jsonl

__all__ = ["ACLED_COLUMNS", "FIELDS", "event_record", "read_jsonl", "render_table", "write_acled_csv", "write_jsonl"]
