"""`plain_number_key`, the index's reading of a plainly written number, equals the citation reader.

The index trusts a key `plain_number_key` gives only when the index holds it, and a key the
index holds is its own canonical key (test_index). So the property held here: whenever the
key it gives reads back to itself through the reader, the reader reads the text as that key
too — on every spelling the citation grammar accepts and on text stitched from citation
fragments (words before the issuer, 號, spaces, letters), where it must give way.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_citations_properties import fragment_text, issuers, spellings
from yiju.citations import canonical_key
from yiju.number_key import plain_number_key

SETTINGS = settings(max_examples=300, deadline=None)

digit_parts = st.tuples(issuers, st.integers(min_value=1950, max_value=2099), st.integers(1, 99999).map(str))


def _agrees(text: str) -> bool:
    """True when the plain key is None, not a key the index could hold, or the reader's key."""
    quick = plain_number_key(text)
    return quick is None or canonical_key(quick) != quick or canonical_key(text) == quick


@SETTINGS
@given(digit_parts, st.data())
def test_every_spelling_of_a_number_reads_as_the_reader_reads_it(
    p: tuple[str, int, str], data: st.DataObject
) -> None:
    """Brackets, full-width digits, 第 and zeros, spaces, traditional issuers: never another key."""
    written = data.draw(spellings(*p), label="written")
    assert _agrees(written)


@SETTINGS
@given(fragment_text)
def test_text_of_citation_fragments_reads_as_the_reader_reads_it(text: str) -> None:
    """Words around a number, a second number, odd brackets: the plain key never differs."""
    assert _agrees(text)


@SETTINGS
@given(digit_parts, st.sampled_from(["〔〕", "[]", "【】", "（）", "()", "［］", "﹝﹞", "〔]"]), st.data())
def test_a_plainly_written_number_is_read_without_the_reader(
    p: tuple[str, int, str], brackets: str, data: st.DataObject
) -> None:
    """The spellings people type (brackets, 第, zeros, full-width digits) give the key itself."""
    issuer, year, serial = p
    padded = "0" * data.draw(st.integers(0, 2)) + serial
    di = data.draw(st.sampled_from(["", "第"]))
    written = f"{issuer}{brackets[0]}{year}{brackets[1]}{di}{padded}号"
    assert (plain_number_key(written), canonical_key(written)) == (f"{issuer}〔{year}〕{serial}号",) * 2


def test_what_it_leaves_to_the_reader() -> None:
    """Words after, spaces, 號, letters or a long serial: None (the reader decides). Words before
    the issuer give a key no index holds (`根据泉应急〔2020〕159号`): the reader decides those too."""
    texts = [
        "泉应急[2020]159号文件", "泉应急 [2020]159号", "閩政辦[2021]5號", "泉应急[2020]DC-1号",
        "泉应急[2020]1234567号", "泉应急[20]5号", "泉应急[2020]0号", "[2020]5号", "",
    ]  # fmt: skip
    assert [None] * len(texts) == [plain_number_key(t) for t in texts]
