"""TSV rows and the HTML report: exact rows, and the report's DOM parsed back (marks, ids, direction, escaping)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import translit
from translit import render
from translit.document import Candidate, Document, Mention
from translit.render import TSV_HEADER, html_page, tsv_rows

SEED_LINES = (Path(__file__).parent / "data" / "seed" / "albukamal-2017-11-08.txt").read_text(
    encoding="utf-8").splitlines()
HOSTILE = 'x <script>alert("1")</script> & "A&B\tCo" y'
HOSTILE_START = HOSTILE.index('"A&B')
HOSTILE_DOC = Document(HOSTILE, HOSTILE, (), (
    Mention(HOSTILE_START, HOSTILE_START + 8, '"A&B\tCo"', 'org:a&b"<co>', "A&B <Co>", "org", "folded", 0.91234,
            candidates=(Candidate('org:a&b"<co>', "A&B <Co>", "org", 0.91234, "folded"),
                        Candidate("org:ab-<script>", "AB", "org", 0.9, "variant"))),))


@pytest.fixture(scope="module")
def nlp() -> translit.Normalizer:
    return translit.Normalizer()


# --- TSV -----------------------------------------------------------------------------------------

def test_tsv_header() -> None:
    assert TSV_HEADER == "record\tstart\tend\tsurface\tid\tname\ttype\tmethod\tscore"


def test_tsv_rows_exact_and_escaped() -> None:
    assert tsv_rows(HOSTILE_DOC, record=7) == [
        f'7\t{HOSTILE_START}\t{HOSTILE_START + 8}\t"A&B\\tCo"\torg:a&b"<co>\tA&B <Co>\torg\tfolded\t0.9123']
    line = "a\\b\nc in Homs"
    doc = Document(line, line, (), (Mention(0, 5, "a\\b\nc", "x:1", "tab\there", "other", "exact", 1.0),))
    assert tsv_rows(doc, record=1) == ["1\t0\t5\ta\\\\b\\nc\tx:1\ttab\\there\tother\texact\t1.0"]
    assert tsv_rows(Document("nothing", "nothing", ()), record=2) == []


def test_tsv_rows_of_a_linked_line(nlp: translit.Normalizer) -> None:
    doc = nlp("The SAA entered Albukamal.")
    rows = tsv_rows(doc, record=3)
    assert [r.rsplit("\t", 1)[0] for r in rows] == [
        "3\t4\t7\tSAA\torg:syrian-arab-army\tSyrian Arab Army\torg\texact",
        "3\t16\t25\tAlbukamal\tplace:sy:albu-kamal-174448\tĀlbū Kamāl\tplace\tvariant",
    ]
    assert [r.rsplit("\t", 1)[1] for r in rows] == [str(round(m.score, 4)) for m in doc.mentions]
    assert all(len(r.split("\t")) == len(TSV_HEADER.split("\t")) for r in rows)


# --- HTML ----------------------------------------------------------------------------------------

VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr"})


@dataclass
class Mark:
    attrs: dict[str, str]
    in_bdi: bool
    text: str = ""


@dataclass
class Block:
    attrs: dict[str, str]
    text: str = ""
    marks: list[Mark] = field(default_factory=list)


class Report(HTMLParser):
    """The parts of the report the tests look at: each record's attributes, text and marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.records: list[Block] = []
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.mark: Mark | None = None
        self.in_text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in VOID:
            return
        self.stack.append(tag)
        a = {k: v or "" for k, v in attrs}
        if tag == "section":
            self.records.append(Block(a))
        elif tag == "p" and a.get("class") == "text":
            self.in_text = True
        elif tag == "mark":
            self.mark = Mark(a, self.stack[-2] == "bdi")

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()
        if tag == "mark" and self.mark is not None:
            self.records[-1].marks.append(self.mark)
            self.mark = None
        elif tag == "p":
            self.in_text = False

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.records[-1].text += data
        if self.mark is not None:
            self.mark.text += data


def parse(docs: list[Document]) -> Report:
    report = Report()
    for chunk in html_page(docs):
        report.feed(chunk)
    report.close()
    assert report.stack == []  # every element closed
    return report


def test_html_marks_match_mentions(nlp: translit.Normalizer) -> None:
    docs = [nlp(line) for line in SEED_LINES]
    report = parse(docs)
    assert len(report.records) == len(docs)
    for rec, doc in zip(report.records, docs, strict=True):
        assert rec.text == doc.original  # the ORIGINAL text, nothing added or lost
        assert [m.text for m in rec.marks] == [m.surface for m in doc.mentions]
        assert [m.attrs["data-id"] for m in rec.marks] == [m.id for m in doc.mentions]
        for mark, m in zip(rec.marks, doc.mentions, strict=True):
            assert mark.in_bdi
            assert mark.attrs["title"].startswith(f"{m.id} — {m.name}")
            assert f"method: {m.method}" in mark.attrs["title"]


def test_html_every_record_block_has_dir_auto(nlp: translit.Normalizer) -> None:
    arabic = next(line for line in SEED_LINES if "البوكمال" in line)
    report = parse([nlp(SEED_LINES[0]), nlp(arabic)])
    assert [r.attrs["dir"] for r in report.records] == ["auto", "auto"]
    assert [m.text for m in report.records[1].marks][:2] == ["الجيش السوري", "البوكمال"]


def test_html_escapes_everything_from_the_input() -> None:
    page = "".join(html_page([HOSTILE_DOC], title="<b>report</b>"))
    assert "<script>" not in page and "&lt;script&gt;" in page
    report = parse([HOSTILE_DOC])
    assert "script" not in report.tags and "b" not in report.tags
    (rec,) = report.records
    assert rec.text == HOSTILE
    (mark,) = rec.marks
    assert mark.text == '"A&B\tCo"' and mark.attrs["data-id"] == 'org:a&b"<co>'
    assert "other candidates: org:ab-<script> (0.9)" in mark.attrs["title"]
    assert "ambiguous" in mark.attrs["class"]


def test_html_is_streamed_and_self_contained(nlp: translit.Normalizer) -> None:
    chunks = list(html_page(nlp(line) for line in SEED_LINES[:3]))
    assert len(chunks) == 5  # header, three records, footer
    assert chunks[0].startswith("<!DOCTYPE html>") and chunks[-1].rstrip().endswith("</html>")
    page = "".join(chunks)
    assert "http" not in page.replace("https://ar.rt.com", "")  # no external resources
    assert not any(tag in page for tag in ("<link", "<img", "<script", "@import"))
    empty = list(html_page([]))
    assert len(empty) == 2 and "0 record(s)" in empty[1]


def test_html_record_with_line_breaks_is_one_line_and_keeps_them() -> None:
    text = "first line\nsecond\r\nthird in Homs"
    start = text.index("Homs")
    doc = Document(text, text, (), (Mention(start, start + 4, "Homs", "place:sy:homs", "Homs\nCity", "place",
                                            "exact", 1.0),))
    block = render.html_record(doc, 1)
    assert block.count("\n") == 1 and block.endswith("</section>\n")
    (rec,) = parse([doc]).records
    assert rec.text == text
    assert rec.marks[0].attrs["title"].startswith("place:sy:homs — Homs\nCity")


@pytest.mark.parametrize("text", ["a&b", "<i>'x'</i>", '"&amp;"', "البوكمال & Homs"])
def test_escaping_is_html_escape(text: str) -> None:
    assert render._esc(text) == html.escape(text)
