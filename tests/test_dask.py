"""translit.dask (issue 5): the same output as a serial run, a small spec, one index load per worker process."""

from __future__ import annotations

import json
import pickle
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import translit  # noqa: E402
from translit import dask as tdask  # noqa: E402
from translit.cli import main as cli_main  # noqa: E402

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed" / "albukamal-2017-11-08.txt"
USER_LEXICON = DATA / "user-lexicon.jsonl"


def seed_lines() -> list[str]:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    return lines[:-1] if lines[-1] == "" else lines


def generated_lines(n: int = 300, seed: int = 5) -> list[str]:
    """Reproducible mixed lines: seed sentences, curated names in both scripts, hashtags, clitics, oddities."""
    rng = random.Random(seed)
    en, ar = [], []
    for line in (Path(translit.__file__).parent.parent / "lexicons" / "syria-iraq.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        en += rec.get("names", {}).get("en", [])
        ar += rec.get("names", {}).get("ar", [])
    en = [n for n in en if len(n) < 40] or ["Albukamal"]
    ar = ar or ["البوكمال"]
    base = seed_lines()
    templates = [
        lambda: f"Clashes near {rng.choice(en)} and in {rng.choice(en)}, a source told {rng.choice(en)}.",
        lambda: f"اشتباكات في {rng.choice(ar)} و{rng.choice(ar)} #{rng.choice(ar).replace(' ', '_')}",
        lambda: f"\u200f{rng.choice(ar)}  ٣٫٥ {rng.choice(en)}’s forces https://ar.rt.com/jhel",
        lambda: rng.choice(base)[: rng.randint(0, 200)],
        lambda: f"بال{rng.choice(ar)} {rng.choice(en).upper()} #{rng.choice(en).replace(' ', '')}",
        lambda: "",
    ]
    return [rng.choice(templates)() for _ in range(n)]


LINES = seed_lines() + generated_lines()


@pytest.fixture(scope="module")
def spec() -> tdask.NormalizerSpec:
    return tdask.NormalizerSpec.create()


@pytest.fixture(scope="module")
def serial() -> list[dict]:
    """The reference: one Normalizer, one line after another, in this process."""
    nlp = translit.Normalizer()
    return [nlp(line).to_dict() for line in LINES]


def test_spec_is_small_and_round_trips(spec: tdask.NormalizerSpec) -> None:
    data = pickle.dumps(spec)
    assert len(data) < 4096
    assert pickle.loads(data) == spec and pickle.loads(data).key == spec.key
    assert len(spec.digest) == 24 and spec.defaults and spec.lexicons == ()


def test_load_is_cached_per_process() -> None:
    spec = tdask.NormalizerSpec.create(config=translit.Config(strip_diacritics=True))  # a key no other test uses
    before = tdask.load_count()
    first = spec.load()
    assert tdask.load_count() == before + 1
    assert pickle.loads(pickle.dumps(spec)).load() is first  # a copy from another task hits the same cache
    db.from_sequence(LINES[:40], npartitions=4).map_partitions(tdask._link_lines, spec, False).compute(
        scheduler="sync")
    assert tdask.load_count() == before + 1


@pytest.mark.parametrize("tokens", [False, True], ids=["mentions", "tokens"])
def test_link_bag_same_as_serial(spec: tdask.NormalizerSpec, serial: list[dict], tokens: bool) -> None:
    bag = db.from_sequence(LINES, npartitions=7)
    got = tdask.link_bag(bag, spec, tokens=tokens).compute(scheduler="sync")
    if tokens:
        nlp = translit.Normalizer()
        assert got == [nlp(line).to_dict(tokens=True) for line in LINES]
    else:
        assert got == serial
    assert json.loads(json.dumps(got, ensure_ascii=False)) == got  # JSON-ready


def test_link_bag_line_breaks_and_none(spec: tdask.NormalizerSpec, serial: list[dict]) -> None:
    """read_text keeps each line's break: one is dropped, as the CLI's reader does; None is 'no text'."""
    items = [LINES[0] + "\n", LINES[1] + "\r\n", None]
    got = tdask.link_bag(db.from_sequence(items, npartitions=2), spec).compute(scheduler="sync")
    assert got == [serial[0], serial[1], {"normalized": None, "mentions": []}]


def test_normalize_bag_same_as_serial(spec: tdask.NormalizerSpec) -> None:
    got = tdask.normalize_bag(db.from_sequence([*LINES, None], npartitions=5), spec).compute(scheduler="sync")
    assert got == [*(translit.normalize(line) for line in LINES), None]


def _frame() -> Any:  # a pandas DataFrame (pandas is imported by importorskip)
    texts: list[str | None] = list(LINES)
    for i in range(3, len(texts), 37):
        texts[i] = None
    return pd.DataFrame({"text": pd.Series(texts, dtype="string[pyarrow]"), "n": range(len(texts))},
                        index=[f"r{i:04d}" for i in range(len(texts))])  # sorted, as from_pandas keeps it


def test_link_column_same_as_serial(spec: tdask.NormalizerSpec) -> None:
    dd = pytest.importorskip("dask.dataframe")
    df = _frame()
    ddf = dd.from_pandas(df, npartitions=4)
    out = tdask.link_column(ddf, "text", spec)
    assert list(out.columns) == ["text", "n", "mentions"]
    got = out.compute(scheduler="sync")
    assert list(got.index) == list(df.index) and got["n"].tolist() == df["n"].tolist()
    assert got["text"].isna().tolist() == df["text"].isna().tolist()
    nlp = translit.Normalizer()
    expected = [None if pd.isna(t) else [m.to_dict() for m in nlp(t).mentions] for t in df["text"]]
    assert got["mentions"].tolist() == expected


@pytest.mark.filterwarnings("ignore:The inplace keyword")  # dask's parquet code under pandas 3
def test_link_column_as_json_writes_parquet(spec: tdask.NormalizerSpec, tmp_path: Path) -> None:
    dd = pytest.importorskip("dask.dataframe")
    df = _frame()
    out = tdask.link_column(dd.from_pandas(df, npartitions=3), "text", spec, as_json=True)
    out.to_parquet(tmp_path / "pq", compute_kwargs={"scheduler": "sync"})
    back = dd.read_parquet(tmp_path / "pq").compute(scheduler="sync")
    nlp = translit.Normalizer()
    assert [None if pd.isna(v) else json.loads(v) for v in back["mentions"]] == [
        None if pd.isna(t) else [m.to_dict() for m in nlp(t).mentions] for t in df["text"]]


def test_normalize_column_keeps_dtype_and_missing(spec: tdask.NormalizerSpec) -> None:
    dd = pytest.importorskip("dask.dataframe")
    df = _frame()
    ddf = dd.from_pandas(df, npartitions=3)
    got = tdask.normalize_column(ddf, "text", spec, out_column="clean").compute(scheduler="sync")
    assert got["clean"].dtype == got["text"].dtype
    assert got["clean"].isna().tolist() == df["text"].isna().tolist()
    assert [None if pd.isna(v) else v for v in got["clean"]] == [
        None if pd.isna(t) else translit.normalize(t) for t in df["text"]]
    in_place = tdask.normalize_column(ddf, "text", spec).compute(scheduler="sync")
    assert list(in_place.columns) == ["text", "n"] and in_place["text"].tolist() == got["clean"].tolist()


def test_spec_refuses_changed_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.jsonl"
    shutil.copy(USER_LEXICON, lexicon)
    spec = tdask.NormalizerSpec.create([lexicon], defaults=False)
    with lexicon.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "place:test:newtown", "name": "Newtown"}) + "\n")
    with pytest.raises(translit.LexiconError, match="do not match the spec"):
        spec.load()


