"""Quotations: where quotation marks open and close, who speaks, and how much.

The stage is split in three modules:

* :mod:`analysis.quote_cues` holds the cues as data (speech verbs and nouns
  read from ``analysis/data/speech_cues.csv``; group, document, title and role
  nouns) and finds quotation marks: :func:`quotation_spans` (double marks,
  curly paired by direction, straight alternating within a paragraph, a
  quotation left open at the end of a paragraph closing there) and
  :func:`~analysis.quote_cues.single_quotation_spans` (‘…’ and '…' that open
  after a space and close before a space or punctuation, so apostrophes are
  left alone; single marks nested in double ones are skipped).
* :mod:`analysis.quote_speakers` turns a cue into a speaker (rule 5).
* this module applies the rules below: :func:`extract_quotes` builds the
  ``quotes`` table (direct, partial, indirect and unattributed rows) and
  :func:`voice_table` counts, per actor, quotes and quoted words.

The rules of :func:`extract_quotes`, in the order they apply:

1. **Titles are not quotes.** A quotation of at most three words, capitalised,
   not governed by a speech verb, that is the complement of a copula
   (``his favorite film is 1979's “Hair”``) or follows / is the object of a
   title word (``the film “Hair”``, ``a plan called “Sunrise”``) is dropped;
   an indirect clause stops before it.
2. **Direct or partial.** A quotation is *direct* when it opens its sentence,
   or follows a colon or comma that ends a stretch containing a speech verb
   (``Rutte said: “...”``), or follows a speech verb directly, opens with a
   capital and ends the sentence (``Barton said "It would be easier ..."``),
   or follows a speech verb and a semicolon (``Mattei said; "We protested
   ..."``), or opens with a capital, ends its sentence and is tagged by the
   next one (rule 3); otherwise it is *partial* (embedded in the
   reporter's sentence). Single-quoted quotations are kept only when rules
   3-6 give them a speaker (and, if partial, when they have three words).
3. **Cue of a direct quote.** The first speech verb (or ``according to``)
   outside quotation marks between the closing mark and the end of its
   sentence (up to the next opening mark) -- or, when the quotation ends its
   sentence, in a next sentence that only tags it (``"... doubled." Murtha
   said.``, ``"...?" he said in an interview``: a subject and a neutral
   speech verb, no object or clause of its own); failing that, the last one between
   the start of the sentence and the opening mark; failing that, a speech verb
   that governs the quotation in the parse; failing that, the **lead-in**:
   the sentence just before the quotation in its paragraph (or the last one of
   the previous paragraph when it ends with a colon: ``X said:`` then a quote
   paragraph) when it ends with a colon or holds a speech verb or noun
   (``Sean McCormack relayed the sentiment. “...”``, ``In his message, he
   praised him: “...”``): its speech verb, or the subject of its main verb.
4. **Cue of a partial quote.** The nearest speech verb among the syntactic
   ancestors of the quoted words (``prompting Rutte to declare that Hungary
   “no longer ...”``; a verb of intention gives way to a speech verb above
   it: *They said that Bush wants "to protect ..."*), or a speech verb set
   between commas into their clause (*The "cornerstone ..." is marriage,
   Bush declared, and ...*). Failing that, a source introduced by *from*, *by* or
   *among* on the quoted noun (``“deep concern” from EU leaders``): a speaker
   without a cue.
5. **Speaker of a cue.** The verb's subject outside quotation marks and
   nearest to it (or the agent of a passive, the subject of ``X was quoted as
   saying``, the subject of the verb it is coordinated with, the object of the
   verb that controls it: ``prompting Rutte to declare``, the subject of the
   verb governing an infinitive a finite verb was hung on: ``he urged the
   public to support X and called on Y to ...``, the noun a relative
   clause modifies: ``Solana, who said``, the owner of a speech noun:
   ``Migiro's remarks calling ...``, the object of ``according to``), then:

   * a place the parser made the subject after the comma closing an *of*
     phrase on a person's name (*X of the University of California, Los
     Angeles disagreed*): that person; a speech verb hung as ``parataxis`` on
     a proper noun is not a parenthetical cue;
   * a sentence-initial *it* after a sentence whose first speech verb has a
     non-person subject (an organisation, a report): that source;
   * *he / she*: the person most recently the subject of a main clause or of a
     speech verb, outside quotation marks, in this or the previous paragraph,
     skipping actors whose pronouns are all of the other gender (the
     ``mentions`` table's own pronoun link is the fallback);
   * a name or description mention covering the subject's head;
   * a definite role description (``the minister``, ``the commissioner``; see
     :data:`~analysis.quote_cues.ROLE_NOUNS`): the person most recently given
     that role (*Finance Minister Jane Smith*), in this or the previous
     paragraph, with the same modifying actor if it has one (*the Iranian
     president* is not *Kenyan President Kibaki*); ``the company`` /
     ``the organisation``: the organisation most recently named there;
   * an indefinite group noun (``a Microsoft spokesperson``, ``one official``;
     :data:`~analysis.quote_cues.ANONYMOUS_NOUNS`): anonymous;
   * a group noun (``leaders``, ``officials`` ... :data:`GROUP_NOUNS`) whose
     modifier is an actor mention (``EU leaders`` -> European Union);
   * a document or speech noun (``report``, ``statement``) whose owner or
     *by / in / from* object is an actor;
   * a person named in apposition to a party, place or description word
     (*The third-ranking Republican in the Senate, Rick Santorum, said*;
     *Arizona Senator John McCain, ..., says*), not to an organisation;
   * a participle after a comma (*, adding / calling ...*) inside the clause
     of a speech verb (past coordinated verbs) takes that verb's subject;
   * no subject in the parse, but only names and *and* between a closing
     mark and the verb (*"...," Conyers and Sanchez wrote*): the first name;
   * a gerund cue under a preposition takes the subject of the verb it
     modifies (*X echoed ... in saying*, *by asserting that*), except *Y
     quoted X as saying* (X speaks);
   * a definite description of a politician (*the likely presidential
     nominee*, *the California Democrat*, *the Arizona senator*) that no
     earlier role names: the person last the subject of a main clause or
     speech verb nearby (two paragraphs back at most);
   * a proper noun with no mention (speaker = its text) unless it is only a
     title (``Spokesman``);
   * otherwise an anonymous source: ``speaker`` is ``""`` and
     ``speaker_text`` keeps the words (``One diplomat``, ``the minister``).
6. **Continuation.** A direct quote with no cue of its own takes the speaker
   (and cue) of the last attributed statement before it in the same
   paragraph, if no speech verb of another speaker and no sentence whose
   subject is a different person comes in between. A paragraph made only of
   quotations, or opening with one, takes the speaker of the previous
   paragraph's last attributed statement under the same condition. A
   quotation left open at the end of a paragraph with no cue takes the
   speaker of the quotation that continues it at the start of the next
   paragraph. Such a run (left open, continued by the next paragraph's
   opening quotation of the same speaker with no cue of its own) is **one
   row**, from the first opening to the last closing mark.
7. **Indirect speech**, outside quotation marks, with at least three words
   outside them and a speaker:

   * a speech verb with a clausal complement (``ccomp``): the clause, without
     a leading *that* (``X told reporters that ...``, ``X insisted ...``);
   * a speech verb whose object reports the speech (column ``object`` of
     ``speech_cues.csv``: ``accused X of ...``, ``called for ...``,
     ``described X as ...``), not negated, passive or controlled (``refused to
     criticise``): the verb and its complements;
   * a speech noun owned by an actor with a *that* clause (``Y's statement
     that ...``): the clause;
   * ``X, according to Y`` / ``According to Y, X``: the sentence without the
     attribution (a speech verb inside it is a nested attribution with its
     own row: ``According to aides, the mayor said ...``);
   * *find* or *show* with a document or poll as subject (``the report found
     that ...``, ``polls show X leading``; :data:`~analysis.quote_cues.FINDING_VERBS`):
     the clause, said by the document (anonymous unless its author is named);
     *find* with a finite clause without *that* too (``They found the faster
     each ostrich ran, the more it tended to flap``; not *found it difficult*,
     *find themselves facing*);
     *show that* after a researcher, scientist or expert too (``researchers
     have shown that ...``; :data:`~analysis.quote_cues.RESEARCHER_NOUNS`);
   * a document, or a sentence-initial *it* standing for the non-person
     source of the sentence before, asking (``the report asks governments
     to ...``, ``The SEC pleads that ... It further accused ...``: *it* is
     the SEC, :func:`~analysis.quote_speakers.it_of_source`);
   * a promise, claim, prediction ... noun owned by an actor with its *of* /
     *to* / *for* phrase (``the ILO's prediction of 20 million jobs lost this
     year``: a participle the parser hung on the noun goes with the *of*
     object);
   * a noun of view or finding owned by an actor with a *that* clause
     (``X's belief that ...``; ``view`` in ``speech_cues.csv``);
   * a reported clause whose verb is quoted counts when its subject or
     *that* is the reporter's (``reports that the offer "has been welcomed"
     by ...``); noun phrases coordinated after the clause but parsed on the
     speech verb stay in it.

   * belief and knowledge verbs (*believes, fears, knows, realises that*) and
     adjectives (*X is confident / concerned / aware that ...*; not *it is
     certain that*): the clause, held by the subject;
   * a relative pronoun before the speech verb (*the plan, which he fears
     will ...*): the content is what follows the verb; an object parsed
     between *says* and its clause (*says its use ... was legal*) is taken
     back into the clause (not after verbs of an addressee: *told reporters*);
   * *X said A, adding B* parsed as one clause: A and B are two rows of X;
   * *according to Y* in mid-sentence reports the clause its verb is in;
   * a speech verb set between commas (``parataxis``: *The economy is
     recovering, Smith said, but ...*): the clause before it;
   * *X made clear <clause>* without *that*; *X requested that ...*;
   * intention and desire (*X wants / plans / intends / aims / seeks / hopes /
     wishes to ...*) and denial or admission with a gerund (*X denied ever
     influencing ...*): the verb and its ``to``-infinitive or gerund, never a
     bare object (*wants a vote*); not with a thing as subject (*the bill
     aims to*), *I / we / you*, in a question or an *if* clause, nor inside
     another row's reported clause (each word in at most one attribution);
   * *As X put it, ...* / *As X noted, ...* (a speech verb with no object
     of its own in an *as* clause; not *as long as*): the main clause;
   * *find* with an explicit *that* clause and any subject (*the court /
     Feaver found that ...*; not *we were surprised to find that*);
   * requests and offers with a ``to``-infinitive (*asking the Justice
     Department to investigate*, *exhorting voters to ...*, *offered to
     resign*), never *asked about*;
   * a noun-phrase object after *announce / confirm / acknowledge / predict*
     (*announced her retirement*; not *confirmed as chief justice*);
     *X's promise / pledge / vow / call / threat / denial / claim / proposal of
     / for / to ...* (*Trump's promise of a wall*): the noun and its phrase;
   * a condition parsed on the speech verb right after the content (*..., if
     he so preferred*, *provided that ...*) is part of it;
   * a people noun holding a speech participle speaks (*some critics claiming
     that ...*); ``"...," X said, according to the AP``: X speaks and the
     relay gets no row of its own;
   * a noun-phrase object that is itself a statement after *reject / dismiss*
     (*rejected that argument*; not *rejected the bill*), described by *as*
     after *defend / identify* (*defended the program as legal*), or any noun
     object after *outline* (*outlined a plan*; also *the strategy, outlined by
     Bush, ...*): the verb and its object (:data:`_STANCE_OBJECT_VERBS`);
   * the *that* clause of an ownerless *allegation / claim / report / rumour /
     speculation / suggestion / consensus* (*investigating allegations that ...*,
     *there is consensus that ...*; not *no consensus that*), not the object of a
     speech verb: a row with no speaker (*unattributed*);
   * the topic of *spoke of / about*, *talked (at length) about*, *wondered
     about* (*Bush spoke of his determination to ...*), like *commented on*:
     a common-noun or clause object; not a setting (*Speaking about X, Y
     said*), a purpose (*joined X to talk about*), a question or *I / we*;
   * *debate whether / if ...* (an open question): the clause;
   * a *promise / pledge / vow / call / proposal / petition* made, repeated
     or renewed by the subject (*Obama repeated a campaign promise to deliver
     a speech*, *made a proposal for*): the noun and its infinitive or *of* /
     *for* phrase; *the SEC's petition to grant ...* with an owner;
   * a passive charge or request (*has been accused of bullying*, *were told
     to dress ...*, *was asked by King Albert to form ...*): the *of* phrase
     or infinitive, said by the *by* agent or by nobody named; not negated,
     modal (*will be asked to*), nor inside another verb (*denied being
     asked to*);
   * a *that* clause the parser read as the verb's object (*proposed that in
     X, ..., running induced flapping*): the clause without *that*.

   What counts follows the attribution annotators (PARC 3.0 and PolNeAR,
   https://github.com/networkdynamics/PolNeAR): statements and also internal
   states (beliefs, knowledge, intentions), a source that may be a person, a
   group, an anonymous source, a document or a poll, content that may be a
   clause or a noun phrase (*explaining their philosophy*, *confirmed this*),
   each token in at most one attribution (univocal), a quotation split by its
   cue or spread over paragraphs being one attribution.

   One row is kept per clause start and cue (the longest).
8. Whatever quotation (or ownerless allegation) is left without any speaker is *unattributed*.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

import numpy as np
import pandas as pd
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.symbols import ADJ, NOUN, VERB

from .quote_cues import (ANONYMOUS_NOUNS, DOCUMENT_NOUNS, EVIDENCE_NOUNS, FINDING_VERBS, GROUP_NOUNS, MARKS,
                         OBJECT_VERBS, QUOTE_VERBS, RESEARCHER_NOUNS, ROLE_NOUNS, SPEECH_NOUNS, TITLE_WORDS,
                         VIEW_NOUNS, inside, quotation_spans)
from .quote_speakers import (NO_CUE, NO_SPEAKER, Cue, Quote, QuoteContext, Speaker, according_to, attribution,
                             cue_in, finite_conj_of_infinitive, is_speech_noun, is_speech_verb, it_of_source,
                             speaker_of, subject_token)
from .quote_speakers import _QUOTE_VERB_FORMS, _goes_on
from .typed_frames import fits, typed_frame
from .word_flags import among, word_flags

__all__ = [
    "quotation_spans",
    "inside",
    "extract_quotes",
    "voice_table",
    "QUOTE_COLUMNS",
    "VOICE_COLUMNS",
    "QUOTE_VERBS",
    "SPEECH_NOUNS",
    "GROUP_NOUNS",
    "DOCUMENT_NOUNS",
    "TITLE_WORDS",
    "UNNAMED_SOURCE",
]

#: Columns of the ``quotes`` table.
QUOTE_COLUMNS = ["doc_id", "quote_id", "start", "end", "text", "kind", "speaker", "speaker_text",
                 "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "words"]

#: Columns of the ``voice`` table.
VOICE_COLUMNS = ["doc_id", "actor", "quotes", "direct", "partial", "indirect", "quoted_words",
                 "direct_words", "partial_words", "indirect_words", "share_of_quoted_words"]

#: How anonymous speakers (``speaker == ""``) are shown in the ``voice`` table.
UNNAMED_SOURCE = "(unnamed source)"

_SOURCE_PREPS = {"from", "by", "among"}
_ANY_MARK = MARKS | {"‘", "’", "'"}

#: Prepositions that give the setting of a statement, not its content.
_SETTING_PREPS = frozenset({"in", "at", "during", "after", "before", "since", "until", "from", "by", "with",
                            "through", "via", "amid", "over", "while"})


# ---------------------------------------------------------------- direct and partial quotes

def _quote_tokens(ctx: QuoteContext, start: int, end: int):
    return [t for t in ctx.tokens_in(start, end) if not t.is_punct]


def _quote_head(toks):
    """The quoted token whose head lies outside the quotation (the first one, if several)."""
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0] if toks else None


def _governing_speech_verb(ctx: QuoteContext, head):
    """Nearest speech verb outside quotation marks among the ancestors of ``head``.

    A verb of intention (*wants*) gives way to a speech verb above it: in
    *They said that Bush wants "to protect ..."* the quoted words are theirs.
    """
    tok = head
    found = None
    for _ in range(30):
        if tok.head.i == tok.i:
            return found
        tok = tok.head
        if is_speech_verb(tok) and not ctx.quoted(tok):
            if tok.lemma_.lower() not in _INTENTION_VERBS:
                return tok
            found = found or tok
    return found


def _parenthetical_verb(ctx: QuoteContext, tok):
    """A speech verb set into the clause of ``tok`` between commas: *A, Bush declared, and B*.

    spaCy attaches such a verb as ``parataxis`` to the clause's verb; it has a
    subject and no clause or object of its own. None when there is none.
    """
    for anc in [tok, *tok.ancestors]:
        for c in anc.children:
            if c.dep_ == "parataxis" and _is_parenthetical(ctx, c):
                return c
    return None


def _is_parenthetical(ctx: QuoteContext, verb) -> bool:
    return (verb.dep_ == "parataxis" and is_speech_verb(verb) and not ctx.quoted(verb)
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "neg", "auxpass", "nsubjpass"} for c in verb.children))


def _source_of_noun(ctx: QuoteContext, head) -> Speaker | None:
    """``“deep concern” from EU leaders``: a source attached to the quoted noun."""
    for noun in (head, head.head):
        if noun.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            continue
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in _SOURCE_PREPS and not ctx.quoted(child):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        speaker = speaker_of(ctx, obj)
                        if speaker is not None:
                            return speaker
    return None


def _scare_modifier(ctx: QuoteContext, toks) -> bool:
    """One or two quoted words that modify a noun just after the closing mark: scare quotes.

    ``"light" cigarettes``, ``"light" and "low tar" cigarettes``: the
    marks set off a term, nobody is quoted.
    """
    if not 1 <= len(toks) <= 2 or any(t.pos_ in {"VERB", "AUX", "PRON"} for t in toks):
        return False
    head = _quote_head(toks)
    while head is not None and head.dep_ == "conj" and ctx.quoted(head.head):
        head = head.head
    if head is None or head.dep_ not in {"amod", "compound", "nmod"}:
        return False
    noun = head.head
    return noun.pos_ in {"NOUN", "PROPN"} and noun.i > toks[-1].i and not ctx.quoted(noun)


def _quoted_name(ctx: QuoteContext, start: int, toks) -> bool:
    """A capitalised name of up to eight words in quotation marks after *the*: a title, not a quotation.

    ``the "Federal Cigarette Labeling and Advertising Act"``, ``the "Maine
    Unfair Trade Practices Act"``: every content word capitalised, no verb.
    """
    words = [t.text for t in toks if any(ch.isalnum() for ch in t.text)]
    if not 2 <= len(words) <= 8 or any(t.pos_ in {"VERB", "AUX", "PRON"} for t in toks):
        return False
    content = [w for w in words if w.lower() not in {"of", "the", "a", "an", "and", "in", "on", "to", "for"}]
    if not all(w.lstrip("“\"'‘(")[:1].isupper() for w in content):
        return False
    before = [t for t in ctx.tokens_in(ctx.sentence_at(start - 1)[0], start - 1) if not t.is_space]
    return bool(before) and before[-1].lower_ == "the" and not ctx.quoted(before[-1])


def _is_title(ctx: QuoteContext, start: int, end: int, toks) -> bool:
    words = [w for w in ctx.text[start:end].split() if any(ch.isalnum() for ch in w)]
    if not 1 <= len(words) <= 3 or not toks:
        return False
    content = [w for w in words if w.lower() not in {"of", "the", "a", "an", "and", "in", "on", "to", "for"}]
    if not content or not all(w.lstrip("“\"'‘(")[:1].isupper() or w[:1].isdigit() for w in content):
        return False
    head = _quote_head(toks)
    if head is None or _governing_speech_verb(ctx, head) is not None:
        if head is None or _governing_speech_verb(ctx, head).lemma_.lower() not in {"call", "name", "title", "dub"}:
            return False
    before = [t for t in ctx.tokens_in(ctx.sentence_at(start - 1)[0], start - 1)
              if not (t.is_punct or t.dep_ == "case" or t.like_num or t.dep_ == "det")]
    if before and before[-1].lower_ in TITLE_WORDS:
        return True
    if head.dep_ in {"attr", "acomp", "oprd"} and head.head.lemma_.lower() == "be":
        return True
    if head.dep_ in {"appos", "compound", "oprd", "dobj", "attr"} and head.head.lower_ in TITLE_WORDS:
        return True
    return False


def _direct_or_partial(ctx: QuoteContext, start: int, end: int, prev_close: int) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """Kind of a quotation and the stretches before and after it that may hold its cue."""
    text = ctx.text
    open_mark = start - 1 if text[start - 1] in _ANY_MARK else start   # a paragraph going on quoting: no mark
    s_start, _ = ctx.sentence_at(open_mark)
    p_start, p_end = ctx.paragraphs[ctx.para_of(open_mark)]
    before_from = max(s_start, p_start, prev_close)
    before = text[before_from:open_mark].strip()
    before = before.strip("”»\"’'").strip()
    close = end + 1 if end < len(text) and text[end] in _ANY_MARK else end
    _, s_end = ctx.sentence_at(max(close - 1, start))
    after_to = min(max(s_end, close), p_end)
    k = bisect.bisect_left(ctx.span_starts, close + 1)
    tagged = False
    if not any(ch.isalnum() for ch in text[close:after_to]):
        tag_end = _tag_sentence_end(ctx, close, p_end)
        tagged = tag_end > close
        after_to = max(after_to, tag_end)
    if k < len(ctx.spans):
        after_to = min(after_to, ctx.spans[k][0] - 1)
    quote_text = text[start:end].lstrip()
    upper = quote_text[:1].isupper() or quote_text[:1].isdigit()
    if not before:
        kind = "direct"
    elif before[-1] in ".!?":                # the quotation starts a new sentence
        kind = "direct"
        before_from = open_mark
    elif before[-1] in ":," and (upper or cue_in(ctx, before_from, open_mark) is not None or _with_comma(before)):
        kind = "direct"
    elif before[-1] == ";" and upper and _right_after_speech_verb(ctx, before_from, before_from + len(before) - 1):
        kind = "direct"                      # 'French spokesman Jean-Baptiste Mattei said; "We protested ..."'

    elif upper and _right_after_speech_verb(ctx, before_from, open_mark) and _ends_sentence(ctx, start, close):
        kind = "direct"                      # 'Rod Barton said "It would be easier ..."', 'adding "This is ..."'
    elif upper and tagged:
        kind = "direct"                      # '... at this time; "Our military ... doubled." Murtha said.'
    elif before[-1] == ";" and upper and _tag_after_comma(ctx, close, after_to):
        kind = "direct"                      # '... the war in Iraq;"The president's ... arguments," Pelosi said.'
    elif not upper and _after_speech_verb_or_its_object(ctx, before_from, open_mark) and \
            _ends_sentence(ctx, start, close) and _quoted_clause(ctx, start, end):
        kind = "direct"                      # 'Abbas said "the calm ... signals the start of a new era."'
    elif _after_speech_verb_that(ctx, before_from, open_mark) and _ends_sentence(ctx, start, close) and \
            _has_subject(ctx, start, end):
        kind = "direct"                      # 'Justice Thomas said that "some kinds of fraud claims ... oversight."'
    else:
        kind = "partial"
    return kind, (before_from, open_mark), (close, after_to)


#: Neutral speech verbs that, as a sentence of their own, tag the quotation just before it.
_TAG_VERBS = frozenset("""
    say add write state explain continue tell ask reply respond remark note comment declare conclude
    insist answer recall stress emphasise emphasize
    """.split())


def _tag_sentence_end(ctx: QuoteContext, close: int, p_end: int) -> int:
    """End of a sentence that only tags the quotation closed at ``close``, else ``close``.

    ``"... doubled." Murtha said.`` and ``"... seen?" he said.``: the sentence
    splitter ends the quotation's sentence at its closing mark, and the next
    sentence of the paragraph is nothing but a subject and a neutral speech
    verb (with settings such as *during a news conference*): no clausal
    complement, no object and no quotation of its own.
    """
    text = ctx.text
    nxt = close
    while nxt < p_end and text[nxt].isspace():
        nxt += 1
    if nxt >= p_end or not text[nxt].isalpha():
        return close
    s_start, s_end = ctx.sentence_at(nxt)
    if s_start != nxt:
        return close
    s_end = min(s_end, p_end)
    k = bisect.bisect_left(ctx.span_starts, nxt)
    if k < len(ctx.spans) and ctx.spans[k][0] - 1 < s_end:
        return close
    toks = [t for t in ctx.tokens_in(nxt, s_end) if not t.is_punct and not t.is_space]
    verbs = [t for t in toks if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}]
    if not verbs or verbs[0].lemma_.lower() not in _TAG_VERBS or len(verbs) > 2:
        return close
    verb = verbs[0]
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or \
            any(c.dep_ in {"ccomp", "xcomp", "dobj", "parataxis", "advcl", "conj", "neg"} for c in verb.children):
        return close
    return s_end


def _tag_after_comma(ctx: QuoteContext, close: int, after_to: int) -> bool:
    """The quotation's sentence goes on after its closing mark with a comma and a speech verb (``," X said.``)."""
    rest = ctx.text[close:after_to].lstrip("”»\"’' ")
    comma = rest.startswith(",") or ctx.text[max(0, close - 2):close].startswith(",")
    return comma and cue_in(ctx, close, after_to) is not None


