"""Shared fixtures: one pipeline per test session, a helper to run it on a text, and a
marker-like fixture for tests that need the sibling ``../shared`` folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from warta.document import Document
from warta.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, built once: spaCy and the gazetteer load on first use."""
    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline):
    """``extract(text, published=None, doc_id="t")`` -> the processed Document."""

    def run(text: str, published: dt.date | str | None = None, doc_id: str = "t") -> Document:
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return pipeline.process(Document(id=doc_id, text=text, published=published))

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared folder (``../shared``); tests using it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared folder not available at {SHARED}")
    return SHARED
