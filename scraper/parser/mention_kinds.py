"""A sentence's mentions tallied once: which kinds it names, where its figures are, what comes first.

`SentenceReader` asks these questions of every sentence before it reads a mention (is there a flow word, does
a figure come before it, are only items and partners named?), and `list_assignments` asks how many figures
and names there are. Gathering the answers in one pass over the mentions, in a class of its own, keeps that
bookkeeping out of the reader's handlers.
"""

from __future__ import annotations

from scraper.parser.scanner import Mention


class _Kinds:
    """What a sentence's mentions name, gathered in one pass: the reader asks it of every sentence (which kinds
    are named, which comes first, a flow or a figure?), and so does `list_assignments` (how many figures and
    names?); the reader's handlers then ask where the figures are and which items and partners were named."""

    __slots__ = ("figure_starts", "figures", "first_figure", "first_flow", "has_flow", "kinds", "names", "subjects")

    def __init__(self, mentions: list[Mention]) -> None:
        first_flow = first_figure = None
        kinds: set[str] = set()
        figure_starts: list[int] = []
        names: list[Mention] = []  # items and partners
        subjects = 0  # items, partners and context items
        for mention in mentions:
            kind = mention.kind
            kinds.add(kind)
            if kind == "money" or kind == "pct":
                figure_starts.append(mention.start)
                if first_figure is None:
                    first_figure = mention
            elif kind.startswith(("item:", "region:")):
                names.append(mention)
                subjects += 1
            elif kind.startswith("ctxitem:"):
                subjects += 1
            elif first_flow is None and kind.startswith("flow:"):
                first_flow = mention
        self.first_flow: Mention | None = first_flow
        self.first_figure: Mention | None = first_figure
        self.has_flow = first_flow is not None
        self.kinds = kinds
        self.figure_starts = figure_starts  # (in order: mentions are in order of their starts)
        self.figures = len(figure_starts)
        self.names = names
        self.subjects = subjects

    def exports_before_imports(self) -> bool:
        """A sentence whose first figure comes before any flow word, the first being imports, lists exports
        first."""
        first_flow, first_figure = self.first_flow, self.first_figure
        return (
            first_flow is not None
            and first_flow.kind == "flow:import"
            and first_figure is not None
            and first_figure.start < first_flow.start
            and not first_flow.text.startswith("들여")  # "일본에서 71억달러어치를 들여왔다": the verb is the figure's
        )

    def names_parts_only(self) -> bool:
        """Does the sentence name an item or partner and no flow?"""
        return not self.has_flow and any(
            k.startswith(("item:", "region:", "ctxitem:")) and k != "item:ict" for k in self.kinds
        )

    def one_flow_after_figures(self) -> str | None:
        """The one flow a Korean sentence names, when it names it only after its first figure."""
        first_flow, first_figure = self.first_flow, self.first_figure
        if first_flow is None or first_figure is None or first_figure.start >= first_flow.start:
            return None
        flows = {k for k in self.kinds if k.startswith("flow:")}
        if len(flows) != 1 or flows == {"flow:balance"}:
            return None
        return first_flow.kind[5:]
