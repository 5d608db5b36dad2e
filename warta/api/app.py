"""The REST API over the store (FastAPI; its OpenAPI schema at ``/api/openapi.json``, docs at ``/api/docs``).

Reading (events, one event with its evidence, exports, control) is open unless the setting
``read_requires_token`` is on; writing (submitting documents, corrections, merges, splits)
always needs a token with the ``write`` scope (``warta token create``), sent as
``Authorization: Bearer <token>``. The token's name is recorded as who made each correction.

Example:
    >>> from fastapi.testclient import TestClient
    >>> client = TestClient(create_app(":memory:"))
    >>> client.get("/api/events").json()["total"]
    0
"""

from __future__ import annotations

import io
import ipaddress
import json
import socket
import threading
import urllib.parse
import urllib.request
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from ..errors import StoreError, WartaError
from ..settings import Settings
from ..store import Store

#: at most this many events a page
MAX_PAGE = 1000
#: the fields of a GeoJSON feature's properties (the evidence is in /api/events/{id})
GEO_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1", "admin2",
              "country", "fatalities", "reports", "source")


class _Stores(threading.local):
    """One SQLite connection per server thread (sqlite3 connections stay in their thread)."""

    store: Store | None = None


def create_app(db: str, settings: Settings | None = None) -> FastAPI:
    """The API (and the web app, when built) over the store at ``db``."""
    settings = settings or Settings.load()
    Store(db).close()  # create or migrate it now: a bad path fails at start, not at the first request
    local = _Stores()
    pipeline_lock = threading.Lock()
    state: dict[str, Any] = {}
    app = FastAPI(title="warta", version="0.1", docs_url="/api/docs", openapi_url="/api/openapi.json",
                  description="Conflict events read from news, with the evidence behind every field.")

    def store() -> Store:
        # reads run on the event loop (each takes a millisecond or two: cheaper than a thread hop under the GIL);
        # writes and their token checks run in the thread pool: one connection per thread
        if local.store is None:
            local.store = Store(db)
        return local.store

    app.add_middleware(_LimitSize, max_bytes=settings.max_bytes)

    @app.exception_handler(WartaError)
    async def warta_error(request: Request, exc: WartaError):
        detail = str(exc)
        if isinstance(exc, StoreError) and detail.startswith(f"{db}: "):
            detail = detail[len(db) + 2:]  # the store's path is the server's business
        return JSONResponse({"detail": detail}, status_code=404 if detail.startswith("no ") else 400)

    def token_of(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        return header[7:].strip() if header.lower().startswith("bearer ") else None

    async def reader(request: Request) -> None:
        if settings.read_requires_token and store().token_scope(token_of(request)) is None:
            raise HTTPException(401, "a token is needed to read (read_requires_token is on)")

    def writer(request: Request) -> str:
        token = token_of(request)
        if token is None:
            raise HTTPException(401, "writing needs a token: Authorization: Bearer <token> (warta token create)")
        owner = store().token_owner(token)
        if owner is None:
            raise HTTPException(401, "unknown or revoked token")
        if owner[1] != "write":
            raise HTTPException(403, "this token may only read")
        return owner[0]

    async def filters(date_from: str | None = Query(None, alias="from", description="first event date YYYY-MM-DD"),
                date_to: str | None = Query(None, alias="to", description="last event date YYYY-MM-DD"),
                country: str | None = None, admin1: str | None = None, admin2: str | None = None,
                event_type: str | None = Query(None, alias="type", description="ACLED event type"),
                actor: str | None = Query(None, description="part of actor1 or actor2"),
                q: str | None = Query(None, description="free text anywhere in the event"),
                bbox: str | None = Query(None, description="west,south,east,north")) -> dict[str, Any]:
        for name, value in (("from", date_from), ("to", date_to)):
            if value is not None:
                _check_date(name, value)
        box = None
        if bbox is not None:
            try:
                box = tuple(float(x) for x in bbox.split(","))
                if len(box) != 4:
                    raise ValueError
            except ValueError:
                raise HTTPException(422, f"bbox must be four numbers west,south,east,north, not {bbox!r}") from None
        return {"date_from": date_from, "date_to": date_to, "country": country, "admin1": admin1, "admin2": admin2,
                "event_type": event_type, "actor": actor, "text": q, "bbox": box}

    _web(app, settings)

    @app.get("/api/config")
    async def config() -> dict[str, Any]:
        """What the web app needs to know: the online tile layer, if the operator turned one on."""
        return {"tile_url": settings.tile_url, "tile_attribution": settings.tile_attribution,
                "read_requires_token": settings.read_requires_token}

    @app.get("/api/health")
    async def health() -> dict[str, Any]:
        return {"ok": True, "events": store().count_merged_events()}

    @app.get("/api/events", dependencies=[Depends(reader)])
    async def list_events(f: dict = Depends(filters), limit: int = Query(100, ge=1, le=MAX_PAGE),
                    offset: int = Query(0, ge=0)) -> Response:
        """Merged events matching the filters, oldest first, a page at a time (the coded fields; the evidence
        is in /api/events/{id})."""
        items = store().event_rows(**f, limit=limit, offset=offset)
        body = {"total": store().count_merged_events(**f), "limit": limit, "offset": offset, "items": items}
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")

    @app.get("/api/events/{event_id}", dependencies=[Depends(reader)])
    async def one_event(event_id: int) -> dict[str, Any]:
        """One event: every field, the evidence (sentence, spans, rules), its reports, merge history, corrections."""
        return store().merged_event(event_id)

    @app.get("/api/export.geojson", dependencies=[Depends(reader)])
    async def export_geojson(f: dict = Depends(filters)) -> Response:
        features = [{"type": "Feature", "id": r["event_id"],
                     "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                     "properties": {k: r.get(k) for k in GEO_FIELDS} | {"event_id": r["event_id"]}}
                    for r in store().event_rows(**f) if r.get("latitude") is not None]
        body = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
        return Response(body, media_type="application/geo+json")

    @app.get("/api/export.csv", dependencies=[Depends(reader)])
    async def export_csv(f: dict = Depends(filters)) -> Response:
        from ..export.writers import write_acled_csv

        out = io.StringIO(newline="")
        write_acled_csv(store().merged_events(**f), out)
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="warta-events.csv"'})

    @app.get("/api/control", dependencies=[Depends(reader)])
    async def control(date: str | None = None, place: str | None = None) -> list[dict[str, Any]]:
        """Who holds each place on ``date``, or the history of ``place``."""
        if (date is None) == (place is None):
            raise HTTPException(422, "give date=YYYY-MM-DD or place=NAME")
        if date is not None:
            _check_date("date", date)
            return store().control_on(date)
        return store().control_history(place)

    @app.post("/api/documents", status_code=201)
    async def submit(request: Request, who: str = Depends(writer)) -> dict[str, Any]:
        """Submit one document ``{"text" | "html" | "url", "id", "title", "source", "published"}``: it is
        extracted, stored and merged; the answer lists the events it reported."""
        record = await _json_body(request, settings.max_bytes)
        if not isinstance(record, dict):
            raise HTTPException(422, "the body must be a JSON object")
        if record.get("url") and record.get("text") is None and record.get("html") is None:
            record = dict(record, html=_fetch(record["url"], settings), url=record["url"])
        from ..pipeline import Pipeline
        from ..stages.ingest import document_from

        doc = document_from(record, default_id=f"submitted-{store().count() + 1}")
        with pipeline_lock:
            pipeline = state.setdefault("pipeline", Pipeline(settings))
            doc = pipeline.process(doc)
        if doc.skipped:
            raise HTTPException(422, f"document not processed: {doc.skipped}")
        added = store().add(doc)
        events = sorted({e["merged_event"] for e in store().events(doc_id=doc.id)})
        return {"doc_id": doc.id, "added": added, "events": events, "submitted_by": who}

    @app.post("/api/events/{event_id}/corrections")
    async def correct(event_id: int, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
        """Change one field: ``{"field": "fatalities", "value": 3, "note": "..."}``; kept over re-extraction."""
        body = await _json_body(request, settings.max_bytes)
        if not isinstance(body, dict) or "field" not in body or "value" not in body:
            raise HTTPException(422, 'the body must be {"field": ..., "value": ...}')
        return store().correct(event_id, str(body["field"]), body["value"], by=who, note=str(body.get("note") or ""))

    @app.post("/api/events/{event_id}/not-an-event")
    async def not_event(event_id: int, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
        """Mark the event as not an event (``{"restore": true}`` shows it again)."""
        body = await _json_body(request, settings.max_bytes, empty_ok=True) or {}
        store().mark_not_event(event_id, by=who, note=str(body.get("note") or ""), restore=bool(body.get("restore")))
        return {"event_id": event_id, "hidden": not body.get("restore")}

    @app.post("/api/events/{event_id}/merge")
    async def merge(event_id: int, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
        """Merge another event into this one: ``{"other": 12}``."""
        body = await _json_body(request, settings.max_bytes)
        if not isinstance(body, dict) or not isinstance(body.get("other"), int):
            raise HTTPException(422, 'the body must be {"other": <event id>}')
        return store().merge_events(event_id, body["other"], by=who)

    @app.post("/api/events/{event_id}/split")
    async def split(event_id: int, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
        """Take one report out into an event of its own: ``{"mention": 31}`` (a report's id)."""
        body = await _json_body(request, settings.max_bytes)
        if not isinstance(body, dict) or not isinstance(body.get("mention"), int):
            raise HTTPException(422, 'the body must be {"mention": <report id>}')
        return {"event_id": store().split_event(event_id, body["mention"], by=who)}

    return app


class _LimitSize:
    """Refuse (413) a request whose declared body is over the limit, before it is read (plain ASGI: cheap)."""

    def __init__(self, app, max_bytes: int) -> None:  # noqa: ANN001
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001
        if scope["type"] == "http":
            length = dict(scope.get("headers") or []).get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
                response = JSONResponse({"detail": f"request body over the {self.max_bytes:,}-byte limit"},
                                        status_code=413)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def app_from_env() -> FastAPI:
    """The app of the store named by ``$WARTA_SERVE_DB`` (``warta serve --workers N`` starts one per worker)."""
    import os

    return create_app(os.environ["WARTA_SERVE_DB"], Settings.load())


def _web(app: FastAPI, settings: Settings) -> None:
    """The web app's files, Leaflet and its marker clusters (from the xstatic packages), the base map."""
    from importlib import resources

    from fastapi.responses import FileResponse
    from fastapi.staticfiles import StaticFiles

    from ..web.basemap import basemap_path

    static = resources.files("warta.web").joinpath("static")
    app.mount("/app", StaticFiles(directory=str(static)), name="app")
    try:
        import xstatic.pkg.leaflet as leaflet
        import xstatic.pkg.leaflet_markercluster as markercluster

        app.mount("/vendor/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
        app.mount("/vendor/markercluster", StaticFiles(directory=markercluster.BASE_DIR), name="markercluster")
    except ImportError:  # the API works without the web app's libraries
        pass

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")), media_type="text/html")

    @app.get("/basemap.geojson", include_in_schema=False)
    def basemap() -> FileResponse:
        path = basemap_path(settings.cache_path)
        if not path.is_file():
            raise HTTPException(404, "no base map built: run 'warta web basemap'")
        return FileResponse(str(path), media_type="application/geo+json")


def _check_date(name: str, value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name} must be a date YYYY-MM-DD, not {value!r}") from None


async def _json_body(request: Request, limit: int, *, empty_ok: bool = False) -> Any:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"request body over the {limit:,}-byte limit")
    if not body.strip():
        if empty_ok:
            return None
        raise HTTPException(422, "the body is empty; send a JSON object")
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HTTPException(400, f"the body is not valid JSON: {exc}") from None


def _fetch(url: Any, settings: Settings) -> str:
    """The page at ``url``, when fetching is on and the address is public; HTTPException otherwise."""
    if not settings.allow_fetch:
        raise HTTPException(403, "fetching URLs is turned off (setting allow_fetch); send the text or the HTML")
    if not isinstance(url, str):
        raise HTTPException(422, "url must be a string")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HTTPException(422, f"only http(s) URLs with a host can be fetched, not {url!r}")
    refuse_private(parts.hostname)
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            data = response.read(settings.max_bytes + 1)
    except OSError as exc:
        raise HTTPException(502, f"could not fetch {url}: {exc}") from None
    if len(data) > settings.max_bytes:
        raise HTTPException(413, f"{url} is over the {settings.max_bytes:,}-byte limit")
    return data.decode("utf-8", errors="replace")


def refuse_private(host: str) -> None:
    """HTTPException 400 unless every address ``host`` resolves to is a public one (no SSRF to this
    machine, the local network, link-local metadata services or reserved ranges)."""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        raise HTTPException(400, f"cannot resolve {host!r}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if (address.is_private or address.is_loopback or address.is_link_local or address.is_reserved
                or address.is_multicast or address.is_unspecified):
            raise HTTPException(400, f"refused: {host} is a private, loopback or reserved address ({address})")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: a public URL could redirect to a private address."""

    def redirect_request(self, *args, **kwargs):  # noqa: ANN001
        raise HTTPException(400, "refused: the URL redirects (redirects are not followed)")


__all__ = ["create_app", "refuse_private"]
