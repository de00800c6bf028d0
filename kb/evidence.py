"""Stage 3 (kb): where a fact's span falls inside its evidence sentence, and the sentence with it marked.

The extractor reports ``char_span`` as offsets into the article text it read; readers see the evidence
sentence. :func:`sentence_span` turns the first into offsets inside the second (stored as
``evidence.span_start``/``span_end``), :func:`mark` draws them as ``<mark>`` in HTML-escaped text (the
``govnews_mark()`` SQL function of the published kb and the evidence table's highlighted sentences).

Must not import kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

import html


def sentence_span(
    sentence: str | None, text: str | None, start: int | None, end: int | None
) -> tuple[int, int] | None:
    """Offsets inside ``sentence`` of the text span ``[start, end)``.

    The sentence is looked up in the article text at the occurrence that holds the span; when the
    sentence is not found there as written (the extractor normalised spaces), the span's own text is
    looked up in the sentence.

    :param sentence: the evidence sentence
    :param text: the article text the extractor read (``articles.body_text``)
    :param start: ``char_span[0]``
    :param end: ``char_span[1]``
    :returns: ``(start, end)`` inside the sentence, or ``None`` when the span cannot be placed
    """
    if not sentence or not text or start is None or end is None or not 0 <= start < end <= len(text):
        return None
    # the last occurrence of the sentence that starts at or before the span ...
    pos = text.rfind(sentence, 0, start + len(sentence))
    # ... and it must reach the span's end
    if pos != -1 and end <= pos + len(sentence):
        return start - pos, end - pos
    piece = text[start:end]
    at = sentence.find(piece)
    if at == -1:
        piece = " ".join(piece.split())
        at = sentence.find(piece) if piece else -1
    if at == -1:
        return None
    return at, at + len(piece)


def mark(sentence: str | None, start: int | None, end: int | None) -> str | None:
    """The sentence HTML-escaped, with ``<mark>`` around ``[start, end)`` (no mark without a span).

    :param sentence: the evidence sentence
    :param start: span start inside the sentence
    :param end: span end inside the sentence
    :returns: HTML text whose only markup is one ``<mark>``…``</mark>``; ``None`` for no sentence
    """
    if sentence is None:
        return None
    sentence = str(sentence)
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(sentence):
        return html.escape(sentence, quote=False)
    return (
        html.escape(sentence[:start], quote=False)
        + "<mark>"
        + html.escape(sentence[start:end], quote=False)
        + "</mark>"
        + html.escape(sentence[end:], quote=False)
    )
