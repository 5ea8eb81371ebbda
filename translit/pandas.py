"""pandas/Arrow adapter: normalize or link a column, keeping its index, missing values and string dtype.

pandas is imported inside the Series functions only, so the batch functions
(list in, list out, for Arrow/Dask/Polars ``map_batches`` and the like) work
without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .config import DEFAULT
from .normalizer import Normalizer

if TYPE_CHECKING:
    import pandas as pd


@lru_cache(maxsize=1)
def _default_normalizer() -> Normalizer:
    """One linker per process: the index opens once, however many batches go through."""
    return Normalizer()


def _check(texts: Sequence[Any]) -> None:
    for i, t in enumerate(texts):
        if t is not None and not isinstance(t, str):
            raise TypeError(f"item {i} is {type(t).__name__}, not str or None; convert the column with .astype(str)")


def normalize_batch(texts: Sequence[str | None], **options: Any) -> list[str | None]:
    """Display-level cleanup of each text; None stays None. Options override Config fields.

    >>> normalize_batch(["\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥", None]) == ["البوكمال 3.5", None]
    True
    """
    _check(texts)
    config = DEFAULT.with_options(**options) if options else DEFAULT
    return [None if t is None else Normalizer.clean_text(t, config) for t in texts]


def link_batch(texts: Sequence[str | None], normalizer: Normalizer | None = None) -> list[list[dict[str, Any]]]:
    """Mention dicts (as in ``translit link --format jsonl``) for each text; None gives [] as in the CLI.

    >>> [[m["id"] for m in ms] for ms in link_batch(["Clashes near #البوكمال", None])]
    [['place:sy:albu-kamal-174448'], []]
    """
    _check(texts)
    nlp = normalizer or _default_normalizer()
    return [[] if t is None else [m.to_dict() for m in nlp(t).mentions] for t in texts]


def _texts(s: pd.Series) -> list[str | None]:
    """The values with every kind of missing value (None, NaN, pd.NA) as None."""
    return [None if missing else v for v, missing in zip(s.tolist(), s.isna().tolist(), strict=True)]


def _is_string_dtype(dtype: Any) -> bool:
    import pandas as pd

    if isinstance(dtype, pd.StringDtype):
        return True
    if isinstance(dtype, pd.ArrowDtype):
        import pyarrow as pa

        return bool(pa.types.is_string(dtype.pyarrow_dtype) or pa.types.is_large_string(dtype.pyarrow_dtype))
    return False


def normalize_series(s: pd.Series, **options: Any) -> pd.Series:
    """Clean every text of s: same index and name, missing values left as they were.

    A string dtype (``string[pyarrow]``, ``ArrowDtype(pa.string())``, pandas 3's
    ``str``) is kept; any other dtype gives an object Series.
    """
    import pandas as pd

    texts = _texts(s)
    out = normalize_batch(texts, **options)
    if _is_string_dtype(s.dtype):
        return pd.Series(out, index=s.index, name=s.name, dtype=s.dtype)
    values = [orig if t is None else o for orig, t, o in zip(s.tolist(), texts, out, strict=True)]
    return pd.Series(values, index=s.index, name=s.name, dtype=object)


def link_series(s: pd.Series, normalizer: Normalizer | None = None) -> pd.Series:
    """A list of mention dicts per text of s (object dtype, same index and name); missing texts give None."""
    import pandas as pd

    texts = _texts(s)
    linked = link_batch(texts, normalizer)
    values = [None if t is None else ms for t, ms in zip(texts, linked, strict=True)]
    return pd.Series(values, index=s.index, name=s.name, dtype=object)


__all__ = ["link_batch", "link_series", "normalize_batch", "normalize_series"]
