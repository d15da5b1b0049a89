"""The faster paths of the target-sentiment features give what the Token-based code gave."""

from __future__ import annotations

import numpy as np
import pytest
from nltk.sentiment.vader import SentiText

from analysis.nlp import parse
from analysis.sentiment import _DocIndex, load_model, predict_features, _predict_parts, span_features
from analysis.sentiment_features import (_mean_rows, _mention_parts, _sentence_tokens, _subtree, merge_parts,
                                         sentence_context)
from analysis.vader import FastSentiText

TEXT = ("NATO chose Mark Rutte, who led the Dutch government for years, as its next chief. "
        "Hungary's Viktor Orban said on Tuesday that he would not block the choice, but critics "
        "called the deal \"a shameful bargain\" and attacked the alliance.\n"
        "Rutte thanked the allies.")


@pytest.fixture(scope="module")
def doc():
    return parse(TEXT)


def test_sentence_tokens_equal_token_attributes(doc):
    whole = _sentence_tokens(doc[:], with_heads=True)
    for sent in doc.sents:
        for got in (_sentence_tokens(sent, with_heads=True), whole.rows(sent.start, sent.end)):
            assert got.words == [t.text for t in sent]
            assert got.deps == [t.dep_ for t in sent]
            assert got.lemmas == [t.lemma_ for t in sent]
            assert got.pos == [t.pos_ for t in sent]
            assert got.tags == [t.tag_ for t in sent]
            assert got.ents == [t.ent_type_ for t in sent]
            assert got.space == [t.is_space for t in sent]
            assert got.punct == [t.is_punct for t in sent]
            assert got.heads == [t.head.i for t in sent]


def test_subtree_keeps_spacy_order(doc):
    for sent in doc.sents:
        ctx = sentence_context(sent, vader={"compound": 0.0, "pos": 0.0, "neg": 0.0})
        assert ctx.closed
        for tok in sent:
            assert _subtree(ctx, tok) == [t.i for t in tok.subtree]
        ctx.closed = False  # the Token fallback gives the same
        assert _subtree(ctx, sent.root) == [t.i for t in sent.root.subtree]


def test_parts_and_prediction_equal_the_feature_dict(doc):
    model = load_model()
    tensor_features = bool(model.meta.get("tensor_features", False))
    spans = [(TEXT.index(w), TEXT.index(w) + len(w)) for w in ("Mark Rutte", "Viktor Orban", "the alliance", "allies")]
    feats = span_features(doc, spans, tensor_features=tensor_features)
    for (start, end), f in zip(spans, feats):
        span = doc.char_span(start, end)
        sent = span.sent
        ctx = sentence_context(sent)
        if tensor_features:  # as span_features: the parse's own tok2vec output
            ctx.tensor = np.asarray(doc.tensor[sent.start:sent.end], dtype=np.float64)
        part, tensor_parts = _mention_parts(span, context=ctx, tensor_features=tensor_features)
        assert list(merge_parts(dict(part), tensor_parts).items()) == list(f.items())
        assert _predict_parts(part, tensor_parts, model=model) == predict_features(f, model=model)


def test_doc_index_bounds_equal_span(doc):
    index = _DocIndex(doc)
    spans = [(0, 4), (11, 21), (TEXT.index("\n") - 1, TEXT.index("\n") + 6), (5, 5 + 1)]
    for (start, end), (lo, hi, k) in zip(spans, index.bounds(spans)):
        span = index.span(start, end)
        assert (span.start, span.end) == (lo, hi)
        assert k == index.sentence(lo)
    with pytest.raises(ValueError):
        index.bounds([(TEXT.index("\n"), TEXT.index("\n") + 1)])


def test_mean_rows_is_numpy_mean():
    rng = np.random.default_rng(7)
    tensor = rng.normal(size=(12, 96)) * 37.0
    for rows in ([0], [3, 1], list(range(12)), [5, 5, 2], [11, 0, 7, 3], [2, 9, 4, 4, 1]):
        assert np.array_equal(_mean_rows(tensor, rows), tensor[rows].mean(axis=0))


