"""Country gazetteer (names, demonym adjectives and capitals) and place names.

The data live in ``analysis/data/countries.csv`` (see
``analysis/data/README.md``): one row per surface form with columns
``country`` (canonical English short name, never with a leading "the"),
``kind`` (``name``, ``adjective`` or ``capital``) and ``form`` (the surface
form as written in text, case-sensitive). Within one kind every form maps to
exactly one country.

``analysis/data/places.csv`` lists the cities of at least 15,000 people and
the US states (from GeoNames, CC BY 4.0); :func:`place_names` gives their
names, which tell a place the tagger took for a person (*Swansea*) from one.

Examples
--------
>>> from analysis.gazetteer import country_lookup
>>> country_lookup("adjective")["Dutch"]
'Netherlands'
>>> country_lookup("capital")["Moscow"]
'Russia'
"""

from __future__ import annotations

import functools
import importlib.resources

import pandas

__all__ = ["KINDS", "country_forms", "country_lookup", "place_names", "large_places"]

#: The kinds of surface form in the gazetteer.
KINDS = ("name", "adjective", "capital")


@functools.lru_cache(maxsize=None)
def country_forms() -> pandas.DataFrame:
    """Return the whole country gazetteer.

    Returns
    -------
    pandas.DataFrame
        Columns ``country``, ``kind``, ``form`` (all ``str``), one row per
        surface form, read from the packaged ``analysis/data/countries.csv``.
        The result is cached; do not modify it in place (use ``.copy()``).
    """
    resource = importlib.resources.files("analysis").joinpath("data", "countries.csv")
    with resource.open("r", encoding="utf-8", newline="") as fh:
        # keep_default_na=False: no form may turn into NaN (e.g. 'NA', 'None')
        return pandas.read_csv(fh, dtype=str, keep_default_na=False)


def country_lookup(kind: str) -> dict[str, str]:
    """Map surface forms of one kind to canonical country names.

    Parameters
    ----------
    kind : {'name', 'adjective', 'capital'}
        Which kind of surface form to return.

    Returns
    -------
    dict of str to str
        ``form -> country``, e.g. ``{'Dutch': 'Netherlands', ...}`` for
        ``kind='adjective'``. Forms are case-sensitive (``'US'`` is the
        United States, ``'us'`` is not). A new dict is returned on each call.

    Raises
    ------
    ValueError
        If `kind` is not one of :data:`KINDS`.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    return dict(_lookup(kind))


@functools.lru_cache(maxsize=None)
def _lookup(kind: str) -> dict[str, str]:
    """The cached ``form -> country`` dict of one kind (callers get copies)."""
    df = country_forms()
    sub = df[df["kind"] == kind]
    return dict(zip(sub["form"], sub["country"]))


@functools.lru_cache(maxsize=None)
def place_names() -> frozenset[str]:
    """Names of cities (15,000 people or more) and US states, as written (NFC).

    Returns
    -------
    frozenset of str
        The ``place`` column of the packaged ``analysis/data/places.csv``
        (GeoNames, CC BY 4.0; see ``analysis/data/README.md``), e.g.
        ``'Swansea'``, ``'Annapolis'``, ``'Texas'``. Case-sensitive.
    """
    resource = importlib.resources.files("analysis").joinpath("data", "places.csv")
    with resource.open("r", encoding="utf-8", newline="") as fh:
        df = pandas.read_csv(fh, dtype=str, keep_default_na=False, usecols=["place"])
    return frozenset(df["place"])


@functools.lru_cache(maxsize=None)
def large_places(min_population: int = 1_000_000) -> frozenset[str]:
    """Names of the listed places with at least `min_population` people.

    A multi-word name tagged PERSON that starts with a given name is still
    a city when it is one of these (*Abu Dhabi*, *San Antonio*).

    Returns
    -------
    frozenset of str
        Names from ``analysis/data/places.csv`` whose ``population`` is at
        least `min_population`; case-sensitive.
    """
    resource = importlib.resources.files("analysis").joinpath("data", "places.csv")
    with resource.open("r", encoding="utf-8", newline="") as fh:
        df = pandas.read_csv(fh, dtype=str, keep_default_na=False, usecols=["place", "population"])
    population = pandas.to_numeric(df["population"], errors="coerce").fillna(0)
    return frozenset(df.loc[population >= min_population, "place"])