def _right_after_speech_verb(ctx: QuoteContext, start: int, open_mark: int) -> bool:
    """The last word before the opening mark is a speech verb (no comma or colon between)."""
    toks = [t for t in ctx.tokens_in(start, open_mark) if not t.is_space]
    return bool(toks) and not ctx.quoted(toks[-1]) and is_speech_verb(toks[-1])


def _after_speech_verb_or_its_object(ctx: QuoteContext, start: int, open_mark: int) -> bool:
    """The words just before the opening mark are a speech verb, or a speech verb and its hearer.

    ``Abbas said "the calm ..."``, ``Wafa told the Associated Press
    "seventeen civilians died ..."``. After *that* (``said that "we don't
    see ..."``) see :func:`_after_speech_verb_that`.
    """
    toks = [t for t in ctx.tokens_in(start, open_mark) if not t.is_space]
    if not toks or ctx.quoted(toks[-1]):
        return False
    last = toks[-1]
    if is_speech_verb(last):
        return True
    return last.dep_ in {"dobj", "dative"} and is_speech_verb(last.head) and last.head.lemma_.lower() == "tell" \
        and all(t.i > last.head.i for t in last.subtree if t.i != last.head.i) and last.i == max(t.i for t in last.subtree)


def _after_speech_verb_that(ctx: QuoteContext, start: int, open_mark: int) -> bool:
    """The word just before the opening mark is the *that* of a clause a speech verb governs.

    ``Justice Thomas said that "some kinds of fraud claims ... may go
    forward ..."``, ``the Court ruled in 1992 that "the phrase ... did not
    apply ..."``: the whole reported clause is in quotation marks, so its
    content is the speaker's own words (direct, as PARC counts content wholly
    inside quotation marks). With the :func:`_has_subject` and
    :func:`_ends_sentence` checks; a clause going on after the closing mark
    stays partial.
    """
    toks = [t for t in ctx.tokens_in(start, open_mark) if not t.is_space]
    if not toks or ctx.quoted(toks[-1]) or toks[-1].lower_ != "that" or toks[-1].dep_ != "mark":
        return False
    clause = toks[-1].head
    if clause.i < toks[-1].i:
        return False
    while clause.dep_ in {"ccomp", "conj", "parataxis"} and clause.head.i > clause.i and ctx.quoted(clause.head):
        clause = clause.head             # 'said that "this is a major blow ... -- anyone ... will try ..."': the
        # parser hung the first clause on a later one inside the quotation
    return clause.dep_ in {"ccomp", "xcomp"} and is_speech_verb(clause.head) and not ctx.quoted(clause.head)


