"""Folds of benchmarks/target_sentiment_cv.py: by sentence, balanced, deterministic."""

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from target_sentiment_cv import sentence_folds  # noqa: E402


def test_sentence_folds_keep_sentences_together():
    sentences = pd.Series([f"s{k // 2}" for k in range(40)] + ["s0"])  # 20 sentences, two targets each (+1)
    fold = sentence_folds(sentences)
    assert set(fold) == {0, 1, 2, 3, 4}
    frame = pd.DataFrame({"sentence": sentences, "fold": fold})
    assert (frame.groupby("sentence")["fold"].nunique() == 1).all()  # a sentence never straddles folds
    assert sorted(frame.drop_duplicates("sentence")["fold"].value_counts()) == [4, 4, 4, 4, 4]
    assert (sentence_folds(sentences) == fold).all()
