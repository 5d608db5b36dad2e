"""The REST API: every endpoint, the token rules, corrections that survive re-extraction, hostile input.

The reports are written for these tests (facts from public reporting of the November 2019 bombing at the
Medan police headquarters and of the omnibus-law protests of October 2020).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from warta.api import create_app
from warta.settings import Settings
from warta.store import Store

MEDAN_ID = {"id": "kabar-medan", "source": "Kabar Medan", "published": "2019-11-13",
            "text": "Bom bunuh diri meledak di halaman Markas Polrestabes Medan, Sumatera Utara, Rabu (13/11/2019) "
                    "sekitar pukul 08.45 WIB. Pelaku tewas di lokasi kejadian, sementara enam orang, empat di "
                    "antaranya polisi, mengalami luka-luka."}
MEDAN_EN = {"id": "island-herald", "source": "Island Herald", "published": "2019-11-13",
            "text": "A suicide bomber blew himself up at the police headquarters in Medan, North Sumatra, on "
                    "Wednesday morning, killing himself and wounding six people, most of them police officers."}
SURABAYA = {"id": "suara-pahlawan", "source": "Suara Pahlawan", "published": "2020-10-09",
            "text": "Ribuan buruh dan mahasiswa berunjuk rasa menolak UU Cipta Kerja di depan Gedung Negara Grahadi, "
                    "Surabaya, Kamis (8/10/2020). Aksi itu berakhir ricuh setelah massa melempari polisi dengan batu "
                    "dan polisi menembakkan gas air mata."}


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("api") / "api.db")
    app = create_app(path, Settings.load().replace(max_bytes=200_000))
    client = TestClient(app)
    with Store(path) as store:
        tokens = {"write": store.create_token("analyst A"), "read": store.create_token("viewer", scope="read")}
    for record in (MEDAN_ID, MEDAN_EN, SURABAYA):
        out = client.post("/api/documents", json=record, headers=_auth(tokens["write"]))
        assert out.status_code == 201, out.text
    return client, tokens, path


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _event_of(client, doc_id: str) -> dict:
    items = client.get("/api/events", params={"limit": 100}).json()["items"]
    return next(e for e in items if doc_id in e["doc_id"].split("; "))


# -- reading -------------------------------------------------------------------------------------------------

def test_list_merged_events_with_their_reports(api):
    client, _, _ = api
    body = client.get("/api/events").json()
    assert body["total"] == 2
    medan = _event_of(client, "kabar-medan")
    assert medan["reports"] == 2 and medan["location"] == "Medan"
    assert "evidence" not in medan  # the list is light; one event carries the evidence


@pytest.mark.parametrize("params, expected", [
    ({"type": "Riots"}, {"Surabaya"}),
    ({"admin1": "north sumatra"}, {"Medan"}),
    ({"admin2": "Surabaya"}, {"Surabaya"}),
    ({"from": "2020-01-01"}, {"Surabaya"}),
    ({"to": "2019-12-31"}, {"Medan"}),
    ({"country": "Indonesia"}, {"Medan", "Surabaya"}),
    ({"bbox": "98,2,100,4.5"}, {"Medan"}),  # west,south,east,north around Medan
    ({"q": "Grahadi"}, {"Surabaya"}),
    ({"actor": "rioters"}, {"Surabaya"}),
])
def test_filters(api, params, expected):
    client, _, _ = api
    items = client.get("/api/events", params=params).json()["items"]
    assert {e["location"] for e in items} == expected


def test_pages(api):
    client, _, _ = api
    first = client.get("/api/events", params={"limit": 1}).json()
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 2
    assert first["items"][0]["event_id"] != second["items"][0]["event_id"]
    assert client.get("/api/events", params={"limit": 5000}).status_code == 422


@pytest.mark.parametrize("params", [{"from": "13/11/2019"}, {"bbox": "1,2,3"}, {"bbox": "a,b,c,d"}, {"offset": -1}])
def test_bad_filters_are_refused_with_the_reason(api, params):
    client, _, _ = api
    out = client.get("/api/events", params=params)
    assert out.status_code == 422 and out.json()["detail"]


def test_one_event_with_its_evidence_reports_and_merge_history(api):
    client, _, _ = api
    event_id = _event_of(client, "kabar-medan")["event_id"]
    event = client.get(f"/api/events/{event_id}").json()
    assert {r["doc_id"] for r in event["reports_detail"]} == {"kabar-medan", "island-herald"}
    assert all(r["sentence"]["text"] for r in event["reports_detail"])
    assert any(f["field"] == "sub_event_type" for f in event["evidence"]["fields"])
    assert [h["action"] for h in event["merge_history"]] == ["new", "join"]
    missing = client.get("/api/events/99999")
    assert missing.status_code == 404 and missing.json()["detail"] == "no event 99999"


def test_exports_geojson_and_acled_csv(api):
    client, _, _ = api
    geo = client.get("/api/export.geojson", params={"type": "Explosions/Remote violence"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    (feature,) = geo.json()["features"]
    lon, lat = feature["geometry"]["coordinates"]
    assert 98 < lon < 99.5 and 3 < lat < 4 and feature["properties"]["reports"] == 2
    csv_text = client.get("/api/export.csv").text
    header, *rows = csv_text.strip().splitlines()
    assert header.startswith("data_id,iso,event_id_cnty") and len(rows) == 2
    assert "Kabar Medan; Island Herald" in csv_text


def test_control_endpoint(api):
    client, _, _ = api
    assert client.get("/api/control", params={"date": "2020-01-01"}).json() == []
    assert client.get("/api/control").status_code == 422
    assert client.get("/api/control", params={"date": "yesterday"}).status_code == 422
    assert client.get("/api/control", params={"place": "Kabul"}).json() == []


def test_openapi_schema_lists_every_endpoint(api):
    client, _, _ = api
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/export.geojson", "/api/export.csv", "/api/control",
                 "/api/documents", "/api/events/{event_id}/corrections", "/api/events/{event_id}/not-an-event",
                 "/api/events/{event_id}/merge", "/api/events/{event_id}/split"):
        assert path in paths


# -- tokens ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Bearer warta_not-a-real-token"}, 401),
    ({"Authorization": "Basic abc"}, 401),
])
def test_writing_needs_a_valid_token(api, headers, status):
    client, _, _ = api
    out = client.post("/api/documents", json=SURABAYA, headers=headers)
    assert out.status_code == status and out.json()["detail"]


def test_a_read_only_token_cannot_write(api):
    client, tokens, _ = api
    event_id = _event_of(client, "kabar-medan")["event_id"]
    out = client.post(f"/api/events/{event_id}/corrections", json={"field": "fatalities", "value": 9},
                      headers=_auth(tokens["read"]))
    assert out.status_code == 403


def test_a_revoked_token_is_refused(api):
    client, _, path = api
    with Store(path) as store:
        token = store.create_token("temporary")
        store.revoke_token(store.tokens()[-1]["id"])
    assert client.post("/api/documents", json=SURABAYA, headers=_auth(token)).status_code == 401


def test_reading_can_require_a_token(api):
    _, tokens, path = api
    closed = TestClient(create_app(path, Settings.load().replace(read_requires_token=True)))
    assert closed.get("/api/events").status_code == 401
    assert closed.get("/api/events", headers=_auth("wrong")).status_code == 401
    assert closed.get("/api/events", headers=_auth(tokens["read"])).status_code == 200


# -- corrections ----------------------------------------------------------------------------------------------

def test_a_correction_is_audited_and_survives_re_extraction(api):
    client, tokens, _ = api
    event_id = _event_of(client, "suara-pahlawan")["event_id"]
    out = client.post(f"/api/events/{event_id}/corrections", json={"field": "fatalities", "value": 1,
                                                                    "note": "a later police statement"},
                      headers=_auth(tokens["write"]))
    assert out.status_code == 200, out.text
    assert out.json()["fatalities"] == 1 and out.json()["corrected"]["fatalities"]["machine"] == 0
    # the outlet updates its article: a new version is extracted again
    changed = dict(SURABAYA, text=SURABAYA["text"] + " Polisi menahan 80 orang.")
    again = client.post("/api/documents", json=changed, headers=_auth(tokens["write"]))
    assert again.status_code == 201 and again.json()["events"] == [event_id]
    event = client.get(f"/api/events/{event_id}").json()
    assert event["fatalities"] == 1
    (audit,) = [c for c in event["corrections"] if c["action"] == "set"]
    assert (audit["by"], audit["field"], audit["old"], audit["new"]) == ("analyst A", "fatalities", 0, 1)


@pytest.mark.parametrize("body, status", [
    ({"field": "fatalities", "value": -2}, 400),
    ({"field": "fatalities", "value": "many"}, 400),
    ({"field": "event_date", "value": "08/10/2020"}, 400),
    ({"field": "sub_event_type", "value": "Street party"}, 400),
    ({"field": "confidence", "value": 1}, 400),
    ({"value": 1}, 422),
])
def test_bad_corrections_are_refused_with_the_reason(api, body, status):
    client, tokens, _ = api
    event_id = _event_of(client, "suara-pahlawan")["event_id"]
    out = client.post(f"/api/events/{event_id}/corrections", json=body, headers=_auth(tokens["write"]))
    assert out.status_code == status and out.json()["detail"]


def test_not_an_event_hides_it_and_restore_shows_it(api):
    client, tokens, _ = api
    event_id = _event_of(client, "suara-pahlawan")["event_id"]
    client.post(f"/api/events/{event_id}/not-an-event", json={"note": "test"}, headers=_auth(tokens["write"]))
    assert event_id not in [e["event_id"] for e in client.get("/api/events").json()["items"]]
    client.post(f"/api/events/{event_id}/not-an-event", json={"restore": True}, headers=_auth(tokens["write"]))
    assert event_id in [e["event_id"] for e in client.get("/api/events").json()["items"]]


def test_split_and_merge_by_hand(api):
    client, tokens, _ = api
    medan = client.get(f"/api/events/{_event_of(client, 'kabar-medan')['event_id']}").json()
    mention = medan["mentions"][1]
    out = client.post(f"/api/events/{medan['event_id']}/split", json={"mention": mention}, headers=_auth(tokens["write"]))
    assert out.status_code == 200
    new = out.json()["event_id"]
    assert client.get(f"/api/events/{medan['event_id']}").json()["reports"] == 1
    back = client.post(f"/api/events/{medan['event_id']}/merge", json={"other": new}, headers=_auth(tokens["write"]))
    assert back.status_code == 200 and back.json()["reports"] == 2
    assert client.get(f"/api/events/{new}").status_code == 404
    same = client.post(f"/api/events/{medan['event_id']}/merge", json={"other": medan["event_id"]},
                       headers=_auth(tokens["write"]))
    assert same.status_code == 400


# -- hostile input --------------------------------------------------------------------------------------------

def test_a_script_in_a_document_comes_back_as_inert_text(api):
    client, tokens, _ = api
    hostile = {"id": "hostile", "source": "<script>alert('x')</script>", "published": "2020-10-09",
               "title": "<img src=x onerror=alert(1)>",
               "text": "Ratusan mahasiswa <script>alert('x')</script> berunjuk rasa di depan Gedung DPRD Jawa Barat, "
                       "Bandung, Kamis (8/10/2020). Aksi itu berakhir ricuh."}
    out = client.post("/api/documents", json=hostile, headers=_auth(tokens["write"]))
    assert out.status_code == 201, out.text
    (event_id,) = out.json()["events"]
    event = client.get(f"/api/events/{event_id}")
    assert event.headers["content-type"].startswith("application/json")
    assert "<script>alert('x')</script>" in event.json()["source"]  # kept as written, as data, never as markup


@pytest.mark.parametrize("body, status", [
    (b"{not json", 400),
    (b"", 422),
    (b"[1, 2]", 422),
    (json.dumps({"text": ""}).encode(), 400),
    (json.dumps({"text": "Polisi menangkap dua orang.", "published": "kemarin"}).encode(), 400),
    (json.dumps({"text": 42}).encode(), 400),
    (b"\xff\xfe\x00", 400),
])
def test_malformed_submissions_are_refused_with_the_reason(api, body, status):
    client, tokens, _ = api
    out = client.post("/api/documents", content=body,
                      headers=_auth(tokens["write"]) | {"Content-Type": "application/json"})
    assert out.status_code == status and out.json()["detail"]


def test_a_huge_body_is_refused_before_it_is_read(api):
    client, tokens, _ = api
    big = json.dumps({"text": "a " * 150_000})
    out = client.post("/api/documents", content=big, headers=_auth(tokens["write"]) | {"Content-Type": "application/json"})
    assert out.status_code == 413


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8000/api/events", "http://localhost/", "http://10.0.0.5/", "http://192.168.1.1/admin",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
])
def test_urls_to_private_addresses_are_refused(api, url):
    _, tokens, path = api
    fetching = TestClient(create_app(path, Settings.load().replace(allow_fetch=True)))
    out = fetching.post("/api/documents", json={"url": url}, headers=_auth(tokens["write"]))
    assert out.status_code == 400 and "refused" in out.json()["detail"]


@pytest.mark.parametrize("url, status", [("file:///etc/passwd", 422), ("gopher://example.org/", 422), (42, 422)])
def test_only_http_urls_are_fetched(api, url, status):
    _, tokens, path = api
    fetching = TestClient(create_app(path, Settings.load().replace(allow_fetch=True)))
    out = fetching.post("/api/documents", json={"url": url}, headers=_auth(tokens["write"]))
    assert out.status_code == status


def test_fetching_is_off_unless_the_operator_turns_it_on(api):
    client, tokens, _ = api
    out = client.post("/api/documents", json={"url": "https://example.org/news"}, headers=_auth(tokens["write"]))
    assert out.status_code == 403 and "allow_fetch" in out.json()["detail"]


def test_warta_serve_answers_over_http(tmp_path):
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "served.db"
    proc = subprocess.Popen([sys.executable, "-m", "warta.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1) as r:
                    assert json.loads(r.read()) == {"ok": True, "events": 0}
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail(f"warta serve did not answer: {proc.stderr.read1().decode() if proc.poll() is not None else ''}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_web_app_is_served_offline(api):
    client, _, _ = api
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "http://" not in page.text and "https://" not in page.text  # no CDN: every file comes from this server
    for path in ("/app/app.js", "/app/app.css", "/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css",
                 "/vendor/markercluster/leaflet.markercluster.js"):
        assert client.get(path).status_code == 200, path
    assert client.get("/api/config").json()["tile_url"] == ""  # no tile server unless the operator sets one
    assert client.get("/api/health").json()["ok"] is True


def test_an_operator_may_turn_on_an_online_tile_layer(api):
    _, _, path = api
    online = TestClient(create_app(path, Settings.load().replace(tile_url="https://tiles.example.org/{z}/{x}/{y}.png",
                                                                 tile_attribution="© example")))
    assert online.get("/api/config").json()["tile_url"].startswith("https://tiles.example.org")
