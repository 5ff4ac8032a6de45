"""Two text columns that a PDF-to-text extraction set side by side ("pdftotext -layout"): each line holds a
piece of the left column, a run of spaces, and a piece of the right column. A reader follows each column down
the page; read across, every figure is cut from its subject. Such a block is read column by column: its left
pieces in order, then its right pieces.

A block is lines (no blank line between them) that share a gutter: display columns (a Hangul syllable is two
wide) that are blank in every line, two at least, inside a run of two spaces or more, before a line's text
or after its end. It is two columns of prose only when three lines or more have words on both sides of it
(two words with letters each side, three in two of them: a table's text cells hold fewer) and no side of any
line holds a further run of three spaces (a table's cells, a letterhead's fields). A narrow column wraps its
sentences: its pieces are joined back into lines, a new one at each bullet or note mark.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RUN = re.compile(r" {2,}")
_WIDE = frozenset("WF")
_LETTERS = re.compile(r"[^\W\d_]")
_INNER_GAP = re.compile(r"\S {3,}\S")
MIN_TWO_SIDED = 3
MIN_GUTTER = 2
Interval = tuple[int, int]


@lru_cache(maxsize=1024)  # asked again for each line of a block as the block grows
def _widths(line: str) -> tuple[int, ...]:
    """The display column each character starts at, and the line's width last."""
    if line.isascii():
        return tuple(range(len(line) + 1))
    columns, column = [], 0
    for char in line:
        columns.append(column)
        column += 2 if unicodedata.east_asian_width(char) in _WIDE else 1
    return (*columns, column)


def _blank(line: str, columns: tuple[int, ...]) -> list[Interval]:
    """Display columns blank in a line: runs of two spaces or more (a leading run of any length), and past its end."""
    found = [(columns[run.start()], columns[run.end()]) for run in _RUN.finditer(line)]
    if line.startswith(" ") and (not found or found[0][0] != 0):
        found.insert(0, (0, columns[len(line) - len(line.lstrip(" "))]))
    return [*found, (columns[-1], 1 << 20)]


def _intersect(first: list[Interval], second: list[Interval]) -> list[Interval]:
    both = [(max(a, c), min(b, d)) for a, b in first for c, d in second]
    return [(start, end) for start, end in both if end - start >= MIN_GUTTER]


def _split(line: str, columns: tuple[int, ...], gutter: Interval) -> tuple[str, str]:
    at = next((index for index, column in enumerate(columns[:-1]) if column >= gutter[0]), len(line))
    return line[:at].strip(), line[at:].strip()


def _words(side: str) -> int:
    return sum(1 for word in side.split() if _LETTERS.search(word))


def _extent(line: str) -> tuple[int, int]:
    """Where a line's text starts and ends, in display columns."""
    widths = _widths(line)
    return widths[len(line) - len(line.lstrip())], widths[-1]


def _inside(gutters: list[Interval], first: int, last: int) -> list[Interval]:
    """The gutters with text on both sides in some line of a block whose text spans `first` to `last`: not
    the common indentation, nor past every line's end."""
    return [gutter for gutter in gutters if first < gutter[0] < last]


def _columns_of(block: list[str], gutters: list[Interval]) -> list[str] | None:
    """The block read column by column, or None when it is not two columns of prose."""
    widths = [_widths(line) for line in block]
    extents = [_extent(line) for line in block]
    inside = _inside(gutters, min(start for start, _ in extents), max(end for _, end in extents))
    if len(inside) != 1:
        return None
    halves = [_split(line, width, inside[0]) for line, width in zip(block, widths, strict=True)]
    if any(_INNER_GAP.search(side) for half in halves for side in half):
        return None
    both = [min(_words(left), _words(right)) for left, right in halves]
    if sum(1 for words in both if words >= 2) < MIN_TWO_SIDED or sum(1 for words in both if words >= 3) < 2:
        return None
    return _rejoined([left for left, _ in halves]) + _rejoined([right for _, right in halves])


# a piece of a column that opens a paragraph of its own: a bullet, a dash, a note mark
_OPENS = re.compile(r"[ㅇ○◦•·∙▪□■▶▷◆◇※*\-–]\s|\d{1,2}\.\s|\(\d{1,2}\)|<|\[")


def _rejoined(pieces: list[str]) -> list[str]:
    """A column's pieces of lines: a narrow column wraps its sentences, so each piece goes on the line before it
    unless it opens a bullet or a note."""
    lines: list[str] = []
    for piece in pieces:
        if piece and lines and not _OPENS.match(piece):
            lines[-1] = f"{lines[-1]} {piece}"
        elif piece:
            lines.append(piece)
    return lines


def read_columns(text: str) -> str:
    """The text with each block of two interleaved columns read column by column."""
    if "     " not in text:
        return text  # (no gutter wide enough anywhere: most texts)
    out: list[str] = []
    block: list[str] = []
    gutters: list[Interval] = []
    first = last = 0  # where the block's text starts and ends, in display columns

    def close() -> None:
        out.extend((len(block) >= MIN_TWO_SIDED and _columns_of(block, gutters)) or block)
        block.clear()

    for line in text.expandtabs().split("\n"):
        if not line.strip():
            close()
            out.append(line)
            continue
        blank = _blank(line, _widths(line))
        start, end = _extent(line)
        shared = _intersect(gutters, blank) if block else blank
        if block and not _inside(shared, min(first, start), max(last, end)):
            close()  # no gutter runs on through this line (a heading above the columns, prose)
            shared = blank
        first, last = (min(first, start), max(last, end)) if block else (start, end)
        block.append(line)
        gutters = shared
    close()
    return "\n".join(out)
