"""RD: what the reader could not find. A PEP whose targets could not be located must never
look like a PEP with no problems, so every part the reader looked for and missed is a finding."""
from __future__ import annotations

from ..findings import Severity
from ..model import PART_KEYS
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
# Without these, the PEP cannot be judged at all: the officer must read it by hand.
ESSENTIAL = {"child", "pupil_voice", "targets", "pp_plus", "meeting"}


@check(
    code="RD001", name="part-not-found", title="A part of the PEP could not be found in the file",
    severity="must-fix", group="RD",
    rationale="""pepqa reads each part of the PEP by its heading. When a heading is not found, the checks on that
part cannot run, so pepqa says so instead of passing the PEP. Either the PEP really lacks the part, or the
export uses wording pepqa does not know yet (add it to the labels file).""",
    source="domain.md (The export: sections); seeds/walsall-pep-handbook.txt (The ePEP, Sections A-E)",
    good="Every section of the PEP is present under a recognisable heading (e.g. 'Pupil voice', 'SMART targets').",
    bad=[Example({"parts.targets": False}, "the targets table could not be located"),
         Example({"parts.attainment": False}, "no attainment data heading")],
    ok=[Example({}, "all parts located")],
)
def part_not_found(pep, ctx):
    for key in PART_KEYS:
        if pep.parts.get(key) is False:
            essential = key in ESSENTIAL
            yield Hit(
                f"Could not find {PART_NAMES[key]} in this file"
                + (": the checks on it could not run, so this PEP needs reading by hand." if essential else "."),
                section=key,
                severity=None if essential else Severity.should_fix,
                suggestion=(f"Check that the PEP includes {PART_NAMES[key]}. If it does under another heading, add that "
                            "heading to the labels file (data.labels_file in pepqa.toml)."),
            )


@check(
    code="RD002", name="file-read-notes", title="Parts of the file could not be read",
    severity="should-fix", group="RD",
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
                  suggestion="Export the PEP again as a text PDF or Word document, or read that page by hand.")


@check(
    code="RD003", name="child-not-identified", title="The child's name and identifier could not be read",
    severity="must-fix", group="RD",
    rationale="""A PEP must say whose plan it is; without the child's name or ID the officer cannot match it to
the child's record or release PP+ for the right child.""",
    source="seeds/walsall-pep-handbook.txt (Section A: personal information)",
    good="The child's full name and the authority's child ID appear in the personal details.",
    bad=[Example({"child.name": None, "child.identifier": None})],
    ok=[Example({"child.identifier": None}, "a name alone identifies the child")],
)
def child_not_identified(pep, ctx):
    if pep.parts.get("child") is not False and not pep.child.name and not pep.child.identifier:
        yield Hit("Neither the child's name nor an identifier could be read.", field="child",
                  suggestion="Fill in the child's name and ID in the personal details section.")
