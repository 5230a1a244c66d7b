"""A complete, good PEP that no check fires on, and the patches that check examples apply to it.

Why: a check's examples are tiny ("voice: 'No pupil views shared'"), but a check runs on a
whole PEP. Applying each example as a patch to one good PEP tests the check in context and
keeps examples readable in ``pepqa explain``. A test asserts the baseline itself yields no
findings at all, so a check that fires on good practice is caught.
"""
from __future__ import annotations

import copy
import re
from typing import Any

from ..model import PEP

BASELINE: dict[str, Any] = {
    "schema_version": "1.0",
    "child": {
        "name": "Maya Thompson", "identifier": "VS-100001", "date_of_birth": "2011-03-14", "year_group": 9,
        "key_stage": "KS3", "phase": "secondary", "legal_status": "Full Care Order (s31)",
        "date_entered_care": "2019-06-03", "gender": "Female", "ethnicity": "White British",
    },
    "school": {"name": "Riverside Academy", "type": "mainstream", "type_text": "Mainstream academy", "urn": "140001"},
    "term": "autumn", "academic_year": "2025-26",
    "meeting_date": "2025-10-08", "completed_date": "2025-10-15", "next_pep_date": "2026-02-04",
    "attendees": [
        {"name": "Maya Thompson", "role": "child", "role_text": "Young person", "attended": True},
        {"name": "Sam Okafor", "role": "social_worker", "role_text": "Social worker", "attended": True},
        {"name": "Helen Price", "role": "designated_teacher", "role_text": "Designated teacher", "attended": True},
        {"name": "Lorraine Bell", "role": "carer", "role_text": "Foster carer", "attended": True},
    ],
    "sections": {
        "social_worker": {"completed": True, "signed_by": "Sam Okafor", "signed_date": "2025-10-06"},
        "designated_teacher": {"completed": True, "signed_by": "Helen Price", "signed_date": "2025-10-07"},
        "pupil_voice": {"completed": True, "signed_by": "Helen Price", "signed_date": "2025-10-07"},
        "virtual_school": {"completed": True, "signed_by": "Priya Nair", "signed_date": "2025-10-14"},
        "qa": {"completed": True, "signed_by": "Priya Nair", "signed_date": "2025-10-15"},
    },
    "attainment": [
        {"subject": "English", "current": "Grade 4", "expected": "Grade 5", "progress": "On track"},
        {"subject": "Maths", "current": "Grade 3", "expected": "Grade 5", "progress": "Below expected"},
        {"subject": "Science", "current": "Grade 4", "expected": "Grade 5", "progress": "On track"},
    ],
    "attendance_percent": 97.2,
    "exclusions": [],
    "part_time_timetable": False,
    "sen_status": "none",
    "sdq_score": 12,
    "wellbeing": "Maya sees the school counsellor fortnightly and says it helps her settle after weekends.",
    "pupil_voice": {
        "text": ("I like English because Miss Price lets us choose our own books and I am reading Holes. "
                 "Maths is hard for me, especially fractions, and I get worried when I have to answer in front of "
                 "the class. My friends Ellie and Tom sit with me at lunch. The homework club helps me because it is "
                 "quiet. When I leave school I want to be a vet."),
        "captured_by": "Helen Price", "captured_how": "Maya attended the meeting and spoke for herself",
        "child_attended": True, "previous_text": None,
    },
    "previous_targets": [
        {"number": 1, "area": "English", "text": "To read two class novels independently by the end of the summer term.",
         "outcome": "Achieved: Maya finished Holes and Wonder and wrote reviews for the library.", "status": "achieved"},
        {"number": 2, "area": "Maths", "text": "To know the 6, 7 and 8 times tables with 90% accuracy by July.",
         "outcome": "Partly achieved: 80% accuracy on the weekly tables check; carried into this term's maths target.",
         "status": "partly_achieved"},
    ],
    "targets": [
        {"number": 1, "area": "English",
         "text": "Maya will write a 300-word persuasive piece using three paragraphs and topic sentences by February half-term.",
         "actions": "Weekly 30-minute writing session with Miss Price using planning frames.",
         "success_criteria": "Maya will be able to write three paragraphs with topic sentences, scoring 12/20 on the Year 9 writing rubric.",
         "who": "Miss Price (English teacher)", "by_when": "February half-term 2026", "term": "short"},
        {"number": 2, "area": "Maths",
         "text": "Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test by 19 December 2025.",
         "actions": "1:1 maths tuition with Mr Ahmed, 2 x 30 minutes a week for 6 weeks.",
         "success_criteria": "8/10 on the fractions unit test (currently 4/10).",
         "who": "Mr Ahmed (maths tutor)", "by_when": "19 December 2025", "term": "short"},
        {"number": 3, "area": "Wellbeing",
         "text": "Maya will answer one question aloud in each maths lesson by the end of the spring term, to build her confidence.",
         "actions": "Teacher to pre-warn Maya of the question at the start of the lesson.",
         "success_criteria": "Maya answers aloud in at least 4 of 5 maths lessons a week, recorded by her teacher.",
         "who": "Mrs Lee (maths teacher) and Maya", "by_when": "End of spring term 2026", "term": "long"},
    ],
    "pp_spend": [
        {"number": 1, "description": "1:1 maths tuition with Mr Ahmed, 2 x 30 minutes a week for 6 weeks",
         "cost": 180.0, "cost_text": "£15 per session x 12 sessions = £180", "target_ref": "Target 2",
         "intended_impact": "Maya scores 8/10 on the fractions unit test."},
        {"number": 2, "description": "Writing mentor sessions (planning frames and feedback), weekly for 10 weeks",
         "cost": 250.0, "cost_text": "£25 x 10 sessions = £250", "target_ref": "Target 1",
         "intended_impact": "Maya writes three-paragraph persuasive pieces with topic sentences."},
    ],
    "pp_requested": 430.0,
    "pp_impact_review": ("Last term's PP+ paid for reading mentoring (£300): Maya's reading age rose from 11.2 to 12.4 "
                         "years and she completed two novels."),
    "aspirations": "Maya wants to be a vet; she will attend the Year 9 careers fair and a taster day at the college's animal care course.",
    "transition": None,
    "roni": "Low risk (score 2)",
    "parts": {k: True for k in (
        "child", "school", "meeting", "attendees", "social_worker", "designated_teacher", "attainment",
        "attendance", "sen", "pupil_voice", "previous_targets", "targets", "pp_plus", "aspirations",
        "virtual_school", "qa")},
}

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def apply_patch(data: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """Set dotted paths (``"targets[0].text"``) in a copy of ``data``; a value ``DELETE`` removes a list item."""
    out = copy.deepcopy(data)
    for path, value in patch.items():
        steps = [(m[1], int(m[2]) if m[2] else None) for m in _STEP.finditer(path)]
        node: Any = out
        for i, (key, idx) in enumerate(steps):
            last = i == len(steps) - 1
            if idx is not None:
                if last:
                    if value is DELETE:
                        del node[idx]
                    else:
                        node[idx] = value
                else:
                    node = node[idx]
            else:
                if last:
                    node[key] = copy.deepcopy(value)
                else:
                    node = node.setdefault(key, {}) if isinstance(node, dict) else node[key]
    return out


class _Delete:
    def __repr__(self) -> str:
        return "DELETE"


DELETE = _Delete()


def baseline_pep(patch: dict[str, Any] | None = None) -> PEP:
    """The good baseline PEP, with an optional example patch applied."""
    return PEP.model_validate(apply_patch(BASELINE, patch or {}))


# -- the previous term, for the history checks (HS) ---------------------------------------------
# The same child's PEP one term earlier (summer 2024-25), consistent with BASELINE: its targets are
# the ones BASELINE reviews as previous targets, its one spend line is the £300 reading mentoring
# BASELINE's impact review reports on, and its voice is a different one.
PREVIOUS: dict[str, Any] = apply_patch(BASELINE, {
    "child.year_group": 8,
    "term": "summer", "academic_year": "2024-25",
    "meeting_date": "2025-05-14", "completed_date": "2025-05-20", "next_pep_date": "2025-10-08",
    "attendance_percent": 97.8,
    "pupil_voice.text": ("This term I have been reading Wonder in English and I like the library club at lunch. Times "
                         "tables are still hard for me, especially the sevens and eights. I have made a new friend "
                         "called Ellie. I want to be a vet or work with horses."),
    "previous_targets": [
        {"number": 1, "area": "English", "text": "To use paragraphs in every piece of extended writing by Easter.",
         "outcome": "Achieved: paragraphs used in all six pieces marked this term.", "status": "achieved"},
    ],
    "targets": [
        {"number": 1, "area": "English", "text": BASELINE["previous_targets"][0]["text"],
         "actions": "Weekly reading mentor sessions with Mrs Khan.", "success_criteria": "Two novels read and reviewed.",
         "who": "Mrs Khan (reading mentor)", "by_when": "July 2025", "term": "short"},
        {"number": 2, "area": "Maths", "text": BASELINE["previous_targets"][1]["text"],
         "actions": "Daily 10-minute tables practice at home with Lorraine.", "success_criteria": "90% on the tables check.",
         "who": "Mr Ahmed and Lorraine", "by_when": "July 2025", "term": "short"},
    ],
    "pp_spend": [
        {"number": 1, "description": "Reading mentor sessions with Mrs Khan, weekly for 10 weeks", "cost": 300.0,
         "cost_text": "£30 x 10 sessions = £300", "target_ref": "Target 1",
         "intended_impact": "Maya reads two class novels independently."},
    ],
    "pp_requested": 300.0,
    "pp_impact_review": "No PP+ was requested last term.",
})
PREVIOUS.pop("parts", None)
PREVIOUS["parts"] = copy.deepcopy(BASELINE["parts"])


def previous_for(patch: dict[str, Any] | None):
    """The :class:`pepqa.history.Previous` a history example is compared with (None: no previous PEP).

    Two keys are not PEP fields: ``"@earlier"`` (``[[term, attendance %], ...]`` of the PEPs before it, newest
    first) and ``"@pp_decision"`` (whether its PP+ was released; default "release")."""
    if patch is None:
        return None
    from ..history import Previous
    from ..history.store import pep_sha

    patch = dict(patch)
    earlier = [tuple(x) for x in patch.pop("@earlier", [])]
    decision = patch.pop("@pp_decision", "release")
    pep = PEP.model_validate(apply_patch(PREVIOUS, patch))
    return Previous(pep=pep, term="summer 2024-25", term_key=2024 * 3 + 2, sha=pep_sha(pep), pp_decision=decision,
                    earlier=earlier)
