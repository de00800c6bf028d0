"""Stage 2 (extract), layer 3: the Kiwi tokenizer, registered as ``govnews.KiwiTokenizer.v1``.

Kiwi morphemes that share a syllable (했 → 하+었) become one spaCy token; ``doc.text == text``
always; ``Token._.morphs`` holds the full morpheme analysis. Long texts are analysed in pieces
cut at line breaks. Imports only the layers below (data, gazetteer, text primitives); must not import the
article context, the rules, the components or the pipeline, nor scrapy or kb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise
from typing import Any, NamedTuple

import numpy
from kiwipiepy import Kiwi
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import registry
from spacy.vocab import Vocab

from extract import vocab as V
from extract.gazetteer import Gazetteer, default_gazetteer

#: user_data key holding, per spaCy token, the Kiwi morphemes it covers (read through ``Token._.morphs``)
MORPHS_KEY = "govnews_morphs"
#: user_data key caching ``doc.text`` (read through :func:`doc_text`)
TEXT_KEY = "govnews_text"
#: user_data key caching every morpheme in text order with its start offsets (read through :func:`doc_morph_index`)
INDEX_KEY = "govnews_morph_index"
#: user_data key: whether that index had to be sorted (see :func:`doc_morphs_resorted`)
RESORTED_KEY = "govnews_morphs_resorted"

TOKENIZER_NAME = "govnews.KiwiTokenizer.v1"
NLP_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}


def _morphs(token: Token) -> Sequence[Any]:
    morphs = token.doc.user_data.get(MORPHS_KEY)
    return morphs[token.i] if morphs is not None and token.i < len(morphs) else ()


if not Token.has_extension("morphs"):
    Token.set_extension("morphs", getter=_morphs)

_KIWI: Kiwi | None = None


def get_kiwi() -> Kiwi:
    """The process-wide Kiwi (about 2 s to build), with the project's user words added.

    :returns: the shared :class:`kiwipiepy.Kiwi`
    """
    global _KIWI
    if _KIWI is None:
        kiwi = Kiwi()
        for word in user_words():
            kiwi.add_user_word(word, "NNP")
        _KIWI = kiwi
    return _KIWI


def user_words(gazetteer: Gazetteer | None = None) -> list[str]:
    """Domain words that must come back as one morpheme, from the same files as the rules.

    District names, award names, 부문 names and programme head words (no spaces: Kiwi would
    return a multi-word token spanning whitespace).

    :param gazetteer: defaults to the project gazetteer
    :returns: sorted unique words
    """
    gaz = gazetteer or default_gazetteer()
    words: set[str] = set()
    for unit in gaz.units:
        words.add(unit.name)
        words.update(a for a in unit.aliases if " " not in a and len(a) > 1)
    for alias in V.award_aliases():
        if len(alias) > 3:
            words.add(alias)
    for cat in V.categories():
        words.add(cat.split()[0])
    words.update(s for s in V.program_suffixes() if len(s) > 1 and re.fullmatch("[가-힣]+", s))
    words.update(g.surface for g in V.grade_forms() if len(g.surface) > 2)
    return sorted(w for w in words if w and " " not in w)


class Morph(NamedTuple):
    """One Kiwi morpheme with its character offset in the whole text."""

    form: str
    tag: str
    start: int
    len: int


#: Kiwi is fed pieces of at most this many characters, cut at line breaks or spaces,
#: so that a 1 MB article neither blows up memory nor runs in one huge lattice.
CHUNK_CHARS = 4000


_NON_SPACE = re.compile(r"\S+")


def _chunks(text: str) -> list[int]:
    """Start offsets of the pieces Kiwi analyses separately."""
    starts = [0]
    pos = 0
    n = len(text)
    while n - pos > CHUNK_CHARS:
        limit = pos + CHUNK_CHARS
        cut = text.rfind("\n", pos + 1, limit)
        if cut == -1:
            cut = text.rfind(". ", pos + 1, limit)
            cut = cut + 1 if cut != -1 else -1
        if cut == -1:
            cut = text.rfind(" ", pos + 1, limit)
        if cut <= pos:
            cut = limit
        starts.append(cut)
        pos = cut
    return starts


def chunks_spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each piece from :func:`_chunks`."""
    return [(a, starts[i + 1] if i + 1 < len(starts) else len(text)) for i, a in enumerate(starts)]


