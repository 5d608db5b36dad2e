import pytest

from warta.document import Document
from warta.stages.casualties import find_casualties


def run(text, lang):
    doc = Document(id="t", text=text, lang=lang)
    return find_casualties(doc, 0, len(text))


@pytest.mark.parametrize(
    "text, lang, deaths",
    [
        ("Dua polisi dan seorang warga tewas dalam serangan itu.", "id", 3),
        ("Serangan itu menewaskan tiga prajurit TNI.", "id", 3),
        ("Sedikitnya 5 orang meninggal dunia setelah bentrokan.", "id", 5),
        ("Puluhan orang tewas dalam kerusuhan itu.", "id", 10),
        ("Five officers and one prisoner were killed.", "en", 6),
        ("The blast killed two soldiers on Monday.", "en", 2),
        ("Dozens of people died in the fighting.", "en", 12),
        ("At least 4 people were killed.", "en", 4),
    ],
)
def test_casualties_counts_deaths_conservatively(text, lang, deaths):
    assert run(text, lang).fatalities == deaths


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Tiga warga terluka akibat lemparan batu.", "id"),
        ("Menurut sumber, hingga 60 pejuang telah terluka atau terbunuh.", "id"),
        ("Two protesters were injured.", "en"),
        ("Up to 30 fighters were killed or wounded, the group said.", "en"),
        ("Several people were reportedly killed.", "en"),
    ],
)
def test_casualties_injuries_and_vague_or_mixed_figures_are_not_deaths(text, lang):
    found = run(text, lang)
    assert not found.fatalities
    assert found.claims, "the reported figure is kept as a claim"


def test_casualties_up_to_mixed_figure_is_a_claim_with_its_maximum():
    found = run("Menurut sumber, hingga 60 pejuang Taliban telah terluka atau terbunuh.", "id")
    claim = found.claims[0]
    assert (claim.kind, claim.max) == ("killed_or_injured", 60)
    assert "60" in claim.span.text


def test_casualties_dates_and_ages_are_not_counts():
    assert run("On 4 April 2018, a 25-year-old man was killed.", "en").fatalities == 1
    assert run("Pada 2019, seorang petani tewas.", "id").fatalities == 1
