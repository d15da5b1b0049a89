"""Actor-framing analysis of English news.

Who appears in the coverage, who gets to speak, how each actor is portrayed,
and who stands with or against whom.

>>> from analysis import analyze
>>> result = analyze("seeds/rutte_nato_2024.txt")   # doctest: +SKIP
>>> result.entity_frequency                          # doctest: +SKIP

The names below are imported on first use, so ``python -m analysis --help``
does not load spaCy or pandas.
"""

from __future__ import annotations

import importlib

__all__ = ["analyze", "analyze_corpus", "analyze_text", "target_sentiment", "TargetSentiment", "Analysis",
           "ArticleError", "TABLE_COLUMNS", "compare", "compare_difference", "kwic", "show", "link_actors",
           "link_result"]
__version__ = "0.1.0"

_LAZY = {"ArticleError": ".io", "analyze": ".pipeline", "analyze_corpus": ".pipeline",
         "analyze_text": ".pipeline", "TargetSentiment": ".sentiment", "target_sentiment": ".sentiment",
         "TABLE_COLUMNS": ".tables", "Analysis": ".tables",
         "compare": ".comparison", "compare_difference": ".comparison", "kwic": ".evidence", "show": ".evidence",
         "link_actors": ".linking", "link_result": ".linking"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_LAZY))
