"""Every check documents itself and its examples run: bad ones fire it, good ones don't."""
import pytest

from pepqa.checks import run_checks
from pepqa.checks.baseline import baseline_pep, previous_for
from pepqa.checks.registry import all_checks, Context
from pepqa.policy import load_policy
from datetime import date

CHECKS = all_checks()
POLICY = load_policy(None)
TODAY = date(2025, 10, 20)


def test_registry_has_checks():
    assert len(CHECKS) >= 3


@pytest.mark.parametrize("c", CHECKS, ids=lambda c: c.code)
def test_check_is_documented(c):
    assert c.code[:2].isalpha() and c.code[2:].isdigit(), c.code
    assert c.name == c.name.lower() and " " not in c.name
    assert len(c.rationale) > 40, "rationale must explain why"
    assert c.source and ("seeds/" in c.source or "domain.md" in c.source or "design-examples.md" in c.source)
    assert c.good
    assert c.bad_examples, "a check needs at least one bad example"
    assert c.good_examples, "a check needs at least one good example"


def _examples():
    for c in CHECKS:
        for i, ex in enumerate(c.bad_examples):
            yield pytest.param(c, ex, True, id=f"{c.code}-bad{i}")
        for i, ex in enumerate(c.good_examples):
            yield pytest.param(c, ex, False, id=f"{c.code}-good{i}")


@pytest.mark.parametrize("c,ex,fires", list(_examples()))
def test_example(c, ex, fires):
    pep = baseline_pep(ex.patch)
    found = list(c.run(pep, Context(policy=POLICY, today=TODAY, previous=previous_for(ex.previous))))
    if fires:
        assert found, f"{c.code} should fire on: {ex.note or ex.patch}"
        for f in found:
            assert f.message and f.suggestion, "every finding says what to do"
    else:
        assert not found, f"{c.code} fired on a good example: {[f.message for f in found]}"


def test_baseline_is_clean():
    """The good baseline PEP yields no finding from any check."""
    findings = run_checks(baseline_pep(), POLICY, today=TODAY)
    assert findings == [], [(f.code, f.message) for f in findings]


def test_baseline_is_clean_beside_its_previous_term():
    """An honest second term (the baseline beside the previous-term baseline) yields no finding either."""
    findings = run_checks(baseline_pep(), POLICY, today=TODAY, previous=previous_for({}))
    assert findings == [], [(f.code, f.message) for f in findings]


def test_history_checks_do_not_run_without_a_previous_pep():
    """Every HS example that fires with its previous PEP is silent when the child has none recorded."""
    for c in CHECKS:
        if c.group != "HS":
            continue
        for ex in c.bad_examples:
            assert ex.previous is not None, f"{c.code}: a history example needs a previous PEP"
            assert not list(c.run(baseline_pep(ex.patch), Context(policy=POLICY, today=TODAY))), c.code
