"""Output formats people read or load elsewhere: TSV (one mention a row) and a self-contained HTML report.

Both show the ORIGINAL text and its offsets, so a row or a highlight can be
checked against the input. The HTML is streamed (header, one block per record,
footer) so a large input never sits in memory, and it loads nothing external.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .document import Document, Mention

TSV_FIELDS = ("record", "start", "end", "surface", "id", "name", "type", "method", "score")
TSV_HEADER = "\t".join(TSV_FIELDS)
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def tsv_field(value: object) -> str:
    r"""A value as one TSV field: backslash, tab, CR and LF escaped (\\ \t \r \n), as PostgreSQL COPY reads them.

    >>> tsv_field("a\tb\nc")
    'a\\tb\\nc'
    """
    return str(value).translate(_TSV_ESCAPES)


def tsv_rows(doc: Document, *, record: int) -> list[str]:
    """One row per mention (no line ends), fields in ``TSV_HEADER`` order; a record without mentions has none.

    >>> from translit.document import Document, Mention
    >>> m = Mention(3, 7, "Homs", "place:sy:homs", "Homs", "place", "exact", 1.0)
    >>> doc = Document("in Homs", "in Homs", (), (m,))
    >>> tsv_rows(doc, record=1)
    ['1\\t3\\t7\\tHoms\\tplace:sy:homs\\tHoms\\tplace\\texact\\t1.0']
    """
    return ["\t".join(tsv_field(v) for v in (record, m.start, m.end, m.surface, m.id, m.name, m.type, m.method,
                                             round(m.score, 4)))
            for m in doc.mentions]


# html.escape plus line breaks as character references, so each record block is one line of the page
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                               "\n": "&#10;", "\r": "&#13;"})


def _esc(text: str) -> str:
    """Text or attribute value made safe for HTML (the same entities as html.escape, plus CR/LF)."""
    return text.translate(_HTML_ESCAPES)


_CSS = """\
body{font:16px/1.6 system-ui,"Noto Sans","Noto Naskh Arabic","Segoe UI",Tahoma,sans-serif;margin:2em auto;\
max-width:60em;padding:0 1em;color:#222}
.record{display:flex;gap:.8em;border-bottom:1px solid #ddd;padding:.4em 0}
.n{color:#888;font-size:.8em;min-width:3em;text-align:end;padding-top:.2em}
footer{color:#888;font-size:.8em;padding-top:1em}
.text{white-space:pre-wrap;overflow-wrap:anywhere;flex:1;margin:0}
mark{border-radius:3px;padding:0 .15em;background:#ffe58a;cursor:help}
mark.place,mark.country{background:#b9e4c9}
mark.org{background:#c7d8f5}
mark.person{background:#f5c7d8}
mark.ambiguous{outline:2px dashed #d9534f}
"""


def _title(m: Mention) -> str:
    """The hover text: what the name was linked to, how, and what else it could be."""
    lines = [f"{m.id} — {m.name} ({m.type})", f"method: {m.method}, score {round(m.score, 4)}"]
    if m.alias:
        lines.append(f"matched: {m.alias}")
    others = [c for c in m.candidates if c.id != m.id]
    if others:
        lines.append("other candidates: " + "; ".join(f"{c.id} ({round(c.score, 4)})" for c in others))
    return "\n".join(lines)


def html_record(doc: Document, number: int) -> str:
    """One record's block: the original text with each mention in a <mark>, isolated in <bdi> for bidi.

    ``dir="auto"`` on the block lets the browser take each record's direction
    from its first strong letter, so an Arabic record reads right to left and an
    English one left to right; <bdi> keeps a name from reordering its neighbours.
    Line breaks become character references, so the block is one line of output.
    """
    esc = _esc
    parts: list[str] = []
    last = 0
    for m in doc.mentions:
        if m.start < last:  # overlapping mentions are not produced; never print text twice if they were
            continue
        parts.append(esc(doc.original[last:m.start]))
        classes = m.type + (" ambiguous" if m.candidates else "")
        parts.append(f'<bdi><mark class="{esc(classes)}" data-id="{esc(m.id)}" title="{esc(_title(m))}">'
                     f"{esc(m.surface)}</mark></bdi>")
        last = m.end
    parts.append(esc(doc.original[last:]))
    return (f'<section class="record" id="r{number}" dir="auto"><span class="n">{number}</span>'
            f'<p class="text">{"".join(parts)}</p></section>\n')


def html_header(title: str = "translit report") -> str:
    """The page up to the first record: meta, inline CSS, title."""
    return (f'<!DOCTYPE html>\n<html lang="und"><head><meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_esc(title)}</title>\n<style>\n{_CSS}</style></head>\n<body>\n"
            f"<h1>{_esc(title)}</h1>\n")


def html_footer(count: int) -> str:
    return f"<footer>{count} record(s); hover a highlighted name for its ID and candidates.</footer>\n</body></html>\n"


def html_page(docs: Iterable[Document], *, title: str = "translit report") -> Iterator[str]:
    """A self-contained HTML report, streamed: the header, one block per record (numbered from 1), the footer."""
    yield html_header(title)
    count = 0
    for count, doc in enumerate(docs, 1):
        yield html_record(doc, count)
    yield html_footer(count)


__all__ = ["TSV_FIELDS", "TSV_HEADER", "html_footer", "html_header", "html_page", "html_record", "tsv_field",
           "tsv_rows"]