def piece_spans(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The pieces Kiwi analyses separately: their start offsets and (start, end) spans ([] for "")."""
    if not text:
        return [], []
    starts = _chunks(text)
    return starts, chunks_spans(text, starts)


def _flush(
    text: str, words: list[str], spaces: list[bool], cuts: list[int],
    start: int, end: int, at: int, pos: int,
) -> int:
    """Append the word ``text[start:end]`` (after the words of any gap since ``pos``); the new ``pos``.

    Words and spaces are aligned as spacy.util.get_words_and_spaces would: one ' ' after a word
    is its trailing space, other whitespace becomes a token, characters Kiwi skipped become words
    of their own. Every word appended starts its morphemes at ``at`` in ``cuts`` (the gap words
    have none: the next word starts there too).
    """
    if start > pos:
        gap = text[pos:start]
        if gap.isspace():  # whitespace other than one trailing space
            words.append(gap)
            spaces.append(False)
            cuts.append(at)
        else:  # characters Kiwi skipped, as words of their own
            for piece in _NON_SPACE.finditer(text, pos, start):
                pos = _flush(text, words, spaces, cuts, piece.start(), piece.end(), at, pos)
            if start > pos:
                words.append(text[pos:start])
                spaces.append(False)
                cuts.append(at)
    words.append(text[start:end])
    cuts.append(at)
    if end < len(text) and text[end] == " ":
        spaces.append(True)
        return end + 1
    spaces.append(False)
    return end


class _Groups(Sequence[Any]):
    """Per token, the Kiwi morphemes it covers: ``flat[cuts[i]:cuts[i + 1]]``, a fresh list per access.

    Kiwi's morphemes in its order are cut once per Doc, not copied into a list per token: few tokens
    are ever asked for theirs (:func:`doc_morph_index` serves the rules that read them all).
    """

    __slots__ = ("cuts", "flat")

    def __init__(self, flat: list[Any], cuts: list[int]) -> None:
        self.flat = flat
        self.cuts = cuts

    def __len__(self) -> int:
        return len(self.cuts) - 1

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self.cuts) - 1
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("token index out of range")
        return self.flat[self.cuts[i] : self.cuts[i + 1]]

    def __iter__(self) -> Iterator[list[Any]]:
        flat, cuts = self.flat, self.cuts
        return (flat[a:b] for a, b in pairwise(cuts))


def _words(text: str, chunks: list[int], analysed: Iterable[Any]) -> tuple[list[str], list[bool], _Groups, list[int]]:
    """Kiwi's morphemes of ``text`` grouped into words: (words, spaces, per word its morphemes, the
    starts of every grouped morpheme in Kiwi's order).

    Morphemes that overlap (했 → 하+었) or have no width join the group before; zero-width ones
    before the first real morpheme belong to none. A group spans from its first morpheme's start to
    the furthest end of its morphemes. Computed on arrays (the running furthest end is a cumulative
    maximum: a morpheme that opens a group ends beyond every morpheme before it); only the words
    after a gap (whitespace other than one space, characters Kiwi skipped) take :func:`_flush`.
    """
    morphs: list[Any] = []
    starts: list[int] = []
    lens: list[int] = []
    for offset, toks in zip(chunks, analysed, strict=True):
        if offset:  # Kiwi's own tokens carry start offsets within their piece
            toks = [Morph(t.form, t.tag, t.start + offset, t.len) for t in toks]
        elif not isinstance(toks, list):
            toks = list(toks)
        morphs += toks
        starts += [t.start for t in toks]
        lens += [t.len for t in toks]
    words: list[str] = []
    spaces: list[bool] = []
    cuts: list[int] = []  # per word, where its morphemes start among the grouped ones
    n = len(text)
    pos = 0  # end of the text consumed by words (and their trailing space)
    length = numpy.array(lens, dtype=numpy.int64)
    real = numpy.flatnonzero(length > 0)
    first = int(real[0]) if len(real) else len(morphs)
    total = len(morphs) - first
    if total:
        start = numpy.array(starts[first:], dtype=numpy.int64)
        length = length[first:]
        furthest = numpy.maximum.accumulate(start + length)
        opens = numpy.empty(total, dtype=bool)
        opens[0] = True
        numpy.logical_and(length[1:] > 0, start[1:] >= furthest[:-1], out=opens[1:])
        heads = numpy.flatnonzero(opens)
        g_start = start[heads]
        g_end = furthest[numpy.append(heads[1:], total) - 1]
        spaced = numpy.zeros(len(heads), dtype=bool)
        inside = g_end < n
        if inside.any():
            codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
            spaced[inside] = codes[g_end[inside]] == 32
        after = g_end + spaced  # pos after each word
        before = numpy.empty_like(after)
        before[0] = 0
        before[1:] = after[:-1]
        gaps = numpy.flatnonzero(g_start != before).tolist()
        bounds = heads.tolist()
        gs, ge, sp = g_start.tolist(), g_end.tolist(), spaced.tolist()
        done = 0
        for k in (*gaps, len(gs)):
            if k > done:  # words right where the one before ended: no gap to fill
                words += [text[a:b] for a, b in zip(gs[done:k], ge[done:k], strict=True)]
                cuts += bounds[done:k]
                spaces += sp[done:k]
            if k < len(gs):
                _flush(text, words, spaces, cuts, gs[k], ge[k], bounds[k], int(before[k]))
            done = k + 1
        pos = int(after[-1])
    if pos < n:
        rest = text[pos:]
        if rest.isspace():
            words.append(rest)
            spaces.append(False)
            cuts.append(total)
        else:
            for piece in _NON_SPACE.finditer(text, pos, n):
                pos = _flush(text, words, spaces, cuts, piece.start(), piece.end(), total, pos)
            if pos < n:
                words.append(text[pos:])
                spaces.append(False)
                cuts.append(total)
    cuts.append(total)
    return words, spaces, _Groups(morphs[first:], cuts), starts[first:]


class KiwiTokenizer:
    """Kiwi morphemes → spaCy tokens, overlapping morphemes merged, whitespace kept exactly.

    :param vocab: the pipeline's vocab
    :param kiwi: a Kiwi instance (defaults to the process-wide one)
    """

    def __init__(self, vocab: Vocab, kiwi: Kiwi | None = None) -> None:
        self.vocab = vocab
        self.kiwi = kiwi or get_kiwi()

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text`` into a Doc whose ``text`` equals ``text``."""
        if not text:
            return self.from_analysis(text, [], [])
        chunks = _chunks(text)
        if len(chunks) == 1:
            analysed: Iterable[Any] = [self.kiwi.tokenize(text)]
        else:
            analysed = (self.kiwi.tokenize(text[a:b]) for a, b in chunks_spans(text, chunks))
        return self.from_analysis(text, chunks, analysed)

    def from_analysis(self, text: str, chunks: list[int], analysed: Iterable[Any]) -> Doc:
        """The Doc of ``text`` from Kiwi's analysis of its pieces, computed elsewhere (batch mode).

        :param text: the whole text
        :param chunks: the pieces' start offsets (:func:`piece_spans`); empty for an empty text
        :param analysed: Kiwi's tokens of each piece, in order
        """
        if not text:
            doc = Doc(self.vocab, words=[], spaces=[])
            doc.user_data[MORPHS_KEY] = []
            return doc
        words, spaces, groups, starts = _words(text, chunks, analysed)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        user_data = doc.user_data
        user_data[MORPHS_KEY] = groups
        user_data[TEXT_KEY] = text  # == doc.text, which spaCy rebuilds on every access
        # The morpheme index of doc_morph_index, from the same pass (it is read by the rules and the
        # search tokens of every Doc).
        flat = groups.flat
        resorted = starts != sorted(starts)
        if resorted:  # a stable sort, as doc_morph_index would
            flat = sorted(flat, key=lambda m: m.start)
            starts = [m.start for m in flat]
        user_data[INDEX_KEY] = (flat, starts)
        user_data[RESORTED_KEY] = resorted
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterable[Doc]:
        """Tokenize many texts."""
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> KiwiTokenizer:
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> KiwiTokenizer:
        return self


@registry.tokenizers(TOKENIZER_NAME)
def create_kiwi_tokenizer() -> Callable[[Language], KiwiTokenizer]:
    """spaCy registry entry: ``{"@tokenizers": "govnews.KiwiTokenizer.v1"}``."""

    def factory(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab)

    return factory



def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (the property joins every token on each access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text



def doc_morphs(doc: Doc) -> Sequence[Sequence[Any]]:
    """Per token, the Kiwi morphemes it covers (empty for a Doc this tokenizer did not make)."""
    return doc.user_data.get(MORPHS_KEY, ())


def doc_morph_index(doc: Doc) -> tuple[list[Any], list[int]]:
    """Every Kiwi morpheme of the Doc in text order (stable by start), and their start offsets.

    Built once per Doc: the job and programme rules and the search tokens all read it, and walking
    Kiwi's tokens costs more than the bisections that follow.
    """
    index = doc.user_data.get(INDEX_KEY)
    if index is None:
        flat = [m for morphs in doc_morphs(doc) for m in morphs]
        starts = [m.start for m in flat]
        resorted = starts != sorted(starts)  # some start smaller than the one before it (sorted in C)
        if resorted:  # Kiwi gives text order; a stable sort otherwise
            flat.sort(key=lambda m: m.start)
            starts = [m.start for m in flat]
        index = doc.user_data[INDEX_KEY] = (flat, starts)
        doc.user_data[RESORTED_KEY] = resorted
    return index


def doc_morphs_resorted(doc: Doc) -> bool:
    """Whether :func:`doc_morph_index` had to reorder Kiwi's morphemes (their order differs from the tokens')."""
    doc_morph_index(doc)
    return bool(doc.user_data[RESORTED_KEY])
