"""The REST API (and the analysts' web app) over the store: ``warta serve``.

Example:
    >>> from warta.api import create_app
    >>> app = create_app(":memory:")
"""

from .app import create_app

__all__ = ["create_app"]
