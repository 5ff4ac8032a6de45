"""Figures listed against subjects listed: "respectively", "각각", and rows of partners or items."""

from __future__ import annotations

import re

from scraper.parser.scanner import Mention
from scraper.parser.sentences import korean_background
from scraper.parser.subjects import PARENTS

SUBJECT_BLOCKERS = re.compile(r"(?:including|excluding|포함|제외)[\s,]*$", re.I)
EXAMPLES_AFTER_NAME = re.compile(r"(?:such\sas|like)[\s,]*$", re.I)


def list_assignments(sentence: str, mentions: list[Mention],
                     context_item: str | None = None) -> dict[int, tuple[str, str]]:
    """Figures listed in the order of their subjects: "to Vietnam, the U.S. and Japan fell 1.3 percent,
    13.9 percent and 5.3 percent, respectively". Returns number index -> (dimension, code).

    With "respectively"/"각각", a run of k figures of one kind goes to the last k subjects named; without
    it, only a run that matches, kind by kind, a row of subjects named just before it."""
    keyword = bool(re.search(r"respectively|각각|차례로|\beach\b(?!\sother)", sentence, re.I))
    truncated = not re.search(r"[.!?다\")]\s*$", sentence)
    subjects: list[tuple[int, str, str]] = []  # (index, dimension, code)
    assignments: dict[int, tuple[str, str]] = {}
    run: list[int] = []
    row: list[tuple[int, str, str]] = []  # subjects since the last figure

    def close_run(following: list[tuple[str, str]] | None = None) -> None:
        if len(run) < 2:
            return
        if keyword and following and len(following) >= len(run) and not subjects:
            for index, target in zip(run, following, strict=False):
                assignments[index] = target
            return
        if not subjects:
            return
        dimension = subjects[-1][1]
        named = [(d, c) for _, d, c in subjects if d == dimension]
        ordered = list(dict.fromkeys(named))
        row_subjects = list(dict.fromkeys((d, c) for _, d, c in row if d == dimension))
        by_kind: dict[str, list[int]] = {}
        for index in run:
            by_kind.setdefault(mentions[index].kind, []).append(index)
        row_matches = len(row_subjects) >= 2 and (
            all(len(v) == len(row_subjects) for v in by_kind.values())
            or (truncated and len(by_kind) == 1 and len(run) <= len(row_subjects)))  # a cut-off list
        for indices in by_kind.values():
            if row_matches:
                targets = row_subjects
            elif keyword and 2 <= len(indices) <= len(ordered):
                targets = ordered[-len(indices):]
            else:
                continue
            for index, target in zip(indices, targets, strict=False):
                assignments[index] = target

    flows_listed = keyword and not subjects_named_other(mentions)  # "수출과 수입은 ... 각각"
    for index, mention in enumerate(mentions):
        kind = mention.kind
        if kind.split(":", 1)[-1] in PARENTS:
            context_item = kind.split(":", 1)[1]  # "휴대폰은 완제품과 부분품이 각각 ..."
        if kind.startswith("flow:") and not flows_listed:
            continue
        if kind.startswith("ctxitem:"):
            parent, child = kind.split(":", 1)[1].split(">")
            kind = f"item:{child}" if parent == context_item else "other"
        if kind.startswith(("item:", "region:", "flow:")):
            before = sentence[max(0, mention.start - 14):mention.start]
            if SUBJECT_BLOCKERS.search(before) or (EXAMPLES_AFTER_NAME.search(before) and subjects and
                                                   mention.start - mentions[subjects[-1][0]].end <= 35) \
                    or korean_background(sentence, mention):
                continue
            dimension, code = kind.split(":", 1)
            if code == "hong_kong" and subjects and subjects[-1][2] == "china" and not run:
                continue
            if run:
                if not subjects:
                    close_run(_subjects_until_next_figure(sentence, mentions, index))
                else:
                    close_run()
                run = []
                row = []
            subjects.append((index, dimension, code))
            row.append((index, dimension, code))
        elif kind in ("money", "pct"):
            run.append(index)
    close_run()
    return assignments


def subjects_named_other(mentions: list[Mention]) -> bool:
    """Does the sentence name items or partners? Then its flows are the frame, not a list."""
    return any(m.kind.startswith(("item:", "region:", "ctxitem:")) and m.kind != "item:ict" for m in mentions)


def _subjects_until_next_figure(sentence: str, mentions: list[Mention], start: int) -> list[tuple[str, str]]:
    """Korean may name the subjects after the figures: "각각 67.7%·25.3% 증가한 메모리와 시스템반도체"."""
    found: list[tuple[str, str]] = []
    for mention in mentions[start:]:
        if mention.kind in ("money", "pct"):
            break
        if mention.kind.startswith(("item:", "region:")):
            dimension, code = mention.kind.split(":", 1)
            if not found or found[-1][0] == dimension:
                found.append((dimension, code))
        elif mention.kind.startswith("ctxitem:"):
            found.append(("item", mention.kind.split(">")[1]))
    return found
