"""The ``translit`` command: a thin layer over the library (build_parser + main(argv) -> int).

stdout carries only data, one output record per input record, in order;
diagnostics go to stderr. Exit codes: 0 ok, 1 data or runtime error, 2 usage.
"""

from __future__ import annotations

import argparse
import errno
import gc
import itertools
import json
import multiprocessing
import os
import re
import signal
import sys
import warnings
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TextIO

from . import __version__
from .config import DEFAULT
from .decode import UnknownEncoding, iter_lines
from .document import Document
from .errors import InputError, LexiconError, TranslitError
from .index import INDEX_FILES
from .lexicon import Lexicon, load_lexicon, shipped_lexicon_sources, validate
from .normalizer import Normalizer
from .records import Record, atomic_output, iter_records, write_jsonl
from .render import TSV_HEADER, html_footer, html_header, html_record, tsv_rows
from .romanize import plain_ascii
from .transliterate import SCHEMES, transliterate

Handler = Callable[[Record], dict[str, Any]]
_LINE_BREAKS = re.compile(r"[\r\n]+")


EXIT_CODES = "exit codes: 0 ok, 1 data or runtime error (the message names file:line), 2 usage error"
EXAMPLES = {
    "translit": ["echo 'Clashes near #البوكمال and Deir Ezzor' | translit link",
                 "translit link --format jsonl news.txt.gz -o linked.jsonl",
                 "translit resolve 'Abu Kemal'",
                 "translit COMMAND --help    # the options of one command"],
    "normalize": ["translit normalize news.txt -o clean.txt",
                  "translit normalize --format jsonl --tokens --text-key text posts.jsonl"],
    "link": ["echo 'The SAA entered Albukamal' | translit link",
             "translit link --format jsonl --text-key text posts.jsonl --jobs 2 -o linked.jsonl",
             "translit link --format html news.txt -o report.html",
             "translit link --lexicon my-places.jsonl --replace id news.txt"],
    "transliterate": ["echo 'دير الزور' | translit transliterate",
                      "translit transliterate --scheme buckwalter arabic.txt"],
    "resolve": ["translit resolve 'Abu Kemal' 'Deir Ezzor'", "cut -f2 names.tsv | translit resolve --top 3"],
    "explain": ["translit explain 'Clashes near #البوكمال'"],
    "validate": ["translit lexicon validate my-places.jsonl"],
    "compile": ["translit lexicon compile my-places.jsonl -o my-index/"],
    "export": ["translit lexicon export -o patterns.jsonl"],
    "import-geonames": ["translit lexicon import-geonames SY.txt --min-population 1000 -o sy.jsonl"],
}


def _epilog(command: str) -> str:
    return "examples:\n" + "".join(f"  {line}\n" for line in EXAMPLES[command]) + "\n" + EXIT_CODES


