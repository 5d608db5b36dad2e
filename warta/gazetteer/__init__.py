"""The place index: built once from registry packages, loaded fast, searched by name.

Example:
    >>> from warta.gazetteer import Gazetteer
    >>> gaz = Gazetteer.load()                     # doctest: +SKIP
    >>> gaz.lookup("Kabul")[0].admin1              # doctest: +SKIP
    'Kabul'
"""

from ..lang import register

register("places", {
    "units_before", "units_after", "near_words", "location_preps", "stop_words", "not_places",
    "qualifier_before", "qualifier_after", "country_attribute_after", "person_before", "default_country",
    "country_aliases",
    "unit_prefixes", "origin_words", "speaker_verbs", "destination_before", "aside_presence", "street_words", "directions", "name_words", "admin1_english",
    "admin1_aliases", "capitals",
    "relative_words", "relative_links", "speech_before_person", "speech_after_person",
    "place_aliases", "qualifier_sites", "building_words", "name_particles", "sub_localities", "chain_links", "road_words_after",
    "road_words_before", "variants_abroad", "place_parts", "capital_phrases", "capital_not_before", "between_words", "link_words", "link_joiners",
    "between_joins", "site_approach",
})

from .build import build_index  # noqa: E402
from .index import Gazetteer  # noqa: E402

__all__ = ["Gazetteer", "build_index"]
