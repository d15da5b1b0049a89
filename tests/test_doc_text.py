"""Tests of analysis.doc_text: Doc.text read once per Doc."""

from __future__ import annotations

import gc

import spacy

from analysis.doc_text import _TEXTS, doc_text


def test_doc_text_is_the_docs_text_kept_per_doc():
    nlp = spacy.blank("en")
    first, second = nlp("NATO met in Brussels. Rutte spoke."), nlp("NATO met in Brussels. Rutte spoke.")
    assert doc_text(first) == first.text == "NATO met in Brussels. Rutte spoke."
    assert doc_text(first) is doc_text(first)             # built once, then read back
    assert doc_text(second) == second.text
    assert _TEXTS.get(first) is not None and _TEXTS.get(second) is not None   # one entry per Doc, not per text


def test_doc_text_survives_retokenizing_and_goes_with_its_doc():
    nlp = spacy.blank("en")
    doc = nlp("Mark Rutte  visited\nKyiv (Ukraine).")
    text = doc_text(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text == text
    before = len(_TEXTS)
    del doc, retokenizer                                   # the retokenizer holds its Doc too
    gc.collect()
    assert len(_TEXTS) == before - 1


def test_no_module_slices_doc_text_directly():
    """``doc.text[a:b]`` inside a loop rebuilds the whole text per item (it made
    find_mentions 3x slower once); modules read ``doc_text(doc)`` once instead."""
    import pathlib
    import re

    import analysis

    offenders = [f"{path.name}:{n}"
                 for path in sorted(pathlib.Path(analysis.__file__).parent.rglob("*.py"))
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\bdoc\.text\[", line)]
    assert offenders == []