class _Version(argparse.Action):
    """--version: translit's version and the data each shipped lexicon was built from (read when asked)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version of translit and of its lexicon data, and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        lines = [f"translit {__version__}", "lexicon data:"]
        lines += [f"  {name}: {source}" for name, source in shipped_lexicon_sources()]
        print("\n".join(lines))
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="translit", description="Normalize bilingual Arabic-English text and link names to entity IDs.",
        epilog=_epilog("translit"), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                help="what to do; 'translit COMMAND --help' shows its options")

    def add(parent: Any, name: str, help: str, description: str | None = None) -> argparse.ArgumentParser:
        """A subcommand whose --help ends with examples and the exit codes."""
        p: argparse.ArgumentParser = parent.add_parser(name, help=help, description=description or help,
                                                       epilog=_epilog(name),
                                                       formatter_class=argparse.RawDescriptionHelpFormatter)
        return p

    def stream_command(name: str, help: str, formats: tuple[str, ...] = ("text", "jsonl")) -> argparse.ArgumentParser:
        p = add(sub, name, help)
        p.add_argument("files", nargs="*", metavar="FILE", help="input files (.gz too); none or '-' reads stdin")
        p.add_argument("--format", choices=formats, default="text",
                       help="output format (default text)" + ("; tsv: one mention a row; html: a report"
                                                                 if "html" in formats else ""))
        p.add_argument("--text-key", metavar="KEY",
                       help="input is JSONL: process field KEY of each object, pass the other keys through")
        p.add_argument("--encoding", default="utf-8", help="utf-8 (default), auto (detect), or any codec name")
        p.add_argument("--errors", choices=("strict", "replace"), default="strict",
                       help="undecodable bytes: stop with an error (default) or replace with U+FFFD")
        p.add_argument("--on-error", choices=("stop", "record"), default="stop",
                       help="a bad JSONL line: stop (default) or write an error record and go on")
        p.add_argument("-o", "--output", type=_path, metavar="OUT",
                       help="output file, written atomically (default stdout)")
        p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
        p.add_argument("--shard", type=_shard, metavar="I/N",
                       help="process only records I, I+N, I+2N, ... (0 <= I < N), to split work across machines")
        return p

    def lexicon_options(p: argparse.ArgumentParser, purpose: str = "") -> None:
        p.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                       help="a lexicon JSONL file to add (repeatable)" + (f"; {purpose}" if purpose else ""))
        p.add_argument("--no-default-lexicons", action="store_true", help="use only the --lexicon files")
        p.add_argument("--index", metavar="DIR", help="a compiled index ('translit lexicon compile') to use instead "
                                                      "of --lexicon files and the shipped lexicons")

    p = stream_command("normalize", "clean text for display (and tokenize with --tokens)")
    p.add_argument("--tokens", action="store_true", help="with --format jsonl, add the tokens")
    p.add_argument("--strip-diacritics", action="store_true", help="also remove Arabic harakat")

    p = stream_command("link", "find names and link them to canonical entity IDs",
                       formats=("text", "jsonl", "tsv", "html"))
    p.add_argument("--tokens", action="store_true", help="with --format jsonl, add the tokens")
    p.add_argument("--replace", choices=("name", "ascii", "id"),
                   help="with --format text, replace names by their canonical name (Ālbū Kamāl), the name in plain "
                        "ASCII (Albu Kamal) or the entity ID")
    lexicon_options(p)

    p = stream_command("transliterate", "transliterate Arabic to Latin")
    p.add_argument("--scheme", choices=SCHEMES, default="news",
                   help="news (readable, default), buckwalter, bwsafe, bwxml")
    p.add_argument("--sun-letters", action="store_true", help="news scheme: assimilate the article (ash-Sham)")
    lexicon_options(p, "news scheme: write the names these lexicons link in their spelling (default: the "
                       "shipped ones; --no-default-lexicons alone: none)")

    p = add(sub, "resolve", "rank the entities a name may refer to",
            "Rank candidate entities for names given as arguments or one per stdin line; one JSON object a name.")
    p.add_argument("names", nargs="*", metavar="NAME",
                   help="a name to resolve, in either script (quote names of several words); none reads stdin")
    p.add_argument("--top", type=int, default=5, metavar="K", help="at most K candidates a name (default 5)")
    p.add_argument("--min-score", type=float, default=0.5, metavar="P",
                   help="leave out candidates less likely than P to be right (default 0.5; 0.7 for fewer wrong IDs)")
    lexicon_options(p)

    p = add(sub, "explain", "show each cleanup step and why each name linked")
    p.add_argument("text", metavar="TEXT", help="the text to explain (quote it)")
    lexicon_options(p)

    lex = sub.add_parser("lexicon", help="validate, compile or import lexicons", description=(
        "Lexicon files: validate, compile, export, import-geonames. 'translit lexicon ACTION --help' for one."),
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    lsub = lex.add_subparsers(dest="lexicon_command", required=True, metavar="ACTION", help="what to do")
    p = add(lsub, "validate", "check lexicon files: schema errors (file:line), duplicate IDs, shared names")
    p.add_argument("files", nargs="+", metavar="FILE", help="lexicon JSONL files to check")
    p.add_argument("--show-ambiguous", type=int, default=10, metavar="N", help="list up to N shared names")
    p = add(lsub, "compile", "compile lexicon files into an index directory")
    p.add_argument("files", nargs="*", metavar="FILE", help="lexicon JSONL files (added to the shipped ones)")
    p.add_argument("-o", "--output", type=_path, required=True, metavar="DIR",
                   help="the index directory to write (required): a new or empty one, or one an earlier compile "
                        "wrote")
    p.add_argument("--no-default-lexicons", action="store_true", help="compile only the FILEs, not the shipped ones")
    p = add(lsub, "export", "write lexicon entries for other tools (spaCy EntityRuler patterns JSONL)")
    p.add_argument("files", nargs="*", metavar="FILE", help="lexicon files (added to the defaults)")
    p.add_argument("--format", choices=("spacy-patterns",), default="spacy-patterns",
                   help="spacy-patterns (default): EntityRuler patterns with the entity ID")
    p.add_argument("--no-default-lexicons", action="store_true", help="export only the FILEs, not the shipped ones")
    p.add_argument("-o", "--output", type=_path, metavar="OUT", help="output JSONL (default stdout)")
    p = add(lsub, "import-geonames", "convert a GeoNames dump (cities500.txt, SY.txt, ...) to a lexicon")
    p.add_argument("file", metavar="FILE", help="a GeoNames dump in its tab-separated layout (.gz or .zip too)")
    p.add_argument("-o", "--output", type=_path, metavar="OUT", help="output JSONL (default stdout)")
    p.add_argument("--countries", metavar="CC,CC", help="keep only these ISO country codes")
    p.add_argument("--min-population", type=int, default=0, metavar="N",
                   help="keep places of at least N people (default 0: all)")
    return parser


def _path(value: str) -> str:
    if not value:
        raise argparse.ArgumentTypeError("expected a path, got an empty string")
    return value


def _shard(value: str) -> tuple[int, int]:
    try:
        i, n = (int(x) for x in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected I/N such as 0/4, not {value!r}") from None
    if not 0 <= i < n:
        raise argparse.ArgumentTypeError(f"shard {value}: need 0 <= I < N")
    return i, n


# --- per-record work -------------------------------------------------------------

def _normalizer(args: argparse.Namespace) -> Normalizer:
    config = DEFAULT.with_options(strip_diacritics=True) if getattr(args, "strip_diacritics", False) else DEFAULT
    if args.command in ("link", "transliterate"):
        return Normalizer(config, lexicons=args.lexicon, defaults=not args.no_default_lexicons, index=args.index)
    return Normalizer(config, link=False)


# the keys a JSONL output record gets from translit; an input key of the same name would be lost
OUTPUT_FIELDS = {"normalize": frozenset({"normalized", "tokens", "error"}),
                 "link": frozenset({"normalized", "mentions", "tokens", "error"}),
                 "transliterate": frozenset({"transliteration", "error"})}


def _base(record: Record) -> dict[str, Any]:
    out = dict(record.extra)
    if record.error is not None:
        out["error"] = f"{record.source}:{record.line}: {record.error}"
    return out


class Worker:
    """What one process does to one record; picklable, so --jobs can ship it to workers."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.command = args.command
        self.format = args.format
        self.tokens = getattr(args, "tokens", False)
        self.replace = getattr(args, "replace", None)
        self.scheme = getattr(args, "scheme", "news")
        self.sun = getattr(args, "sun_letters", False)
        self.nlp = _normalizer(args) if self.command in ("normalize", "link") or _names_for_news(args) else None

    def many(self, chunk: list[tuple[int, Record]]) -> list[str]:
        """The lines of a chunk of records, their Documents made together (Normalizer.pipe: the cross-script
        model weighs all their spans in one batch)."""
        texts = [record.text for _, record in chunk if record.text is not None and self._document_of(record)]
        docs = iter(self.nlp.pipe(texts, batch_size=len(texts)) if self.nlp is not None and texts else ())
        return [self(numbered, next(docs) if self._document_of(numbered[1]) else None) for numbered in chunk]

    def _document_of(self, record: Record) -> bool:
        """Whether the record's line is made from a Document of its text."""
        return (self.command in ("normalize", "link") and record.text is not None
                and not (self.format == "text" and self.command == "normalize"))

    def __call__(self, numbered: tuple[int, Record], doc: Document | None = None) -> str:
        number, record = numbered
        text = record.text
        if record.error is not None and self.format != "jsonl":
            # only JSONL output has room for an error record: say it here, and keep the line
            print(f"translit: {record.source}:{record.line}: {record.error}; written as an empty line",
                  file=sys.stderr)
        if self.command == "transliterate":
            value = None if text is None else transliterate(Normalizer.clean_text(text), self.scheme,
                                                            sun_letters=self.sun, normalizer=self.nlp)
            return self._emit(record, {"transliteration": value}, value)
        assert self.nlp is not None
        if text is None and self.format in ("tsv", "html"):
            return html_record(Document("", "", ()), number) if self.format == "html" else ""
        if text is None:
            empty: dict[str, Any] = {"normalized": None}
            if self.command == "link":
                empty["mentions"] = []
            return self._emit(record, empty, "")
        if self.format == "text" and self.command == "normalize":
            return self._line(self.nlp.clean_text(text, self.nlp.config))  # display text needs no tokens
        doc = self.nlp(text) if doc is None else doc
        if self.format == "tsv":
            return "".join(row + "\n" for row in tsv_rows(doc, record=number))
        if self.format == "html":
            return html_record(doc, number)
        if self.format == "text":
            return self._line(_annotate(doc, self.replace) if self.command == "link" else doc.text)
        d = doc.to_dict(tokens=self.tokens)
        if self.command == "normalize":
            d.pop("mentions")
        return self._line(json.dumps(_base(record) | d, ensure_ascii=False))

    def _emit(self, record: Record, fields: dict[str, Any], text: str | None) -> str:
        if self.format == "text":
            return self._line(text or "")
        # an error record keeps every input key, even one named like an output field
        merged = fields | _base(record) if record.error is not None else _base(record) | fields
        return self._line(json.dumps(merged, ensure_ascii=False))

    @staticmethod
    def _line(s: str) -> str:
        # one output line per record, always; a paragraph break is one space, as cleanup would make it
        return _LINE_BREAKS.sub(" ", s) + "\n"


