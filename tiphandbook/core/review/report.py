"""What the content editor must change, box by box, once the reviewer's worksheet comes back.

Nothing is rewritten here: a legal correction has to be worded in three languages by a person, and the editor
needs to see each instruction with the places (file:line, in every language) where the box stands today.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from tiphandbook.core.content.model import LANGUAGES, SOURCE_LANGUAGE, Library
from tiphandbook.core.review.boxes import VerifyBox, verify_boxes
from tiphandbook.core.review.worksheet import (
    VERDICTS,
    Answer,
    fingerprint,
    relative_path,
)

# what the editor does, by verdict
CHANGE, KEEP, OPEN, PROBLEM = "change", "keep", "no answer", "problem"
UNTOUCHED = "no verdict yet."


@dataclass(frozen=True)
class Finding:
    box_id: str
    status: str  # CHANGE, KEEP, OPEN or PROBLEM
    message: str
    places: tuple[str, ...]  # file:line of the box in each language, as the content stands now


@dataclass(frozen=True)
class ReviewReport:
    findings: list[Finding]
    settled_chapters: list[str]  # chapters whose every box now has a confirmed or corrected verdict
    reviewer: dict[str, str]  # "by" and "date", when the worksheet gives them

    def count(self, status: str) -> int:
        return sum(f.status == status for f in self.findings)


def review_report(library: Library, answers: list[Answer], reviewer: dict[str, str] | None = None) -> ReviewReport:
    current: dict[str, dict[str, VerifyBox]] = defaultdict(dict)
    for lang in LANGUAGES:
        for box in verify_boxes(library, lang):
            current[box.id][lang] = box
    chosen, findings = _one_answer_per_box(answers)
    for box_id, answer in chosen.items():
        boxes = current.get(box_id)
        if not boxes:
            findings.append(Finding(box_id, PROBLEM, f"{answer.where}: this box is no longer in the content (removed or "
                                    "its section renamed since the worksheet was exported); apply the answer by hand "
                                    "if it still matters", ()))
            continue
        findings.append(_finding(library, answer, boxes))
    answered = set(chosen)
    for box_id, boxes in current.items():
        if box_id not in answered:
            findings.append(Finding(box_id, OPEN, "not on the worksheet (added after the export, or not in the worksheet's language)",
                                    _places(library, boxes)))
    order = {box_id: n for n, box_id in enumerate(current)}
    findings.sort(key=lambda f: order.get(f.box_id, len(order)))
    return ReviewReport(findings, _settled_chapters(library, current, chosen, findings), reviewer or {})


def _one_answer_per_box(answers: list[Answer]) -> tuple[dict[str, Answer], list[Finding]]:
    """The reviewer may answer on any language's sheet; two different answers to one box are reported, not merged."""
    chosen: dict[str, Answer] = {}
    problems = []
    for answer in answers:
        if not (answer.verdict or answer.official_source or answer.corrected_text or answer.note):
            chosen.setdefault(answer.box_id, answer)
            continue
        previous = chosen.get(answer.box_id)
        if previous and _given(previous) and _key(previous) != _key(answer):
            problems.append(Finding(answer.box_id, PROBLEM, f"{previous.where} and {answer.where} answer this box "
                                    "differently; settle which answer stands", ()))
            continue
        chosen[answer.box_id] = answer
    return chosen, problems


def _finding(library: Library, answer: Answer, boxes: dict[str, VerifyBox]) -> Finding:
    places = _places(library, boxes)
    english = boxes.get(SOURCE_LANGUAGE) or next(iter(boxes.values()))
    stale = (f" Note: the box was edited after the worksheet was exported ({answer.where}); check that the answer "
             "still applies to the text as it stands.") if answer.fingerprint and answer.fingerprint != fingerprint(english) else ""
    verdict = answer.verdict
    if not verdict:
        note = f" Reviewer's note: {answer.note}" if answer.note else ""
        return Finding(answer.box_id, OPEN, f"{UNTOUCHED}{note}{stale}", places)
    if verdict not in VERDICTS:
        return Finding(answer.box_id, PROBLEM, f"{answer.where}: unknown verdict {verdict!r}; use confirmed, corrected or "
                       "cannot settle (or the same words in Russian or Uzbek)", places)
    if verdict == "unsettled":
        note = f" Reviewer's note: {answer.note}" if answer.note else ""
        return Finding(answer.box_id, KEEP, f"keep the verify box: the reviewer could not settle it.{note}{stale}", places)
    if not answer.official_source:
        return Finding(answer.box_id, PROBLEM, f"{answer.where}: '{verdict}' without the official text relied on (act, "
                       "article, edition); ask the reviewer before changing anything", places)
    if verdict == "confirmed":
        return Finding(answer.box_id, CHANGE, f"confirmed against {answer.official_source}. Replace the verify box with a "
                       f"law box or a sentence citing {answer.official_source}, in every language.{stale}", places)
    if not answer.corrected_text:
        return Finding(answer.box_id, PROBLEM, f"{answer.where}: 'corrected' without the correct statement; ask the "
                       "reviewer for it", places)
    return Finding(answer.box_id, CHANGE, f"the claim is wrong. Rewrite it as: \u00ab{answer.corrected_text}\u00bb, citing "
                   f"{answer.official_source}, translate it, and remove the verify box, in every language.{stale}", places)


def _places(library: Library, boxes: dict[str, VerifyBox]) -> tuple[str, ...]:
    return tuple(f"{relative_path(box.path, library.root)}:{box.line}" for box in boxes.values())


def _settled_chapters(library: Library, current: dict[str, dict[str, VerifyBox]], chosen: dict[str, Answer],
                      findings: list[Finding]) -> list[str]:
    problems = {f.box_id for f in findings if f.status == PROBLEM}
    by_document: dict[str, list[str]] = defaultdict(list)
    for box_id, boxes in current.items():
        box = boxes.get(SOURCE_LANGUAGE)
        if box is not None and box.kind == "chapter":
            by_document[box_id.partition("#")[0].partition("/")[0]].append(box_id)
    settled = []
    for doc_id, box_ids in by_document.items():
        if all(chosen.get(b) and chosen[b].verdict in ("confirmed", "corrected") and b not in problems for b in box_ids):
            settled.append(doc_id)
    return settled


def format_report(report: ReviewReport) -> str:
    lines = []
    for finding in report.findings:
        if finding.message == UNTOUCHED:
            continue  # an untouched row says nothing the summary does not
        lines.append(f"[{finding.status}] {finding.box_id}: {finding.message}")
        lines += [f"    {place}" for place in finding.places]
    by, date = report.reviewer.get("by"), report.reviewer.get("date")
    for doc_id in report.settled_chapters:
        status = f"{{date: {date}, by: {by}}}" if by and date else "{date: YYYY-MM-DD, by: ROLE}"
        lines.append(f"[reviewed] {doc_id}: every verify box is settled; once the changes above are made, add "
                     f"'reviewed: {status}' to the English file's front matter")
    lines.append(f"{report.count(CHANGE)} to change, {report.count(KEEP)} to keep, {report.count(OPEN)} without an "
                 f"answer, {report.count(PROBLEM)} to raise with the reviewer")
    return "\n".join(lines)


def _given(answer: Answer) -> bool:
    return bool(answer.verdict or answer.official_source or answer.corrected_text)


def _key(answer: Answer) -> tuple[str, str, str]:
    return (answer.verdict, answer.official_source, answer.corrected_text)
