"""RD: what the reader could not read. These findings are for the QA officer, never for the school.

A part pepqa could not read is pepqa's problem, not the school's fault: it is reported here, to the
officer, with where it was (or was not) found, and the checks that would say something is missing from
that part do not run (their ``needs``). When an essential part could not be read, the verdict is
"needs reading by hand" and the PP+ decision is left to the officer (:mod:`pepqa.verdict`).
"""
from __future__ import annotations

from ..findings import Severity
from ..model import CONTENT_PARTS, ESSENTIAL_PARTS, PartStatus
from .registry import Example, Hit, check

PART_NAMES = {
    "child": "the child's details", "school": "the school details", "meeting": "the meeting details (dates)",
    "attendees": "the list of attendees", "social_worker": "the social worker section",
    "designated_teacher": "the designated teacher section", "attainment": "the attainment and progress data",
    "attendance": "the attendance and exclusions section", "sen": "the special educational needs section",
    "pupil_voice": "the pupil voice section", "previous_targets": "the review of previous targets",
    "targets": "the new targets", "pp_plus": "the Pupil Premium Plus request", "aspirations": "aspirations and careers",
    "virtual_school": "the Virtual School section", "qa": "the quality assurance section",
}
ESSENTIAL = set(ESSENTIAL_PARTS)
# What the reader's second look searches for when a part is read as lacking it (readers/interpret/second_look.py).
_CORE = {"pupil_voice": "the child's views", "attendance": "this year's attendance figure",
         "meeting": "the meeting's date", "targets": "enough targets, or an English or maths target",
         "pp_plus": "a PP+ request"}
_CONSEQUENCE = {
    True: " The checks that need it did not run and the PEP is left for you to read by hand.",
    False: " The checks that would report something missing from it did not run.",
}


def _where(pep, key: str) -> str:
    prov = pep.provenance.get(f"unread.{key}") or pep.provenance.get(f"parts.{key}")
    return f" ({prov.describe()})" if prov else ""


@check(
    code="RD001", name="part-not-found", title="A part of the PEP could not be found in the file",
    severity="must-fix", group="RD", audience="officer",
    rationale="""pepqa finds each part of the PEP by its heading, labels or table headers. When none of them is
found, pepqa cannot tell whether the PEP lacks the part or lays it out in wording it does not know, so it says
so to the officer instead of telling the school the part is missing.""",
    source="domain.md (The export: sections); seeds/walsall-pep-handbook.txt (The ePEP, Sections A-E)",
    good="Every part of the PEP is present under a heading or labels pepqa recognises (e.g. 'Pupil voice', "
         "'SMART targets'); an authority adds its own wording to its labels file.",
    bad=[Example({"parts.targets": "not_found"}, "the targets could not be located"),
         Example({"parts.attainment": "not_found"}, "no attainment data found")],
    ok=[Example({}, "all parts read"),
        Example({"parts.qa": "not_found"}, "a signed section some layouts never have")],
)
def part_not_found(pep, ctx):
    for key in CONTENT_PARTS:
        if pep.parts.get(key) is PartStatus.not_found:
            essential = key in ESSENTIAL
            yield Hit(
                f"pepqa could not find {PART_NAMES[key]} in this file.{_CONSEQUENCE[essential]}",
                section=key,
                severity=None if essential else Severity.should_fix,
                suggestion=(f"Look for {PART_NAMES[key]} in the PEP. If it is there under other wording, `pepqa inspect` "
                            "on the file shows what was read, and the wording can be added to the authority's "
                            "labels file; if it is not there, ask the school for it."),
            )


