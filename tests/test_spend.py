"""PP+ spend checks: references, lexical links, cost working, totals, fundability, review, eligibility."""
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pepqa.checks import load_all
from pepqa.checks.baseline import baseline_pep
from pepqa.checks.registry import Context, find_check
from pepqa.checks.lib.cost_working import cost_workings
from pepqa.checks.lib.spend import line_amount, voc as _voc
from pepqa.checks.lib.spend_links import explicit_refs, lexical_links
from pepqa.findings import Severity
from pepqa.model import SpendLine
from pepqa.policy import load_policy
from pepqa.vocab import load_vocab

load_all()
POLICY = load_policy(None)
TODAY = date(2025, 10, 20)


def ctx(policy=POLICY):
    return Context(policy=policy, today=TODAY)


def run(code, patch=None, policy=POLICY):
    return list(find_check(code).run(baseline_pep(patch), ctx(policy)))


def line(desc="1:1 maths tuition", cost_text="£15 x 12 = £180", ref="Target 2", impact="8/10 on the unit test.", cost="auto"):
    from pepqa.values import parse_money

    return {"number": 1, "description": desc, "cost_text": cost_text, "target_ref": ref, "intended_impact": impact,
            "cost": parse_money(cost_text) if cost == "auto" else cost}


def one(l, **extra):
    patch = {"pp_spend": [l], "pp_requested": l["cost"]}
    patch.update(extra)
    return patch


# --- explicit references --------------------------------------------------------------------------

@pytest.mark.parametrize("ref,desc,want", [
    ("Target 2", "x", [2]), ("T2", "x", [2]), ("ST1", "x", [1]), ("target one", "x", [1]),
    ("Targets 1 and 3", "x", [1, 3]), ("Targets 1-3", "x", [1, 2, 3]), ("1, 2", "x", [1, 2]), ("2", "x", [2]),
    (None, "Supports target 2: fractions workbook", [2]), (None, "Maths tuition (targets 1 & 3)", [1, 3]),
    (None, "Tuition three times a week", []), (None, "to support her targets in maths", []),
])
def test_explicit_refs(ref, desc, want):
    refs = explicit_refs(SpendLine(description=desc, target_ref=ref), _voc(ctx()))
    assert sorted({n for r in refs for n in r.numbers}) == want


# --- lexical links ----------------------------------------------------------------------------------

def test_lexical_link_names_the_shared_words():
    pep = baseline_pep(one(line(desc="Fractions tuition with Mr Ahmed", ref=None, impact=None)))
    best = lexical_links(pep, pep.pp_spend[0], ctx())[0]
    assert best.number == 2
    assert "'Fractions'" in best.words and "'tuition'" in best.words
    (f,) = run("PP003", one(line(desc="Fractions tuition with Mr Ahmed", ref=None)))
    assert "Target 2" in f.message and "'Fractions'" in f.message and f.severity == Severity.advice
    assert "Target 2: Fractions tuition" in f.suggestion


def test_programme_names_expand():
    (f,) = run("PP003", one(line(desc="ELSA sessions weekly", ref=None, impact=None)))
    assert "Target 3" in f.message and "'ELSA' (→" in f.message


def test_subject_synonyms_link():
    (f,) = run("PP003", one(line(desc="Numeracy catch-up programme", ref=None, impact=None)))
    assert "Target 2" in f.message and "'Numeracy'" in f.message


def test_unlinked_line_is_must_fix_and_not_double_reported():
    patch = one(line(desc="Guitar lessons", ref=None, impact="Maya enjoys music."))
    (f,) = run("PP001", patch)
    assert f.severity == Severity.must_fix and "Guitar lessons" in f.message
    assert run("PP003", patch) == []


def test_missing_target_reference_suggests_the_matching_one():
    (f,) = run("PP002", one(line(ref="Target 5")))
    assert "Target 5" in f.message and "numbered 1, 2, 3" in f.message and "Target 2" in f.message
    assert f.location.field == "pp_spend[0].target_ref" and f.location.span == (0, 8)
    assert run("PP001", one(line(ref="Target 5"))) == []


def test_mismatch_maths_tuition_against_wellbeing_target():
    patch = one(line(desc="Fractions workbook and 1:1 maths tuition", ref="Target 3"))
    (f,) = run("PP004", patch)
    assert "Target 3" in f.message and "Target 2" in f.message
    # ELSA against the wellbeing target matches it
    assert run("PP004", one(line(desc="ELSA sessions", ref="Target 3", impact="Maya answers aloud in class."))) == []


