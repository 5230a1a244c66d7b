"""English and maths target checks and the shared subject matcher."""
from datetime import date

import pytest

from pepqa.checks.baseline import baseline_pep
from pepqa.checks.registry import Context, REGISTRY, all_checks
from pepqa.checks.lib.subjects import parse_grade, subject_matches, target_subjects
from pepqa.model import Target
from pepqa.policy import Policy, load_policy
from pepqa.vocab import load_vocab

all_checks()
POLICY = load_policy(None)
TODAY = date(2025, 10, 20)
SV = load_vocab("subjects", "")
EY = {"child.phase": "early_years", "child.year_group": 0, "child.key_stage": "EYFS"}
P16 = {"child.phase": "post16", "child.year_group": 12, "child.key_stage": "KS5"}


def run(code, patch, policy=POLICY):
    return list(REGISTRY[code].run(baseline_pep(patch), Context(policy=policy, today=TODAY)))


def test_subject_matches_signature_and_spans():
    text = "To improve reading and times tables"
    ms = subject_matches(text, SV)
    assert ms == [("english", "reading", 11, 18), ("maths", "times tables", 23, 35)]
    for _, word, s, e in ms:
        assert text[s:e] == word


@pytest.mark.parametrize("text,want", [
    ("Read and write numbers to 100", {"maths"}),
    ("She has a number of friends", set()),
    ("Use a social story about lunchtime", set()),
    ("1:1 maths tuition with Mr Ahmed", {"maths"}),
    ("GCSE English resit", {"english"}),
])
def test_subject_matches_exclusions(text, want):
    assert {s for s, *_ in subject_matches(text, SV)} == want


def test_area_column_decides_over_text():
    t = Target(area="Wellbeing", text="Maya will answer one question aloud in each maths lesson.")
    assert target_subjects(t, SV, "secondary") == []
    t2 = Target(area=None, text="Maya will answer one question aloud in each maths lesson.")
    assert [s for s, *_ in target_subjects(t2, SV, "secondary")] == ["maths"]


def test_early_years_communication_and_language_is_not_literacy():
    patch = {**EY, "targets[0].area": "Communication and language",
             "targets[0].text": "Maya will use sentences of four words and listen to a story by Christmas."}
    f = run("EM001", patch)
    assert f and "Communication and language is a separate prime area" in f[0].message
    assert "EYFS Literacy target" in f[0].suggestion
    ok = {**EY, "targets[0].area": None, "targets[0].text": "Maya will recognise her own name on her peg by Christmas."}
    assert not run("EM001", ok)


def test_missing_english_message_quotes_what_each_target_is():
    f = run("EM001", {"targets[0].area": "Attendance", "targets[0].text": "Maya will attend 96% of sessions."})
    assert f[0].message.startswith("None of the 3 targets is an English or literacy target.")
    assert "Target 2 (Maths): maths ('Maths')" in f[0].evidence
    assert "Target 1 (Attendance): neither English nor maths" in f[0].evidence
    assert "(currently Grade 4 in English)" in f[0].suggestion and "4 February 2026" in f[0].suggestion


def test_one_target_wording():
    f = run("EM002", {"targets": [baseline_pep().targets[0].model_dump()]})
    assert f[0].message.startswith("The only target is not a maths or numeracy target.")


def _course_only(extra):
    return {**P16, **extra, "targets": [{"number": 1, "area": "Course", "text": "Maya will submit Unit 3 by 12 December 2025.",
                                           "who": "Tutor"}]}


def test_post16_requires_subject_only_below_threshold():
    below = _course_only({"attainment": [{"subject": "GCSE English", "current": "Grade 3"},
                                         {"subject": "GCSE Maths", "current": "Grade 5"}]})
    f = run("EM001", below)
    assert f and "current English grade is 3, below grade 4" in f[0].message
    assert not run("EM002", below)


def test_post16_unknown_grade_is_said():
    f = run("EM002", _course_only({"attainment": []}))
    assert f and "not recorded in the attainment table" in f[0].message


def test_post16_threshold_is_policy():
    data = POLICY.as_dict()
    data["targets"]["post16_grade_threshold"] = 6
    pep = _course_only({"attainment": [{"subject": "GCSE English", "current": "Grade 5"},
                                       {"subject": "GCSE Maths", "current": "Grade 5"}]})
    assert run("EM001", pep, Policy(data))
    assert not run("EM001", pep)


def test_requirement_can_be_switched_off():
    data = POLICY.as_dict()
    data["targets"]["require_english_and_maths"] = False
    assert not run("EM001", {"targets": []}, Policy(data))
    assert run("EM001", {"targets": []})


def test_unread_targets_part_is_not_judged():
    assert not run("EM001", {"targets": [], "parts.targets": False})


KS2 = {"child.phase": "primary", "child.year_group": 4, "child.key_stage": "KS2",
       "targets[0].area": "Reading", "targets[0].text": "Maya will read a Year 4 book aloud at 90 wpm by Christmas."}


def test_writing_target_policy_and_advice():
    from pepqa.findings import Severity

    assert not run("EM003", KS2)  # no writing gap in the data, not required
    data = POLICY.as_dict()
    data["targets"]["require_writing_ks1_ks2"] = True
    f = run("EM003", KS2, Policy(data))
    assert f and f[0].severity == Severity.should_fix and "expects a writing target" in f[0].message
    gap = {**KS2, "attainment[2]": {"subject": "Writing", "current": "WTS", "progress": "Below"}}
    g = run("EM003", gap)
    assert g and g[0].severity == Severity.advice and "'WTS'" in g[0].message
    # secondary: never
    assert not run("EM003", {"targets[0].area": "Reading"}, Policy(data))


@pytest.mark.parametrize("text,grade", [("Grade 4", 4), ("4", 4), ("GCSE grade 5 (2024)", 5), ("C", 4),
                                        ("Functional Skills Level 2 - passed", 4), ("Working towards", None),
                                        ("Reading age 8.2", None), (None, None)])
def test_parse_grade(text, grade):
    assert parse_grade(text) == grade


@pytest.mark.parametrize("text,maths", [
    ("Maya will use her time-out card instead of leaving the maths classroom, at most once a week, by Easter.", False),
    ("Maya will stay in her maths lesson for the whole hour on 4 of 5 days by Christmas.", False),
    ("Maya will use a number line in maths lessons to check her answers by Christmas, to build her confidence.", True),
    ("Maya will be supported by her TA in maths lessons.", True),  # vague, but nothing else: the area stands
    ("Maya will be able to demonstrate a greater confidence in completing maths independently.", True),  # Walsall
    ("Maya will score 8/10 on the weekly test by Christmas.", True),
])
def test_area_column_yields_to_a_text_plainly_about_something_else(text, maths):
    t = Target(number=2, area="Maths", text=text)
    assert ("maths" in {s for s, *_ in target_subjects(t, SV, "secondary")}) == maths


def test_overridden_area_is_explained_in_the_evidence():
    (f,) = run("EM002", {"targets[1].text": "Maya will use her time-out card instead of walking out of maths, at "
                                            "most once a week, by February half-term."})
    assert "Target 2 (Maths): filed under Maths but about 'time-out card'" in f.evidence
