"""it/they pronouns for organisations, countries and groups; he/she unchanged (invented sentences)."""

from __future__ import annotations

import pytest

from .conftest import pronoun_actor as _actor_of, pronoun_actors as _pronouns


def test_its_refers_to_an_organisation():
    text = "Microsoft said on Monday that its lawyers would appeal the ruling."
    assert _actor_of(text, "its") == "Microsoft"


def test_they_refers_to_a_national_group():
    text = "The Democrats met in Chicago on Tuesday. They said the vote would be close."
    assert _actor_of(text, "They") in {"Democrats"}


def test_it_refers_to_a_country_as_reported_subject():
    text = "Iran signalled it would be willing to talk to the inspectors."
    assert _actor_of(text, "it") == "Iran"


@pytest.mark.parametrize("text", [
    "The European Union met in Brussels. It is important to remember the cost of the war.",
    "The European Union met in Brussels. It seems that the talks will fail.",
    "The European Union met in Brussels. It is likely that the summit ends early.",
])
def test_pleonastic_it_is_left_alone(text):
    assert _actor_of(text, "It") is None


def test_object_it_and_them_are_left_alone():
    text = "Microsoft lowered its prices and said customers could buy them online; the court ordered it."
    p = _pronouns(text)
    assert p.get(("its", text.index("its"))) == "Microsoft"
    assert ("them", text.index("them")) not in p
    assert ("it", text.index("it;") if "it;" in text else text.rindex("it")) not in p


def test_plural_common_noun_blocks_they():
    text = "Germany sent aid to the region. The protesters said they would stay in the square."
    assert _actor_of(text, "they") is None


def test_no_organisation_near_leaves_it_alone():
    text = ("NATO met in 2019.\nThe weather was cold. The roads were closed. Shops stayed shut. "
            "Trains were late. It said nothing about the delays.")
    assert _actor_of(text, "It") is None


def test_he_she_still_resolve_to_persons_not_organisations():
    text = "Angela Merkel visited Google in Berlin. She said it was a good visit and its staff were kind."
    p = _pronouns(text)
    assert p[("She", text.index("She"))] == "Angela Merkel"
    assert p[("its", text.index("its"))] == "Google"


def test_it_does_not_resolve_to_a_person():
    text = "Joe Biden spoke for an hour. It was raining."
    assert _actor_of(text, "It") is None


def test_reflexive_takes_the_clause_subject():
    text = "The United Nations described itself as neutral in the conflict."
    assert _actor_of(text, "itself") == "United Nations"


# ---------------------------------------------------------------- issue 12, item 5: salience, syntax, quotes

def test_its_prefers_the_subject_to_a_nearer_list_of_rivals():
    text = "Siemens was slower than rivals such as Philips and Bosch to cut its costs."
    assert _actor_of(text, "its") == "Siemens"


def test_a_compound_modifier_is_no_antecedent_of_its():
    text = "Iran rejected the UN truce resolution and ended its blockade of the port."
    assert _actor_of(text, "its") == "Iran"


def test_a_plural_demonym_is_no_antecedent_of_it():
    text = "The Philippines said local Pakistanis had left before it closed the border."
    assert _actor_of(text, "it") != "Pakistanis"


def test_their_reaches_the_actor_of_a_plural_subject_noun():
    text = "NATO leaders began talks on Afghanistan on Thursday, the first day of their summit in Riga."
    assert _actor_of(text, "their") == "NATO"
    text = "Russia's troops crossed the border at dawn, and their commanders said the war had begun."
    assert _actor_of(text, "their") == "Russia"


def test_the_object_controls_the_infinitive():
    assert _actor_of("Kenya urged Uganda to withdraw its troops from the border.", "its") == "Uganda"
    text = "The Red Cross urged the Government of Burundi to complete its investigation and publish its findings."
    assert _actor_of(text, "its", 0) == "Burundi"
    assert _actor_of(text, "its", 1) == "Burundi"
    text = "Germany closed the bank on Friday. Officials urged the savers not to withdraw their money."
    assert _actor_of(text, "their") is None


def test_they_in_a_relative_clause_of_a_plural_noun_is_that_noun():
    text = "Hamas gave the aid to groups that tie their activities to politics."
    assert _actor_of(text, "their") is None


def test_a_plural_object_naming_people_blocks_their():
    text = "The Pentagon detained wives of suspected fighters as leverage against their husbands."
    assert _actor_of(text, "their") is None


def test_a_date_does_not_block_they():
    text = "The Greens were given 30 days to respond. They said they would appeal."
    assert _actor_of(text, "They") == "Greens"


def test_a_quoted_they_is_not_the_speaker():
    text = 'Greenpeace said on Monday: "Their ships hunted whales in the sanctuary."'
    assert _actor_of(text, "Their") is None


def test_a_quote_is_read_across_its_attribution():
    text = '"Canada may let the protesters use its land," the ruling reads. "It has the right to do so."'
    assert _actor_of(text, "its") == "Canada"
    assert _actor_of(text, "It") == "Canada"


def test_a_quoted_fragment_takes_an_antecedent_of_its_sentence():
    text = 'Hamas called the threats by Israel a way to "increase its aggression against the people".'
    assert _actor_of(text, "its") == "Israel"


def test_holdout_offsets_point_at_the_pronouns():
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parent / "data" / "pronouns_holdout.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 8
    for art in data["articles"]:
        for p in art["pronouns"]:
            assert art["text"][p["start"]:p["end"]] == p["pronoun"]


def test_holdout_scores_do_not_fall():
    """it/they on the 8-article hold-out: 41/56 right, precision 0.87 (17/56, 0.40 before issue 12 item 5)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "pronouns_holdout.py"
    spec = importlib.util.spec_from_file_location("pronouns_holdout", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    totals, _ = bench.score()
    assert totals["it/they"]["precision"] >= 0.8 and totals["it/they"]["recall"] >= 0.6
    assert totals["he/she"]["precision"] >= 0.9


def test_a_definite_description_is_an_antecedent():
    assert _actor_of("Toyota said on Monday that the company would close its plant in Wales.", "its") == "Toyota"
    assert _actor_of("Mexico sent aid on Friday. The Mexican government said it would send more.", "it") == "Mexico"


def test_a_name_inside_a_plural_subject_phrase_is_no_antecedent():
    text = "Microsoft reported its results. Shares in Microsoft fell 20% from their high on Monday."
    assert _actor_of(text, "their") is None


def test_for_its_after_an_object_is_the_object():
    assert _actor_of("Israel thanked Qatar for its help in the talks.", "its") == "Qatar"


def test_his_government_is_the_country_of_his_name_phrase():
    text = ("Pakistan's President Pervez Musharraf met reporters in London on Tuesday. "
            "He said his government had not failed and that it was committed to democracy.")
    assert _actor_of(text, "it") == "Pakistan"