def _inputs(tmp_path: Path) -> tuple[Path, list[Path]]:
    """Three input files: the seed article (its BOM-less original), and the generated lines in two halves."""
    src = tmp_path / "in"
    src.mkdir()
    gen = generated_lines()
    files = [src / "a-seed.txt", src / "b-gen.txt", src / "c-gen.txt"]
    shutil.copy(SEED, files[0])
    files[1].write_text("\n".join(gen[:150]) + "\n", encoding="utf-8")
    files[2].write_text("\ufeff" + "\n".join(gen[150:]), encoding="utf-8")  # a BOM, no final newline
    return src, files


def _serial_cli(files: list[Path], tmp_path: Path) -> dict[str, str]:
    """What `translit link --format jsonl FILE -o OUT` writes for each file."""
    out = {}
    for f in files:
        target = tmp_path / f"serial-{f.stem}.jsonl"
        assert cli_main(["link", "--format", "jsonl", str(f), "-o", str(target)]) == 0
        out[f.stem] = target.read_text(encoding="utf-8")
    return out


def test_link_text_files_sync_same_as_cli(spec: tdask.NormalizerSpec, tmp_path: Path) -> None:
    src, files = _inputs(tmp_path)
    with dask.config.set(scheduler="sync"):
        written = tdask.link_text_files(str(src / "*.txt"), spec, str(tmp_path / "out" / "*.jsonl"))
    assert [Path(p).name for p in written] == ["a-seed.jsonl", "b-gen.jsonl", "c-gen.jsonl"]
    expected = _serial_cli(files, tmp_path)
    for f in files:
        assert (tmp_path / "out" / f"{f.stem}.jsonl").read_text(encoding="utf-8") == expected[f.stem]


def test_local_cluster_file_to_file(spec: tdask.NormalizerSpec, tmp_path: Path) -> None:
    """A real two-process cluster: the same bytes as the serial CLI, and at most one index load per worker."""
    distributed = pytest.importorskip("distributed")
    src, files = _inputs(tmp_path)
    expected = _serial_cli(files, tmp_path)  # also compiles the index, so the workers only open it
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        assert client.run(tdask.load_count) == {w: 0 for w in client.scheduler_info()["workers"]}
        tdask.link_text_files(str(src / "*.txt"), spec, str(tmp_path / "out" / "*.jsonl"))
        loads = client.run(tdask.load_count)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1, loads
    for f in files:
        assert (tmp_path / "out" / f"{f.stem}.jsonl").read_text(encoding="utf-8") == expected[f.stem]
