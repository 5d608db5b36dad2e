"""Every language folder has the same data files, each with only the allowed keys."""

from importlib import resources

import pytest

import warta.stages.actors  # noqa: F401  (importing a stage registers its data files)
import warta.stages.attribution  # noqa: F401
import warta.stages.casualties  # noqa: F401
import warta.stages.events  # noqa: F401
import warta.stages.dates  # noqa: F401
import warta.stages.places  # noqa: F401
import warta.stages.segment  # noqa: F401
import warta.stages.language  # noqa: F401
from warta import lang
from warta.stages.events import taxonomy

LANGS = lang.available()


def test_lang_data_both_first_languages_are_there():
    assert {"id", "en"} <= set(LANGS)


def test_lang_data_every_language_has_the_same_files():
    files = {code: sorted(p.name for p in resources.files("warta.lang").joinpath(code).iterdir()) for code in LANGS}
    first = files[LANGS[0]]
    for code, names in files.items():
        assert names == first, f"lang/{code} differs from lang/{LANGS[0]}"


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("name", sorted(lang.FILES))
def test_lang_data_files_load_with_allowed_keys(code, name):
    data = lang.load(code, name)
    assert data, f"lang/{code}/{name}.yaml is empty or missing"
    assert set(data) <= lang.FILES[name]


@pytest.mark.parametrize("code", LANGS)
def test_lang_data_triggers_name_real_acled_sub_event_types(code):
    known = set(taxonomy()["event_type_of"])
    assert set(lang.load(code, "events")["triggers"]) <= known


def test_lang_data_taxonomy_has_6_types_and_25_sub_types():
    tax = taxonomy()
    assert len(tax["types"]) == 6
    assert len(tax["event_type_of"]) == 25
    assert set(tax["priority"]) == set(tax["event_type_of"])


def test_lang_data_a_number_in_a_word_list_is_named_as_the_error():
    # "12,7 mm" unquoted in a flow list is read as the number 12 and "7 mm": the loader names the file and key
    from warta.errors import LanguageDataError

    with pytest.raises(LanguageDataError, match=r"lang/xx/events.yaml: triggers: Shelling.* has 12"):
        lang._check_word_lists({"triggers": {"Shelling/artillery/missile attack": ["mortir", 12, "7 mm"]}},
                               "lang/xx/events.yaml")


def test_lang_data_a_gap_at_either_end_of_a_term_is_named_as_the_error():
    from warta.errors import LanguageDataError

    with pytest.raises(LanguageDataError, match=r"lang/xx/events.yaml: triggers: Abduction.* has '... into the bush'"):
        lang._check_word_lists({"triggers": {"Abduction/forced disappearance": ["... into the bush"]}},
                               "lang/xx/events.yaml")


@pytest.mark.parametrize("text, found", [
    ("The rebels handed Lashio back to the army on Tuesday.", "handed Lashio back to"),
    ("Pemberontak menyerahkan kota Lashio kembali kepada militer.", "menyerahkan kota Lashio kembali kepada"),
    ("They handed the town, after a week of talks, back to the army.", None),  # not across a comma
    ("They handed the weary and long besieged town back to the army.", None),  # five words: too far apart
])
def test_a_gap_in_a_term_matches_one_to_four_words_of_the_same_clause(text, found):
    from warta.lexicon import Lexicon

    hits = list(Lexicon(["handed ... back to", "menyerahkan ... kembali kepada"]).finditer(text))
    assert [h.text for h in hits] == ([found] if found else [])


@pytest.mark.parametrize("text, found", [
    ("hanya 139 game yang versi *demo*-nya dimainkan", "versi *demo"),  # Markdown emphasis inside a term
    ("massa melakukan **unjuk rasa** di depan DPR", "unjuk rasa"),
    ("a **tear gas** canister", "tear gas"),
    ("the tear-gas canister", "tear-gas"),
])
def test_markdown_emphasis_between_the_words_of_a_term_still_matches(text, found):
    from warta.lexicon import Lexicon

    hits = list(Lexicon(["versi demo", "unjuk rasa", "tear gas"]).finditer(text))
    assert [h.text for h in hits] == [found]