@pytest.mark.parametrize("text", ["NATO and the EU AGREED", "ALL CAPS HERE", "no caps", "A", "", "Mixed Case WORDS ok"])
def test_allcap_differential_as_nltk(text):
    from analysis.sentiment import vader_analyzer

    consts = vader_analyzer().constants
    fast = FastSentiText(text, consts.PUNC_LIST, consts.REGEX_REMOVE_PUNCTUATION)
    slow = SentiText(text, consts.PUNC_LIST, consts.REGEX_REMOVE_PUNCTUATION)
    assert fast.words_and_emoticons == slow.words_and_emoticons
    assert fast.is_cap_diff == slow.is_cap_diff


def test_clause_without_scorable_word_has_zero_compound():
    """The clause VADER call is skipped only where VADER would give 0 (no word of its lexicon)."""
    import json
    from pathlib import Path

    from analysis.sentiment import vader_analyzer
    from analysis.sentiment_features import _scorable

    analyzer = vader_analyzer()
    lines = (Path(__file__).parent / "data" / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    words = " ".join(json.loads(line)["text"] for line in lines[:6]).split()
    words += ["NOT", "good!", "(bad)", ":)", "--great--", "kind", "of", "“terrible”", "n't", "no"]
    skipped = 0
    for start in range(0, len(words), 3):  # clauses of 1 to 6 words
        clause = words[start: start + 1 + start % 6]
        if not any(_scorable(w, analyzer.lexicon) for w in clause):
            skipped += 1
            assert analyzer.polarity_scores(" ".join(clause))["compound"] == 0.0
    assert skipped > 50
    assert _scorable("good!", analyzer.lexicon) and _scorable("--bad", analyzer.lexicon)
    assert not _scorable("(bad)", analyzer.lexicon)  # VADER strips one end only: not scored either
    assert analyzer.polarity_scores("(bad)")["compound"] == 0.0
    assert not _scorable("the", analyzer.lexicon)


def test_inorder_of_projective_sentences_equals_the_walk():
    """The projective shortcut of ``_inorder`` gives the walk's order and subtree bounds."""
    import dataclasses
    import json
    from pathlib import Path

    from analysis.sentiment_features import _context_view, _inorder, _subtree_at

    line = (Path(__file__).parent / "data" / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    doc = parse(json.loads(line)["text"])
    shortcut = 0
    for sent in doc.sents:
        ctx = sentence_context(sent, vader={"compound": 0.0, "pos": 0.0, "neg": 0.0})
        view = _context_view(ctx)
        lo, hi, contiguous = view.edges
        shortcut += bool(contiguous[sent.start:sent.end].all())
        fast = _inorder(ctx)
        ctx.view = dataclasses.replace(view, edges=(lo, hi, np.zeros_like(contiguous)))  # force the walk
        assert _inorder(ctx) == fast
        for tok in sent:
            assert _subtree_at(ctx, tok.i) == [t.i for t in tok.subtree]
    assert shortcut > 5


def test_cached_helpers_equal_their_plain_forms(doc):
    """The per-process caches and per-model tables give what the plain code gives."""
    from analysis.sentiment import _tensor_block, _tensor_columns, vader_analyzer
    from analysis.sentiment_features import _DIST_BUCKETS, _VAL_D_NAMES, _scorable, _scorables

    lexicon = vader_analyzer().lexicon
    words = [t.text for t in doc] + ["good!", "(bad)", "--great--", "the", "good!"]
    assert _scorables(words, lexicon) == [_scorable(w, lexicon) for w in words]
    assert _scorables(words, {}) == [False] * len(words)  # another lexicon: the cache is not reused
    for d in range(0, 120):
        bucket = next(name for limit, name in _DIST_BUCKETS if d <= limit)
        assert _VAL_D_NAMES[d if d < len(_VAL_D_NAMES) else -1] == (f"val_d{bucket}_pos", f"val_d{bucket}_neg")
    model = load_model()
    shape = (("x_t", 5), ("x_s", 3), ("x_nope", 2), ("x_n", 4))
    cols, kept = _tensor_block(model, shape)
    parts = [_tensor_columns(model, prefix, n) for prefix, n in shape]
    assert cols.tolist() == [j for c, _ in parts for j in c.tolist()]
    assert kept is not None and len(kept) == len(cols)
    starts = np.cumsum([0] + [n for _, n in shape])
    assert kept.tolist() == [start + (k if tk is None else tk[k]) for (c, tk), start in zip(parts, starts)
                             for k in range(len(c))]
    assert _tensor_block(model, shape[:2])[1] is None  # every column known: no selection