# --- cost working -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,computed,stated", [
    ("£30/hour × 6 weeks = £180", 180, 180),
    ("£15 per session x 12 sessions = £180", 180, 180),
    ("3 x £60 = £180", 180, 180),
    ("£15*12=£180", 180, 180),
    ("£15x12=£180", 180, 180),
    ("24 sessions at £10 = £240", 240, 240),
    ("£20 per hour x 1.5 hours per week x 6 weeks £180.00", 180, 180),
    ("2 x 30 minutes a week for 6 weeks at £20/hour = £120", 120, 120),
    ("12 x 30 minute sessions at £15 per session = £180", 180, 180),
    ("£12 + £8 = £20", 20, 20),
    ("£15 x 18 sessions = £300", 270, 300),
])
def test_cost_working_first_check(text, computed, stated):
    works, outside = cost_workings(text)
    assert outside == 0
    c, s, _span, _f = works[0].checks[0]
    assert (round(c, 2), s) == (computed, stated)


def test_walsall_chained_working():
    works, outside = cost_workings("£15 per hour x 3 £45 x 6 weeks £270")
    assert outside == 0
    assert [(round(c), s) for c, s, *_ in works[0].checks] == [(45, 45), (270, 270)]


def test_unplaceable_numbers_are_not_judged():
    # the weekly hours sit outside the working after a comma: don't guess
    assert run("PP006", one(line(cost_text="£15 per hour x 2 hours a week, 6 weeks = £999"))) == []


def test_arithmetic_finding_quotes_the_working():
    (f,) = run("PP006", one(line(cost_text="£15 per session x 12 sessions = £360")))
    assert "£15 × 12 = £180, not £360" in f.message
    assert "2 sessions" in f.suggestion
    assert f.location.span == (0, len("£15 per session x 12 sessions = £360"))


def test_cost_column_against_working():
    (f,) = run("PP006", one(line(cost_text="£15 x 12 = £180", cost=150.0)))
    assert "£150" in f.message and "£180" in f.message


@settings(max_examples=60, deadline=None)
@given(rate=st.integers(1, 80), n=st.integers(1, 40), sep=st.sampled_from([" x ", " × ", "*", " x", " times "]),
       unit=st.sampled_from(["", " per session", "/hour", " per hour"]))
def test_correct_working_never_flagged(rate, n, sep, unit):
    text = f"£{rate}{unit}{sep}{n} sessions = £{rate * n}"
    assert run("PP006", one(line(cost_text=text))) == []


@settings(max_examples=60, deadline=None)
@given(rate=st.integers(1, 80), n=st.integers(2, 40), off=st.integers(2, 200))
def test_wrong_working_flagged(rate, n, off):
    text = f"£{rate} x {n} sessions = £{rate * n + off}"
    assert len(run("PP006", one(line(cost_text=text)))) == 1


def test_line_amount():
    assert line_amount(SpendLine(description="x", cost_text="£15 x 12 = £180")) == 180
    assert line_amount(SpendLine(description="Tuition £90", cost_text=None)) == 90
    assert line_amount(SpendLine(description="x", cost_text="TBC")) is None


def test_cost_missing_and_placeholders():
    (f,) = run("PP005", one(line(cost_text="TBC", cost=None), pp_requested=None))
    assert "'TBC'" in f.message
    assert run("PP005", one(line(desc="Visits. No pupil premium needed - funding from school budget", cost_text=None, cost=None),
                            pp_requested=None)) == []


# --- totals -----------------------------------------------------------------------------------------

def test_over_termly_amount_follows_policy(tmp_path):
    patch = {"pp_spend[1].cost": 500.0, "pp_spend[1].cost_text": "£50 x 10 = £500", "pp_requested": 680.0}
    (f,) = run("PP007", patch)
    assert "£600" in f.message and "£680" in f.message
    p = tmp_path / "pepqa.toml"
    p.write_text("[pp_plus]\ntermly_amount = 700.0\n")
    assert run("PP007", patch, load_policy(p)) == []


def test_total_mismatch_lists_lines():
    (f,) = run("PP008", {"pp_requested": 600.0})
    assert "£180 (line 1) + £250 (line 2)" in f.message and "£430" in f.suggestion


# --- fundability ------------------------------------------------------------------------------------

def sev(patch):
    fs = run("PP009", patch)
    return [f.severity for f in fs]


