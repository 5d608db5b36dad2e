"""The web app in a real browser: Debian's Chromium driven by Playwright, against ``warta serve`` on loopback.

The store holds the example corpus: the two example articles and the merge test corpus (articles written for
warta). Screenshots of the main views are saved to ``docs/screenshots/`` (linked from the README). The tests
skip when Chromium (``apt-get install chromium``) or Playwright (``pip install '.[test]'``) is absent.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from warta.settings import Settings
from warta.stages.ingest import read_sources
from warta.store import Store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    import uvicorn

    from warta.api import create_app

    db = str(tmp_path_factory.mktemp("web") / "web.db")
    settings = Settings.load()
    with Store(db) as store:
        for doc in read_sources([str(REPO / "warta" / "examples"), str(REPO / "tests" / "data" / "merge" / "articles.jsonl")],
                                settings=settings):
            store.add(pipeline.process(doc))
        token = store.create_token("browser test")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db, settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    yield {"url": f"http://127.0.0.1:{port}", "token": token, "db": db}
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 850}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}") or dialog.dismiss())
    page.goto(server["url"] + "/")
    page.wait_for_selector("#list tbody tr")
    yield page
    context.close()
    assert errors == []  # no script error, and no alert() from a document's text


def _post(server, path: str, body: dict) -> dict:
    request = urllib.request.Request(server["url"] + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "Authorization": f"Bearer {server['token']}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name))


def test_the_map_shows_the_events(page):
    rows = page.locator("#list tbody tr").count()
    assert rows >= 10
    markers = page.locator(".marker-cluster, path.leaflet-interactive")
    markers.first.wait_for()
    assert markers.count() >= 2
    assert page.locator(".legend").text_content().startswith("Battles")
    _shot(page, "map.png")


def test_brushing_the_timeline_narrows_the_list_and_the_map(page):
    before = page.locator("#list tbody tr").count()
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    page.mouse.up()
    page.wait_for_function(f"document.querySelectorAll('#list tbody tr').length < {before}")
    after = page.locator("#list tbody tr").count()
    assert 0 < after < before
    assert " from " in page.locator("#count").text_content()
    assert page.locator("#timeline rect.bar.in").count() >= 1
    _shot(page, "timeline-brushed.png")


def test_an_event_shows_its_evidence_highlighted(page):
    page.locator("#list tbody tr", has_text="Makassar").first.click()
    page.locator("#panel mark.trigger").first.wait_for()
    detail = page.locator("#detail")
    assert "Makassar" in detail.locator("h2").text_content()
    assert page.locator("#panel mark.place").count() >= 1 and page.locator("#panel mark.date").count() >= 1
    assert detail.locator("blockquote").count() >= 2  # the evidence sentence and each report's sentence
    _shot(page, "event-panel.png")


def test_a_corrected_death_toll_survives_re_extraction(page, server):
    page.locator("#list tbody tr", has_text="Beoga").first.click()
    page.locator("#panel mark").first.wait_for()
    form = page.locator("#correct")
    form.locator("select[name=field]").select_option("fatalities")
    form.locator("input[name=value]").fill("7")
    form.locator("input[name=note]").fill("police figure of the next day")
    form.locator("input[name=token]").fill(server["token"])
    form.locator("button[type=submit]").click()
    page.wait_for_function("document.getElementById('correct-status').textContent === 'saved'")
    assert "7" in page.locator("#detail dd[data-field=fatalities]").text_content()
    # the article is extracted again (a new version): the analyst's figure stays
    original = (REPO / "warta" / "examples" / "beoga-id.txt").read_text(encoding="utf-8")
    answer = _post(server, "/api/documents", {"id": "beoga-id", "text": original + "\n\nBerita ini telah diperbarui."})
    assert answer["added"] is True
    page.reload()
    page.wait_for_selector("#list tbody tr")
    page.locator("#list tbody tr", has_text="Beoga").first.click()
    page.locator("#detail dd[data-field=fatalities]").wait_for()
    assert page.locator("#detail dd[data-field=fatalities]").text_content().startswith("7")
    assert "browser test" in page.locator("#detail").text_content()  # the audit trail names who corrected it
    _shot(page, "correction.png")


def test_export_csv_of_what_is_shown(page):
    with page.expect_download() as download:
        page.locator("#export").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    header, *rows = text.strip().splitlines()
    assert header.startswith("data_id,iso,event_id_cnty")
    assert len(rows) == page.locator("#list tbody tr").count()


def test_a_script_in_a_document_is_shown_as_text(page, server):
    hostile = "<script>alert('owned')</script>"
    _post(server, "/api/documents", {
        "id": "hostile", "source": hostile, "title": "<img src=x onerror=alert(1)>", "published": "2020-10-09",
        "text": f"Ratusan mahasiswa {hostile} berunjuk rasa di depan Gedung DPRD Jawa Barat, Bandung, Kamis "
                "(8/10/2020). Aksi itu berakhir ricuh."})
    page.reload()
    page.wait_for_selector("#list tbody tr")
    page.locator("#list tbody tr", has_text="Bandung").first.click()
    page.locator("#detail blockquote").first.wait_for()
    assert hostile in page.locator("#detail").text_content()  # shown as the characters it is
    assert page.locator("#detail script").count() == 0 and page.locator("#detail img").count() == 0


def test_an_analyst_splits_a_report_out_and_merges_it_back(page, server):
    page.locator("#list tbody tr", has_text="Makassar").first.click()
    page.locator("#panel button.split").first.wait_for()
    page.locator("#correct input[name=token]").fill(server["token"])
    reports = page.locator("#panel p.report").count()
    assert reports >= 2
    page.locator("#panel button.split").last.click()
    page.wait_for_function("document.getElementById('correct-status').textContent.startsWith('report taken out')")
    assert page.locator("#panel p.report").count() == reports - 1
    new = page.locator("#correct-status").text_content().rsplit(" ", 1)[-1]
    page.locator("#merge input[name=other]").fill(new)
    page.locator("#merge button").click()
    page.wait_for_function("document.getElementById('correct-status').textContent.endsWith('merged in')")
    assert page.locator("#panel p.report").count() == reports
    _shot(page, "split-merge.png")
