"""The Token objects of a parsed document, made once for the stages that walk it in turn.

``doc[i]`` and ``iter(doc)`` make a new Python Token object on every access.
The quotation, stance and action stages each walk the same document, one
after the other, so :func:`doc_tokens` keeps the token list of the last Doc
it was asked for, for them to share. One Doc only: the Tokens refer to their
Doc, so a cache keyed weakly by the Doc would keep every Doc alive. A Token
reads its Doc's token array through a pointer, so the list is made again when
the number of tokens has changed (the retokenizer merged or split tokens).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["doc_tokens"]

_LAST: tuple = (None, [])              # (the last Doc, its tokens): replaced whole, never changed


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, made once while ``doc`` is the last Doc asked for; callers must not change the list.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed document.

    Returns
    -------
    list of spacy.tokens.Token
        The same tokens as ``list(doc)``.
    """
    global _LAST
    last, tokens = _LAST
    if last is not doc or len(tokens) != len(doc):
        tokens = list(doc)
        _LAST = (doc, tokens)
    return tokens