def test_uniform_is_must_fix_with_words():
    (f,) = run("PP009", one(line(desc="New school uniform and PE kit", ref=None)))
    assert f.severity == Severity.must_fix and "'school uniform'" in f.message and "'PE kit'" in f.message


def test_transport_graded():
    assert sev(one(line(desc="Taxi to and from school"))) == [Severity.must_fix]
    assert sev(one(line(desc="Transport to the tutor's centre for maths tuition"))) == [Severity.should_fix]


def test_trip_graded_by_purpose_and_link():
    sci = {"number": 4, "area": "Science", "text": "Maya will explain the states of matter, 7/10 on the quiz by December."}
    base = baseline_pep().model_dump(mode="json")["targets"]
    linked = one(line(desc="Trip to the science museum", ref="Target 4", impact="Maya uses it in her write-up."),
                 targets=base + [sci])
    assert sev(linked) == [Severity.should_fix]
    assert sev(one(line(desc="Trip to the science museum", ref=None))) == [Severity.must_fix]
    assert sev(one(line(desc="Family holiday to Spain", ref="Target 3"))) == [Severity.must_fix]
    assert sev(one(line(desc="Easter holiday revision sessions for GCSE maths"))) == []


def test_ehcp_graded():
    assert sev(one(line(desc="1:1 TA support as set out in her EHCP"))) == [Severity.must_fix]
    assert sev(one(line(desc="Speech therapy linked to her EHCP outcomes"))) == [Severity.should_fix]
    assert sev(one(line(desc="Extra SALT sessions over and above the provision in her EHCP"))) == []


def test_food_allow_and_questionable():
    assert sev(one(line(desc="Lunch money"))) == [Severity.must_fix]
    assert sev(one(line(desc="Breakfast club to help her arrive calm"))) == [Severity.should_fix]
    assert sev(one(line(desc="Lunch club run by the ELSA"))) == []
    assert sev(one(line(desc="Lunchtime reading group"))) == []


def test_authority_can_extend_vocabulary(tmp_path):
    (tmp_path / "spend.toml").write_text(
        '[not_fundable.allowance]\nphrases = ["pocket money"]\nseverity = "must-fix"\n'
        'reason = "pocket money is the carer\'s to give"\nfix = "Remove this line."\n')
    (tmp_path / "pepqa.toml").write_text(f'[data]\nvocab_dir = "{tmp_path}"\n')
    pol = load_policy(tmp_path / "pepqa.toml")
    patch = one(line(desc="Pocket money for finishing her maths homework"))
    assert run("PP009", patch) == []
    (f,) = run("PP009", patch, pol)
    assert "'Pocket money'" in f.message
    load_vocab.cache_clear()


def test_reference_and_cost_words_are_vocabulary(tmp_path):
    """The words of a target reference and of cost working are spend.toml lists an authority extends."""
    (tmp_path / "spend.toml").write_text('target_words = ["objective"]\ncost_multiply_words = ["by"]\n')
    (tmp_path / "pepqa.toml").write_text(f'[data]\nvocab_dir = "{tmp_path}"\n')
    pol = load_policy(tmp_path / "pepqa.toml")
    obj = SpendLine(description="Objective 2: fractions tuition", target_ref=None)
    assert explicit_refs(obj, _voc(ctx())) == []
    assert [r.numbers for r in explicit_refs(obj, _voc(ctx(pol)))] == [[2]]
    (w,), _ = cost_workings("£15 by 12 = £200", _voc(ctx(pol)).cost)
    assert w.checks and w.checks[0][:2] == (180.0, 200.0)
    assert not any(w.checks for w in cost_workings("£15 by 12 = £200")[0])  # "by" is no operator by default
    load_vocab.cache_clear()


def test_pp_plus_in_a_phrase_is_literal():
    """'no pp\\+ needed' in spend.toml matches the words 'no PP+ needed' (a line asking for nothing)."""
    free = one(line(desc="Homework club place (no PP+ needed)", cost_text=None, cost=None))
    assert run("PP005", free) == []
    assert run("PP005", one(line(desc="Homework club place", cost_text=None, cost=None)))


# --- impact review, eligibility, intended impact ----------------------------------------------------

def test_impact_review_graded():
    (f,) = run("PP010", {"pp_impact_review": None})
    assert f.severity == Severity.must_fix and "80% accuracy" in f.suggestion  # evidence the PEP already has
    (f,) = run("PP010", {"pp_impact_review": "Tuition went well and Maya enjoyed the sessions."})
    assert f.severity == Severity.should_fix and "Tuition went well" in f.message
    assert run("PP010", {"pp_impact_review": "Fractions score went from 3/10 to 6/10."}) == []
    assert run("PP010", {"pp_impact_review": "The app had little impact, so we changed to 1:1 reading."}) == []
    assert run("PP010", {"pp_impact_review": None, "child.date_entered_care": "2025-09-01"}) == []


