"""The verdict: each grading rule path, pass/fail mode, and the PP+ amounts."""
import json

import pytest

from pepqa.checks.baseline import baseline_pep
from pepqa.errors import ConfigError
from pepqa.findings import Finding, Severity
from pepqa.policy import Policy, load_policy
from pepqa.verdict import decide


def policy(**over) -> Policy:
    """The default policy with dotted overrides, e.g. policy(**{"grading.mode": "pass_fail"})."""
    data = load_policy(None).as_dict()
    for dotted, value in over.items():
        node = data
        *head, last = dotted.split(".")
        for k in head:
            node = node[k]
        node[last] = value
    return Policy(data, None)


def f(code: str, sev: str, msg: str = "something to fix") -> Finding:
    return Finding(code=code, name=code.lower(), severity=Severity(sev), message=f"{code}: {msg}")


MUST = [f("PV002", "must-fix", "No pupil views were captured."), f("EM002", "must-fix", "There is no maths target.")]


# --- grade: RAG --------------------------------------------------------------------------------

def test_red_when_any_must_fix():
    v = decide(baseline_pep(), MUST + [f("ST001", "should-fix")], policy())
    assert v.grade == "Red"
    assert v.rule == ("Red because 2 must-fix findings remain (PV002, EM002); "
                      "rule: any must-fix finding makes the PEP Red")
    assert v.counts == {"must-fix": 2, "should-fix": 1, "advice": 0}


def test_red_one_must_fix_reads_well():
    v = decide(baseline_pep(), MUST[:1], policy())
    assert v.rule.startswith("Red because 1 must-fix finding remains (PV002)")


def test_amber_when_should_fix_above_threshold():
    should = [f("ST001", "should-fix"), f("ST001", "should-fix"), f("AT001", "should-fix"), f("PP003", "should-fix")]
    v = decide(baseline_pep(), should, policy())
    assert v.grade == "Amber"
    assert "4 should-fix findings remain, more than 3 (ST001 x2, AT001, PP003)" in v.rule
    assert "rule: more than 3 should-fix findings make the PEP Amber" in v.rule


def test_green_at_threshold_exactly():
    should = [f("ST001", "should-fix"), f("AT001", "should-fix"), f("PP003", "should-fix")]
    v = decide(baseline_pep(), should + [f("LC001", "advice")], policy())
    assert v.grade == "Green"
    assert "3 should-fix findings are within the limit of 3" in v.rule


def test_threshold_comes_from_policy():
    v = decide(baseline_pep(), [f("ST001", "should-fix")], policy(**{"grading.amber_should_fix_threshold": 0}))
    assert v.grade == "Amber"


def test_green_when_clean():
    v = decide(baseline_pep(), [], policy())
    assert v.grade == "Green"
    assert v.rule.startswith("Green because no must-fix or should-fix findings remain")
    assert v.pp_plus.recommendation == "release"


def test_advice_never_changes_the_grade():
    v = decide(baseline_pep(), [f("LC001", "advice")] * 10, policy())
    assert v.grade == "Green" and v.pp_plus.recommendation == "release"


# --- grade: pass/fail ---------------------------------------------------------------------------

def test_pass_fail_review_again():
    v = decide(baseline_pep(), MUST, policy(**{"grading.mode": "pass_fail"}))
    assert v.mode == "pass_fail" and v.grade == "review again"
    assert v.rule.startswith("Review again because 2 must-fix findings remain (PV002, EM002)")


def test_pass_fail_approved_even_with_many_should_fix():
    v = decide(baseline_pep(), [f("ST001", "should-fix")] * 6, policy(**{"grading.mode": "pass_fail"}))
    assert v.grade == "approved"
    assert v.rule.startswith("Approved because no must-fix findings remain")


def test_bad_mode_is_an_error():
    with pytest.raises(ConfigError):
        decide(baseline_pep(), [], policy(**{"grading.mode": "stars"}))


# --- PP+ recommendation ---------------------------------------------------------------------------

