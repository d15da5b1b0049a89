"""Colours and small drawing helpers shared by every chart.

Colour semantics are the same in every figure: blue means positive / favor,
red means negative / against, grey means neutral / balanced. Everything that
only tells things apart (actors, kinds of mention, kinds of quote) uses a
neutral qualitative palette with no red, blue or green in it, so a colour is
never read as a judgement it does not carry.
"""

from __future__ import annotations

from matplotlib.ticker import MaxNLocator

__all__ = ["POSITIVE", "NEGATIVE", "NEUTRAL", "NAIVE", "QUALITATIVE", "LABEL_CHARS", "sign_color", "note_top",
           "integer_axis", "short_label"]

#: Longest label drawn; longer names (e.g. from a user's actor table) are cut with an ellipsis.
LABEL_CHARS = 40

#: Positive sentiment, favor.
POSITIVE = "#2166ac"
#: Negative sentiment, against.
NEGATIVE = "#b2182b"
#: Neutral sentiment, a balanced stance.
NEUTRAL = "#8c8c8c"
#: The naive (sentence-level) baseline beside a targeted score.
NAIVE = "#d0d0d0"
#: Identity colours (actors, kinds): purple, orange, brown, pink, dark grey, olive-gold.
QUALITATIVE = ["#6a51a3", "#e69f00", "#8c564b", "#cc79a7", "#4d4d4d", "#b8a000"]


def sign_color(value: float, *, band: float = 0.0) -> str:
    """Blue above ``band``, red below ``-band``, grey in between."""
    if value > band:
        return POSITIVE
    if value < -band:
        return NEGATIVE
    return NEUTRAL


def note_top(ax, shown: int, total: int, what: str) -> None:
    """Say under the plot area that only the top ``shown`` of ``total`` items are drawn.

    Nothing is written when every item is shown. The note is a text artist
    with ``gid="top-note"`` so tests (and users) can find it.
    """
    if total > shown:
        ax.text(1.0, -0.13, f"showing the top {shown} of {total} {what}", transform=ax.transAxes,
                ha="right", va="top", fontsize=8, color="0.35", gid="top-note")


def integer_axis(axis) -> None:
    """Only integer ticks on a count axis (``ax.xaxis`` or ``ax.yaxis``)."""
    axis.set_major_locator(MaxNLocator(integer=True))


def short_label(text, limit: int = LABEL_CHARS) -> str:
    """``text`` as a label of at most ``limit`` characters, on one line.

    A very long name (thousands of characters from a user's actor table)
    would otherwise make matplotlib lay out a gigantic text and run out of
    memory; line breaks would stack labels on top of each other.
    """
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