def test_eligibility_follows_policy(tmp_path):
    post16 = {"child.year_group": 12, "child.phase": "post16", "child.key_stage": "KS5"}
    (f,) = run("PP011", post16)
    assert "post-16" in f.message and "pp_plus.fund_post16" in f.officer_note and "policy" not in f.message
    p = tmp_path / "pepqa.toml"
    p.write_text("[pp_plus]\nfund_post16 = true\n")
    assert run("PP011", post16, load_policy(p)) == []
    assert run("PP011", {"school.type": "independent_special", "pp_spend": [], "pp_requested": None}) == []


def test_intended_impact_graded():
    (f,) = run("PP012", {"pp_spend[0].intended_impact": None})
    assert f.severity == Severity.should_fix and "8/10 on the fractions unit test" in f.suggestion
    (f,) = run("PP012", {"pp_spend[0].intended_impact": "To improve her maths."})
    assert f.severity == Severity.advice and "'To improve'" in f.message
    assert run("PP012", {"pp_spend[0].intended_impact": "Improve fractions score from 4/10 to 8/10."}) == []


def test_baseline_is_clean_for_pp_checks():
    for n in range(1, 13):
        assert run(f"PP{n:03d}") == [], n


def test_one_finding_per_category_per_line_with_line_wide_context():
    fs = run("PP009", one(line(desc="School dinners for the term", ref=None, impact="Maya eats a hot lunch every day.")))
    assert len(fs) == 1 and fs[0].location.field == "pp_spend[0].description"
    # the context that makes transport questionable may sit in the intended impact
    (f,) = run("PP009", one(line(desc="Transport costs", impact="Maya attends all six sessions with her maths tutor.")))
    assert f.severity == Severity.should_fix and "'tutor'" in f.message


# --- references by subject, non-references, strands of English ------------------------------------------

@pytest.mark.parametrize("ref", ["Eng target", "Literacy", "the English target"])
def test_subject_names_the_target(ref):
    assert run("PP003", {"pp_spend[1].target_ref": ref}) == []
    assert run("PP001", {"pp_spend[1].target_ref": ref}) == []


def test_non_reference_with_a_weak_match_is_not_linked():
    patch = one(line(desc="Mentoring sessions with Mr Cole weekly", ref="See targets", impact="Maya is supported."))
    (f,) = run("PP001", patch)
    assert "says 'See targets' where the target should be" in f.message and "Target 3" in f.message
    assert run("PP003", patch) == []
    # a clear match still links: PP003 asks for the number instead
    patch = one(line(desc="1:1 maths tuition on fractions", ref="Various"))
    assert run("PP001", patch) == [] and run("PP003", patch)


def test_reading_programme_does_not_serve_a_writing_target():
    patch = one(line(desc="Lexia licence", ref=None, impact="Maya's reading age rises."))
    assert run("PP001", patch)
    patch["targets[0].text"] = "Maya will read two class novels and answer 8 of 10 comprehension questions by Easter."
    assert run("PP001", patch) == []


@pytest.mark.parametrize("text,reviewed", [
    ("ELSA: Maya now goes to the library club every lunchtime instead of wandering the corridors.", True),
    ("Mentoring: Maya no longer walks out of science.", True),
    ("Tuition: she is now attending homework club.", True),
    ("Mentoring: Maya now enjoys school.", False),
])
def test_observable_change_counts_as_review(text, reviewed):
    assert (run("PP010", {"pp_impact_review": text}) == []) == reviewed


@pytest.mark.parametrize("desc", ["Prom ticket and dress", "Year 11 leavers' hoodie", "Christmas party"])
def test_social_events_and_clothing_not_fundable(desc):
    assert run("PP009", one(line(desc=desc, ref=None)))


def test_third_party_provider_is_not_a_party():
    assert run("PP009", one(line(desc="1:1 maths tuition from a third-party provider"))) == []


@pytest.mark.parametrize("cost_text", ["School funded", "Paid by the school", "From school funds"])
def test_school_funded_line_asks_for_nothing(cost_text):
    assert run("PP005", {"pp_spend[1].cost": None, "pp_spend[1].cost_text": cost_text, "pp_requested": 180.0}) == []
