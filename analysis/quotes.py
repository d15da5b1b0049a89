"""Quotations: where quotation marks open and close.

This module finds the regions of the text that stand between quotation marks.
Curly marks (“ ”) are paired by direction; straight double quotes alternate
open/close within a paragraph. A quotation left open at the end of a paragraph
closes there (the journalistic convention for quotes running over several
paragraphs).
"""

from __future__ import annotations

from .tokenize import paragraph_spans

__all__ = ["quotation_spans", "inside"]

_OPEN = {"“", "„", "«"}
_CLOSE = {"”", "»"}


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Regions between quotation marks.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each quotation's content, without the marks;
        ``text[start - 1]`` is the opening mark.
    """
    spans = []
    for p_start, p_end in paragraph_spans(text):
        open_at = None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch in _OPEN or (ch == '"' and open_at is None):
                if open_at is None:
                    open_at = i
            elif ch in _CLOSE or ch == '"':
                if open_at is not None:
                    spans.append((open_at + 1, i))
                    open_at = None
        if open_at is not None and p_end - open_at > 1:
            spans.append((open_at + 1, p_end))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True if ``[start, end)`` lies within one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