def _names_for_news(args: argparse.Namespace) -> bool:
    """transliterate --scheme news writes linked names in their lexicon spelling, unless no lexicon is left."""
    return args.command == "transliterate" and args.scheme == "news" and bool(
        args.lexicon or args.index or not args.no_default_lexicons)


def _annotate(doc: Any, replace: str | None) -> str:
    """Inline annotation of the original text: [surface](id), or the canonical name/ID in its place."""
    out, last = [], 0
    for m in doc.mentions:
        out.append(doc.original[last:m.start])
        if replace == "name":
            out.append(m.name)
        elif replace == "ascii":
            out.append(plain_ascii(m.name))
        elif replace == "id":
            out.append(m.id)
        else:
            out.append(f"[{m.surface}]({m.id})")
        last = m.end
    out.append(doc.original[last:])
    return Normalizer.clean_text("".join(out))


_WORKER: Worker | None = None


def _init_worker(worker: Worker) -> None:
    global _WORKER
    _WORKER = worker
    # the pool stops its workers with SIGTERM: the parent's handler (KeyboardInterrupt, for cleanup) would make
    # a worker print a traceback or die holding a queue lock, and the pool then waits for it forever;
    # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(chunk: list[tuple[int, Record]]) -> list[str]:
    assert _WORKER is not None
    return _WORKER.many(chunk)


