"""Property tests (hypothesis): for any text, ingest, analysis and rendering hold their promises.

The longer run of the same invariants is ``python -m tests.tools.fuzz`` (thousands of cases).
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import IngestError
from generator.ingest.decode import decode_bytes
from generator.ingest.sentences import build_sentences, split_sentences
from generator.ingest.slug import slugify
from generator.model import Block
from generator.render.escape import clean, escape_markdown
from tests.tools.fuzzing import PAYLOADS, check_case, converter, random_case

FAST = settings(max_examples=100, deadline=None)
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
pieces = st.one_of(st.text(max_size=40), st.sampled_from(PAYLOADS),
                   st.sampled_from([". ", "! ", "? ", "\n\n", "“", "”", "Mr. ", "U.S. ", "… ", "(EU) "]))
texts = st.lists(pieces, max_size=12).map("".join)


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_give_one_line(data):
    try:
        decoded = decode_bytes(data, "x.txt")
    except IngestError as error:
        assert str(error).startswith("x.txt: ") and "\n" not in str(error)
        return
    assert "\r" not in decoded.text and "\x00" not in decoded.text and decoded.text.strip()


@FAST
@given(texts)
def test_sentence_offsets_cover_the_text(text):
    text = clean(text)
    spans = split_sentences(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    joined, sentences = build_sentences((Block("paragraph", text),) if text else ())
    assert all(joined[s.start:s.end] == s.text for s in sentences)


@FAST
@given(st.text(max_size=80))
def test_slugs_are_safe_and_never_empty(value):
    slug = slugify(value)
    assert slug and len(slug) <= 60 and "/" not in slug and ".." not in slug and slug == slug.lower()
    assert all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in slug)


@FAST
@given(texts)
def test_escaped_text_is_one_paragraph_of_itself(text):
    md = converter()
    md.reset()
    html = md.convert(escape_markdown(text))
    expected = clean(text)
    if not expected:
        return
    assert html.startswith("<p>") and html.endswith("</p>") and html.count("<") == 2, html


@SLOW
@given(st.integers(min_value=0, max_value=2**32))
def test_pipeline_invariants_on_random_articles(nlp, knowledge, seed):
    name, data = random_case(random.Random(seed))
    with tempfile.TemporaryDirectory() as folder:
        assert check_case(name, data, Path(folder), nlp, knowledge) == []


@SLOW
@given(texts)
def test_pipeline_invariants_on_any_text(nlp, knowledge, text):
    with tempfile.TemporaryDirectory() as folder:
        data = text.encode("utf-8", "surrogatepass")
        assert check_case("any.txt", data, Path(folder), nlp, knowledge) == []
