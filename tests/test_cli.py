"""The CLI: in-process through main(argv) for behaviour, one subprocess run per exit path and stream edge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from translit.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).parent / "data" / "seed" / "albukamal-2017-11-08.txt"
SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


# --- in-process ---------------------------------------------------------------------------------


def test_normalize_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = write(tmp_path / "in.txt", "\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥\nAl-Qa’im – Hashd Al-Sha’abi\n\nplain\n")
    assert main(["normalize", str(inp)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "البوكمال 3.5\nAl-Qa'im - Hashd Al-Sha'abi\n\nplain\n"
    assert captured.err == ""


def test_normalize_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = write(tmp_path / "in.txt", "#دير_الزور ٣٫٥\nAlbukamal\n")
    assert main(["normalize", "--format", "jsonl", str(inp)]) == 0
    out = capsys.readouterr().out
    assert "دير" in out  # ensure_ascii=False: Arabic stays readable
    assert records(out) == [{"normalized": "#دير_الزور 3.5"}, {"normalized": "Albukamal"}]


def test_normalize_jsonl_tokens_index_the_original(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = "\u200fالعراقhttps://ar.rt.com/jhel #DeirEzzor"
    inp = write(tmp_path / "in.txt", line + "\n")
    assert main(["normalize", "--format", "jsonl", "--tokens", str(inp)]) == 0
    (rec,) = records(capsys.readouterr().out)
    assert [(t["kind"], t["text"]) for t in rec["tokens"]] == [
        ("word", "العراق"), ("url", "https://ar.rt.com/jhel"), ("hashtag", "#DeirEzzor")]
    for t in rec["tokens"]:
        assert line[t["start"]:t["end"]] == t["text"]
    assert [(line[s:e], norm) for s, e, norm in rec["tokens"][2]["parts"]] == [("Deir", "deir"), ("Ezzor", "ezzor")]


def test_text_key_passes_other_keys_through_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"zeta": 1, "text": "ﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥", "alpha": {"nested": ["x", None]}, "mid": "ك"},
        {"id": "b", "text": None},
        {"text": "Al-Qa’im", "id": "c"},
    ]
    inp = write(tmp_path / "in.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    assert main(["normalize", "--text-key", "text", "--format", "jsonl", str(inp)]) == 0
    out = records(capsys.readouterr().out)
    assert [list(r) for r in out] == [
        ["zeta", "alpha", "mid", "normalized"], ["id", "normalized"], ["id", "normalized"]]
    assert out[0] == {"zeta": 1, "alpha": {"nested": ["x", None]}, "mid": "ك", "normalized": "البوكمال 3.5"}
    assert out[1] == {"id": "b", "normalized": None}
    assert out[2] == {"id": "c", "normalized": "Al-Qa'im"}


def test_link_seed_article_jsonl_with_tokens(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", "--format", "jsonl", "--tokens", str(SEED)]) == 0
    out = records(capsys.readouterr().out)
    assert len(out) == len(SEED_LINES) == 17
    for line, rec in zip(SEED_LINES, out, strict=True):
        assert set(rec) == {"normalized", "mentions", "tokens"}
        for m in rec["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(line)
            assert line[m["start"]:m["end"]] == m["surface"]
        for t in rec["tokens"]:
            assert line[t["start"]:t["end"]] == t["text"]
    # the motivating line: the Arabic hashtag links to the same GeoNames place as "Albukamal", the URL splits off
    arabic = out[10]
    by_surface = {m["surface"]: m for m in arabic["mentions"]}
    assert by_surface["البوكمال"]["xrefs"] == {"geonames": 174448}
    assert ("url", "https://ar.rt.com/jhel") in [(t["kind"], t["text"]) for t in arabic["tokens"]]
    albukamal = [m for m in out[0]["mentions"] if m["surface"] == "Albukamal"]
    assert [m["xrefs"] for m in albukamal] == [{"geonames": 174448}]


def test_resolve_abu_kemal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "Abu Kemal"]) == 0
    (rec,) = records(capsys.readouterr().out)
    assert rec["query"] == "Abu Kemal"
    assert rec["candidates"][0]["xrefs"]["geonames"] == 174448


def test_text_key_clash_with_an_output_field_keeps_the_input(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    inp = write(tmp_path / "in.jsonl", '{"text": "Clashes in Homs", "mentions": [1]}\n{"text": "Homs"}\n')
    assert main(["link", "--text-key", "text", "--format", "jsonl", str(inp)]) == 1
    assert f"{inp}:1: key 'mentions' is one translit writes" in capsys.readouterr().err
    assert main(["link", "--text-key", "text", "--format", "jsonl", "--on-error", "record", str(inp)]) == 0
    first, second = records(capsys.readouterr().out)
    assert first["mentions"] == [1] and first["normalized"] is None and "rename it" in first["error"]
    assert [m["surface"] for m in second["mentions"]] == ["Homs"]


def test_resolve_min_score(capsys: pytest.CaptureFixture[str]) -> None:
    user = ["--no-default-lexicons", "--lexicon", str(Path(__file__).parent / "data" / "user-lexicon.jsonl")]
    assert main(["resolve", "Tripoli", *user, "--min-score", "0"]) == 0
    ids = [c["id"] for c in records(capsys.readouterr().out)[0]["candidates"]]
    assert ids == ["place:ly:tripoli", "place:lb:tripoli"]
    assert main(["resolve", "Tripoli", *user, "--min-score", "0.9"]) == 0
    assert records(capsys.readouterr().out)[0]["candidates"] == []


def test_transliterate_buckwalter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = write(tmp_path / "in.txt", "البوكمال\n")
    assert main(["transliterate", "--scheme", "buckwalter", str(inp)]) == 0
    assert capsys.readouterr().out == "AlbwkmAl\n"


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = write(tmp_path / "in.txt", "ﺍﻟﺒﻮﻛﻤﺎﻝ\n٣٫٥\n")
    out = tmp_path / "out.txt"
    assert main(["normalize", str(inp), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "البوكمال\n3.5\n"
    assert capsys.readouterr().out == ""  # the data went to the file, not stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.txt"]  # no temporary file left


def test_output_file_untouched_when_the_run_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = write(tmp_path / "in.txt", b"good line\nbad \xff byte\n")
    out = write(tmp_path / "out.txt", "previous result\n")
    assert main(["normalize", str(inp), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "previous result\n"  # not truncated, not half-written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.txt"]
    assert "in.txt:2" in capsys.readouterr().err


def test_output_refuses_to_overwrite_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = write(tmp_path / "in.txt", "Al-Qa’im\n")
    assert main(["normalize", str(inp), "-o", str(inp)]) == 1
    assert inp.read_text(encoding="utf-8") == "Al-Qa’im\n"
    err = capsys.readouterr().err
    assert "overwrite input" in err and "different -o path" in err


# --- subprocess: one run per exit path --------------------------------------------------------


def translit(*args: str, input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m translit ARGS` from any directory; the package is found through PYTHONPATH."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, "-m", "translit", *args], input=input, capture_output=True,
                          env=env, timeout=timeout, check=False)


def test_exit_0(tmp_path: Path) -> None:
    inp = write(tmp_path / "in.txt", "Al-Qa’im\n٣٫٥\n")
    proc = translit("normalize", str(inp))
    assert (proc.returncode, proc.stdout.decode("utf-8"), proc.stderr) == (0, "Al-Qa'im\n3.5\n", b"")


def test_exit_1_invalid_utf8_names_line_and_byte(tmp_path: Path) -> None:
    inp = write(tmp_path / "in.txt", b"ok line\nbad \xff byte\nthird\n")
    proc = translit("normalize", str(inp))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert f"{inp}:2 (byte 12)" in err
    assert "--errors replace" in err  # says what to do next
    assert "Traceback" not in err


def test_exit_1_missing_file(tmp_path: Path) -> None:
    proc = translit("normalize", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert "nope.txt" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_exit_2_unknown_option() -> None:
    proc = translit("normalize", "--no-such-option")
    assert proc.returncode == 2
    assert "--no-such-option" in proc.stderr.decode()
    assert proc.stdout == b""


def test_exit_2_unknown_encoding(tmp_path: Path) -> None:
    inp = write(tmp_path / "in.txt", "x\n")
    proc = translit("normalize", "--encoding", "no-such-codec", str(inp))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "no-such-codec" in err and "--encoding auto" in err
    assert proc.stdout == b""


def test_errors_replace_gives_one_line_out_per_line_in(tmp_path: Path) -> None:
    # 5 lines: one empty, one only a cut UTF-8 lead byte, the last without a final newline
    data = b"ok line\nbad \xff byte\n\n\xd8\nlast \xfe"
    inp = write(tmp_path / "in.txt", data)
    proc = translit("normalize", "--errors", "replace", str(inp))
    assert proc.returncode == 0
    assert proc.stdout.decode("utf-8").split("\n") == ["ok line", "bad \ufffd byte", "", "\ufffd", "last \ufffd", ""]


def test_encoding_auto_cp1256(tmp_path: Path) -> None:
    text = "مراسلنا: الجيش السوري يحكم السيطرة بالكامل على مدينة البوكمال\nدير الزور\n"
    inp = write(tmp_path / "legacy.txt", text.encode("cp1256"))
    proc = translit("normalize", "--encoding", "auto", str(inp))
    assert proc.returncode == 0
    assert proc.stdout.decode("utf-8") == text
    err = proc.stderr.decode()
    assert "detected encoding cp1256" in err and "legacy.txt" in err


def test_empty_input_gives_empty_output(tmp_path: Path) -> None:
    inp = write(tmp_path / "empty.txt", b"")
    for proc in (translit("normalize", str(inp)), translit("link", "--format", "jsonl", input=b"")):
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"", b"")


def test_reader_closing_stdout_early_exits_quietly(tmp_path: Path) -> None:
    """`translit normalize big.txt | head -1`: no BrokenPipeError traceback, no complaint at exit."""
    line = "مراسلنا: الجيش السوري يحكم السيطرة على مدينة #البوكمال – Al-Qa’im\n"
    inp = write(tmp_path / "big.txt", line * 20_000)  # ~1.7 MB of output, far beyond a pipe buffer
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "translit", "normalize", str(inp)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    returncode = proc.wait(timeout=120)
    assert first.decode("utf-8") == "مراسلنا: الجيش السوري يحكم السيطرة على مدينة #البوكمال - Al-Qa'im\n"
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
    assert err == b""
    assert returncode == 0


def test_streaming_collects_garbage_less_often_and_restores_the_threshold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI raises the collector's first threshold while it streams records (cli._fewer_collections);
    a caller's thresholds come back afterwards, when the run fails too."""
    import gc

    from translit import cli

    seen: list[tuple[int, int, int]] = []
    stream = cli._stream
    monkeypatch.setattr(cli, "_stream", lambda args: seen.append(gc.get_threshold()) or stream(args))
    before = gc.get_threshold()
    inp = tmp_path / "in.txt"
    inp.write_text("Clashes near #البوكمال\n", encoding="utf-8")
    assert main(["link", "--format", "jsonl", str(inp)]) == 0
    assert json.loads(capsys.readouterr().out)["mentions"][0]["surface"] == "البوكمال"
    assert main(["link", str(tmp_path / "missing.txt")]) == 1
    assert seen == [(cli.GC_THRESHOLD, *before[1:])] * 2
    assert gc.get_threshold() == before