CHUNK = 256  # records sent to a worker at once
AHEAD = 4  # chunks in flight per worker: enough to keep each busy, bounded memory on a long stream


def _map(worker: Worker, records: Iterable[tuple[int, Record]], jobs: int, *, ahead: bool = False
         ) -> Iterator[str]:
    """Results in input order; with jobs > 1, chunks go to forked workers that share the opened index.
    A serial run reads files ``ahead`` a chunk at a time, whose records are linked together (Worker.many);
    standard input is answered record by record, as each comes.

    A bad record that stops the run (InputError) stops it after the records before it, as a serial run does;
    a worker that dies (kill -9, out of memory) is an error naming its records, never a hang.
    """
    if jobs <= 1:
        if ahead:
            for chunk in _chunks(records, CHUNK):
                yield from worker.many(chunk)
        else:
            yield from map(worker, records)
        return
    if worker.nlp is not None and worker.command in ("link", "transliterate"):
        _ = worker.nlp.linker  # open the index before forking: workers inherit the mapped pages
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(worker,))
    pending: deque[tuple[Future[list[str]], list[tuple[int, Record]]]] = deque()
    try:
        try:
            for chunk in _chunks(records, CHUNK):
                pending.append((_submit(pool, chunk), chunk))
                if len(pending) >= AHEAD * jobs:
                    yield from _results(*pending.popleft())
        except TranslitError:
            while pending:  # what came before the bad record is written, then the error stops the run
                yield from _results(*pending.popleft())
            raise
        while pending:
            yield from _results(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(records: Iterable[tuple[int, Record]], size: int) -> Iterator[list[tuple[int, Record]]]:
    """Lists of ``size`` records; when reading fails, the records read before it come first, then the error."""
    it = iter(records)
    while True:
        chunk: list[tuple[int, Record]] = []
        try:
            chunk.extend(itertools.islice(it, size))
        except TranslitError:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


def _submit(pool: ProcessPoolExecutor, chunk: list[tuple[int, Record]]) -> Future[list[str]]:
    try:
        return pool.submit(_run_chunk, chunk)
    except BrokenProcessPool:
        raise _lost_worker(chunk) from None


def _results(future: Future[list[str]], chunk: list[tuple[int, Record]]) -> list[str]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise _lost_worker(chunk) from None


def _lost_worker(chunk: list[tuple[int, Record]]) -> TranslitError:
    (first, rec), last = chunk[0], chunk[-1][0]
    return TranslitError(f"a worker process died (killed, or out of memory) by records {first}-{last} "
                         f"(from {rec.source}:{rec.line}); nothing was written to -o: re-run, with fewer "
                         "--jobs if memory is short")


def _stream(args: argparse.Namespace) -> int:
    worker = Worker(args)

    def detected(source: str, encoding: str) -> None:
        print(f"translit: {source}: detected encoding {encoding}", file=sys.stderr)

    def looks_like_jsonl(source: str, keys: list[str]) -> None:
        print(f"translit: {source}: warning: the input looks like JSONL (line 1 is a JSON object with keys "
              f"{', '.join(keys[:6])}) but is read as plain text, keys and all; give --text-key KEY to process "
              "one field and pass the others through", file=sys.stderr)

    # numbered from 1 before sharding, so TSV/HTML record numbers are the same whatever the shard
    records: Iterable[tuple[int, Record]] = enumerate(
        iter_records(args.files, encoding=args.encoding, errors=args.errors, text_key=args.text_key,
                     on_error=args.on_error, on_detect=detected, reserved=OUTPUT_FIELDS[args.command],
                     on_jsonl=looks_like_jsonl), 1)
    if args.shard:
        i, n = args.shard
        records = ((k, r) for k, r in records if (k - 1) % n == i)
    if sys.stderr.isatty():
        records = _progress(records)
    with atomic_output(args.output, inputs=_inputs(args, worker)) as out:
        if args.format == "tsv":
            out.write(TSV_HEADER + "\n")
        elif args.format == "html":
            out.write(html_header())
        count = 0
        for line in _map(worker, records, args.jobs, ahead=bool(args.files) and "-" not in args.files):
            out.write(line)
            count += 1
        if args.format == "html":
            out.write(html_footer(count))
    return 0


def _inputs(args: argparse.Namespace, worker: Worker) -> list[str]:
    """Every file a streaming run reads, which -o must not replace: the inputs (stdin's file), the lexicons
    and the compiled index they open."""
    inputs = list(args.files or ["-"])
    if worker.command in ("link", "transliterate") and worker.nlp is not None:
        inputs += [str(p) for p in worker.nlp.lexicon.paths] + [
            str(part.path / name) for part in worker.nlp.lexicon.index.parts for name in INDEX_FILES]
    return inputs


def _progress(records: Iterable[tuple[int, Record]]) -> Iterator[tuple[int, Record]]:
    """Records/s and MB/s on stderr, only for a person watching a terminal."""
    from tqdm import tqdm  # imported only when a person watches

    with tqdm(unit=" rec", file=sys.stderr, dynamic_ncols=True, smoothing=0.1) as bar:
        size = 0
        for number, rec in records:
            size += len(rec.text.encode()) if rec.text else 0
            bar.update(1)
            if bar.n % 1000 == 0:
                bar.set_postfix_str(f"{size / 1e6 / max(bar.format_dict['elapsed'], 1e-9):.1f} MB/s")
            yield number, rec


def _lexicon(args: argparse.Namespace) -> Lexicon:
    return load_lexicon(args.lexicon, defaults=not args.no_default_lexicons, index=args.index)


def _resolve(args: argparse.Namespace, out: TextIO) -> int:
    if not args.names and sys.stdin is None:
        raise InputError("standard input is closed", hint="give the names as arguments, or pipe them in")
    if sys.stdout is None:
        raise InputError("standard output is closed", path="<stdout>", hint="run it with stdout open")
    for n, name in enumerate(args.names, 1):
        if not _utf8(name):
            raise InputError(f"argument {n} is not valid UTF-8 text", path="<command line>",
                             hint="pass names as UTF-8 (or one per line on stdin)")
    lex = _lexicon(args)
    names: Iterable[str] = args.names or iter_lines(sys.stdin.buffer, path=None)
    for name in names:
        cands = lex.resolve(name, top=args.top, threshold=args.min_score)
        write_jsonl(out, {"query": name, "candidates": [c.to_dict() for c in cands]})
    return 0


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # surrogate-escaped bytes of a command line that was not UTF-8
        return False
    return True


def _lexicon_command(args: argparse.Namespace, out: TextIO) -> int:
    if args.lexicon_command == "validate":
        report = validate(args.files)
        for err in report.errors:
            print(err, file=sys.stderr)
        shared = sorted(report.ambiguous.items())
        for key, ids in shared[: args.show_ambiguous]:
            print(f"shared name {key!r}: {', '.join(ids)}", file=sys.stderr)
        print(f"{report.entities} entities, {report.names} names, {len(report.errors)} errors, "
              f"{len(shared)} names shared by several entities (kept; ranked at link time)", file=sys.stderr)
        return 1 if report.errors else 0
    if args.lexicon_command == "compile":
        from pathlib import Path

        from .lexicon import build_index, default_lexicon_paths

        paths = ([] if args.no_default_lexicons else default_lexicon_paths()) + [Path(f) for f in args.files]
        build_index(paths, Path(args.output))
        print(f"translit: compiled {len(paths)} lexicon file(s) into {args.output}", file=sys.stderr)
        return 0
    if args.lexicon_command == "export":
        from .spacy import patterns

        lex = load_lexicon(args.files, defaults=not args.no_default_lexicons)
        with atomic_output(args.output, inputs=[str(p) for p in lex.paths]) as f:
            for pattern in patterns(lex):
                write_jsonl(f, pattern)
        return 0
    return _import_geonames(args)


def _import_geonames(args: argparse.Namespace) -> int:
    """The dump as a lexicon; nothing on stdout until its first row has been read, what was left out on stderr."""
    from .geonames import junk_report, read_dump

    countries = {c.strip().upper() for c in args.countries.split(",")} if args.countries else None
    dropped: Counter[str] = Counter()
    junk: Counter[str] = Counter()
    records = read_dump(args.file, countries=countries, min_population=args.min_population, dropped=dropped,
                        junk=junk)
    first = next(records, None)  # a file that is no GeoNames dump fails here, before any output
    kept = 0
    with atomic_output(args.output, inputs=[args.file]) as f:
        write_jsonl(f, {"format": "translit-lexicon", "version": 1,
                        "source": f"GeoNames dump {os.path.basename(args.file)}",
                        "license": "CC BY 4.0, GeoNames (geonames.org)"})
        for rec in records if first is None else itertools.chain([first], records):
            write_jsonl(f, rec)
            kept += 1
    reasons = {"country": "in other countries (--countries)",
               "population": f"under --min-population {args.min_population}"}
    left_out = [f"{n} {reasons.get(why, f'of {why} (only P populated places and A areas are imported)')}"
                for why, n in sorted(dropped.items(), key=lambda item: -item[1])]
    print(f"translit: {args.file}: {kept} records written" + (f"; left out {sum(dropped.values())} rows: "
          + ", ".join(left_out) if left_out else ""), file=sys.stderr)
    if junk:
        print(f"translit: dropped {junk_report(junk)}", file=sys.stderr)
    return 0


def _usage_problem(args: argparse.Namespace) -> str | None:
    """A value argparse cannot check, or an option this combination would silently ignore."""
    if getattr(args, "jobs", 1) < 1:
        return "--jobs must be at least 1"
    if getattr(args, "tokens", False) and args.format != "jsonl":
        return f"--tokens adds the tokens to JSONL output; add --format jsonl (--format {args.format} has no tokens)"
    if getattr(args, "replace", None) and args.format != "text":
        return f"--replace rewrites the text output; use --format text, or drop --replace for --format {args.format}"
    if getattr(args, "sun_letters", False) and args.scheme != "news":
        return f"--sun-letters is for --scheme news; --scheme {args.scheme} has no article to assimilate"
    if args.command == "transliterate" and args.scheme != "news" and (
            args.lexicon or args.no_default_lexicons or args.index):
        return (f"--lexicon, --no-default-lexicons and --index are for --scheme news; --scheme {args.scheme} "
                "uses no names")
    if getattr(args, "index", None) and (args.lexicon or args.no_default_lexicons):
        return "--index is a compiled set of lexicons: give it alone, without --lexicon or --no-default-lexicons"
    return None


def _show_warning(message: Warning | str, *args: object, **kwargs: object) -> None:
    print(f"translit: warning: {message}", file=sys.stderr)  # a line for a person, not file:line and source


def main(argv: list[str] | None = None) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = _show_warning
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help is 0, a usage error 2
        return int(exc.code or 0)
    problem = _usage_problem(args)
    if problem:
        parser.print_usage(sys.stderr)
        print(f"translit: error: {problem}", file=sys.stderr)
        return 2
    try:
        if args.command in ("normalize", "link", "transliterate"):
            with _fewer_collections():
                return _stream(args)
        if args.command == "resolve":
            return _resolve(args, sys.stdout)
        if args.command == "explain":
            nlp = Normalizer(lexicons=args.lexicon, defaults=not args.no_default_lexicons, index=args.index)
            print(json.dumps(nlp.explain(args.text), ensure_ascii=False, indent=1))
            return 0
        return _lexicon_command(args, sys.stdout)
    except UnknownEncoding as exc:
        print(f"translit: error: {exc}; see 'python -m codecs' names or use --encoding auto", file=sys.stderr)
        return 2
    except (TranslitError, LexiconError) as exc:
        print(f"translit: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("translit: interrupted; no output file was written", file=sys.stderr)
        return 130
    except OSError as exc:  # disk full, permission denied, a missing path: say which, leave no partial output
        print(f"translit: error: {exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}; "
              f"{_os_error_advice(exc)}", file=sys.stderr)
        return 1
    except UnicodeEncodeError as exc:  # a lone surrogate from the command line (an undecodable argument byte)
        print(f"translit: error: {exc.object[exc.start:exc.end]!r} cannot be written as UTF-8 (a lone surrogate, "
              "often a byte of the command line that is not UTF-8); fix the argument or input", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line that says so, not a traceback (TRANSLIT_DEBUG=1 shows it)
        if os.environ.get("TRANSLIT_DEBUG"):
            raise
        print(f"translit: internal error: {type(exc).__name__}: {exc}; this is a bug: please report it with "
              "the command and input (TRANSLIT_DEBUG=1 prints the traceback)", file=sys.stderr)
        return 1


# the garbage collector's first threshold while the CLI streams records (Python's default is 700)
GC_THRESHOLD = 100_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while streaming (and in --jobs workers, forked inside).

    The linker's caches keep about 100,000 small objects alive, and a collection walks all that survived; at
    Python's default threshold it ran several thousand times on 10 MB of news, a quarter of link's CPU
    (docs/performance.md). Linking makes few reference cycles (365 objects collected on those 10 MB), so
    collecting less often holds no more memory. The caller's thresholds come back afterwards.
    """
    old = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _os_error_advice(exc: OSError) -> str:
    """What to do about an OS error: disk advice only when the disk is the problem."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "free space or choose another -o path"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "check the permissions, or choose another path"
    return "check the path"


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM cleans up like Ctrl-C: the temp output file is removed


def run() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    sys.exit(main())


if __name__ == "__main__":
    run()
