"""Features of a target mention for the target-sentiment classifier.

:func:`mention_features` turns one mention of a parsed sentence into a sparse
feature dict.  Everything that does not depend on the mention (valences,
negation scope, clause heads, quotation marks, the sentence's bag of lemmas)
is computed once per sentence by :func:`sentence_context` and shared by all
mentions of that sentence, so scoring an article is linear in its length.

Feature groups (each can be switched off for ablations through ``exclude``):

``descriptor``
    Valence of what is predicated of the target: adjectival, appositive and
    relative-clause modifiers and the copular predicate (*X is corrupt*,
    *X, a respected judge*).
``connotation``
    The target's role toward a verb (or nominalisation) of the connotation
    list ``analysis/data/connotation_verbs.csv`` (*X attacked Y*: X is the
    perpetrator, Y the harmed patient), in the style of Rashkin et al.'s
    connotation frames, flipped under negation.
``negation``
    Wider negation scope: *without*, *lack of*, *fail/refuse to* also negate
    (otherwise only ``not``/``never``/``no``... children up to the clause head).
``quote``
    Whether the target is inside quotation marks, the valence inside and
    outside the quotes, and the valence of what a target says when it is the
    subject of a speech verb.
``coordination``
    Whether the target is coordinated with another noun phrase and on which
    side of a contrastive conjunction (*but*, *while*, *although*) the
    valence words are.
``local``
    Where the valence words sit relative to the target: the dependency path
    from the target to each valence word within three arcs, with the word's
    sign (*X* ``^nsubj vdobj`` negative: *X ... criticism*); the valence of
    the rest of the governor's phrase by the target's role (*X praised the
    brave soldiers*); and VADER's compound of the target's own clause with
    the target's words left out (VADER's boosters, *but* and capitals
    applied to the clause rather than the sentence).
"""

from __future__ import annotations

import csv
import functools
import math
import string
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = ["FEATURE_GROUPS", "SentenceContext", "connotation_lexicon", "sentence_context", "mention_features",
           "sentence_tensor"]

#: Optional feature groups; see the module docstring.
FEATURE_GROUPS = ("descriptor", "connotation", "negation", "quote", "coordination", "local")

#: Name prefixes of the features each group adds (``negation`` changes values instead).
GROUP_PREFIXES = {
    "descriptor": ("descv_", "pred_"),
    "connotation": ("cf=", "cf_"),
    "quote": ("target_in_quote", "val_quoted", "val_unquoted", "speaker_val"),
    "coordination": ("coordinated", "contrast_", "val_contrast_"),
    "local": ("vp=", "govphrase_", "clause_compound"),
}

CONNOTATION_FILE = Path(__file__).resolve().parent / "data" / "connotation_verbs.csv"