@check(
    code="RD004", name="part-not-read", title="A part of the PEP was found but its content could not be read",
    severity="must-fix", group="RD", audience="officer",
    rationale="""pepqa found the heading or labels of a part (say, the targets on page 3) but could not read all
of its content: the layout is one it does not know (a table per target, a list, prose). Nothing in that part is
reported to the school as missing; the officer reads it.""",
    source="domain.md (The export: sections); design-examples.md (Say what was not understood)",
    good="Each part's content is laid out as labels and values, a table with a header row, or a numbered list.",
    bad=[Example({"parts.targets": "unread", "targets": []}, "targets heading found, no target read"),
         Example({"parts.pupil_voice": "unread", "provenance": {"unread.pupil_voice": {"paragraph": 8, "match": "second look"}}},
                 "no views read under the voice heading, first-person words found elsewhere"),
         Example({"parts.attendance": "partial"}, "attendance found, one value not read")],
    ok=[Example({"parts.aspirations": "empty", "aspirations": None}, "found and genuinely empty")],
)
def part_not_read(pep, ctx):
    for key in CONTENT_PARTS:
        status = pep.parts.get(key)
        if status not in (PartStatus.unread, PartStatus.partial):
            continue
        essential = key in ESSENTIAL
        what = "could not read it" if status is PartStatus.unread else "could not read all of it"
        seen = pep.provenance.get(f"unread.{key}")
        if seen is not None and seen.match == "second look":
            # the part read as lacking its content, and unread text elsewhere that looks like it (second_look.py)
            found = f"pepqa read {PART_NAMES[key]} as lacking {_CORE[key]}, but found unread text elsewhere that may be it"
            yield Hit(f"{found} ({seen.model_copy(update={'label': None}).describe()}).{_CONSEQUENCE[essential]}",
                      section=key, severity=None if essential else Severity.should_fix,
                      suggestion="Read that text in the PEP: if it is what is missing, nothing needs asking of the school.")
            continue
        yield Hit(
            f"pepqa found {PART_NAMES[key]}{_where(pep, key)} but {what}.{_CONSEQUENCE[essential]}",
            section=key,
            severity=None if essential else Severity.should_fix,
            suggestion=("Read that part of the PEP by hand. `pepqa inspect` on the file shows what each block was read "
                        "as; wording or a layout it missed can be added to the authority's labels file."),
        )


@check(
    code="RD002", name="file-read-notes", title="Parts of the file could not be read",
    severity="should-fix", group="RD", audience="officer",
    rationale="""Some pages of an export can be images (a scanned signature page, a photographed form). pepqa
has no OCR: text in images is not read, so anything on those pages was not checked.""",
    source="design-examples.md (Known traps: pdfplumber has no OCR)",
    good="The PEP is exported from the ePEP platform or Word as text, not printed and scanned.",
    bad=[Example({"read_notes": ["page 4 has no text layer (scanned image?)"]})],
    ok=[Example({"read_notes": []})],
)
def file_read_notes(pep, ctx):
    for note in pep.read_notes:
        yield Hit(f"Not read: {note}. Anything on it was not checked.", section="file",
                  suggestion="Read that page by hand, or ask for the PEP exported again as a text PDF or Word document.")


@check(
    code="RD003", name="child-not-identified", title="The PEP does not record the child's name or identifier",
    severity="must-fix", group="RD", needs=("child",),
    rationale="""A PEP must say whose plan it is; without the child's name or ID the officer cannot match it to
the child's record or release PP+ for the right child. It runs only when the child's details were read: when
they could not be, RD001/RD004 tell the officer instead.""",
    source="seeds/walsall-pep-handbook.txt (Section A: personal information)",
    good="The child's full name and the authority's child ID appear in the personal details.",
    bad=[Example({"child.name": None, "child.identifier": None})],
    ok=[Example({"child.identifier": None}, "a name alone identifies the child"),
        Example({"child.name": None, "child.identifier": None, "parts.child": "partial"},
                "the details were not all read: the officer is told instead")],
)
def child_not_identified(pep, ctx):
    if not pep.child.name and not pep.child.identifier:
        yield Hit("The personal details do not record the child's name or identifier.", field="child",
                  suggestion="Fill in the child's full name and ID in the personal details.")


@check(
    code="RD005", name="target-fields-not-read", title="One of a target's own fields could not be read",
    severity="advice", group="RD", audience="officer",
    rationale="""pepqa read a target but left one of its own fields unread, under a label it does not know ('Person
leading', 'Steps', 'Who will help'). The field may hold the target's measure, time frame or owner, so the checks
that would call those missing (ST001, ST002, ST004) do not judge that target; the targets themselves, their number
and their subjects, are judged as read.""",
    source="domain.md 2 (each intervention says what, who, how often, where and when); design-examples.md (Say what "
           "was not understood)",
    good="Each target's fields are laid out under labels pepqa knows, or the authority adds its labels to its labels file.",
    bad=[Example({"targets[0].unread": ["Person leading"]}, "a target's 'Person leading' was not read")],
    ok=[Example({}, "every target's fields read")],
)
def target_fields_not_read(pep, ctx):
    for i, t in enumerate(pep.targets):
        if t.unread:
            labels = ", ".join(f"'{x}'" for x in dict.fromkeys(t.unread))
            prov = pep.provenance.get(f"targets[{i}].unread")
            where = f" ({prov.model_copy(update={'label': None}).describe()})" if prov else ""
            yield Hit(f"pepqa could not read target {t.number or i + 1}'s {labels}{where}. Whether it has a measure, "
                      "a time frame and someone to deliver it was not judged.",
                      field=f"targets[{i}]", section="targets", item=i + 1,
                      suggestion="Read the target's details by hand. `pepqa inspect` on the file shows the label; it can "
                                 "be added to the authority's labels file ([columns]).")
