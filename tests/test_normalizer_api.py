"""The Normalizer's calling conventions: one text, or many through pipe() (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import translit

NLP = translit.Normalizer(link=False)


def test_calling_with_a_list_says_to_use_pipe() -> None:
    with pytest.raises(TypeError, match=r"^Normalizer\(\) takes one str, not list; for many texts use "
                                        r"nlp.pipe\(texts\), which yields one Document per text$"):
        NLP(["Albukamal", "Raqqa"])  # type: ignore[arg-type]


def test_pipe_gives_one_document_per_text_in_order() -> None:
    texts = ["\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥", "", "Al-Qa’im"]
    assert [d.text for d in NLP.pipe(texts)] == ["البوكمال 3.5", "", "Al-Qa'im"]
    nlp = translit.Normalizer()
    docs = list(nlp.pipe(iter(["Clashes near #البوكمال", "nothing here"]), batch_size=1))
    assert [[(m.start, m.end, m.id) for m in d.mentions] for d in docs] == [
        [(14, 22, "place:sy:albu-kamal-174448")], []]


@pytest.mark.parametrize("batch_size", [1, 3])
def test_pipe_reads_one_batch_before_answering(batch_size: int) -> None:
    taken: list[int] = []

    def texts() -> Iterator[str]:
        for i in range(10):
            taken.append(i)
            yield f"text {i}"

    first = next(NLP.pipe(texts(), batch_size=batch_size))
    assert (first.text, len(taken)) == ("text 0", batch_size)


def test_pipe_names_the_text_that_is_no_str() -> None:
    docs = NLP.pipe(["a", "b", None], batch_size=2)  # type: ignore[list-item]
    assert [next(docs).text, next(docs).text] == ["a", "b"]
    with pytest.raises(TypeError, match=r"^text 2 given to pipe\(\) is NoneType, not str$"):
        next(docs)


@pytest.mark.parametrize(("texts", "batch_size", "error"), [
    ("one text", 8, TypeError), (["a"], 0, ValueError), (["a"], 2.5, ValueError)])
def test_pipe_refuses_bad_arguments(texts: object, batch_size: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        next(NLP.pipe(texts, batch_size=batch_size))  # type: ignore[arg-type]