def _quoted_clause(ctx: QuoteContext, start: int, end: int) -> bool:
    """The quotation is a whole clause of its own: its head is a verb with a subject inside the quotation.

    ``said "the calm ... signals the start of a new era."`` is a clause;
    ``said "a good decent honorable man"`` (a noun phrase) and ``stating
    that "was prepared to calm down ..."`` (no subject) and ``claims "that SBC
    has agreed ..."`` (a quoted *that* clause, indirect speech) are not.
    """
    toks = _quote_tokens(ctx, start, end)
    if not toks or toks[0].lower_ in {"that", "whether", "if"}:
        return False                     # 'Vonage claims "that SBC has agreed ..."': a quoted that-clause
    head = _quote_head(toks)
    ids = {t.i for t in toks}
    return head is not None and head.pos_ in {"VERB", "AUX"} and \
        any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} and c.i in ids for c in head.children)


def _has_subject(ctx: QuoteContext, start: int, end: int) -> bool:
    """Some verb of the quotation has its subject inside it (after *that*, the parser may hang the clause on a
    later verb: *said that "the complexities ... are matched, maybe even dwarfed, by ..."*)."""
    return any(t.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for t in _quote_tokens(ctx, start, end))


def _ends_sentence(ctx: QuoteContext, start: int, close: int) -> bool:
    """The quotation ends with its sentence: ``.``, ``!`` or ``?`` just inside or just after the closing mark."""
    text = ctx.text
    inner = text[start:close].rstrip("”»\"’' \n")
    if inner[-1:] in {".", "!", "?"}:
        return True
    rest = text[close:close + 3].lstrip("”»\"’' ")
    return rest[:1] in {".", "!", "?", ""} or rest.startswith("\n")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


#: Verbs of a public reaction that introduce the quotation after them (*Obama welcomed the vote. "We are
#: closer ..."*) like a speech verb or noun.
_REACTION_VERBS = frozenset({"welcome", "hail", "applaud", "react", "thank", "congratulate", "mourn"})


def _with_comma(before: str) -> bool:
    """The words before a quotation end with *with,* (read as a colon): ``X finished the conference with, "..."``."""
    return before.endswith(",") and before[:-1].rstrip().lower().endswith(" with")


def _lead_in(ctx: QuoteContext, open_mark: int) -> tuple[Speaker | None, Cue | None]:
    """Speaker of a cue-less direct quote from the sentence that introduces it (rule 6).

    The sentence just before the quotation in its paragraph (or the last one
    of the previous paragraph when that ends with a colon) introduces it when
    it ends with a colon or holds a speech verb or noun, or a verb of reaction
    (:data:`_REACTION_VERBS`), outside quotation marks: *Sean McCormack relayed
    the sentiment. “...”*, *In his message, he praised him: “...”*, *Obama
    welcomed the committee's vote. "..."*; *with,* before the quotation
    counts as a colon (*Calderón finished the press conference with, "..."*).
    """
    text = ctx.text
    para = ctx.para_of(open_mark)
    p_start = ctx.paragraphs[para][0]
    before = text[p_start:open_mark].rstrip()
    if not before:
        if para == 0:
            return None, None
        pp_start, pp_end = ctx.paragraphs[para - 1]
        before = text[pp_start:pp_end].rstrip()
        if not before.endswith(":"):
            return None, None
        end = pp_start + len(before)
    else:
        end = p_start + len(before)
        if before[-1] not in ".!?:" and not _with_comma(before):
            return None, None
    colon = before.endswith(":") or _with_comma(before)
    s_start = ctx.sentence_at(end - 1)[0]
    toks = [t for t in ctx.tokens_in(s_start, end) if not ctx.quoted(t)]
    verbs = [t for t in toks if is_speech_verb(t)]
    if verbs:                            # the speech verb of the main clause, not of a reported one
        return attribution(ctx, min(verbs, key=lambda t: (sum(1 for _ in t.ancestors), -t.i)))
    if not colon and not any(is_speech_noun(t) or t.pos_ == "VERB" and t.lemma_.lower() in _REACTION_VERBS
                             for t in toks):
        return None, None
    verbs = [t for t in toks if t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in t.children)]
    main = [t for t in verbs if t.dep_ not in {"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"}] or verbs
    subj = subject_token(main[0], ctx=ctx) if main else None
    return (speaker_of(ctx, subj) if subj is not None else None), None


def _marked_quotes(ctx: QuoteContext) -> list[Quote]:
    text = ctx.text
    out = []
    prev_close = 0
    marked = sorted([(a, b, False) for a, b in ctx.spans] + [(a, b, True) for a, b in ctx.singles])
    for raw_start, raw_end, single in marked:
        start, end = _trim(text, raw_start, raw_end)
        open_ended = raw_end == ctx.paragraphs[ctx.para_of(raw_start - (text[raw_start - 1] in MARKS))][1] and \
            not (raw_end < len(text) and text[raw_end] in MARKS)
        this_prev, prev_close = prev_close, raw_end + 1
        if start >= end or not any(ch.isalnum() for ch in text[start:end]):
            continue
        toks = _quote_tokens(ctx, start, end)
        if _is_title(ctx, start, end, toks):
            ctx.titles.append((raw_start, raw_end))
            continue
        if toks and (_scare_modifier(ctx, toks) or _quoted_name(ctx, start, toks)):
            continue                        # a term or a name in marks inside a clause: no row, the clause goes on
        kind, (b0, b1), (a0, a1) = _direct_or_partial(ctx, start, end, this_prev)
        speaker = cue = None
        head = _quote_head(toks)
        if kind == "direct":
            cue_tok = cue_in(ctx, a0, a1) or cue_in(ctx, b0, b1, last=True)
            if cue_tok is None and head is not None:
                cue_tok = _governing_speech_verb(ctx, head)
            if cue_tok is not None:
                speaker, cue = attribution(ctx, cue_tok)
            else:
                speaker, cue = _lead_in(ctx, start - 1)
        else:
            cue_tok = _governing_speech_verb(ctx, head) if head is not None else None
            if cue_tok is None and head is not None:
                cue_tok = _parenthetical_verb(ctx, head)
            if cue_tok is None:
                acc = cue_in(ctx, a0, a1)
                cue_tok = acc if acc is not None and according_to(acc) is not None else None
            if cue_tok is not None:
                speaker, cue = attribution(ctx, cue_tok)
            elif head is not None:
                speaker = _source_of_noun(ctx, head)
        if speaker is not None and speaker.start < raw_end + 1 and raw_start - 1 < speaker.end:
            speaker = cue = None            # the quoted words name the "speaker": scare quotes
        if single and (speaker is None or kind == "partial" and len(text[start:end].split()) < 3):
            continue                        # single marks: kept only as attributed speech
        if single:
            ctx.kept_singles.append((raw_start, raw_end))
        out.append(Quote(start, end, kind, ctx.para_of(start), speaker, cue, open_ended and not single, single))
    return out


# ---------------------------------------------------------------- indirect speech

def _spans_opening_in(spans, starts, start: int, end: int) -> list[tuple[int, int]]:
    """The quotation spans whose content starts in ``(start, end]`` (``starts`` sorted, as ``spans``)."""
    return spans[bisect.bisect_right(starts, start):bisect.bisect_right(starts, end)]


def _reported(ctx: QuoteContext, toks, speaker: Speaker, cue: Cue) -> Quote | None:
    """An indirect quote over ``toks`` (trimmed of a leading *that* and punctuation), or None.

    None when fewer than three of its words lie outside quotation marks.
    """
    text = ctx.text
    toks = [t for t in toks if not t.is_space]
    while toks and (toks[0].is_punct or (toks[0].dep_ == "mark" and toks[0].lower_ in {"that", "whether", "if"})
                    or toks[0].lower_ == "that" and toks[0].dep_ == "dobj" and len(toks) > 3):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in MARKS:
        toks = toks[:-1]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    added = _added_statement(ctx, toks, None)
    if added is not None:                # "X says A, adding B": a second statement misparsed into the clause
        end = added[0].start
        while end > start and ctx.text[end - 1] in ", ":
            end -= 1
        toks = [k for k in toks if k.idx < end]
    for a, b in _spans_opening_in(ctx.spans, ctx.span_starts, start, end) + ctx.kept_singles:
        if start < a <= end < b + 1:         # a quotation opened in the clause closes in it
            end = b + 1 if b < len(text) and text[b] in _ANY_MARK else b
    if end < len(text) and text[end] in "'’" and text[start:end].count(text[end]) % 2 == 1:
        end += 1                         # the closing single mark of "called it a 'disgrace'"
    for a, b in ctx.titles:              # a title is not reported speech: the clause stops before it
        if start < a - 1 and a <= end:
            end = a - 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
                end -= 1
    k = bisect.bisect_right(ctx.span_starts, start) - 1      # spans are disjoint: one can cover ``start``
    near = ([ctx.spans[k]] if k >= 0 else []) + _spans_opening_in(ctx.spans, ctx.span_starts, start, end) \
        + ctx.kept_singles
    if not _three_chunks_outside(text, start, end, near):       # the cheap bound first; NLTK only when it fails
        words = ctx.words(start, end)
        if sum(1 for w in words if not inside(near, w[0], w[1])) < 3:
            return None
    return Quote(start, end, "indirect", ctx.para_of(start), speaker, cue)


_CHUNK = re.compile(r"\S+")


