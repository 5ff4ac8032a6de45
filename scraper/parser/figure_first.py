"""Figure-first rows: a "by the numbers" box writes the figure, a dash, then what it is ("$8.97 billion — chip
exports, down 2.2%", "621억 달러 — 상반기 ICT 무역수지 흑자"). Read as written, the leading figure would take the
subject and period of the row before it; so such a row is turned round into the label-first line a release would
write ("chip exports: $8.97 billion, down 2.2%", "상반기 ICT 무역수지 흑자 621억 달러")."""

from __future__ import annotations

import re

_ROW = re.compile(
    r"(?m)^(?P<mark>[ \t]*(?:[-•*·▪]\s)?)"
    r"(?P<figure>(?:(?:US)?\$\s?|USD\s?)?\d[\d.,]*(?:\s?(?:억|조)(?:\s?\d[\d,]*\s?(?:천만|만|천))?)?"
    r"\s?(?:billion|million|bn|mn|B|달러|불|%|percent)?)"
    r"\s(?:—|–|--|-)\s(?P<label>[^,(\n]*[A-Za-z가-힣][^,(\n]*?)(?P<rest>\s?[,(].*)?$"
)
# "2. $126.71 billion. Chip exports for the year, up 29.4%.", "24.1% 감소. 11월 반도체 수출 성적표다.": a figure
# written as a sentence of its own, then what it is
_FIGURE_SENTENCE = re.compile(
    r"(?m)^(?P<mark>[ \t]*(?:\d{1,2}[.)]\s)?)"
    r"(?P<figure>(?:(?:US)?\$\s?|USD\s?)?\d[\d.,]*(?:\s?(?:억|조)(?:\s?\d[\d,]*\s?(?:천만|만|천))?)?"
    r"\s?(?:billion|million|bn|mn|달러|불|%|percent)(?:\s(?:감소|증가|급감|급증|줄어|늘어))?)"
    r"\.\s(?P<label>(?=[A-Z가-힣\d])(?:[^,(.\n]|\([^()\n]*\))*[A-Za-z가-힣](?:[^,(.\n]|\([^()\n]*\))*?)"
    r"(?P<rest>\s?[,(.].*)?$"
)
# "At $1.5 billion, shipments of computers were 28.3 percent higher.": an English sentence that opens on its amount
_OPENS_AT_AMOUNT = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))At\s(?P<figure>(?:about\s|around\s|nearly\s|some\s|roughly\s)?"
    r"(?:US)?\$\s?\d[\d.,]*\s?(?:billion|million|bn|mn)?),\s(?P<rest>(?:[^.!?\n]|\.\d)+?)(?P<stop>[.!?])(?=\s|$)"
)
# "On higher demand for chips ($960 million, up 6.7 percent) and phones (…), ICT exports to Vietnam rose …": a cause
# with its own figures before the subject they break down, read as written after it
_OPENS_ON_A_CAUSE = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))(?P<cause>(?:On|With|Thanks\sto|Helped\sby|Led\sby|Driven\sby|Boosted\sby"
    r"|Lifted\sby)\s(?:[^,()\n.]|\([^()\n]*\))*?\([^()\n]*\d[^()\n]*\)(?:[^,()\n.]|\([^()\n]*\))*?),\s"
    r"(?P<rest>(?:[^.!?\n]|\.\d)+?)(?P<stop>[.!?])(?=\s|$)"
)
# "Strong sales of chips (a 20.6 percent rise to $910 million) and handsets (…) lifted exports to Vietnam by 7.7
# percent": a cause with its own figures as the subject of a verb that moved a partner's trade
_CAUSE_MOVES_A_FLOW = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))(?P<cause>[A-Z](?:[^,()\n.]|\([^()\n]*\))*?\([^()\n]*\d[^()\n]*\)"
    r"(?:[^,()\n.]|\([^()\n]*\))*?)\s(?P<verb>lifted|boosted|pushed\sup|drove\sup|propelled|dragged\sdown"
    r"|pulled\sdown|weighed\son)\s"
    r"(?P<flow>(?:ICT\s)?(?:exports|shipments|imports)\s(?:to|from)\s(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
    r"(?P<rest>(?:[^.!?\n]|\.\d)*?)(?P<stop>[.!?])(?=\s|$)"
)
# "Up 14.8% to $9.91 billion, semiconductors led the gains.": an English sentence that opens on its change (and
# amount), its subject after the comma
_CHANGE_OPENERS = ("Up", "Down", "Rising", "Falling", "Climbing", "Growing", "Gaining", "Jumping", "Dropping")
_OPENS_ON_ITS_CHANGE = re.compile(
    rf"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))(?P<figure>(?:{'|'.join(_CHANGE_OPENERS)})\s(?:by\s)?\d[\d.]*\s?(?:%|percent)"
    r"(?:\s(?:on-year|year-on-year|on\syear|from\sa\syear\s(?:earlier|ago)))?"
    r"(?:\s(?:to|at)\s(?:US)?\$\s?\d[\d.,]*\s?(?:billion|million|bn|mn)?)?),\s"
    r"(?P<rest>(?:[^.!?\n]|\.\d)+?)(?P<stop>[.!?])(?=\s|$)"
)
_MOVED_UP = ("lifted", "boosted", "pushed up", "drove up", "propelled")
_MOVING_VERBS = (*_MOVED_UP, "dragged down", "pulled down", "weighed on")
# what a Korean label sentence ends in once the figure has gone before it: "11월 반도체 수출 성적표다"
_KO_LABEL_END = re.compile(r"\s?(?:의\s)?(?:성적표?|규모|수치|결과|기록|실적|금액)(?:이)?다$|(?<=[출입])액(?:이)?다$")
_UNIT = re.compile(r"\$|USD|billion|million|bn|mn|억|조|달러|불|%|percent|\dB$")