def test_release_requested_amount():
    v = decide(baseline_pep(), [], policy())
    pp = v.pp_plus
    assert (pp.recommendation, pp.requested, pp.requested_from, pp.allowed) == ("release", 430.0, "stated", 430.0)
    assert v.summary() == "Green: 0 must-fix, 0 should-fix, 0 advice. PP+: release £430.00 (£430.00 requested)."


def test_withhold_lists_blocking_findings():
    v = decide(baseline_pep(), MUST + [f("ST001", "should-fix")], policy())
    pp = v.pp_plus
    assert pp.recommendation == "withhold"
    assert [(r.code, r.message) for r in pp.reasons] == [
        ("PV002", "PV002: No pupil views were captured."), ("EM002", "EM002: There is no maths target.")]
    assert pp.allowed == 430.0  # what can be released once the PEP is fixed
    assert "withhold until PV002, EM002 resolved" in v.summary()


def test_withhold_on_should_fix_from_policy():
    v = decide(baseline_pep(), [f("ST001", "should-fix")], policy(**{"grading.withhold_on": "should-fix"}))
    assert v.grade == "Green"
    assert v.pp_plus.recommendation == "withhold"
    assert [r.code for r in v.pp_plus.reasons] == ["ST001"]


def test_bad_withhold_on_is_an_error():
    with pytest.raises(ConfigError):
        decide(baseline_pep(), [], policy(**{"grading.withhold_on": "red"}))


def test_over_the_termly_limit():
    v = decide(baseline_pep({"pp_requested": 900.0}), [], policy())
    assert v.pp_plus.requested == 900.0 and v.pp_plus.allowed == 600.0
    assert any("more than the termly amount of £600.00" in n for n in v.pp_plus.notes)
    v = decide(baseline_pep({"pp_requested": 900.0}), [], policy(**{"pp_plus.termly_amount": 666.66}))
    assert v.pp_plus.allowed == 666.66


def test_requested_from_spend_lines_when_not_stated():
    v = decide(baseline_pep({"pp_requested": None}), [], policy())
    assert v.pp_plus.requested == 430.0 and v.pp_plus.requested_from == "spend lines"
    assert any("sum of the costed spend lines" in n for n in v.pp_plus.notes)


def test_nothing_requested_is_noted():
    v = decide(baseline_pep({"pp_requested": None, "pp_spend": []}), [], policy())
    pp = v.pp_plus
    assert pp.requested is None and pp.requested_from == "none" and pp.allowed == 0.0
    assert "No PP+ amount was requested." in pp.notes
    assert "(nothing requested)" in v.summary()


def test_independent_special_school_not_funded():
    pep = baseline_pep({"school.type": "independent_special"})
    v = decide(pep, [], policy())
    pp = v.pp_plus
    assert pp.recommendation == "withhold" and pp.allowed == 0.0 and pp.requested == 430.0
    assert not pp.funded and pp.not_funded == "independent special school"
    assert pp.reasons[0].code is None and "Independent special schools receive no PP+" in pp.reasons[0].message
    assert "not funded for independent special school" in v.summary()
    v = decide(pep, [], policy(**{"pp_plus.fund_independent_special": True}))
    assert v.pp_plus.recommendation == "release" and v.pp_plus.allowed == 430.0


def test_post16_not_funded_unless_policy_says_so():
    pep = baseline_pep({"child.phase": "post16", "child.year_group": 12, "child.key_stage": "KS5"})
    v = decide(pep, [], policy())
    assert v.pp_plus.allowed == 0.0 and v.pp_plus.not_funded == "post-16"
    v = decide(pep, [], policy(**{"pp_plus.fund_post16": True}))
    assert v.pp_plus.allowed == 430.0 and v.pp_plus.recommendation == "release"


def test_verdict_is_json_serialisable():
    v = decide(baseline_pep(), MUST, policy())
    data = json.loads(json.dumps(v.to_json()))
    assert data["grade"] == "Red" and data["pp_plus"]["recommendation"] == "withhold"
    assert data["pp_plus"]["reasons"][0]["code"] == "PV002"