def _three_chunks_outside(text: str, start: int, end: int, near: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` has three whitespace-separated chunks with a letter or a digit that
    overlap none of ``near``: a sufficient test of :func:`_reported`'s three words outside quotation marks.

    Word tokens (:meth:`QuoteContext.words`) never cross whitespace, and a chunk with a letter or a
    digit holds at least one word token that has it; a token within a chunk that overlaps no span
    lies inside none. So three such chunks mean at least three such words, without tokenizing.
    """
    n = 0
    for m in _CHUNK.finditer(text, start, end):
        a, b = m.span()
        if any(x < b and a < y for x, y in near) or not any(ch.isalnum() for ch in m.group()):
            continue
        n += 1
        if n == 3:
            return True
    return False


def _as_x_put_it(ctx: QuoteContext, verb) -> Quote | None:
    """*As X put it, ...* / *As X noted, ...*: the main clause, said by X.

    ``verb`` is an adverbial clause marked by *as*: *put* with the object
    *it*, or a speech verb with no object or clause of its own (not *as he
    said goodbye*). The content is the clause it modifies without the *as*
    phrase.
    """
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj", "ccomp", "xcomp"}]
    if verb.lemma_.lower() == "put":
        if len(objs) != 1 or objs[0].lower_ != "it":
            return None
    elif not is_speech_verb(verb) or objs or verb.lemma_.lower() == "continue" \
            or any(c.dep_ == "prep" and c.lower_ in {"on", "about", "of"} for c in verb.children):
        return None                      # not "as long as expansion continues", "as X remarked on ..."
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as")
    if mark.i > 0 and verb.doc[mark.i - 1].lower_ in {"long", "soon", "far", "much", "well", "just"}:
        return None
    subj = subject_token(verb, ctx=ctx)
    if subj is None or subj.head.i != verb.i or ctx.quoted(verb):
        return None
    speaker = speaker_of(ctx, subj)
    if speaker is None or not (speaker.actor or subj.pos_ in {"PROPN", "PRON"}
                               or subj.pos_ == "NOUN" and not _holds_no_view(subj)):
        return None                      # "as one adviser put it", "as the report noted"; not "as the tide turned"
    main = verb.head if verb.head.pos_ in {"VERB", "AUX"} and not ctx.quoted(verb.head) else verb.sent.root
    phrase = {t.i for t in verb.subtree}   # a quoted verb (*or "stand in the sun" as one adviser put it*): the sentence
    toks = [t for t in main.subtree if t.i not in phrase]
    cue_end = verb.idx + len(verb)
    if verb.lemma_.lower() == "put":
        cue_end = objs[0].idx + len(objs[0])
    return _reported(ctx, toks, speaker, Cue(ctx.text[verb.idx:cue_end], verb.idx, cue_end))


#: Adjectives of a held belief or worry that report a view with a *that* clause
#: (*officials are confident that ...*, *X was aware that ...*).
_BELIEF_ADJECTIVES = frozenset("""
    confident convinced sure certain concerned worried afraid hopeful optimistic pessimistic adamant aware
    skeptical sceptical doubtful
    """.split())


def _belief_adjective(ctx: QuoteContext, adj) -> Quote | None:
    """*X is confident that ...*: the *that* clause, held by the copula's subject (not *it is certain that*)."""
    cop = adj.head
    if ctx.quoted(adj) or cop.lemma_.lower() not in {"be", "remain", "seem", "appear", "become", "feel"}:
        return None
    clauses = [c for c in adj.children if c.dep_ == "ccomp"] + \
        [c for c in cop.children if c.dep_ == "ccomp" and c.i > adj.i]
    clauses = [c for c in clauses if not ctx.quoted(c)
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if not clauses or cop.sent.text.rstrip().endswith("?"):
        return None
    subj = subject_token(cop, ctx=ctx)
    if subj is None or subj.lower_ in {"it", "this", "that", "there", "what"}:
        return None
    toks = list(clauses[0].subtree)
    speaker = _verb_speaker(ctx, cop, toks)
    return _reported(ctx, toks, speaker, Cue(adj.text, adj.idx, adj.idx + len(adj))) if speaker is not None else None


def _added_statement(ctx: QuoteContext, toks, after: int | None):
    """``(cue, tokens)`` of *, adding B* / *, saying B* parsed inside a reported clause, or None.

    The parser sometimes hangs a participle speech verb after a comma (*He says
    approval depends on the circumstances, adding one important factor would
    be ...*) inside the clause before it: the clause ends at the comma and
    what follows the participle is a statement of its own. With ``after``, the
    participle must lie at or after that offset.
    """
    first = toks[0].idx if toks else 0
    for t in toks[1:]:
        if t.tag_ == "VBG" and t.i > 0 and t.doc[t.i - 1].text == "," and t.idx > first and is_speech_verb(t) \
                and not ctx.quoted(t) and (after is None or t.idx >= after) \
                and not ((t.lemma_.lower() in _INTENTION_VERBS | {"hope"} or t.lower_ == "hoping")
                         and any(c.dep_ == "xcomp" for c in t.children)):
            # not "the agency has been conducting an operation, hoping to identify patterns": the reported
            # subject's aim, part of the clause
            clause = next((c for c in t.children if c.dep_ == "ccomp"), None)   # not "telling [the House] that"
            tail = list(clause.subtree) if clause is not None else [k for k in toks if k.i > t.i]
            return Cue(t.text, t.idx, t.idx + len(t)), tail
    return None


def _verb_speaker(ctx: QuoteContext, verb, span_toks) -> Speaker | None:
    subj = subject_token(verb, ctx=ctx)
    if subj is None or span_toks and span_toks[0].i <= subj.i <= span_toks[-1].i:
        return None
    return speaker_of(ctx, subj)


def _according_to_clause(ctx: QuoteContext, tok) -> Quote | None:
    """*X, according to Y* and *According to Y, X*: the sentence without the attribution."""
    acc = according_to(tok)
    if acc is None:
        return None
    a, to, obj = acc
    s_start, s_end = ctx.sentence_at(a.idx)
    sent = [t for t in ctx.tokens_in(s_start, s_end)]
    before = [t for t in sent if t.i < a.i]
    k = len(before) - 1
    while k >= 0 and before[k].is_punct:
        k -= 1
    if k >= 0 and k < len(before) - 1 and is_speech_verb(before[k]) and not ctx.quoted(before[k]):
        return None                      # '"...," Coleman said, according to the AP': Coleman speaks, the AP
        # only relays his words (one attribution, as annotators mark each word once)
    phrase_end = obj.right_edge.i
    leading = [t for t in sent if t.i < a.i and not t.is_punct]
    trailing = [t for t in sent if t.i > phrase_end and not t.is_punct and not t.is_space]
    if not leading or (len(trailing) >= 3 and a.head.i > phrase_end and a.head.i != a.i):
        head_tree = {t.i for t in a.head.subtree}
        if leading and all(t.i in head_tree for t in leading) \
                and not any(is_speech_verb(t) and not ctx.quoted(t) for t in leading):
            toks = [t for t in sent if t.i < a.i or t.i > phrase_end]   # "Other candidates, according to Y, are Z"
        else:
            toks = [t for t in sent if t.i > phrase_end]     # "X, but on the black market, according to Y, Z": Z
    else:
        toks = [t for t in sent if t.i < a.i]
    inner = {t.i for t in toks}
    if any(is_speech_verb(t) for t in sent if not ctx.quoted(t) and t.i not in inner
           and not a.i <= t.i <= phrase_end):
        return None                      # the sentence has its own speech verb (one inside the clause is nested;
        # one inside the attribution is not: "According to AFP, which cited sources close to ..., X")
    speaker = speaker_of(ctx, obj)
    if speaker is None:
        return None
    cue = Cue(ctx.text[a.idx:to.idx + len(to)], a.idx, to.idx + len(to))
    return _reported(ctx, toks, speaker, cue)


#: Nouns of *in X's view*, *in the opinion of X*: the rest of the sentence is X's view.
_VIEW_PHRASE_NOUNS = frozenset({"view", "opinion", "words", "estimation", "judgment", "judgement"})


def _in_view_clause(ctx: QuoteContext, prep) -> Quote | None:
    """*In X's view, ...* and *..., in the opinion of X*: the main clause, said by X."""
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _VIEW_PHRASE_NOUNS), None)
    if obj is None or prep.head.dep_ != "ROOT" or ctx.quoted(prep):
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None or owner.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    speaker = speaker_of(ctx, owner)
    if speaker is None:
        return None
    phrase = {t.i for t in prep.subtree}
    toks = [t for t in prep.head.subtree if t.i not in phrase]
    cue = Cue(ctx.text[prep.idx:obj.idx + len(obj)], prep.idx, obj.idx + len(obj))
    return _reported(ctx, toks, speaker, cue)


#: Forms (``lower_``) and lemmas (lower-cased) with which a rule of :func:`_indirect_quotes` can start.
#: Verbs whose noun-phrase object is what the subject said or holds, with the condition on the object:
#: ``"claim"`` -- the object is itself a statement (*rejected that argument*, *dismissed the allegations*);
#: ``"as"`` -- the object is described by an *as* phrase (*defended the program as legal*, *identified him as*);
#: ``"any"`` -- any noun object (*outlined the strategy*). Not *rejected the bill* (a vote), *defended
#: the city*, *dismissed the employee*.
_STANCE_OBJECT_VERBS = {"reject": "claim", "dismiss": "claim", "defend": "as", "identify": "as", "outline": "any",
                        "see": "as", "view": "as", "regard": "as", "discuss": "any", "mention": "any"}
# *Bush discussed the question of a timeline*, *he mentioned the 9/11 attacks*: the topic of a speaker's
# discussion or mention is noun-phrase content (PolNeAR; hold-out batch 9); a common-noun object only
_CLAIM_NOUNS = frozenset("""
argument claim allegation accusation charge suggestion notion idea assertion contention criticism
speculation theory rumor rumour report view characterization characterisation interpretation
assessment conclusion premise description comparison
""".split())


#: Objects of *defend* that are the subject's own act or policy (*defended the program*, *defended his
#: decision*): defending them states a view even without an *as* phrase; not *defended the city*.
_DEFENDED_ACTS = frozenset("""
decision program programme policy plan approach record process legislation reform action move choice
remark comment statement position strategy law bill practice handling conduct budget deal agreement ruling
vote decree measure proposal spending surveillance interrogation invasion war report comment
""".split())


def _nobody(subj) -> bool:
    """A subject that says nobody spoke: *no officials*, *neither X nor Y*, *none of them*, *nobody*."""
    if subj is None:
        return False
    return subj.lower_ in {"nobody", "none", "neither", "noone"} or any(
        c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in subj.children)


#: Nouns of a verdict or a statement in whose *in* phrase a speech verb is said (*ruled in a 5-4 decision that*).
_SETTING_SPEECH_NOUNS = frozenset({"decision", "ruling", "opinion", "judgment", "judgement", "verdict", "statement",
                                   "letter", "speech", "interview", "order"})


def _clause_on_setting_noun(ctx: QuoteContext, verb) -> list:
    """*The Court ruled Thursday in a 5-4 decision that the ban is unconstitutional*: the *that* clause the
    parser hung on the noun of the verb's *in* phrase (as its ``acl``) is the verb's content; not a
    relative clause (*in a decision that shocked many*: *that* is its subject)."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i):
        for noun in (k for k in prep.children if k.dep_ == "pobj" and k.lemma_.lower() in _SETTING_SPEECH_NOUNS):
            out.extend(c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.i > noun.i and not ctx.quoted(c)
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
    return out


#: Passive speech verbs whose subject is the one charged or asked, with what carries the content: the
#: *of* phrase of *was accused of*, the infinitive of *were told to*.
_PASSIVE_CUES = {"accuse": "of", "tell": "xcomp", "ask": "xcomp", "urge": "xcomp"}
_MODAL_WORDS = frozenset({"will", "would", "could", "might", "may", "should", "shall", "can"})


def _passive_charge_or_request(ctx: QuoteContext, verb, cue: Cue) -> Quote | None:
    """*The government has been accused of bullying the tiny nation*, *Journalists were told to dress for a warm
    climate*: the charge or the request, said by the *by* agent or, without one, by nobody named.

    None when the verb is not passive, is negated, is a participle hung on a noun (*the man accused of
    murder*: a label, not a report), or has no such complement."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children) \
            or verb.dep_ in {"acl", "amod", "relcl", "xcomp", "pcomp"} or ctx.quoted(verb) \
            or any(c.dep_ == "aux" and c.lower_ in _MODAL_WORDS for c in verb.children):
        return None                      # not "denied being asked to", "someone else will be asked to"
    need = _PASSIVE_CUES[verb.lemma_.lower()]
    comps = [c for c in verb.children if c.i > verb.i and (
        c.dep_ == "prep" and c.lower_ == need or need == "xcomp" and c.dep_ == "xcomp" and c.tag_ == "VB")]
    if not comps:
        return None
    toks = [t for c in comps for t in c.subtree if t.i != c.i or c.dep_ != "prep"]     # without the *of*
    heads = {c.i for c in comps if c.dep_ == "xcomp"}
    late = next((t for t in toks if t.lower_ == "by" and t.dep_ in {"agent", "prep"} and t.head.i in heads
                 and not any(a.dep_ == "auxpass" for a in t.head.children)
                 and any(k.dep_ == "pobj" and k.pos_ in {"PROPN", "NOUN"} and k.ent_type_ not in {"DATE", "TIME"}
                         for k in t.children)), None)
    if late is not None:                 # "was asked to concede on Wednesday by Senator X": the agent the
        toks = [t for t in toks if t.i < late.i]     # parser hung inside the infinitive is the speaker
    agents = [k for c in verb.children if c.dep_ == "agent" for k in c.children if k.dep_ == "pobj"] or [
        k for k in (late.children if late is not None else ()) if k.dep_ == "pobj"]
    speaker = speaker_of(ctx, agents[0]) if agents else None
    return _reported(ctx, toks, speaker, cue)


#: Verbs reporting an open question only through a *whether* / *if* clause (*scientists debate whether ...*).
_QUESTION_VERBS = frozenset({"debate"})


def _clause_as_object(ctx: QuoteContext, verb) -> list:
    """*The authors proposed that in Caudipteryx, ..., two-legged running automatically induced wing flapping*:
    the parser read the *that* clause as a noun object carrying the *that*; that object is the clause."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and not ctx.quoted(c) and (
        any(m.dep_ == "mark" and m.lower_ == "that" and m.i == verb.i + 1 for m in c.children)
        or c.lower_ == "that" and c.i == verb.i + 1 and c.right_edge.i - c.i >= 4
        and any(t.pos_ == "VERB" for t in c.subtree))]
    # or *that* itself the object, the clause hung below it (then :func:`_reported` drops the *that*)


def _colon_quotation_after(ctx: QuoteContext, last) -> bool:
    """*Bush mentioned other points: "We also talked about ..."*: a topic introducing a quotation after a
    colon, which is the content (its own row); the topic is no second attribution."""
    doc, end = last.doc, min(last.sent.end, last.i + 8)   # "mentioned other points from the meeting:"
    colon = next((t for t in doc[last.i + 1:end] if t.text == ":"), None)
    return colon is not None and colon.i + 1 < len(doc) \
        and not any(ctx.quoted(t) or t.pos_ in {"VERB", "AUX"} for t in doc[last.i + 1:colon.i]) \
        and (ctx.quoted(doc[colon.i + 1]) or doc[colon.i + 1].text in MARKS)


def _stance_object(ctx: QuoteContext, verb) -> Quote | None:
    """*Durbin rejected that argument*, *Perino defended the program as legal*, *Bush outlined the strategy*.

    The verb and its object (with an *as* phrase), said by the verb's subject; None when the verb is
    negated, passive or an infinitive's, or the object does not qualify.
    """
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        return _stance_object_before(ctx, verb)
    if verb.dep_ in {"xcomp", "amod", "acl"} or ctx.quoted(verb) or any(
            c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}]
    if not objs:
        return None
    obj = objs[0]
    need = _STANCE_OBJECT_VERBS[verb.lemma_.lower()]
    toks = list(obj.subtree)
    if need == "claim" and obj.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    if need == "as":
        preps = [c for c in list(verb.children) + list(obj.children)
                 if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i]
        if preps:
            toks = toks + list(preps[0].subtree)
        elif not (verb.lemma_.lower() == "defend" and obj.lemma_.lower() in _DEFENDED_ACTS):
            return None              # "Cheney defended the program": a decision or policy defended is a view of it
    if need == "any" and obj.pos_ != "NOUN":
        return None
    if _nobody(subject_token(verb, ctx=ctx)) or _colon_quotation_after(ctx, toks[-1]):
        return None                      # "no officials have discussed ...": nothing was said
    toks = sorted({t.i: t for t in [verb] + toks}.values(), key=lambda t: t.i)
    speaker = _verb_speaker(ctx, verb, toks)
    subj = subject_token(verb, ctx=ctx)
    if speaker is None or not speaker.actor and _thing_noun(subj) and subj.lemma_.lower() not in EVIDENCE_NOUNS:
        return None                      # not "the storm dismissed ..."; a report or poll may outline a plan
    return _reported(ctx, toks, speaker, Cue(verb.text, verb.idx, verb.idx + len(verb)))


#: Nouns of a circulating statement whose *that* clause is reported speech even without an owner
#: (*amid speculation that*, *investigating allegations that*, *there were reports that*); not
#: *belief*, *fear*, *concern* (someone's state, named elsewhere in the sentence).
_OWNERLESS_NOUNS = frozenset({"allegation", "accusation", "claim", "speculation", "rumor", "rumour", "report", "plea",
                              "suggestion", "consensus"})
# *there is consensus that the island's environment changed*: a belief whose holders are left implicit


def _ownerless_claim(ctx: QuoteContext, noun) -> Quote | None:
    """*Along with speculation that the document was written by X*: the clause, with no speaker.

    None when the noun has an owner (*his claim that*, *claims by X that*: the speech-noun rule) or is
    the object of a speech verb (*denied allegations that*: that verb's rule), or the clause is not
    marked by *that*.
    """
    if ctx.quoted(noun) or any(c.dep_ in {"poss", "agent"} or c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}
                               for c in noun.children):
        return None
    if any(c.dep_ == "det" and c.lower_ in {"no", "little"} for c in noun.children):
        return None                      # "there was no consensus that ...": nobody holds it
    if noun.head.i != noun.i and noun.head.pos_ == "VERB" and is_speech_verb(noun.head):
        return None
    clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > noun.i and not ctx.quoted(c)
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    # a relcl whose *that* is a mark, not its subject or object: the parser's reading of a content clause
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if not clauses and nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "det":
        # "heard a plea that terrorism suspects being held ... should be given": *that* read as a determiner
        clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.left_edge.i == nxt.i
                   and not ctx.quoted(c)]
    if not clauses:
        return None
    toks = [t for t in clauses[0].subtree if t.i != noun.i + 1 or t.lower_ != "that"]
    rest = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > toks[-1].i
                 and not any(k.dep_ in {"nsubj", "nsubjpass", "expl"} for k in c.children)), None) if toks else None
    if rest is not None:                 # "... at Guantánamo Bay, Cuba, should be given": the clause's verb
        toks = toks + list(noun.doc[toks[-1].i + 1:rest.right_edge.i + 1])   # hung subjectless on the main verb
    return _reported(ctx, toks, None, Cue(noun.text, noun.idx, noun.idx + len(noun)))


def _stance_object_before(ctx: QuoteContext, verb) -> Quote | None:
    """*The strategy for Iraq, outlined by President Bush in a speech, ...*: the noun phrase before the
    participle, said by the *by* agent; not with an *as* condition (*defend*)."""
    noun = verb.head
    need = _STANCE_OBJECT_VERBS[verb.lemma_.lower()]
    if need == "as" or need == "claim" and noun.lemma_.lower() not in _CLAIM_NOUNS or ctx.quoted(verb):
        return None
    agents = [c for c in verb.children if c.dep_ == "agent"]
    pobj = [k for a in agents for k in a.children if k.dep_ == "pobj"]
    if not pobj:
        return None
    skip = {t.i for t in verb.subtree}
    toks = [t for t in noun.subtree if t.i not in skip and t.i < verb.i]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    speaker = speaker_of(ctx, pobj[0])
    if not toks or speaker is None or not speaker.actor and _thing_noun(pobj[0]) \
            and pobj[0].lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    return _reported(ctx, toks, speaker, Cue(verb.text, verb.idx, verb.idx + len(verb)))


_FORM_WORDS = frozenset({"according", "in"}) | SPEECH_NOUNS | _BELIEF_ADJECTIVES | _QUOTE_VERB_FORMS
_LEMMA_WORDS = (SPEECH_NOUNS | VIEW_NOUNS | {"make"} | FINDING_VERBS | QUOTE_VERBS | frozenset(_STANCE_OBJECT_VERBS)
                | _OWNERLESS_NOUNS)
#: Their flags by string hash (:func:`analysis.word_flags.word_flags`), kept across documents.
_CUE_FORMS: dict[int, int] = {}
_CUE_LEMMAS: dict[int, int] = {}


def _is_cue_form(word: str) -> int:
    return int(word in _FORM_WORDS)


def _is_cue_lemma(lemma: str) -> int:
    return int(lemma.lower() in _LEMMA_WORDS)


def _indirect_quotes(ctx: QuoteContext) -> list[Quote]:
    out = []
    # every rule below needs a noun, verb or adjective, a VB* tag (is_speech_verb), or "according" / "in":
    # other tokens are skipped on integer attributes read once, before any Token attribute
    attrs = ctx.doc.to_array([POS, TAG, LOWER, LEMMA, DEP])
    strings = ctx.doc.vocab.strings
    verb_tags = [h for h in np.unique(attrs[:, 1]).tolist() if strings[h].startswith("VB")]
    usable = (among(attrs[:, 0], (NOUN, VERB, ADJ)) | among(attrs[:, 1], verb_tags)
              | among(attrs[:, 2], (strings["according"], strings["in"])))
    # and each rule's word test (on the form or the lemma), or a verb's advcl for "as X put it"; the words
    # of the tokens still usable only
    rows = np.flatnonzero(usable)
    usable[rows] = ((word_flags(attrs[rows, 2], strings, _CUE_FORMS, _is_cue_form) != 0)
                    | (word_flags(attrs[rows, 3], strings, _CUE_LEMMAS, _is_cue_lemma) != 0)
                    | (attrs[rows, 0] == VERB) & (attrs[rows, 4] == strings["advcl"]))
    usable = usable.tolist()
    for verb, i in zip(ctx.tokens, ctx.tok_ids):
        if not usable[i]:
            continue
        if ctx.quoted(verb):
            continue
        if verb.lower_ == "according":
            q = _according_to_clause(ctx, verb)
            if q is not None:
                out.append(q)
            continue
        if verb.lower_ == "in" and verb.dep_ == "prep":
            q = _in_view_clause(ctx, verb)
            if q is not None:
                out.append(q)
            continue
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in _OWNERLESS_NOUNS:
            q = _ownerless_claim(ctx, verb)
            if q is not None:
                out.append(q)
                continue
        if verb.pos_ == "NOUN" and verb.lemma_.lower() == "hope" and verb.dep_ == "pobj" \
                and verb.head.lower_ in {"in", "with"}:
            q = _in_the_hope(ctx, verb)
            if q is not None:
                out.append(q)
            continue
        if is_speech_noun(verb) or (verb.pos_ == "NOUN" and verb.lemma_.lower() in VIEW_NOUNS):
            clauses = [c for c in verb.children if c.dep_ in {"acl", "ccomp"} and not ctx.quoted(c)
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            owner = [c for c in verb.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")]
            if clauses and not owner and verb.dep_ == "dobj" and verb.head.pos_ == "VERB" \
                    and verb.head.lemma_.lower() in _AIRING_VERBS:
                q = _aired_view(ctx, verb, clauses[0])
                if q is not None:
                    out.append(q)
            elif clauses and owner:
                speaker = speaker_of(ctx, verb)
                if speaker is not None and speaker.actor:
                    q = _reported(ctx, list(clauses[0].subtree), speaker, Cue(verb.text, verb.idx, verb.idx + len(verb)))
                    if q is not None:
                        out.append(q)
            elif owner and owner[0].dep_ == "poss" and verb.lemma_.lower() in _NOUN_OF_CONTENT:
                q = _noun_content(ctx, verb)
                if q is not None:
                    out.append(q)
            elif not owner and verb.lemma_.lower() in _NOUN_OF_CONTENT and verb.dep_ == "dobj" \
                    and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in _MAKING_VERBS:
                q = _made_noun_content(ctx, verb)
                if q is not None:
                    out.append(q)
            continue
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "make":
            out.extend(_made_clear(ctx, verb))
            continue
        if verb.pos_ == "VERB" and verb.lemma_.lower() in FINDING_VERBS:
            out.extend(_finding(ctx, verb))
            continue
        if verb.dep_ == "advcl" and verb.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "as"
                                                                 for c in verb.children):
            q = _as_x_put_it(ctx, verb)
            if q is not None:
                out.append(q)
                continue
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and verb.lower_ in _BELIEF_ADJECTIVES:
            q = _belief_adjective(ctx, verb)
            if q is not None:
                out.append(q)
            continue
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _STANCE_OBJECT_VERBS:
            q = _stance_object(ctx, verb)
            if q is not None:
                out.append(q)
                continue                 # else "dismissed ..." may still report a clause below
        if not is_speech_verb(verb):
            continue
        cue = Cue(verb.text, verb.idx, verb.idx + len(verb))
        if verb.lemma_.lower() in _INTENTION_VERBS and _first_or_second_person(subject_token(verb, ctx=ctx)):
            continue                     # "I want that to be clear" outside quotation marks: a transcript
        if _is_parenthetical(ctx, verb) and verb.head.i < verb.i and verb.head.pos_ != "PROPN":
            # "The economy is recovering, Smith said, but ...": the clause before the verb
            toks = [t for t in verb.head.subtree if t.i < verb.left_edge.i]
            speaker = _verb_speaker(ctx, verb, toks) if toks else None
            q = _reported(ctx, toks, speaker, cue) if speaker is not None else None
            if q is not None:
                out.append(q)
            continue
        if verb.lemma_.lower() in _BELIEF_VERBS and (
                any(c.dep_ == "auxpass" for c in verb.children) or verb.sent.text.rstrip().endswith("?")):
            continue                     # "it is widely believed that", "what do you feel are ...?": nobody's view
        clauses = [c for c in verb.children if c.dep_ == "ccomp"
                   and (not ctx.quoted(c) or any(m.dep_ == "mark" for m in c.children)
                        or any(k.dep_ in {"nsubj", "nsubjpass"} and not ctx.quoted(k) for k in c.children))]
        clauses = clauses or _clause_on_setting_noun(ctx, verb) or _clause_as_object(ctx, verb)
        if verb.lemma_.lower() in _QUESTION_VERBS:
            clauses = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ in {"whether", "if"}
                                                 for m in c.children)]
        # a clause whose verb is quoted counts when its subject or *that* is the reporter's
        # ("reports that the offer "has been welcomed" by ..."); at least three words outside the marks
        for clause in clauses:
            toks = _without_reporter_conjunct(verb, clause, list(clause.subtree)) + _noun_conjuncts(verb, clause)
            toks = toks + _that_conjunct(verb, clause, toks)
            toks = _object_subject(verb, clause) + toks
            if toks and toks[0].i < verb.i and all(t.lower_ in _RELATIVE_WORDS or t.is_punct
                                                   for t in toks if t.i < verb.i):
                toks = [t for t in toks if t.i > verb.i]   # "the plan, which he fears will result in ...":
                # the relative pronoun is the reported clause's subject, the content what follows the verb
            toks = toks + _condition_after(verb, toks)
            speaker = _verb_speaker(ctx, verb, toks)
            q = _reported(ctx, toks, speaker, cue) if speaker is not None else None
            if q is not None:
                out.append(q)
                added = _added_statement(ctx, toks, q.end)
                if added is not None:    # "says A, adding B": B is the same speaker's second statement
                    second = _reported(ctx, added[1], speaker, added[0])
                    if second is not None:
                        out.append(second)
        if not clauses and verb.lemma_.lower() in _PASSIVE_CUES:
            q = _passive_charge_or_request(ctx, verb, cue)
            if q is not None:
                out.append(q)
                continue
        if clauses or verb.lemma_.lower() not in OBJECT_VERBS | frozenset(_PREP_CONTENT_VERBS) \
                or verb.dep_ == "xcomp" and not _goes_on_to(verb) \
                or any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
            continue                     # "refused to criticise", "did not call for", "was accused of"
        comps = [c for c in verb.children if c.i > verb.i and (c.dep_ in {"dobj", "prep", "xcomp", "oprd", "dative"}
                 or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))]
        # not "Before the elections, X accused ...": a setting before the verb; "called for the
        # election to be postponed" is parsed as an adverbial clause marked by "for".
        # The object must carry what was said (accused X *of*, called *for*, described X *as*,
        # urged X *to*): a bare object ("criticised NATO") or a place or time ("in a statement")
        # reports an act, not speech -- except after "demand" and "urge" ("demands new elections")
        if verb.lemma_.lower() in _PREP_CONTENT_VERBS:
            if _nobody(subject_token(verb, ctx=ctx)):
                continue                 # "neither Souter nor his spokeswoman have commented on the matter"
            if verb.lemma_.lower() in _TOPIC_VERBS and (
                    verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to"
                                                                         for c in verb.children))
                    or verb.sent.text.rstrip().endswith("?")
                    or _first_or_second_person(subject_token(verb, ctx=ctx))):
                continue                 # "Speaking about the campaign, McCain said ...": the setting of a
                # statement; "joined X to talk about Y": a purpose; "how could we talk about ...?": the writer
            comps = [c for c in comps if _prep_content(verb, c) and not _colon_quotation_after(ctx, c.right_edge)]
        bare = verb.lemma_.lower() in _BARE_OBJECT_VERBS and any(c.dep_ == "dobj" for c in comps)
        if not (bare or any(_carries_content(c) for c in comps)
                or verb.lemma_.lower() in _PREP_CONTENT_VERBS and comps):   # "at length about": checked above
            continue
        if verb.lemma_.lower() in _ANNOUNCING_VERBS:
            comps = [c for c in comps if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
            if not comps:
                continue                 # not "was confirmed as chief justice", "announced to the crowd"
        elif verb.lemma_.lower() == "voice" and any(c.dep_ == "dobj" and c.lemma_.lower() in _VOICE_ACTING
                                                    for c in comps):
            continue                     # "voiced a character in the film": acting, not an opinion aired
        elif verb.lemma_.lower() in _BARE_OBJECT_VERBS - {"demand", "urge"} and bare and not any(
                c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in comps):
            continue                     # "expressed solidarity with Poland", not "stressed that" (a clause)
        if verb.lemma_.lower() in _XCOMP_ONLY_VERBS:
            comps = [c for c in comps if c.dep_ == "xcomp" or _asked_or_admitted(verb, c)] or [
                c for c in comps if c.dep_ == "dobj" and verb.lemma_.lower() == "request"
                and any(_carries_content(k) for k in comps if k.dep_ == "dobj")]
            # "requested US$ 196 billion for the wars": a request with what it is for, not *requested anonymity*
            if not comps or verb.sent.text.rstrip().endswith("?") or any(
                    c.dep_ == "mark" and c.lower_ == "if" for c in verb.children) or \
                    _first_or_second_person(subject_token(verb, ctx=ctx)):
                continue                 # "wants a vote", "plans for", "if you want to", "do they want to ...?"
        skip = {t.i for c in comps for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                for t in a.subtree}
        for second in (a for c in comps for a in c.subtree if a.i != c.i and finite_conj_of_infinitive(a)):
            skip |= {t.i for t in second.subtree} | {k.i for k in second.head.children if k.dep_ == "cc"
                                                     and k.i < second.i}
            # "urged X to support Y and called on Z to ...": the second verb has its own row
        toks = [verb] + [t for c in comps for t in c.subtree if t.i not in skip]   # not ", a charge that ..."
        toks = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
        toks = [t for t in toks if t.i <= max(c.right_edge.i for c in comps)]
        toks = _before_second_participle(toks)
        conj = next((c for c in verb.children if c.dep_ == "conj" and toks and c.i > toks[-1].i
                     and any(m.dep_ == "mark" and m.lower_ in {"that", "for"} for m in c.children)), None)
        if conj is not None:             # "recommended an amendment of the Act and for the department to be
            toks = toks + list(verb.doc[toks[-1].i + 1:conj.right_edge.i + 1])   # abolished": both recommended
        toks = toks + _condition_after(verb, toks)
        speaker = _verb_speaker(ctx, verb, toks)
        if speaker is not None and verb.lemma_.lower() in _COMMITMENT_VERBS | _XCOMP_ONLY_VERBS \
                and not speaker.actor and _thing_noun(subject_token(verb, ctx=ctx)) \
                and not _document_request(ctx, verb, subject_token(verb, ctx=ctx)):
            continue                     # "the fire threatens to spread", "the model promises to be faster"
        if speaker is not None and verb.lemma_.lower() in _EMPHASIS_VERBS \
                and not speaker.actor and _holds_no_view(subject_token(verb, ctx=ctx)):
            continue                     # "his arrival underscored the commitment"; a report may stress a need
        q = _reported(ctx, toks, speaker, cue) if speaker is not None else None
        if q is not None:
            out.append(q)
    return out


def _in_the_hope(ctx: QuoteContext, noun) -> Quote | None:
    """*Huckabee welcomed Nader, in the hopes that he will lessen ...*, *testified in the hope of receiving ...*:
    the *that* clause or the *of* gerund, hoped by the subject of the verb the phrase hangs on; not a
    hope owned by someone else (*in his hope that*) nor one inside quotation marks."""
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"} or ctx.quoted(noun) or any(c.dep_ == "poss" for c in noun.children):
        return None
    content = [c for c in noun.children if c.i > noun.i and (
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        or c.dep_ == "prep" and c.lower_ == "of" and any(k.dep_ == "pcomp" and k.tag_ == "VBG" for k in c.children))]
    if not content:
        return None
    toks = list(content[0].subtree)
    if toks[0].lower_ == "of":
        toks = toks[1:]
    speaker = _verb_speaker(ctx, verb, toks)
    if speaker is None or not speaker.actor and _thing_noun(subject_token(verb, ctx=ctx)):
        return None
    return _reported(ctx, toks, speaker, Cue(noun.text, noun.idx, noun.idx + len(noun)))


#: Verbs that air a view noun's *that* clause for their subject (*Congress has shown concern that ...*,
#: *critics raised fears that ...*, *she voiced hope that ...*).
_AIRING_VERBS = frozenset({"show", "raise", "voice", "air", "share", "have"})


def _aired_view(ctx: QuoteContext, noun, clause) -> Quote | None:
    """*X has shown a noted concern that C*: C, held by the subject of the verb whose object is the noun."""
    verb = noun.head
    if ctx.quoted(clause) or any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children) \
            or any(c.dep_ == "neg" or c.lower_ in {"no", "little"} for c in noun.children):
        return None                      # "did not raise concerns that", "there is little concern that"
    toks = list(clause.subtree)
    speaker = _verb_speaker(ctx, verb, toks)
    subj = subject_token(verb, ctx=ctx)
    if speaker is None or not speaker.actor and _holds_no_view(subj):
        return None                      # not "the case raised concerns that": a thing holds no view
    cue = Cue(ctx.text[verb.idx:noun.idx + len(noun)], verb.idx, noun.idx + len(noun)) if verb.i < noun.i else \
        Cue(noun.text, noun.idx, noun.idx + len(noun))
    return _reported(ctx, toks, speaker, cue)


#: Speech nouns whose *of* / *for* phrase is what was said (*Trump's promise of a wall*,
#: *Clinton's call for a ban*), with their prepositions; not *demand* (*China's demand for iron ore*).
_NOUN_OF_CONTENT = {"promise": {"of", "to"}, "pledge": {"of", "to"}, "vow": {"of", "to"}, "call": {"for"},
                    "threat": {"of", "to"}, "denial": {"of"}, "claim": {"of"},
                    "proposal": {"for", "of", "to"}, "prediction": {"of"}, "warning": {"of"}, "petition": {"for"}}
# *the SEC's petition to grant plenary powers to the receiver*: the infinitive after any of them too


def _noun_content(ctx: QuoteContext, noun) -> Quote | None:
    """*Trump's promise of a wall*: the noun and its *of* / *for* phrase, said by the owner."""
    preps = [c for c in noun.rights if c.dep_ in {"prep", "acl"} and c.lower_ in _NOUN_OF_CONTENT[noun.lemma_.lower()]
             and c.i == noun.i + 1 or c.dep_ == "acl" and c.i == noun.i + 2 and noun.doc[noun.i + 1].lower_ == "to"]
    if not preps or ctx.quoted(noun):
        return None
    speaker = speaker_of(ctx, noun)
    if speaker is None or not speaker.actor:
        return None
    toks = [noun] + list(preps[0].subtree)
    after = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}
                  and c.left_edge.i == preps[0].right_edge.i + 1), None)
    if after is not None and preps[0].lower_ == "of":
        toks += list(after.subtree)      # "prediction of 20 million jobs lost this year": the participle
        # the parser hung on the noun belongs to the *of* object
    return _reported(ctx, toks, speaker, Cue(noun.text, noun.idx, noun.idx + len(noun)))


#: Verbs that make or restate a promise, call or proposal (*repeated a campaign promise to deliver a speech*,
#: *made a pledge to*, *issued a call for*): their subject owns the noun's content.
_MAKING_VERBS = frozenset({"make", "repeat", "renew", "reiterate", "reaffirm", "restate", "issue"})


def _made_noun_content(ctx: QuoteContext, noun) -> Quote | None:
    """*Obama repeated a campaign promise to deliver a speech in a Muslim capital*: the noun's infinitive or
    *of* / *for* phrase, said by the subject of the verb that makes the noun (:data:`_MAKING_VERBS`).

    None when the verb is negated or passive, the noun has no such phrase right after it (*made a promise
    to the voters*: an addressee), or the subject names no actor."""
    verb = noun.head
    if ctx.quoted(noun) or any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return None
    allowed = _NOUN_OF_CONTENT[noun.lemma_.lower()] - {"to"}
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in allowed and c.i == noun.i + 1
             or c.dep_ == "acl" and c.i == noun.i + 2 and noun.doc[noun.i + 1].lower_ == "to"]
    if not preps:
        return None
    toks = [noun] + list(preps[0].subtree)
    speaker = _verb_speaker(ctx, verb, toks)
    if speaker is None or not speaker.actor:
        return None
    return _reported(ctx, toks, speaker, Cue(noun.text, noun.idx, noun.idx + len(noun)))


#: Speech verbs whose object is the addressee (*told reporters he ...*), not a stray piece of the clause.
_ADDRESSEE_VERBS = frozenset("""
    tell inform assure reassure warn remind notify brief advise urge ask promise caution persuade convince
    show teach call
    """.split())


#: Words that open a condition on what was said (*offered to oppose McCain, if he so preferred*).
_CONDITION_WORDS = frozenset({"if", "unless", "provided", "providing"})


def _condition_after(verb, toks) -> list:
    """A condition parsed on the speech verb right after its content: part of what was said.

    *Feaver found that opinion will support the war, despite casualties,
    provided that the public believed ...*: the *provided* (or *if*,
    *unless*) clause hangs on *found*; it is returned with the words between.
    """
    if not toks:
        return []
    last = max(t.i for t in toks)
    for c in verb.children:
        if c.i <= last or c.is_punct:
            continue
        opens = c.lower_ in _CONDITION_WORDS and c.dep_ == "prep" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _CONDITION_WORDS and m.i == c.left_edge.i for m in c.children)
        gap = verb.doc[last + 1:c.left_edge.i]
        if opens and all(t.is_punct for t in gap):
            return list(gap) + list(c.subtree)
        break                            # only the complement right after the content
    return []


def _object_subject(verb, clause) -> list:
    """The tokens of an object parsed between a speech verb and its clause that is the clause's subject.

    *Fratto says its use in the past under the conditions approved by the
    attorney general and the president was legal*: the parser takes *its
    use ...* for the object of *says* and *the president was legal* for the
    clause. The object is taken back into the clause when it follows the
    verb directly, the clause follows it with no *that*, and the verb does
    not take an addressee (:data:`_ADDRESSEE_VERBS`).
    """
    if verb.lemma_.lower() in _ADDRESSEE_VERBS or any(m.dep_ == "mark" for m in clause.children):
        return []
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and verb.i < c.i < clause.left_edge.i]
    if len(objs) != 1 or objs[0].left_edge.i != verb.i + 1 or objs[0].right_edge.i + 1 > clause.left_edge.i:
        return []
    obj = objs[0]
    gap = [t for t in verb.doc[obj.right_edge.i + 1:clause.left_edge.i]]
    if any(not (t.is_space or t.dep_ == "cc") for t in gap) or obj.pos_ == "PRON":
        return []                        # "said it, and ...", "said this: ..."
    return list(obj.subtree)


#: Relative pronouns that open a reported clause before its speech verb (*which he said was ...*).
_RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "what"})


#: Object verbs of commitment: reported speech only when someone (not something) commits.
_COMMITMENT_VERBS = frozenset({"promise", "pledge", "vow", "threaten", "swear"})

#: Verbs of intention or desire (an internal state, which attribution annotators mark: *Obama wants to
#: raise taxes*) and of denial or admission (*Rove denied ever influencing ...*): they report only
#: through a ``to``-infinitive or gerund (``xcomp``), never through a bare object or a preposition.
_INTENTION_VERBS = frozenset({"want", "plan", "intend", "aim", "seek", "wish"})
_XCOMP_ONLY_VERBS = _INTENTION_VERBS | {"hope", "request", "deny", "admit", "ask", "exhort", "offer", "advise"}
# "ask", "exhort": a request only with what is asked (*asking the Justice Department to investigate*), not
# *asked about the plan*; "offer": a commitment (*offered to resign*), not *offered a reward*


#: Speech verbs whose content is the object of one of these prepositions only (*complained of abuse*,
#: *argue against constitutional protections for ...*); not *complained to the police*, *argued for hours*,
#: *arguing for Andersen* (a lawyer's client).
_PREP_CONTENT_VERBS = {"complain": frozenset({"of", "about"}), "argue": frozenset({"for", "against"}),
                       "comment": frozenset({"on"}), "speak": frozenset({"of", "about"}),
                       "talk": frozenset({"about"}), "wonder": frozenset({"about"})}
# *commented on the problems at the border*: the topic commented on is the content (PolNeAR marks it);
# not *declined to comment on* (an infinitive) nor *commented on Monday* (a time); likewise the topic
# of *spoke of his determination to ...*, *talked about his hopes for a peace deal*, *have long
# wondered about the role they played* (hold-out batches 10-11); not *spoke to reporters*
#: Of those, the verbs of talk about a topic (the topic is content only when the talk is the statement).
_TOPIC_VERBS = frozenset({"speak", "talk"})
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "time", "while"})


def _prep_content(verb, comp) -> bool:
    """The *of / about / for / against* phrase of :data:`_PREP_CONTENT_VERBS` whose object is a common noun
    or a gerund, not a time or a name."""
    if comp.dep_ == "prep" and comp.lower_ in {"at", "in"}:
        inner = [k for c in comp.children if c.dep_ == "pobj" and c.lemma_.lower() in {"length", "detail"}
                 for k in c.children if k.dep_ == "prep"]
        comp = inner[0] if inner else comp   # "talked at length about the issues": the parser hung the
        # topic on *length*
    if comp.dep_ != "prep" or comp.lower_ not in _PREP_CONTENT_VERBS.get(verb.lemma_.lower(), ()):
        return False
    objs = [c for c in comp.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objs) and objs[0].pos_ in {"NOUN", "VERB"} and objs[0].lemma_.lower() not in _TIME_NOUNS \
        and objs[0].ent_type_ not in {"DATE", "TIME"}


#: What *asked for* / *admitted to* name is not a request or an admission (*asked for comment*).
_NOT_ASKED_FOR = frozenset({"comment", "comments", "reaction", "response", "details", "identification"})


def _asked_or_admitted(verb, comp) -> bool:
    """*asked for more votes*, *asked for the two to put aside ...*, *admitted to a key role*, *admitted to lying*.

    The request or the admission with a noun phrase or a clause after *for* / *to* (the verb active:
    not *was admitted to hospital*); not *asked for comment*.
    """
    lemma = verb.lemma_.lower()
    if lemma == "ask" and comp.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ == "for" for m in comp.children)
    if comp.dep_ != "prep" or (lemma, comp.lower_) not in {("ask", "for"), ("admit", "to")}:
        return False
    objs = [c for c in comp.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objs) and objs[0].lower_ not in _NOT_ASKED_FOR and objs[0].pos_ != "PROPN"


def _holds_no_view(subj) -> bool:
    """A subject naming a thing that states nothing (*the case*, *his arrival*); not a report or poll, not *critics*."""
    return _thing_noun(subj) and subj.lemma_.lower() not in EVIDENCE_NOUNS | {"critic", "skeptic", "sceptic",
                                                                              "cleric"}


#: Request verbs a document can be the subject of (*the report asks governments to ...*).
_REQUEST_VERBS = frozenset({"ask", "request", "advise", "exhort"})


def _document_request(ctx: QuoteContext, verb, subj) -> bool:
    """*The report asks governments to ...*, *The report urged ... It also asks ...*: a document's request.

    The subject is a document noun, or *it* standing for the source of the
    sentence before (:func:`~analysis.quote_speakers.it_of_source`); the verb
    one of :data:`_REQUEST_VERBS`.
    """
    if subj is None or verb.lemma_.lower() not in _REQUEST_VERBS:
        return False
    if subj.lower_ == "it":
        return it_of_source(ctx, subj) is not None
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in DOCUMENT_NOUNS


def _thing_noun(tok) -> bool:
    """A subject that names a thing: *it*, *the disease* (not *officials*, *protesters*, *the president*)."""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in {"it", "which", "that"}
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    if lemma in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS or lemma in ANONYMOUS_NOUNS or lemma in ROLE_NOUNS:
        return False
    return lemma not in _BODIES and not lemma.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman",
                                                        "people"))


#: Nouns for people or bodies that can make a promise or a threat (beyond the group and role nouns).
_BODIES = frozenset("""
    counterpart side party country nation state regime military army police court council company union
    group movement rebel militant militia candidate mayor governor chief head king queen prince
    """.split())


def _made_clear(ctx: QuoteContext, verb) -> list[Quote]:
    """*X made (it) clear (that) ...*, *X made the case that ...*: the clause, said by X."""
    anchor = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in {"acomp", "ccomp", "oprd"}
                   or c.dep_ == "dobj" and c.lemma_.lower() in {"case", "point", "argument"}), None)
    if anchor is None:                   # "made clear members have ...": "clear" misparsed as the subject's adjective
        anchor = next((t for t in verb.doc[verb.i + 1:verb.i + 3] if t.lower_ == "clear" and t.dep_ == "amod"
                       and t.head.dep_ == "nsubj" and t.head.head.head.i == verb.i), None)
    if anchor is None or ctx.quoted(verb):
        return []
    clauses = [c for k in (verb, anchor) for c in k.children if c.i > anchor.i
               and c.dep_ in {"ccomp", "acl", "advcl", "csubj"}
               and any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children) and not ctx.quoted(c)]
    if not clauses:
        return []
    toks = [t for t in clauses[0].subtree if t.i > anchor.i]
    speaker = _verb_speaker(ctx, verb, toks)
    if speaker is None:
        return []
    cue = Cue(ctx.text[verb.idx:anchor.idx + len(anchor)], verb.idx, anchor.idx + len(anchor))
    q = _reported(ctx, toks, speaker, cue)
    return [q] if q is not None else []


def _finding(ctx: QuoteContext, verb) -> list[Quote]:
    """*the report found that ...*, *polls show X leading*, *the court / Feaver found that ...*.

    The clause is said by the subject: any document or poll, and, for *find*
    with an explicit *that* clause (or a finite clause without *that*) in the
    active voice, anyone else (a court, a committee, researchers, a person:
    findings are attributions).
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and not ctx.quoted(c)), None)
    if subj is None:
        return []
    that_clauses = [c for c in verb.children if c.dep_ == "ccomp" and not ctx.quoted(c)
                    and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)]
    if verb.lemma_.lower() == "find":    # "They found the faster each ostrich ran, the more it tended to flap"
        that_clauses += [c for c in verb.children if c.dep_ == "ccomp" and not ctx.quoted(c)
                         and c.i > verb.i and c.tag_ in {"VBD", "VBZ", "VBP"}
                         and not any(m.dep_ == "mark" for m in c.children)
                         and any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)
                         and any(k.i > c.i and k.dep_ not in {"punct", "cc", "conj"} for k in c.children)]
        # not "found the air strike justified and called ...": a participle read as a bare past tense
    evidence = subj.lemma_.lower() in EVIDENCE_NOUNS or subj.lower_ in EVIDENCE_NOUNS
    if verb.lemma_.lower() == "hold":    # "the Court held that ...": a court's holding, nothing else
        if not that_clauses or not (evidence or subj.lemma_.lower() in _COURT_NOUNS) \
                or any(c.dep_ in {"auxpass", "nsubjpass", "neg"} for c in verb.children):
            return []
    elif not evidence and not ((verb.lemma_.lower() == "find" or _researcher_shows(verb, subj))
                               and that_clauses and verb.dep_ != "xcomp"
                             and not _first_or_second_person(subj)
                             and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)):
        return []                        # "he found the keys", "we were surprised to find that"
    speaker = speaker_of(ctx, subj)
    if speaker is None:
        return []
    cue = Cue(verb.text, verb.idx, verb.idx + len(verb))
    out = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and not ctx.quoted(c)
                   and (evidence or c in that_clauses)):
        toks = list(clause.subtree)
        q = _reported(ctx, toks + _condition_after(verb, toks), speaker, cue)
        if q is not None:
            out.append(q)
    if not out and evidence and verb.lemma_.lower() in {"show", "find"}:
        out.extend(_finding_object(ctx, verb, speaker, cue))
    return out


def _researcher_shows(verb, subj) -> bool:
    """*researchers have shown that ...*: *show* after a researcher, scientist, expert (:data:`RESEARCHER_NOUNS`)."""
    return verb.lemma_.lower() == "show" and (subj.lemma_.lower() in RESEARCHER_NOUNS
                                              or subj.lower_ in RESEARCHER_NOUNS)


#: Subjects with which *hold that* reports a holding: courts and judges (*the Court held that ...*).
_COURT_NOUNS = frozenset({"court", "judge", "justice", "panel", "tribunal", "majority", "opinion", "ruling"})


def _finding_object(ctx: QuoteContext, verb, speaker, cue) -> list[Quote]:
    """*a poll by the BBC showed overwhelming public sympathy*, *an investigation found no such action*.

    The noun-phrase object of *show* / *find* after a document, poll or study subject is what it found;
    not *showed up* (a particle), a pronoun object, nor a negated or passive verb.
    """
    if any(c.dep_ in {"prt", "neg", "auxpass", "nsubjpass"} for c in verb.children) or verb.dep_ == "xcomp":
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"
            and not ctx.quoted(c)]
    if not objs:
        return []
    toks = sorted({t.i: t for t in [verb] + list(objs[0].subtree)}.values(), key=lambda t: t.i)
    q = _reported(ctx, toks + _condition_after(verb, toks), speaker, cue)
    return [q] if q is not None else []


def _without_reporter_conjunct(verb, clause, toks: list) -> list:
    """A reported clause without a verb phrase coordinated to it that goes on telling what the speaker did.

    *McCain announced that he is suspending his campaign and sought to postpone the debate*: *sought*
    has no subject of its own and the past form of *announced*, while the clause's verb is present or
    modal (*is suspending*, *would vote*); it is the speaker's act, not what was said. Not *he said
    he was tired and wanted to go home*, *had met and decided*, *was posted and called for* (past too).
    """
    forms = [clause.tag_] + [a.tag_ for a in clause.children if a.dep_ in {"aux", "auxpass"}]
    if verb.tag_ != "VBD" or not any(f in {"VBZ", "VBP", "MD"} for f in forms):
        return toks                      # not "had met earlier and decided", "was posted and called for"
    for c in clause.children:
        if c.dep_ == "conj" and c.tag_ == "VBD" and c.i > clause.i and not any(
                k.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for k in c.children):
            cut = c.left_edge.i
            while cut - 1 > clause.i and verb.doc[cut - 1].dep_ in {"cc", "punct"}:
                cut -= 1
            return [t for t in toks if t.i < cut]
    return toks


def _goes_on_to(verb) -> bool:
    """*went on to ask for more votes*, *continued to criticise the plan*: the infinitive is the subject's
    own next statement, not a refusal or a wish (*refused to criticise*, *wants to call for*)."""
    return _goes_on(verb.head)


def _is_speech_participle(tok) -> bool:
    """*warning*, *urging*, *noting*: an *-ing* form of a speech verb, whatever tag the parser gave it."""
    low = tok.lower_
    return low.endswith("ing") and len(low) > 5 and (low[:-3] in QUOTE_VERBS or low[:-3] + "e" in QUOTE_VERBS)


def _before_second_participle(toks: list) -> list:
    """*stressing the need for legislation and warning of "devastating consequences"*: the first object's
    content stops before a coordinated speech participle (the parser hung *warning* on *legislation*),
    which is a second statement, not part of what was stressed."""
    for k, t in enumerate(toks[1:], 1):
        if t.dep_ == "conj" and _is_speech_participle(t) and t.head.i != toks[0].i \
                and any(c.dep_ == "cc" for c in t.head.children):
            cut = t.left_edge.i
            while cut - 1 > toks[0].i and t.doc[cut - 1].dep_ in {"cc", "punct"}:
                cut -= 1
            return [x for x in toks if x.i < cut]
    return toks


def _that_conjunct(verb, clause, toks: list) -> list:
    """*He said that A, and that B*, the parser hanging *B* on *said*: the tokens after the clause up to
    the end of B (a second *that* clause is what was said too, one row with A)."""
    if not toks or clause.dep_ != "ccomp" or clause.head.i != verb.i:
        return []
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > clause.i and c.pos_ in {"VERB", "AUX"}
                 and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
                 and not any(k.dep_ in {"nsubj", "nsubjpass"} and k.i < c.left_edge.i for k in c.children)), None)
    if conj is None and verb.tag_ == "VBG":
        # "Stating that Bolton had received support, but had been denied the vote, Bush announced": a
        # finite verb phrase cannot be coordinated with the participle; it goes on with the clause
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > clause.i and c.tag_ == "VBN"
                     and any(k.dep_ == "aux" and k.tag_ in {"VBD", "VBZ", "VBP", "MD"} for k in c.children)
                     and not any(k.dep_ in {"nsubj", "nsubjpass", "mark"} for k in c.children)), None)
    if conj is None or conj.left_edge.i <= toks[-1].i:
        return []
    return [t for t in verb.doc[toks[-1].i + 1:conj.right_edge.i + 1]]


def _noun_conjuncts(verb, clause) -> list:
    """Tokens of noun phrases coordinated after a reported clause but parsed on its speech verb.

    *stated that the inspection found no contaminated water, and no medical
    evidence to ...*: the second object hangs on *stated*; it belongs to the clause.
    """
    out = []
    for c in verb.children:
        if c.dep_ == "conj" and c.i > clause.right_edge.i and c.pos_ in {"NOUN", "PROPN"} \
                and not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children):
            out.extend(t for t in verb.doc[clause.right_edge.i + 1:c.right_edge.i + 1])
    return out


#: Verbs of belief in ``speech_cues.csv``: a view is reported only in the active voice, outside questions.
_BELIEF_VERBS = frozenset({"believe", "think", "hope", "fear", "expect", "feel", "know", "realize", "realise",
                           "recognize", "recognise", "understand", "anticipate"})

#: Object-taking speech verbs whose bare object is what was said (*demands new elections*).
_BARE_OBJECT_VERBS = frozenset({"demand", "urge", "announce", "confirm", "acknowledge", "predict", "express", "voice",
                                "stress", "emphasise", "emphasize", "underline", "underscore", "reiterate",
                                "reaffirm", "note", "recommend", "anticipate"})
#: Objects of *voice* that are acting, not an opinion aired (*voiced a character*).
_VOICE_ACTING = frozenset({"character", "role", "part", "narration", "narrator", "version", "episode", "film"})
#: Of those, the ones that need a subject able to hold a view (not *his arrival underscored the commitment*).
_EMPHASIS_VERBS = frozenset({"express", "voice", "stress", "emphasise", "emphasize", "underline", "underscore", "reiterate",
                             "reaffirm", "note", "anticipate", "recommend"})
#: Of those, the ones whose noun-phrase object alone is the content (not *announced to the crowd*).
_ANNOUNCING_VERBS = frozenset({"announce", "confirm", "acknowledge", "predict", "note", "recommend", "anticipate"})
# *noted the resilience of the economy*, *a report notes flaws in his reasoning*, *recommended the use of
# ethanol*, *anticipating a "spirited debate"*: the noun phrase is what was said, recommended or expected
# a noun phrase is what was said after these (*announced his resignation*, *confirmed the deaths*,
# *predicted a recession*, *expressed skepticism*, *stressed the need for legislation*, *reiterated his
# support*): attribution annotators mark such content; not "deny" / "admit" (*denied bail*,
# *admitted to hospital*) nor "dispute" (*the two countries disputed ownership of the islands*)


def _carries_content(comp) -> bool:
    """A complement of an object-taking speech verb that says what was said."""
    if comp.dep_ in {"xcomp", "oprd", "advcl"}:
        return True
    if comp.dep_ == "prep":
        return comp.lower_ not in _SETTING_PREPS
    # "accused [the opposition of blocking ...]": the content hangs on the object;
    # "over" after the object is its topic (*expressed skepticism over the bailout*), not a setting
    return comp.dep_ == "dobj" and any(
        (k.dep_ == "prep" and (k.lower_ not in _SETTING_PREPS or k.lower_ == "over")) or k.dep_ in {"acl", "ccomp"}
        for k in comp.children)


# ---------------------------------------------------------------- continuation

def _intervenes(ctx: QuoteContext, start: int, end: int, speaker: Speaker, cue: Cue | None) -> bool:
    """Another speech verb, or a sentence about a different person, between two statements."""
    for t in ctx.tokens_in(start, end):
        if ctx.quoted(t):
            continue
        if (is_speech_verb(t) or according_to(t) is not None) and (cue is None or t.idx != cue.start):
            other, _ = attribution(ctx, t)
            if other is None or not other.actor or other.actor != speaker.actor:
                return True
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT":
            m = ctx.mention_at(t, kinds={"name", "pronoun", "description"})
            if m is not None and m[2] != speaker.actor and not (speaker.start <= t.idx < speaker.end):
                return True
    return False


def _quote_only(ctx: QuoteContext, para: int) -> bool:
    p_start, p_end = ctx.paragraphs[para]
    for i in range(p_start, p_end):
        ch = ctx.text[i]
        if ch.isalnum() and not inside(ctx.spans, i, i + 1):
            return False
    return True


def _opens_paragraph(ctx: QuoteContext, q: Quote) -> bool:
    p_start = ctx.paragraphs[q.para][0]
    return not ctx.text[p_start:q.start].strip(" \t\n" + "".join(MARKS))


def _continue_speakers(ctx: QuoteContext, quotes: list[Quote]) -> list[Quote]:
    quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    by_end = sorted(range(len(quotes)), key=lambda i: quotes[i].end)
    in_para: dict[int, list[int]] = {}
    for i, q in enumerate(quotes):
        in_para.setdefault(q.para, []).append(i)
    j, prev = 0, None
    for k, q in enumerate(quotes):
        while j < len(by_end) and quotes[by_end[j]].end <= q.start:
            if quotes[by_end[j]].speaker is not None:
                prev = quotes[by_end[j]]     # the attributed statement ending last before q
            j += 1
        if q.kind != "direct" or q.cue is not None or q.speaker is not None or prev is None:
            continue
        if prev.para == q.para:
            ok = True
        elif prev.para == q.para - 1 and (_quote_only(ctx, q.para) or _opens_paragraph(ctx, q)):
            later_in_prev = [quotes[i] for i in in_para[prev.para] if quotes[i].start > prev.start]
            ok = all(p.speaker is not None and p.speaker.actor == prev.speaker.actor for p in later_in_prev)
        else:
            ok = False
        if ok and not _intervenes(ctx, prev.end, q.start, prev.speaker, prev.cue):
            quotes[k] = replace(q, speaker=prev.speaker, cue=prev.cue)
    # an unclosed quotation continued in the next paragraph takes the speaker found there
    for k in range(len(quotes) - 1, -1, -1):
        q = quotes[k]
        if q.kind != "direct" or q.speaker is not None or not q.open_ended:
            continue
        nxt = [quotes[i] for i in in_para.get(q.para + 1, []) if quotes[i].kind == "direct"]
        if nxt and nxt[0].speaker is not None:
            if _goes_on_quoting(ctx, nxt[0]):
                quotes[k] = replace(q, speaker=nxt[0].speaker, cue=nxt[0].cue)
    return quotes


def _goes_on_quoting(ctx: QuoteContext, q: Quote) -> bool:
    """Whether quote ``q`` opens its paragraph, with an opening mark or without one.

    Without one: the paragraph continues a quotation left open before it and
    its first mark closes it (:func:`analysis.quote_cues.quotation_spans`).
    """
    p_start = ctx.paragraphs[q.para][0]
    return q.start == p_start or (q.start == p_start + 1 and ctx.text[p_start] in MARKS)


def _merge_runs(ctx: QuoteContext, quotes: list[Quote]) -> list[Quote]:
    """One row for a quotation that runs over several paragraphs.

    A direct quote left open at the end of its paragraph, continued by a
    direct quote opening the next paragraph with the same speaker and no cue
    of its own (the news convention: no closing mark before a paragraph that
    goes on quoting; or no opening mark either, see :func:`_goes_on_quoting`),
    becomes one row from the first opening to the last closing mark; so does
    such a run with no speaker at all.
    """
    quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    first_direct: dict[int, int] = {}
    for i, q in enumerate(quotes):
        if q.kind == "direct":
            first_direct.setdefault(q.para, i)
    drop: set[int] = set()
    for k in range(len(quotes) - 1, -1, -1):
        q = quotes[k]
        if q.kind != "direct" or not q.open_ended or q.para + 1 >= len(ctx.paragraphs):
            continue
        i = first_direct.get(q.para + 1)
        if i is None or i in drop:
            continue
        n = quotes[i]
        if not _goes_on_quoting(ctx, n):
            continue
        unmarked = n.start == ctx.paragraphs[n.para][0]
        if unmarked and n.cue is not None and n.speaker is not None:
            # no opening mark: the paragraph finishes the quotation, its cue (*," said McCain*) is the run's
            quotes[k] = replace(q, end=n.end, open_ended=n.open_ended, speaker=n.speaker, cue=n.cue)
            drop.add(i)
            continue
        if q.speaker is None and n.speaker is None:
            pass                            # an unattributed run is still one quotation
        elif q.speaker is None or n.speaker is None or n.speaker.actor != q.speaker.actor or \
                (n.cue is not None and n.cue != q.cue):
            continue
        quotes[k] = replace(q, end=n.end, open_ended=n.open_ended)
        drop.add(i)
    return [q for i, q in enumerate(quotes) if i not in drop]


# ---------------------------------------------------------------- the stage

def _first_or_second_person(tok) -> bool:
    return tok is not None and tok.lower_ in {"i", "we", "you"}


#: Verbs of a view held (*some see X as Y*): nested in another row's clause, that row holds them.
_SEEING_VERBS = frozenset({"see", "view", "regard"})


def _nested_intention(ctx: QuoteContext, q: Quote, quotes: list[Quote]) -> bool:
    """An intention (*they want X to ...*) or a view (*many regard X as Y*) inside another row's reported
    clause: that row holds it.

    Attribution annotators mark each word in at most one attribution.
    """
    if q.kind != "indirect" or q.cue is None or q.cue.start < 0:
        return False
    if not any(t.lemma_.lower() in _INTENTION_VERBS | _SEEING_VERBS | {"hope"} or t.lower_ in {"hoping", "hopes"}
               for t in ctx.tokens_in(q.cue.start, q.cue.end)):
        return False
    return any(o is not q and o.kind == "indirect" and o.start <= q.start and q.end <= o.end
               and (o.start, o.end) != (q.start, q.end) for o in quotes)


def extract_quotes(doc, mentions: pd.DataFrame | None, *, doc_id: str = "text") -> pd.DataFrame:
    """Find the quotations and reported speech of a parsed article, with speakers.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article parsed by :func:`analysis.nlp.parse` (``doc.text`` is the
        original text).
    mentions : pandas.DataFrame or None
        The ``mentions`` table of this article (from
        :func:`analysis.actors.find_mentions`); rows of other documents are
        ignored. Without it, speakers are kept as text only.
    doc_id : str, default "text"
        Written into the ``doc_id`` column (and used to pick the mentions of
        this document).

    Returns
    -------
    pandas.DataFrame
        The ``quotes`` table, one row per quotation or reported clause, in
        text order:

        ``doc_id``
            The document.
        ``quote_id``
            0-based number of the row in the document.
        ``start``, ``end``
            Character offsets of the quoted words without the quotation marks
            (``direct``, ``partial``, ``unattributed``), or of the reported
            clause (``indirect``). A trailing comma is left out.
        ``text``
            ``text[start:end]``.
        ``kind``
            ``direct`` (a quotation standing as the speaker's sentence),
            ``partial`` (a quoted fragment inside the reporter's sentence),
            ``indirect`` (the clause of a speech verb, not in quotation marks)
            or ``unattributed`` (a quotation with no speaker, e.g. scare quotes).
        ``speaker``
            Canonical actor of the speaker (as in the ``mentions`` table), or
            ``""`` for an anonymous source or no speaker.
        ``speaker_text``, ``speaker_start``, ``speaker_end``
            The words naming the speaker and their offsets (``""``, -1, -1
            when there is no speaker).
        ``cue``, ``cue_start``, ``cue_end``
            The speech verb (``said``) or ``according to`` and its offsets
            (``""``, -1, -1 when there is none).
        ``words``
            Number of word tokens in ``text``.

    Notes
    -----
    The rules are listed in the docstring of :mod:`analysis.quotes`.
    Quotations that are titles or names (``“Hair”``) are not rows.

    Examples
    --------
    >>> from analysis.nlp import parse
    >>> from analysis.actors import find_mentions
    >>> doc = parse("“We will stay,” Mark Rutte said.")                  # doctest: +SKIP
    >>> extract_quotes(doc, find_mentions(doc))[["text", "speaker"]]        # doctest: +SKIP
    """
    ctx = QuoteContext(doc, mentions, doc_id)
    marked = _marked_quotes(ctx)         # fills ctx.titles, which the indirect clauses stop at
    quotes = _merge_runs(ctx, _continue_speakers(ctx, marked + _indirect_quotes(ctx)))
    longest: dict[tuple[int, int], Quote] = {}
    for q in quotes:                     # one indirect row per clause start and cue
        key = (q.start, q.cue.start) if q.kind == "indirect" and q.cue is not None else (q.start, -q.end - 1)
        if key not in longest or q.end > longest[key].end:
            longest[key] = q
    quotes = list(longest.values())
    quotes = [q for q in quotes if not _nested_intention(ctx, q, quotes)]
    quotes = sorted(quotes, key=lambda q: (q.start, q.end, q.kind))
    text = ctx.text
    rows = []
    for q in quotes:
        speaker = q.speaker or NO_SPEAKER
        cue = q.cue or NO_CUE
        kind = q.kind if speaker.text else "unattributed"
        if not speaker.text:
            cue = NO_CUE
        rows.append((doc_id, len(rows), q.start, q.end, text[q.start:q.end], kind, speaker.actor, speaker.text,
                     speaker.start, speaker.end, cue.text, cue.start, cue.end, ctx.word_count(q.start, q.end)))
    return _quote_table(rows)


_INT_COLUMNS = ("quote_id", "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end", "words")
_TEXT_COLUMNS = ("doc_id", "text", "kind", "speaker", "speaker_text", "cue")


def _quote_table(rows: list[tuple]) -> pd.DataFrame:
    """The ``quotes`` table of its rows: integer columns ``int64``, text columns ``object``.

    Built from arrays of the final dtypes (:func:`analysis.typed_frames.typed_frame`,
    no inference then casts) when the cells are of the usual Python types.
    """
    columns = {c: (v, "int64" if c in _INT_COLUMNS else "object") for c, v in zip(QUOTE_COLUMNS, zip(*rows))}
    if rows and fits(columns):
        return typed_frame(columns)
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    for col in _INT_COLUMNS:
        table[col] = table[col].astype("int64")
    for col in _TEXT_COLUMNS:
        table[col] = table[col].astype(object)
    return table


# ---------------------------------------------------------------- voice

def _own_words(quotes: pd.DataFrame) -> pd.Series:
    """Words of each row not already counted in a quotation it contains (indirect rows)."""
    own = quotes["words"].astype("int64")
    values = _own_word_counts(quotes["kind"].tolist(), quotes["doc_id"].tolist(), quotes["start"].tolist(),
                              quotes["end"].tolist(), own.tolist())
    return pd.Series(values, index=own.index, dtype="int64", name=own.name)


def _own_word_counts(kinds: list, doc_ids: list, starts: list, ends: list, words: list[int]) -> list[int]:
    """:func:`_own_words` on plain lists: an indirect row's words minus those of the quotations inside it."""
    marked = [(d, s, e, w) for k, d, s, e, w in zip(kinds, doc_ids, starts, ends, words) if k != "indirect"]
    values = list(words)
    for i, (kind, doc_id, start, end, count) in enumerate(zip(kinds, doc_ids, starts, ends, words)):
        if kind == "indirect":
            inner = sum(w for d, s, e, w in marked if d == doc_id and s >= start and e <= end)
            values[i] = max(count - inner, 0)
    return values


def voice_table(quotes: pd.DataFrame, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who is given a voice: quotes and quoted words per speaker.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The ``quotes`` table of :func:`extract_quotes` (one or several
        documents).
    mentions : pandas.DataFrame, optional
        The ``mentions`` table. When given, every actor mentioned in a
        document but never quoted also gets a row (with zeros), so the table
        shows who is talked about without being heard.

    Returns
    -------
    pandas.DataFrame
        One row per (``doc_id``, speaker), sorted by document then by
        ``quoted_words`` (descending) then ``actor``. Unattributed quotations
        are left out; anonymous sources (``speaker == ""``) are grouped in one
        row whose actor is ``"(unnamed source)"``. Columns:

        ``doc_id``, ``actor``
            The document and the speaker.
        ``quotes``
            Number of rows (direct + partial + indirect).
        ``direct``, ``partial``, ``indirect``
            Number of rows of each kind.
        ``quoted_words``
            ``direct_words + partial_words + indirect_words``.
        ``direct_words``, ``partial_words``
            Words inside quotation marks, by kind.
        ``indirect_words``
            Words of reported clauses, not counting the words of quotations
            inside them (already counted as direct or partial words).
        ``share_of_quoted_words``
            ``quoted_words`` over the ``quoted_words`` of all attributed
            speakers (named and anonymous) of the document; unattributed
            quotations do not count. 0 when the document has none.
    """
    kinds = ["direct", "partial", "indirect"]
    # plain lists, one table built at the end: a document has a few dozen quotes, too few for pandas to pay
    columns = {c: quotes[c].tolist() for c in ("kind", "doc_id", "speaker", "start", "end")}
    words = quotes["words"].tolist()
    keep = [i for i, kind in enumerate(columns["kind"]) if kind in kinds]
    kind_of, doc_of, speaker_of = ([columns[c][i] for i in keep] for c in ("kind", "doc_id", "speaker"))
    own_words = _own_word_counts(kind_of, doc_of, [columns["start"][i] for i in keep],
                                 [columns["end"][i] for i in keep],
                                 [int(words[i]) for i in keep]) \
        if keep else []
    by_speaker: dict = {}  # (doc_id, actor) -> row, in order of first appearance (as groupby(sort=False))
    for doc_id, speaker, kind, own in zip(doc_of, speaker_of, kind_of, own_words):
        actor = speaker if pd.isna(speaker) or speaker != "" else UNNAMED_SOURCE
        if pd.isna(doc_id) or pd.isna(actor):  # groupby's dropna=True left these out
            continue
        row = by_speaker.get((doc_id, actor))
        if row is None:
            row = by_speaker[(doc_id, actor)] = {"doc_id": doc_id, "actor": actor, "quotes": 0,
                                                 **{k: 0 for k in kinds}, **{f"{k}_words": 0 for k in kinds}}
        row["quotes"] += 1
        row[kind] += 1
        row[f"{kind}_words"] += own
    rows = list(by_speaker.values())
    if mentions is not None and len(mentions):
        have = set(by_speaker)
        for doc_id, actor in zip(mentions["doc_id"].tolist(), mentions["actor"].tolist()):
            if (doc_id, actor) not in have and isinstance(actor, str) and actor:
                rows.append({"doc_id": doc_id, "actor": actor, "quotes": 0,
                             **{k: 0 for k in kinds}, **{f"{k}_words": 0 for k in kinds}})
            have.add((doc_id, actor))
    totals: dict = {}
    for row in rows:
        row["quoted_words"] = row["direct_words"] + row["partial_words"] + row["indirect_words"]
        if not pd.isna(row["doc_id"]):
            totals[row["doc_id"]] = totals.get(row["doc_id"], 0) + row["quoted_words"]
    for row in rows:
        total = 0 if pd.isna(row["doc_id"]) else totals[row["doc_id"]]
        row["share_of_quoted_words"] = row["quoted_words"] / total if total > 0 else 0.0
    if all(isinstance(row["doc_id"], str) for row in rows):  # else pandas' sort, which puts missing ids last
        rows.sort(key=lambda row: (row["doc_id"], -row["quoted_words"], row["actor"]))  # stable, as mergesort
    table = _voice_frame(rows)
    if not all(isinstance(row["doc_id"], str) for row in rows):
        table = table.sort_values(["doc_id", "quoted_words", "actor"], ascending=[True, False, True],
                                  kind="mergesort").reset_index(drop=True)
    return table


def _voice_frame(rows: list[dict]) -> pd.DataFrame:
    """The ``voice`` rows as a table: counts ``int64``, share ``float64``, names as pandas infers them.

    Built from typed arrays (:func:`analysis.typed_frames.typed_frame`) when
    every ``doc_id`` and ``actor`` is a string, as is usual; else by inference.
    """
    columns = {c: ([row[c] for row in rows], "str" if c in ("doc_id", "actor") else
                   "float64" if c == "share_of_quoted_words" else "int64") for c in VOICE_COLUMNS}
    if rows and fits(columns):
        return typed_frame(columns)
    return pd.DataFrame(rows, columns=VOICE_COLUMNS).astype(
        {**{c: "int64" for c in VOICE_COLUMNS[2:-1]}, "share_of_quoted_words": float})