_NEGATIONS = frozenset(
    """not n't no never nothing nobody none neither nor nowhere without cannot
    hardly barely scarcely rarely seldom""".split()
)
# words whose complement is negated: "without support", "lack of respect", "failed to help"
_NEGATING_HEADS = frozenset("without lack absence fail refuse decline cease stop avoid".split())
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "xcomp", "csubj", "pcomp", "acl", "parataxis"})
_AGENT_DEPS = frozenset({"nsubj", "csubj", "poss", "agent"})
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass", "iobj", "attr", "oprd", "dative"})
_PATIENT_PREPS = frozenset({"of", "on", "against", "at", "to", "toward", "towards", "upon"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_DIST_BUCKETS = ((1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (10_000, "6+"))
#: ``(f"val_d{bucket}_pos", f"val_d{bucket}_neg")`` of the _DIST_BUCKETS bucket of every distance up to
#: the default distance 99 (the last entry: any larger one)
_VAL_D_NAMES = tuple(next((f"val_d{name}_pos", f"val_d{name}_neg") for limit, name in _DIST_BUCKETS if d <= limit)
                     for d in range(101))
_OPEN_QUOTES = frozenset({"“", "``", "«"})
_CLOSE_QUOTES = frozenset({"”", "''", "»"})
_SPEECH_VERBS = frozenset("""say tell add write claim argue insist state warn declare announce explain note
    suggest admit acknowledge complain allege assert contend maintain reply respond tweet post""".split())
_CONTRAST = frozenset("but however although though while whereas yet unlike despite".split())
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
_DESCRIPTOR_CHILD_DEPS = ("amod", "appos", "relcl", "acl")
_PUNCTUATION = string.punctuation  # what VADER strips from the ends of words


@functools.lru_cache(maxsize=1)
def connotation_lexicon() -> dict[str, tuple[str, int, int]]:
    """The connotation verb list.

    Returns
    -------
    dict of str to (str, int, int)
        Lemma -> ``(kind, agent, patient)``: the kind of event (``harm``,
        ``criticize``, ``help``...) and the sentiment it implies toward the
        entity in the agent (active subject) and patient (object, passive
        subject) role, each in ``{-1, 0, 1}``.
    """
    out = {}
    with open(CONNOTATION_FILE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[row["lemma"]] = (row["kind"], int(row["agent"]), int(row["patient"]))
    return out


def _normal(word: str) -> str:
    return word.lower().replace("’", "'").replace("‘", "'")


def _valence(token, lexicon) -> float:
    """VADER valence of a token (surface form, then lemma), scaled to about [-1, 1]."""
    val = lexicon.get(_normal(token.text))
    if val is None:
        val = lexicon.get(_normal(token.lemma_))
    return 0.0 if val is None else val / 4.0


def _lex(token) -> str:
    """Lower-case lemma, or ``<name>`` for proper names (no priors about particular actors)."""
    if token.pos_ == "PROPN" or token.ent_type_ in _NAME_ENTS:
        return "<name>"
    return token.lemma_.lower()


def _is_negation(token, *, wide: bool = False) -> bool:
    word = _normal(token.text)
    if wide and word == "without":  # negates its object, not its head ("acted without support")
        return False
    return token.dep_ == "neg" or word in _NEGATIONS


def _clause_head(token):
    """The head of the clause a token belongs to (a verb or the root)."""
    t = token
    while t.dep_ not in _CLAUSE_DEPS and t.head.i != t.i:
        t = t.head
    return t


def _negated(token, *, wide: bool) -> bool:
    """Whether a negation has scope over the token.

    A token is negated when it, or one of its ancestors up to and including
    its clause head, has a negation child (``not``, ``never``, ``no``...).
    With ``wide``, an ancestor *without*/*lack*/*absence*, or a clause that is
    the complement of *fail*, *refuse*, *decline*, *stop*... also negates,
    and *without* negates its object only, not the word it attaches to.
    An odd number of negations flips.
    """
    count = 0
    t = token
    while True:
        count += sum(1 for c in t.children if _is_negation(c, wide=wide))
        if wide and t.i != token.i and t.lemma_.lower() in _NEGATING_HEADS:
            count += 1
        if t.dep_ in _CLAUSE_DEPS or t.head.i == t.i:
            break
        t = t.head
    if wide and t.dep_ == "xcomp" and t.head.i != t.i and t.head.lemma_.lower() in _NEGATING_HEADS:
        count += 1
    return count % 2 == 1


def _role_at(view: _DocView, target_root: int) -> tuple[str, int | None]:
    """Role of token ``target_root`` (a target's root) toward its governing predicate.

    Returns
    -------
    role : str
        ``agent``, ``patient``, ``pobj:<prep>``, ``mod``, ``root`` or ``other``.
    governor : int or None
        Token index of the content word (verb, noun or adjective) the role refers to.
    """
    heads, deps = view.tokens.heads, view.tokens.deps
    t = target_root
    # climb through conjunctions and appositions: "X and Y criticised" -> X has Y's role
    while deps[t] in ("conj", "appos") and heads[t] != t:
        t = heads[t]
    dep = deps[t]
    head = heads[t]
    if dep in _AGENT_DEPS:
        return "agent", head
    if dep in _PATIENT_DEPS:
        return "patient", head
    if dep == "pobj":
        prep = head
        gov = heads[prep] if heads[prep] != prep else None
        word = _normal(view.tokens.words[prep])
        if word == "by" and gov is not None and view.tokens.tags[gov] == "VBN":
            return "agent", gov
        return f"pobj:{word}", gov
    if dep in ("compound", "amod", "nmod"):
        return "mod", head
    if dep == "ROOT":
        return "root", None
    return "other", head


def _valence_at(view: _DocView, i: int, lexicon) -> float:
    """:func:`_valence` of token ``i`` on the document's lists."""
    val = lexicon.get(_normal(view.tokens.words[i]))
    if val is None:
        val = lexicon.get(_normal(view.tokens.lemmas[i]))
    return 0.0 if val is None else val / 4.0


@dataclass
class SentenceContext:
    """Mention-independent facts about one sentence, indexed by ``token.i - sent.start``.

    Attributes
    ----------
    sent : spacy.tokens.Span
    vader : dict
        VADER ``polarity_scores`` of the sentence text.
    lemma : list of str
        :func:`_lex` of each token.
    valence : numpy.ndarray
        VADER valence of each token (``/4``).
    negated : numpy.ndarray of bool
        Negation scope (wide or narrow, see ``wide_negation``).
    clause : numpy.ndarray of int
        Index of each token's clause head.
    quoted : numpy.ndarray of bool
        Token inside double quotation marks.
    contrast : int or None
        Index of the first contrastive conjunction, if any.
    tensor : numpy.ndarray or None
        :func:`sentence_tensor`, when tensor features are used.
    clause_vader : dict
        Cache of VADER compounds of clauses without a target, filled by
        :func:`mention_features` (``local`` group).
    heads, children : list or None
        Cache of the sentence's dependency tree as token indexes (head of
        each token, children of each token), filled when first needed.
    sentence_mean : numpy.ndarray or None
        Cache of the ``x_s*`` features (mean ``tok2vec`` vector of the
        sentence), filled by the first mention.
    tokens : _SentenceTokens or None
        The sentence's token attributes as lists (no Token objects).
    closed : bool
        No dependency arc of the document crosses a sentence boundary, so
        ``children`` are all the children of each token and subtrees can
        be walked on ``heads`` and ``children``.
    lists : tuple or None
        Cache of :func:`_lists`, filled by the first mention.
    inorder : tuple or None
        Cache of :func:`_inorder`, filled by the first mention.
    neighbours : list or None
        Cache of the children and head (inside the sentence) of every
        token, for :func:`_distances`.
    counted : list of int
        Indexes (``token.i - sent.start``) of the tokens not skipped.
    valenced : list of int
        Indexes of the tokens not skipped with a valence.
    scorable : list of bool or None
        Cache of :func:`_scorable` of every token, for the clause VADER
        compounds.
    view : _DocView or None
        The whole document's token attributes by token index (shared by
        the sentences of a document), made by :func:`_doc_view` when first
        needed.
    """

    sent: object
    vader: dict
    lemma: list
    valence: np.ndarray
    negated: np.ndarray
    clause: np.ndarray
    quoted: np.ndarray
    skip: np.ndarray
    contrast: int | None
    wide_negation: bool
    tensor: np.ndarray | None = None
    clause_vader: dict = field(default_factory=dict)
    heads: list | None = None
    children: list | None = None
    sentence_mean: np.ndarray | None = None
    tokens: _SentenceTokens | None = None
    closed: bool = False
    lists: tuple | None = None
    inorder: tuple | None = None
    neighbours: list | None = None
    counted: list = field(default_factory=list)
    valenced: list = field(default_factory=list)
    scorable: list | None = None
    view: _DocView | None = None


def sentence_context(sent, *, vader: dict | None = None, wide_negation: bool = True,
                     tensor_features: bool = False, closed: bool | None = None,
                     doc_tokens: _SentenceTokens | None = None, view: "_DocView | None" = None) -> SentenceContext:
    """Precompute the mention-independent features of a sentence.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A sentence of a parsed document.
    vader : dict, optional
        VADER ``polarity_scores`` of ``sent.text``; computed when omitted.
    wide_negation : bool, optional
        Use the wider negation scope (the ``negation`` feature group).
    tensor_features : bool, optional
        Also compute :func:`sentence_tensor`.
    closed : bool, optional
        Whether no dependency arc of the document crosses a sentence
        boundary (see :attr:`SentenceContext.closed`), if already known.
    doc_tokens : _SentenceTokens, optional
        :func:`_sentence_tokens` of the whole document (``doc[:]``), made
        once for all its sentences; the sentence's rows are sliced from it.
    view : _DocView, optional
        :func:`_doc_view` of ``doc_tokens``, made once for the document:
        the lemmas' lower-case and ``<name>`` forms are sliced from it (and
        it becomes the context's ``view``).

    Returns
    -------
    SentenceContext
    """
    from .sentiment import vader_analyzer

    analyzer = vader_analyzer()
    lexicon = analyzer.lexicon
    if vader is None:
        vader = analyzer.polarity_scores(sent.text)
    n = len(sent)
    lemma = [""] * n
    # filled as lists (no numpy scalar writes), made arrays at the end
    valence = [0.0] * n
    negated = [False] * n
    clause = [0] * n
    quoted = [False] * n
    skip = [False] * n
    contrast = None
    inside = False
    off = sent.start
    doc = sent.doc
    if doc_tokens is not None and doc_tokens.heads is not None:
        toks = doc_tokens.rows(off, off + n)
        heads = toks.heads
        children = None  # made by _inorder only if a sentence needs the walk
    else:
        heads, children = _tree(sent)  # head of every token (token index), no Token objects
        toks = _sentence_tokens(sent)
    words, deps, lemmas = toks.words, toks.deps, toks.lemmas
    if view is not None and doc_tokens is not None:  # made once per document
        lower_lemmas, lex = view.lower[off:off + n], view.lex[off:off + n]
    else:
        lower_lemmas = [w.lower() for w in lemmas]
        lex = ["<name>" if p == "PROPN" or e in _NAME_ENTS else low  # _lex
               for p, e, low in zip(toks.pos, toks.ents, lower_lemmas)]

    def lemma_lower(i: int) -> str:  # lower-case lemma of token i (a Token only outside the sentence)
        return lower_lemmas[i - off] if off <= i < off + n else doc[i].lemma_.lower()

    normals = [w.lower() for w in words]  # _normal, whose quote replacements are needed only when one is there
    if any("’" in w or "‘" in w for w in normals):
        normals = [_normal(w) for w in words]
    # negation scope in one pass: own[k] = negation children of token k
    own = [0] * n
    for k in range(n):
        h = heads[k]
        if h != off + k and off <= h < off + n:
            word = normals[k]
            if not (wide_negation and word == "without") and (deps[k] == "neg" or word in _NEGATIONS):
                own[h - off] += 1
    chain: list = [None] * n  # negations from token k up to its clause head

    def up(k: int) -> int:
        todo = []
        while chain[k] is None:
            h = heads[k]
            if deps[k] in _CLAUSE_DEPS or h == off + k or not off <= h < off + n:
                extra = int(wide_negation and deps[k] == "xcomp" and h != off + k
                            and lemma_lower(h) in _NEGATING_HEADS)
                chain[k] = own[k] + extra
                break
            todo.append(k)
            k = h - off
        for j in reversed(todo):
            h = heads[j]
            extra = int(wide_negation and lemma_lower(h) in _NEGATING_HEADS)
            chain[j] = own[j] + extra + chain[h - off]
        return chain[todo[0]] if todo else chain[k]

    clause_of: dict[int, int] = {}  # token index -> index of its clause head (as _clause_head), shared by a path

    def clause_head(k: int) -> int:
        path = []
        i = off + k
        while i not in clause_of:
            if not off <= i < off + n:  # a head outside the sentence: walk the tokens
                clause_of[i] = _clause_head(doc[i]).i
                break
            if deps[i - off] in _CLAUSE_DEPS or heads[i - off] == i:  # a clause, or a root without one
                clause_of[i] = i
                break
            path.append(i)
            i = heads[i - off]
        found = clause_of[i]
        for j in path:
            clause_of[j] = found
        return found

    space, punct = toks.space, toks.punct
    for k in range(n):
        text = words[k]
        if text in _OPEN_QUOTES or (text == '"' and not inside):
            inside = True
            skip[k] = True
            continue
        if text in _CLOSE_QUOTES or text == '"':
            inside = False
            skip[k] = True
            continue
        quoted[k] = inside
        if space[k] or punct[k]:
            skip[k] = True
            continue
        lemma[k] = lex[k]
        val = lexicon.get(normals[k])  # _valence
        if val is None:
            val = lexicon.get(_normal(lemmas[k]))
        valence[k] = 0.0 if val is None else val / 4.0
        clause[k] = clause_head(k) - off
        negated[k] = up(k) % 2 == 1
        if contrast is None and normals[k] in _CONTRAST and k > 0:
            contrast = k
    lists = (skip, valence, negated, clause, quoted, *_names(lemma))  # _lists, from the lists themselves
    valence, clause = np.array(valence, dtype=float), np.array(clause, dtype=int)
    negated, quoted, skip = np.array(negated, dtype=bool), np.array(quoted, dtype=bool), np.array(skip, dtype=bool)
    ctx = SentenceContext(sent=sent, vader=vader, lemma=lemma, valence=valence, negated=negated, clause=clause,
                          quoted=quoted, skip=skip, contrast=contrast, wide_negation=wide_negation,
                          heads=heads, children=children, tokens=toks,
                          closed=_closed_doc(doc) if closed is None else closed, lists=lists, view=view)
    ctx.counted = [k for k, skipped in enumerate(lists[0]) if not skipped]
    ctx.valenced = [k for k in ctx.counted if lists[1][k]]
    if tensor_features:
        ctx.tensor = sentence_tensor(sent)
    return ctx


@dataclass(frozen=True)
class _SentenceTokens:
    """Attributes of the tokens of one sentence, as lists indexed by ``token.i - sent.start``."""

    words: list  # token.text
    deps: list  # token.dep_
    lemmas: list  # token.lemma_
    pos: list  # token.pos_
    tags: list  # token.tag_
    ents: list  # token.ent_type_
    space: list  # token.is_space
    punct: list  # token.is_punct
    heads: list | None = None  # token.head.i

    def rows(self, start: int, end: int) -> "_SentenceTokens":
        """The tokens ``start:end`` (indexes into these lists)."""
        return _SentenceTokens(*(None if col is None else col[start:end] for col in (
            self.words, self.deps, self.lemmas, self.pos, self.tags, self.ents, self.space, self.punct, self.heads)))


def _sentence_tokens(sent, *, with_heads: bool = False) -> _SentenceTokens:
    """:class:`_SentenceTokens` of a sentence (or ``doc[:]``) from one ``to_array`` call (string ids
    mapped once); ``heads`` only ``with_heads``."""
    from spacy.attrs import DEP, ENT_TYPE, IS_PUNCT, IS_SPACE, LEMMA, ORTH, POS, TAG

    from .names import hashed_strings

    n = len(sent)
    if not n:
        return _SentenceTokens([], [], [], [], [], [], [], [], [] if with_heads else None)
    # Doc.to_array is one C loop; Span.to_array is many times slower
    doc, start, end = sent.doc, sent.start, sent.end
    columns = doc.to_array([ORTH, DEP, LEMMA, POS, TAG, ENT_TYPE, IS_SPACE, IS_PUNCT])[start:end].T.tolist()
    # a StringStore look-up is slow: each string id looked up once per process (the names' cache)
    strings = hashed_strings(doc.vocab.strings, [h for col in columns[:6] for h in col])
    out = [list(map(strings.__getitem__, col)) for col in columns[:6]]
    out.append(list(map(bool, columns[6])))
    out.append(list(map(bool, columns[7])))
    if with_heads:
        from spacy.attrs import HEAD

        out.append((doc.to_array(HEAD)[start:end].astype(np.int64) + np.arange(start, end)).tolist())
    return _SentenceTokens(*out)


@dataclass(frozen=True)
class _DocView:
    """What the features of a mention read about the tokens of its document, by token index, so that
    no spaCy Token object is made per mention (each ``token.head``, ``token.children``... makes one).

    Attributes
    ----------
    tokens : _SentenceTokens
        :func:`_sentence_tokens` of ``doc[:]`` with heads.
    children : _Children
        ``children[i]`` is ``[c.i for c in doc[i].children]``.
    lex : list of str
        :func:`_lex` of every token.
    lower : list of str
        Lower-case lemma of every token.
    edges : tuple of numpy.ndarray
        :func:`_subtree_edges` of the document.
    """

    tokens: _SentenceTokens
    children: _Children
    lex: list
    lower: list
    edges: tuple


def _doc_view(doc_tokens: _SentenceTokens) -> _DocView:
    """:class:`_DocView` of a document from its :func:`_sentence_tokens` (``doc[:]``, with heads)."""
    lower = [lemma.lower() for lemma in doc_tokens.lemmas]
    lex = ["<name>" if pos == "PROPN" or ent in _NAME_ENTS else low  # _lex
           for pos, ent, low in zip(doc_tokens.pos, doc_tokens.ents, lower)]
    return _DocView(doc_tokens, _Children(doc_tokens.heads), lex, lower, _subtree_edges(doc_tokens.heads))


class _Children:
    """``children[i]``: the children of token ``i`` in order, sliced from the tokens sorted by head
    (no list per token is made for the whole document: only a few tokens' children are read)."""

    __slots__ = ("order", "start")

    def __init__(self, heads: list):
        h = np.asarray(heads, dtype=np.intp)
        order = np.argsort(h, kind="stable")  # by head, then by index
        self.start = np.searchsorted(h[order], np.arange(len(h) + 1)).tolist()
        self.order = order.tolist()

    def __getitem__(self, i: int) -> list[int]:
        return [c for c in self.order[self.start[i]:self.start[i + 1]] if c != i]  # a root heads itself


def _subtree_edges(heads: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """First and last token index of the subtree of every token, and whether that subtree is
    contiguous (holds every token between them), from the heads of a document.

    Computed level by level from the deepest tokens up, in array operations for the whole document.
    """
    h = np.asarray(heads, dtype=np.intp)
    n = len(h)
    idx = np.arange(n, dtype=np.intp)
    depth = np.zeros(n, dtype=np.intp)
    cur = idx
    for _ in range(n):  # at most n steps up (a cycle, which a parse has not, would stop here)
        nxt = h[cur]
        moving = nxt != cur
        if not moving.any():
            break
        depth += moving
        cur = nxt
    lo, hi, size = idx.copy(), idx.copy(), np.ones(n, dtype=np.intp)
    for d in range(int(depth.max()) if n else 0, 0, -1):
        nodes = idx[depth == d]
        parents = h[nodes]
        np.minimum.at(lo, parents, lo[nodes])
        np.maximum.at(hi, parents, hi[nodes])
        np.add.at(size, parents, size[nodes])
    return lo, hi, size == hi - lo + 1


def _context_view(ctx: SentenceContext) -> _DocView:
    """``ctx.view``, made from the sentence's document when not given."""
    if ctx.view is None:
        ctx.view = _doc_view(_sentence_tokens(ctx.sent.doc[:], with_heads=True))
    return ctx.view


def _children(heads: list, start: int) -> list[list[int]]:
    """Children inside the sentence of each token, from the heads of the sentence starting at ``start``."""
    end = start + len(heads)
    children: list[list[int]] = [[] for _ in heads]
    for k, h in enumerate(heads):
        if h != start + k and start <= h < end:
            children[h - start].append(start + k)
    return children


def _closed_doc(doc) -> bool:
    """Whether no token of ``doc`` has its head in another sentence."""
    from spacy.attrs import HEAD, SENT_START

    n = len(doc)
    if not n:
        return True
    columns = doc.to_array([HEAD, SENT_START]).reshape(n, 2).astype(np.int64)
    sent_id = np.cumsum(columns[:, 1] == 1)
    heads = columns[:, 0] + np.arange(n)
    return bool((sent_id[heads] == sent_id).all()) if heads.min() >= 0 and heads.max() < n else False


def _tree(sent) -> tuple[list[int], list[list[int]]]:
    """Head (token index) of every token of ``sent``, and the children inside ``sent`` of every token."""
    from spacy.attrs import HEAD

    start, end = sent.start, sent.end
    heads = (sent.doc.to_array(HEAD)[start:end].astype(np.int64) + np.arange(start, end)).tolist()
    return heads, _children(heads, start)


def _distances(sent, root, *, context: SentenceContext | None = None) -> dict[int, int]:
    """Dependency-tree distance of every token of ``sent`` to ``root`` (a Token or token index).

    The tree of the sentence is taken from, or stored in, ``context`` (one
    tree per sentence, not per mention).
    """
    start, end = sent.start, sent.end
    root = root if isinstance(root, int) else root.i
    if not start <= root < end:
        return {root: 0}
    # breadth-first search on the head array (no Token objects: this runs once per mention)
    if context is not None and context.heads is not None:
        heads = context.heads
    else:
        heads, children = _tree(sent)
        if context is not None:
            context.heads, context.children = heads, children
    neighbours = context.neighbours if context is not None else None
    if neighbours is None:  # the children and the head inside the sentence of every token, from the heads
        neighbours = [[] for _ in heads]
        for k, h in enumerate(heads):
            if h != start + k and start <= h < end:
                neighbours[h - start].append(start + k)
                neighbours[k].append(h)
        if context is not None:
            context.neighbours = neighbours
    dist = {root: 0}
    frontier = [root]
    d = 0
    while frontier:
        nxt = []
        d += 1
        for i in frontier:
            for n in neighbours[i - start]:
                if n not in dist:
                    dist[n] = d
                    nxt.append(n)
        frontier = nxt
    return dist


def _subtree(ctx: SentenceContext, token) -> list[int]:
    """Indexes of ``token.subtree``, in its order (a slice of :func:`_inorder` when ``ctx.closed``)."""
    return _subtree_at(ctx, token.i)


def _subtree_at(ctx: SentenceContext, i: int) -> list[int]:
    """:func:`_subtree` of token ``i``."""
    if ctx.closed:
        if ctx.inorder is None:
            ctx.inorder = _inorder(ctx)
        order, first, last = ctx.inorder
        k = i - ctx.sent.start
        if 0 <= k < len(first) and first[k] is not None:
            return order[first[k]:last[k]]
    return [t.i for t in ctx.sent.doc[i].subtree]


def _inorder(ctx: SentenceContext) -> tuple[list[int], list, list]:
    """The sentence's tokens in the order of spaCy's ``Token.subtree`` from each root (left
    children's subtrees, the token, right children's subtrees), and where the subtree of each token
    starts and ends in that list (a subtree is a contiguous run of it)."""
    off, heads = ctx.sent.start, ctx.heads
    n = len(heads)
    lo, hi, contiguous = _context_view(ctx).edges
    if contiguous[off:off + n].all():  # a projective tree: every subtree in token order, the list is the sentence
        return list(range(off, off + n)), (lo[off:off + n] - off).tolist(), (hi[off:off + n] - off + 1).tolist()
    if ctx.children is None:
        ctx.children = _children(heads, off)
    children = ctx.children
    order: list[int] = []
    first: list = [None] * n
    last: list = [None] * n
    for root in [off + k for k in range(n) if heads[k] == off + k]:
        stack = [(root, 0)]
        while stack:
            i, state = stack.pop()
            if state == 1:
                order.append(i)
            elif state == 2:
                last[i - off] = len(order)
            else:
                first[i - off] = len(order)
                kids = children[i - off]
                stack.append((i, 2))
                stack.extend((c, 0) for c in reversed(kids) if c > i)
                stack.append((i, 1))
                stack.extend((c, 0) for c in reversed(kids) if c < i)
    return order, first, last


def _lists(ctx: SentenceContext) -> tuple:
    """The per-token arrays of ``ctx`` as lists, and the ``w=``/``near=`` feature names of its tokens
    (``near_names[negated][k]``); made once per sentence."""
    got = ctx.lists
    if got is None:
        got = ctx.lists = (ctx.skip.tolist(), ctx.valence.tolist(), ctx.negated.tolist(), ctx.clause.tolist(),
                           ctx.quoted.tolist(), *_names(ctx.lemma))
    return got


def _names(lemma: list) -> tuple[list, tuple[list, list]]:
    """The ``w=`` and (``near=``, ``near=NOT_``) feature names of the tokens of a sentence (lists of
    strings: no tuple per token)."""
    return ["w=" + w for w in lemma], (["near=" + w for w in lemma], ["near=NOT_" + w for w in lemma])


def _signed(ctx: SentenceContext, k: int) -> float:
    v = ctx.valence[k]
    return -v if ctx.negated[k] else v


def _subtree_valence(ctx: SentenceContext, token: int, exclude: range) -> float:
    """Signed valence of the subtree of token index ``token`` outside ``exclude``."""
    off = ctx.sent.start
    total = 0.0
    valence = _lists(ctx)[1]  # list reads: the same truth values as the array, no numpy scalars
    n = len(valence)
    for i in _subtree_at(ctx, token):
        k = i - off
        if 0 <= k < n and i not in exclude and valence[k]:
            total += _signed(ctx, k)
    return total


def mention_features(span, *, sent=None, vader_sent: dict | None = None, tensor_features: bool = False,
                     sent_tensor: np.ndarray | None = None, context: SentenceContext | None = None,
                     exclude=frozenset()) -> dict[str, float]:
    """Features of one target mention for the target-sentiment classifier.

    Parameters
    ----------
    span : spacy.tokens.Span
        The target mention in a parsed document.
    sent : spacy.tokens.Span, optional
        The sentence to use; ``span.sent`` when not given.
    vader_sent : dict, optional
        VADER ``polarity_scores`` of the sentence text, if already computed.
    tensor_features : bool, optional
        Add the averaged ``tok2vec`` vectors (``x_*`` features).
    sent_tensor : numpy.ndarray, optional
        :func:`sentence_tensor` of the sentence, if already computed.
    context : SentenceContext, optional
        :func:`sentence_context` of the sentence (shared by its mentions);
        built here when omitted.
    exclude : collection of str, optional
        Feature groups of :data:`FEATURE_GROUPS` to leave out (ablations).

    Returns
    -------
    dict of str to float
        Sparse feature vector (names as keys).
    """
    f, tensor_parts = _mention_parts(span, sent=sent, vader_sent=vader_sent, tensor_features=tensor_features,
                                     sent_tensor=sent_tensor, context=context, exclude=exclude)
    return merge_parts(f, tensor_parts)


def merge_parts(f: dict, tensor_parts: list) -> dict[str, float]:
    """The feature dict of :func:`_mention_parts`' two parts (``f`` is extended in place and returned)."""
    for prefix, values in tensor_parts:
        f.update(zip(_tensor_names(prefix, len(values)), values.tolist()))
    return f


def _mention_parts(span, *, sent=None, vader_sent: dict | None = None, tensor_features: bool = False,
                   sent_tensor: np.ndarray | None = None, context: SentenceContext | None = None,
                   exclude=frozenset()) -> tuple[dict[str, float], list]:
    """:func:`mention_features` in two parts: the sparse features and the mean ``tok2vec`` vectors.

    Returns
    -------
    features : dict of str to float
        The features before the ``x_*`` ones.
    tensor_parts : list of (str, numpy.ndarray)
        ``(prefix, mean vector)`` for ``x_t``, ``x_s``, ``x_n`` in that order
        (empty without tensor features); feature ``prefix + str(j)`` is
        ``vector[j]``.
    """
    if context is None:
        sent = span.sent if sent is None else sent
        context = sentence_context(sent, vader=vader_sent, wide_negation="negation" not in exclude)
    ctx = context
    sent = ctx.sent
    off = sent.start
    f: dict[str, float] = {"bias_dense": 1.0}

    def add(name: str, value: float = 1.0) -> None:
        if value:
            f[name] = f.get(name, 0.0) + value

    add("s_compound", ctx.vader["compound"])
    add("s_pos", ctx.vader["pos"])
    add("s_neg", ctx.vader["neg"])

    # tokens by index on the document's lists (_DocView): no Token objects per mention
    view = _context_view(ctx)
    heads, doc_deps, lex, children = view.tokens.heads, view.tokens.deps, view.lex, view.children
    root = span.root.i
    in_target = range(span.start, span.end)
    dist = _distances(sent, root, context=ctx)
    target_clause = int(ctx.clause[root - off]) if not ctx.skip[root - off] else _clause_head(sent.doc[root]).i - off
    role, gov = _role_at(view, root)
    root_tree = _subtree_at(ctx, root)
    descriptor = set(root_tree) - set(in_target)

    add(f"role={role}")
    add(f"dep={doc_deps[root]}")
    add(f"dep={doc_deps[root]}|head={lex[heads[root]]}")
    gov_neg = False
    if gov is not None:
        g = gov - off
        gov_neg = bool(ctx.negated[g]) if 0 <= g < len(sent) and not ctx.skip[g] else _negated(
            sent.doc[gov], wide=ctx.wide_negation)
        gov_val = _valence_at(view, gov, _lexicon()) * (-1.0 if gov_neg else 1.0)
        add(f"gov_val|{role}", gov_val)
        add(f"gov={lex[gov]}|{role}")
        if gov_neg:
            add(f"gov_neg|{role}")
    t, steps = root, 0
    while heads[t] != t and steps < 4:
        add(f"path={doc_deps[t]}>{lex[heads[t]]}")
        t = heads[t]
        steps += 1
    for c in children[root]:
        if c not in in_target:
            add(f"child={doc_deps[c]}|{lex[c]}")

    use_quote = "quote" not in exclude
    use_coord = "coordination" not in exclude
    target_side = None
    if use_coord and ctx.contrast is not None:
        target_side = (root - off) > ctx.contrast

    n_tokens = 0
    deps = ctx.tokens.deps if ctx.tokens is not None else [t.dep_ for t in sent]
    skip, valence, negated, clause, quoted, w_names, near_names = _lists(ctx)
    get = f.get
    for k in ctx.counted:  # by index, on lists: no Token objects, no numpy scalars
        n_tokens += 1
        i = off + k
        if i in in_target:
            add("val_in_target", valence[k])
            continue
        name = w_names[k]
        f[name] = get(name, 0.0) + 0.5  # add(f"w={lemma}", 0.5)
        d = dist.get(i, 99)
        val = valence[k]
        neg = negated[k]
        if d <= 2:
            name = near_names[neg][k]  # add(f"near={'NOT_' if neg else ''}{lemma}")
            f[name] = get(name, 0.0) + 1.0
        if not val:
            continue
        v = -val if neg else val
        # add(...) written out: every value below is non-zero, and the names are made once (same insertion order)
        if neg:
            f["val_negated"] = get("val_negated", 0.0) + val
        name = _VAL_D_NAMES[d if d < len(_VAL_D_NAMES) else -1][v < 0]  # f"val_d{bucket}_{'pos'|'neg'}"
        f[name] = get(name, 0.0) + v
        f["val_weighted"] = get("val_weighted", 0.0) + v / d
        name = "val_same_clause" if clause[k] == target_clause else "val_other_clause"
        f[name] = get(name, 0.0) + v
        if i in descriptor:
            f["val_descriptor"] = get("val_descriptor", 0.0) + v
            name = "desc_" + deps[k]
            f[name] = get(name, 0.0) + v
        if use_quote:
            name = "val_quoted" if quoted[k] else "val_unquoted"
            f[name] = get(name, 0.0) + v
        if target_side is not None:
            name = "val_contrast_same" if (k > ctx.contrast) == target_side else "val_contrast_other"
            f[name] = get(name, 0.0) + v
    add("log_len", math.log1p(n_tokens) / 4.0)
    add("rel_position", (span.start - sent.start) / max(1, len(sent)))

    if "descriptor" not in exclude:
        _descriptor_features(add, ctx, root, in_target)
    if "connotation" not in exclude and gov is not None:
        _connotation_features(add, role, view.lower[gov], gov_neg)
    if use_quote:
        if ctx.quoted[root - off]:
            add("target_in_quote")
            add(f"target_in_quote|{role}")
        if role == "agent" and gov is not None and view.lower[gov] in _SPEECH_VERBS:
            said = [c for c in children[gov] if doc_deps[c] in ("ccomp", "parataxis")]
            said_val = sum(_subtree_valence(ctx, c, in_target) for c in said)
            if not said:
                said_val = float(sum(_signed(ctx, k) for k in range(len(sent)) if ctx.quoted[k]))
            add("speaker_val", said_val)
    if "local" not in exclude:
        _local_features(add, ctx, root, in_target, dist, role, gov, target_clause, root_tree)
    if use_coord:
        pos = view.tokens.pos
        if doc_deps[root] == "conj" or any(doc_deps[c] == "conj" and pos[c] in ("PROPN", "NOUN", "PRON")
                                           for c in children[root]):
            add("coordinated")
            add(f"coordinated|{role}")
        if target_side is not None:
            add("contrast_after" if target_side else "contrast_before")

    if tensor_features:
        tensor = sent_tensor if sent_tensor is not None else (ctx.tensor if ctx.tensor is not None
                                                               else sentence_tensor(sent))
        return f, _tensor_parts(span, sent, tensor, context=ctx if tensor is ctx.tensor else None, root=root,
                                view=view)
    return f, []


@functools.lru_cache(maxsize=1)
def _vader_analyzer():
    """:func:`analysis.sentiment.vader_analyzer` itself, imported once (``sentiment`` imports this
    module; an import statement per mention costs more than the call)."""
    from .sentiment import vader_analyzer

    return vader_analyzer


def _lexicon():
    return _vader_analyzer()().lexicon


def _descriptor_features(add, ctx: SentenceContext, root: int, in_target) -> None:
    """Valence of modifiers and predicates of the target (token ``root``; ``descv_*``/``pred_*`` features)."""
    view = _context_view(ctx)
    heads, deps, children = view.tokens.heads, view.tokens.deps, view.children
    for c in children[root]:
        if deps[c] in _DESCRIPTOR_CHILD_DEPS and c not in in_target:
            v = _subtree_valence(ctx, c, in_target)
            if v:
                add(f"descv_{deps[c]}", v)
                add("descv_pos" if v > 0 else "descv_neg")
    # copular predicate: "X is corrupt", "X, who was a respected judge"
    t = root
    while deps[t] in ("conj", "appos") and heads[t] != t:
        t = heads[t]
    if deps[t] in ("nsubj", "nsubjpass"):
        head = heads[t]
        preds = [c for c in children[head] if deps[c] in _PREDICATE_DEPS]
        v = sum(_subtree_valence(ctx, p, in_target) for p in preds)
        if preds:
            add("pred_copula")
        if v:
            add("pred_val", v)
            add("pred_pos" if v > 0 else "pred_neg")


def _path(view: _DocView, i: int, ancestors: dict) -> str:
    """Dependency path from the target to token ``i``: ``^dep`` arcs up (``ancestors``: the arcs up from
    the target to each of its ancestors), ``vdep`` arcs down."""
    heads, deps = view.tokens.heads, view.tokens.deps
    down = []
    t = i
    while t not in ancestors and heads[t] != t:
        down.append("v" + deps[t])
        t = heads[t]
    up = ancestors.get(t)
    if up is None:  # different trees (should not happen within a sentence)
        return "?"
    return " ".join(up + down[::-1])


def _local_features(add, ctx: SentenceContext, root: int, in_target, dist: dict, role: str, gov: int | None,
                    target_clause: int, root_tree: list | None = None) -> None:
    """Path-typed valence, governor-phrase valence and clause VADER (``local`` group); ``root`` and
    ``gov`` are token indexes."""
    off = ctx.sent.start
    view = _context_view(ctx)
    heads, deps = view.tokens.heads, view.tokens.deps
    n = len(ctx.valence)
    skip, valence = _lists(ctx)[:2]  # list reads: the same truth values as the arrays, no numpy scalars
    near = [k for k in ctx.valenced if off + k not in in_target and dist.get(off + k, 99) <= 3]
    if near:
        ancestors = {root: []}
        t, up = root, []
        while heads[t] != t:
            up = up + ["^" + deps[t]]
            t = heads[t]
            ancestors[t] = up
        for k in near:
            v = _signed(ctx, k)
            add(f"vp={_path(view, off + k, ancestors)}|{'pos' if v > 0 else 'neg'}", abs(v))
    if gov is not None:
        target_tree = set(root_tree if root_tree is not None else _subtree_at(ctx, root))
        total = 0.0
        for x in _subtree_at(ctx, gov):
            k = x - off
            if x in target_tree or not 0 <= k < n or skip[k] or not valence[k]:
                continue
            total += _signed(ctx, k)
        add(f"govphrase_val|{role}", total)
    compound = ctx.clause_vader.get((target_clause, root))
    if compound is None:
        analyzer = _vader_analyzer()()
        texts = ctx.tokens.words if ctx.tokens is not None else [t.text for t in ctx.sent]
        if ctx.scorable is None:
            ctx.scorable = _scorables(texts, analyzer.lexicon)
        clause, scorable = _lists(ctx)[3], ctx.scorable
        kept = [k for k in range(n) if clause[k] == target_clause and not skip[k] and off + k not in in_target]
        # VADER's compound is 0 without a word of its lexicon: the call is made only when one may be there
        compound = analyzer.polarity_scores(" ".join([texts[k] for k in kept]))["compound"] if any(
            [scorable[k] for k in kept]) else 0.0
        ctx.clause_vader[(target_clause, root)] = compound
    add("clause_compound", compound)
    add(f"clause_compound|{role}", compound)


_SCORABLE: dict[str, bool] = {}
_SCORABLE_LEXICON: list = [None]  # the lexicon of the cached answers


def _scorables(texts: list, lexicon) -> list[bool]:
    """:func:`_scorable` of every text, each word once per process (cached; the cache is cleared when
    it grows large or the lexicon changes)."""
    cache = _SCORABLE
    if len(cache) > 100_000 or _SCORABLE_LEXICON[0] is not lexicon:
        cache.clear()
        _SCORABLE_LEXICON[0] = lexicon
    out = []
    for text in texts:
        got = cache.get(text)
        if got is None:
            got = cache[text] = _scorable(text, lexicon)
        out.append(got)
    return out


def _scorable(text: str, lexicon) -> bool:
    """Whether VADER may find a word of its lexicon in ``text``: it lower-cases the words of a text
    (split on white space), some with a run of punctuation stripped at one end."""
    for word in text.split():
        if (word.lower() in lexicon or word.rstrip(_PUNCTUATION).lower() in lexicon
                or word.lstrip(_PUNCTUATION).lower() in lexicon):
            return True
    return False


def _connotation_features(add, role: str, gov_lemma: str, gov_neg: bool) -> None:
    """The target's role in a connotation frame of its governor (lower-case lemma; ``cf*`` features)."""
    entry = connotation_lexicon().get(gov_lemma)
    if entry is None:
        return
    kind, agent, patient = entry
    if role == "agent":
        side, value = "agent", agent
    elif role == "patient" or (role.startswith("pobj:") and role[5:] in _PATIENT_PREPS):
        side, value = "patient", patient
    else:
        return
    sign = -1 if gov_neg else 1
    add(f"cf={'NOT_' if gov_neg else ''}{kind}|{side}")
    add(f"cf_{side}", sign * value)
    add("cf_value", sign * value)


def sentence_tensor(sent) -> np.ndarray | None:
    """Contextual ``tok2vec`` vectors of one sentence, computed on the sentence alone.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A sentence of a parsed document.

    Returns
    -------
    numpy.ndarray or None
        Array of shape ``(len(sent), width)``, or None when the pipeline has
        no ``tok2vec`` component.  Running ``tok2vec`` on the sentence alone
        makes a mention's score independent of the neighbouring sentences of
        the article (the parse's ``doc.tensor`` is not, as the convolution
        window crosses sentence boundaries).
    """
    from .nlp import load_pipeline

    nlp = load_pipeline()
    if "tok2vec" not in nlp.pipe_names:
        return None
    sdoc = sent.as_doc()
    nlp.get_pipe("tok2vec")(sdoc)
    return np.asarray(sdoc.tensor, dtype=np.float64)


def _tensor_parts(span, sent, tensor, *, context: SentenceContext | None = None, root: int | None = None,
                  view: _DocView | None = None) -> list:
    """Mean ``tok2vec`` vectors of the mention, its sentence and its dependency neighbours.

    Returns ``[("x_t", mean), ("x_s", mean), ("x_n", mean)]`` (arrays), or
    ``[]`` without a tensor of the sentence. ``context``, whose ``tensor`` is
    ``tensor``, keeps the sentence's mean vector (the same for every mention
    of the sentence). ``root`` (``span.root.i``) and ``view`` (the
    document's :class:`_DocView`) save Token objects when given.
    """
    if tensor is None or len(tensor) != len(sent):
        return []
    off = sent.start
    if view is not None and root is not None:
        space = view.tokens.space
        near = [c - off for c in view.children[root] if not space[c]] + [view.tokens.heads[root] - off]
    else:
        root_token = span.root
        near = [c.i - off for c in root_token.children if not c.is_space] + [root_token.head.i - off]
        root = root_token.i
    out = []
    for prefix in ("x_t", "x_s", "x_n"):
        if prefix == "x_s":
            values = context.sentence_mean if context is not None else None
            if values is None:
                space = context.tokens.space if context is not None and context.tokens is not None else \
                    [t.is_space for t in sent]
                ctx = [k for k, is_space in enumerate(space) if not is_space] or [root - off]
                values = _mean_rows(tensor, ctx)
                if context is not None:
                    context.sentence_mean = values
        else:
            idx = list(range(span.start - off, span.end - off)) if prefix == "x_t" else near
            values = _mean_rows(tensor, idx)
        out.append((prefix, values))
    return out


def _mean_rows(tensor: np.ndarray, rows: list) -> np.ndarray:
    """``tensor[rows].mean(axis=0)`` computed as NumPy's ``mean`` does (``add.reduce``, then one
    division), without its Python wrapper."""
    if 0 < len(rows) <= 4:  # a few rows: added one by one, as the reduction over axis 0 does, without a copy of them
        total = tensor[rows[0]]
        for r in rows[1:]:
            total = total + tensor[r]
        return total / len(rows)
    return np.add.reduce(tensor[rows], axis=0) / len(rows)


def _tensor_features(span, sent, tensor, *, context: SentenceContext | None = None) -> dict[str, float]:
    """The ``x_*`` features of :func:`_tensor_parts` as a dict."""
    return merge_parts({}, _tensor_parts(span, sent, tensor, context=context))


@functools.lru_cache(maxsize=16)
def _tensor_names(prefix: str, n: int) -> tuple[str, ...]:
    """Feature names ``prefix0 ... prefix{n-1}`` of a mean vector."""
    return tuple(f"{prefix}{k}" for k in range(n))
