import pytest

from warta.document import Document
from warta.stages.actors import find_actors


def names(text, lang, country="ID"):
    doc = Document(id="t", text=text, lang=lang)
    return [(a.name, a.inter) for a in find_actors(doc, 0, len(text), country)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Anggota Brimob menangkap dua pria.", "id", ("Police Forces of Indonesia (2014-) Mobile Brigade Corps", 1)),
        ("KKB menembak seorang guru.", "id", ("TPNPB: West Papua National Liberation Army", 2)),
        ("Prajurit TNI terlibat baku tembak.", "id", ("Military Forces of Indonesia (2014-)", 1)),
        ("Members of the West Papua National Liberation Army attacked the post.", "en",
         ("TPNPB: West Papua National Liberation Army", 2)),
        ("Unidentified gunmen shot a driver.", "en", ("Unidentified Armed Group (Indonesia)", 3)),
        ("Police dispersed the crowd.", "en", ("Police Forces of Indonesia (2014-)", 1)),
    ],
)
def test_actors_dictionary_gives_acled_names_and_inter_codes(text, lang, expected):
    assert expected in names(text, lang)


def test_actors_generic_words_follow_the_document_country():
    assert ("Civilians (Afghanistan)", 7) in names("Warga sipil mengungsi.", "id", "AF")
    assert ("Police Forces of Afghanistan", 1) in names("Police arrived later.", "en", "AF")


def test_actors_acronyms_only_in_capitals():
    assert names("Dia mit temannya pergi.", "id") == []


@pytest.mark.parametrize(
    "text, lang, group, inter",
    [
        ("Pasukan Perlawanan Publik merebut tiga distrik.", "id", "Pasukan Perlawanan Publik", 2),
        ("The Public Resistance Forces seized the district.", "en", "The Public Resistance Forces", 2),
    ],
)
def test_actors_unknown_named_groups_are_kept_as_written(text, lang, group, inter):
    assert (group, inter) in names(text, lang, "AF")
