"""Tests for :mod:`analysis.gazetteer` and ``analysis/data/countries.csv``."""

from __future__ import annotations

import pytest

from analysis.gazetteer import KINDS, country_forms, country_lookup


def test_columns_and_kinds():
    df = country_forms()
    assert list(df.columns) == ["country", "kind", "form"]
    assert set(df["kind"]) == set(KINDS)
    assert not df.isna().any().any()
    assert (df["form"].str.strip() == df["form"]).all()
    assert (df["form"] != "").all() and (df["country"] != "").all()
    assert not df.duplicated().any()


def test_cached():
    assert country_forms() is country_forms()


@pytest.mark.parametrize("kind", KINDS)
def test_each_form_maps_to_one_country_within_kind(kind):
    df = country_forms()
    sub = df[df["kind"] == kind]
    per_form = sub.groupby("form")["country"].nunique()
    clashes = per_form[per_form > 1]
    assert clashes.empty, f"forms mapping to several countries: {list(clashes.index)}"
    assert len(country_lookup(kind)) == sub["form"].nunique()


def test_no_leading_the():
    df = country_forms()
    assert not df["form"].str.lower().str.startswith("the ").any()
    assert not df["country"].str.lower().str.startswith("the ").any()


def test_every_country_has_its_canonical_name_as_name_form():
    df = country_forms()
    names = df[df["kind"] == "name"]
    assert set(df["country"]) == set(names.loc[names["form"] == names["country"], "country"])


def test_coverage():
    countries = set(country_forms()["country"])
    # 193 UN members + 2 observers + Taiwan + Kosovo + European Union
    assert len(countries) == 198
    for c in ["Netherlands", "United States", "United Kingdom", "Russia", "China",
              "Ukraine", "Hungary", "Romania", "Iran", "North Korea", "South Korea",
              "Czech Republic", "Democratic Republic of the Congo", "Palestine",
              "Taiwan", "Vatican City", "Kosovo", "European Union"]:
        assert c in countries
    assert "NATO" not in countries
    assert "NATO" not in set(country_forms()["form"])


@pytest.mark.parametrize(
    "kind, form, country",
    [
        ("adjective", "Dutch", "Netherlands"),
        ("adjective", "Romanian", "Romania"),
        ("adjective", "Ukrainian", "Ukraine"),
        ("adjective", "American", "United States"),
        ("adjective", "British", "United Kingdom"),
        ("adjective", "Czech", "Czech Republic"),
        ("adjective", "Israeli", "Israel"),
        ("adjective", "Palestinian", "Palestine"),
        ("capital", "Moscow", "Russia"),
        ("capital", "Kyiv", "Ukraine"),
        ("capital", "Kiev", "Ukraine"),
        ("capital", "Washington", "United States"),
        ("capital", "Budapest", "Hungary"),
        ("capital", "Amsterdam", "Netherlands"),
        ("name", "EU", "European Union"),
        ("name", "E.U.", "European Union"),
        ("name", "European Union", "European Union"),
        ("name", "U.S.", "United States"),
        ("name", "America", "United States"),
        ("name", "Britain", "United Kingdom"),
        ("name", "Holland", "Netherlands"),
        ("name", "Russian Federation", "Russia"),
        ("name", "Czechia", "Czech Republic"),
        ("name", "Georgia", "Georgia"),
        ("name", "Congo", "Republic of the Congo"),
        ("name", "DRC", "Democratic Republic of the Congo"),
    ],
)
def test_known_forms(kind, form, country):
    assert country_lookup(kind)[form] == country


def test_georgia_only_as_name():
    df = country_forms()
    assert set(df.loc[df["form"] == "Georgia", "kind"]) == {"name"}


def test_unknown_kind():
    with pytest.raises(ValueError, match="unknown kind"):
        country_lookup("demonym")


def test_country_lookup_returns_independent_copies():
    """The lookup is cached, but changing one result must not change the next."""
    first = country_lookup("adjective")
    first["Dutch"] = "Narnia"
    del first["Russian"]
    second = country_lookup("adjective")
    assert second["Dutch"] == "Netherlands"
    assert second["Russian"] == "Russia"
