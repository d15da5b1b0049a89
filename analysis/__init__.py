"""Actor-framing analysis of English news.

Who appears in the coverage, who gets to speak, how each actor is portrayed,
and who stands with or against whom.

>>> from analysis import analyze
>>> result = analyze("seeds/rutte_nato_2024.txt")   # doctest: +SKIP
>>> result.entity_frequency                          # doctest: +SKIP
"""

from .compare import compare, compare_difference  # noqa: F401  (the function shadows the module name)
from .evidence import kwic, show
from .io import ArticleError
from .linking import link_actors, link_result
from .pipeline import analyze, analyze_corpus, analyze_text
from .sentiment import TargetSentiment, target_sentiment
from .tables import TABLE_COLUMNS, Analysis

__all__ = ["analyze", "analyze_corpus", "analyze_text", "target_sentiment", "TargetSentiment", "Analysis",
           "ArticleError", "TABLE_COLUMNS", "compare", "compare_difference", "kwic", "show", "link_actors",
           "link_result"]
__version__ = "0.1.0"
