"""The text of a parsed document, read once per :class:`spacy.tokens.Doc`.

``Doc.text`` joins the text of every token on each access (a Python Token
object per token): a stage that reads it in several helpers pays as many passes
over the document. The text of a Doc never changes (spaCy keeps it verbatim;
the retokenizer merges and splits tokens without changing it), so
:func:`doc_text` keeps it per Doc object, weakly: it goes with its Doc.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

__all__ = ["doc_text"]

_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A document (anything with a ``text`` attribute is read directly when
        it cannot be kept).

    Returns
    -------
    str
        The same string as ``doc.text``.
    """
    try:
        text = _TEXTS.get(doc)
    except TypeError:               # not weakly referable or not hashable: no cache
        return doc.text
    if text is None:
        text = doc.text
        try:
            _TEXTS[doc] = text
        except TypeError:
            pass
    return text
