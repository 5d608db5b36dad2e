"""The web app's offline base map: Natural Earth country borders from the npm package ``world-atlas``.

``build_basemap()`` fetches the package from the npm registry once (pinned version, checked
against its published SHA-512), turns its 1:50m TopoJSON countries into GeoJSON and keeps the
result in warta's cache folder. Natural Earth is in the public domain; world-atlas is ISC-licensed.
The app works without it (markers on a plain background).

Example:
    >>> topo = {"type": "Topology", "arcs": [[[0, 0], [10, 0], [0, 10], [-10, -10]]],
    ...         "transform": {"scale": [1, 1], "translate": [0, 0]},
    ...         "objects": {"countries": {"type": "GeometryCollection", "geometries": [
    ...             {"type": "Polygon", "arcs": [[0]], "properties": {"name": "A"}}]}}}
    >>> topojson_to_geojson(topo, "countries")["features"][0]["geometry"]["coordinates"]
    [[[0, 0], [10, 0], [10, 10], [0, 0]]]
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import urllib.request
from pathlib import Path
from typing import Any

from ..errors import WartaError

PACKAGE = "world-atlas"
VERSION = "2.0.2"
URL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
INTEGRITY = "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
MEMBER = "package/countries-50m.json"
FILE = "countries-50m.geojson"


def basemap_path(cache: Path) -> Path:
    return cache / "basemap" / FILE


def build_basemap(cache: Path, *, force: bool = False) -> Path:
    """Fetch, check, convert and keep the country borders; the GeoJSON file's path."""
    target = basemap_path(cache)
    if target.is_file() and not force:
        return target
    try:
        with urllib.request.urlopen(URL, timeout=60) as response:
            data = response.read()
    except OSError as exc:
        raise WartaError(f"cannot fetch {URL}: {exc}") from exc
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        raise WartaError(f"{URL}: checksum {digest} is not the published {INTEGRITY}")
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        topo = json.load(tar.extractfile(MEMBER))  # type: ignore[arg-type]
    geo = topojson_to_geojson(topo, "countries")
    geo["source"] = f"Natural Earth 1:50m countries via {PACKAGE}@{VERSION} (npm)"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(geo, separators=(",", ":")), encoding="utf-8")
    tmp.replace(target)
    return target


def topojson_to_geojson(topo: dict[str, Any], name: str) -> dict[str, Any]:
    """The GeoJSON FeatureCollection of TopoJSON object ``name`` (polygons and multipolygons)."""
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        points, x, y = [], 0, 0
        for dx, dy in arc:
            if transform:
                x, y = x + dx, y + dy
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append([x * sx + tx, y * sy + ty])
            else:
                points.append([dx, dy])
        arcs.append(points)

    def ring(indexes: list[int]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points if not out else points[1:])
        return out

    features = []
    for geometry in topo["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates = [ring(r) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "properties": geometry.get("properties", {}),
                         "geometry": {"type": kind, "coordinates": coordinates}})
    return {"type": "FeatureCollection", "features": features}
