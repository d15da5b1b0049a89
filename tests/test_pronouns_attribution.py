"""He/she round 5 (issue 12, session 21; invented sentences): *"...," he said* after a quotation of
several sentences looks back from the sentence where the quotation began.
"""

from __future__ import annotations

from .conftest import pronoun_actors


def _actor_of(text: str, word: str) -> str | None:
    """The actor of the attribution pronoun ``word`` in *," word said*."""
    at = text.rindex(f" {word} said") + 1
    return pronoun_actors(text).get((word, at))


def test_he_said_after_a_long_quotation_is_the_person_before_it():
    text = ('Russell Stanners is very confident that the company will grow.\n\n'
            '"It is a perfect fit. Right now, we are the leaders in mobile. We only have 20% of the market. '
            'We can deliver even more. It is a very exciting time," he said.')
    assert _actor_of(text, "he") == "Russell Stanners"


def test_he_said_after_a_long_quotation_is_not_a_person_named_inside_it():
    text = ('Associate Professor David Reeve was asked about the minister.\n\n'
            '"Foreign policy is a tricky business. There are always tensions. It often happens. '
            'In this case I think Alexander Downer can be quite genuine," he said.')
    assert _actor_of(text, "he") == "David Reeve"


def test_she_said_with_nobody_before_the_quotation_stays_unresolved():
    text = ('The hospital was closed on Monday.\n\n'
            '"It is a sad day. We tried everything. Nobody listened. It is over now," she said.')
    assert _actor_of(text, "she") is None
