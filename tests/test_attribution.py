import pytest

from warta.document import Document
from warta.stages.attribution import find_sources


@pytest.mark.parametrize(
    "text, lang, sources",
    [
        ("Dua warga tewas, menurut polisi setempat.", "id", ["polisi setempat"]),
        ("Kantor itu dibakar, seperti dilansir Antara, Senin (3/6/2019).", "id", ["Antara"]),
        ("Tiga orang ditangkap, kata Kapolres Jayawijaya kepada wartawan.", "id", ["Kapolres Jayawijaya"]),
        ("Two soldiers died, according to the army spokesman.", "en", ["army spokesman"]),
        ("Reuters reported that the road was blocked.", "en", ["Reuters"]),
        ("Mereka mengatakan bahwa desa itu aman.", "id", []),
    ],
)
def test_attribution_finds_who_reported_it(text, lang, sources):
    doc = Document(id="t", text=text, lang=lang)
    found = find_sources(doc, 0, len(text))
    assert [s.text for s in found] == sources
    for span in found:
        assert text[span.start:span.end] == span.text