def _label_first(match: re.Match[str]) -> str:
    figure = match.group("figure").strip()
    if not _UNIT.search(figure):
        return match.group(0)  # "2 - Memory maker mulls …": a list's number, not a figure
    label, rest = match.group("label").strip(), match.group("rest") or ""
    joint = " " if re.search(r"[가-힣]", label) else ": "
    return f"{match.group('mark')}{label}{joint}{figure}{rest}"


def _label_before_figure_sentence(match: re.Match[str]) -> str:
    label = match.group("label").strip()
    if re.search(r"[가-힣]", label):
        core = _KO_LABEL_END.sub("", label)
        if core == label:
            return match.group(0)  # "12% 감소. 수출이 줄었다": two sentences, not a figure and its name
        return f"{match.group('mark')}{core} {match.group('figure')}{match.group('rest') or '.'}"
    return f"{match.group('mark')}{label}: {match.group('figure')}{match.group('rest') or '.'}"


def _amount_after_its_sentence(match: re.Match[str]) -> str:
    rest = match.group("rest")
    return f"{rest[:1].upper()}{rest[1:]}, at {match.group('figure')}{match.group('stop')}"


def _change_after_its_subject(match: re.Match[str]) -> str:
    rest, figure = match.group("rest"), match.group("figure")
    return f"{rest[:1].upper()}{rest[1:]}, {figure[:1].lower()}{figure[1:]}{match.group('stop')}"


def _cause_after_its_sentence(match: re.Match[str]) -> str:
    rest, cause = match.group("rest"), match.group("cause")
    return f"{rest[:1].upper()}{rest[1:]}, {cause[:1].lower()}{cause[1:]}{match.group('stop')}"


def _flow_before_its_cause(match: re.Match[str]) -> str:
    flow, cause = match.group("flow"), match.group("cause")
    moved = "rose" if match.group("verb") in _MOVED_UP else "fell"
    cause = f"{cause[:1].lower()}{cause[1:]}"
    return f"{flow[:1].upper()}{flow[1:]} {moved}{match.group('rest')}, on {cause}{match.group('stop')}"


def label_figure_first_rows(text: str) -> str:
    """The text with each figure-first row, each figure written as a sentence before its name, label first, and
    each sentence that opens on its amount ("At $78.2 billion, the surplus was …") or change ("Up 14.8% to $9.91
    billion, semiconductors led …") or on a cause with its own
    figures ("On demand for chips ($0.96 billion, …), exports to Vietnam rose …", "Sales of chips (…) lifted
    exports to Vietnam by …") with those at its end."""
    if ". " in text:
        text = _FIGURE_SENTENCE.sub(_label_before_figure_sentence, text)
    if "At " in text:
        text = _OPENS_AT_AMOUNT.sub(_amount_after_its_sentence, text)
    if any(f"{opener} " in text for opener in _CHANGE_OPENERS):
        text = _OPENS_ON_ITS_CHANGE.sub(_change_after_its_subject, text)
    if "(" in text:
        text = _OPENS_ON_A_CAUSE.sub(_cause_after_its_sentence, text)
        if any(verb in text for verb in _MOVING_VERBS):  # (the verbs first: most texts have none of them)
            text = _CAUSE_MOVES_A_FLOW.sub(_flow_before_its_cause, text)
    if "—" not in text and " – " not in text and " - " not in text and " -- " not in text:
        return text  # (most texts have no such row)
    return _ROW.sub(_label_first, text)
