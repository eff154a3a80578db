"""Properties of the coverage pieces: item references and unit names never crash, ranges expand."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from yiju.citations import extract
from yiju.cover import fold_text, item_refs, text_score
from yiju.units import organ, resolve_one

KEY = "泉委办〔2021〕20号"
_TAIL = st.text(alphabet="第项、，至-—～0123456789页附件（）一二三 ", max_size=30)


@given(_TAIL)
def test_item_refs_never_crash_and_give_numbers(tail: str) -> None:
    """Any text after a register's number gives items made of digits (and section dots) only."""
    text = f"属{KEY}{tail}"
    for citation in extract(text).citations:
        for item in item_refs(text, citation):
            assert item.replace(".", "").isdigit()


@given(st.integers(1, 200), st.integers(0, 40), st.sampled_from(["-", "—", "至", "～", "项至第"]))
def test_a_range_expands_to_every_item(start: int, length: int, dash: str) -> None:
    """`第a-b项` in any dash gives a, a+1, …, b."""
    text = f"属{KEY}第{start}{dash}{start + length}项"
    (citation,) = extract(text).citations
    assert [str(n) for n in range(start, start + length + 1)] == item_refs(text, citation)


@given(st.text(max_size=40), st.lists(st.text(max_size=30), max_size=5))
def test_names_never_crash(name: str, fulls: list[str]) -> None:
    """Any name against any full names resolves to one of them or to none, with a known how."""
    found = resolve_one(name, fulls)
    assert found.resolved is None or found.resolved in fulls
    assert found.how in {"exact", "rule", "fuzzy", "ambiguous", "unresolved", "collective"}
    organ(name)


@given(st.text(max_size=60), st.text(max_size=60))
def test_text_score_is_bounded(a: str, b: str) -> None:
    """Scores lie in 0–100 for any two texts."""
    assert 0.0 <= text_score(fold_text(a), fold_text(b)) <= 100.0
