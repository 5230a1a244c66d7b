"""One meaning of "this box is empty" (issue 15): empty.toml read through pepqa/checks/lib/empties.py by every
check that asks it, each check's own list beside it, and the pupil voice reading only the form placeholders."""
from datetime import date

import pytest

from pepqa.checks import load_all
from pepqa.checks.baseline import baseline_pep
from pepqa.checks.lib.empties import EmptyCells, cell_key, empty_cells
from pepqa.checks.lib.spend import voc as spend_voc
from pepqa.checks.registry import Context, all_checks, find_check
from pepqa.findings import Severity
from pepqa.policy import load_policy
from pepqa.vocab import load_vocab

TODAY = date(2025, 10, 20)
BASE = Context(policy=load_policy(None), today=TODAY)

# a target whose only possible owner is its who cell (no adult in the text, actions or success criteria)
WHO_ONLY = {"targets[0].actions": None, "targets[0].success_criteria": "Maya will score 12/20 on the rubric."}


def run(code, patch, ctx=BASE):
    load_all()
    return list(find_check(code).run(baseline_pep(patch), ctx))


@pytest.fixture
def authority(tmp_path):
    """A Context whose vocabulary folder holds the given files ({"empty.toml": "..."})."""
    def make(**files):
        vocab = tmp_path / "vocab"
        vocab.mkdir(exist_ok=True)
        for name, text in files.items():
            (vocab / f"{name}.toml").write_text(text, encoding="utf-8")
        (tmp_path / "pepqa.toml").write_text(f'[data]\nvocab_dir = "{vocab.as_posix()}"\n', encoding="utf-8")
        return Context(policy=load_policy(tmp_path / "pepqa.toml"), today=TODAY)
    yield make
    load_vocab.cache_clear()


def test_a_cell_is_compared_whole_ignoring_case_spacing_and_end_punctuation():
    cells = EmptyCells({"form_placeholders": ["Click here to enter text."], "empty_answers": ["n/a", "see above"]})
    for text in (None, "", "  ", "N/A", "n/a.", "(N/A)", " See  above ", "CLICK HERE TO ENTER TEXT",
                 "click here to enter text.", "-", "—", "...", "?"):
        assert cells(text), text
    for text in ("N/A - see notes", "None this term", "na", "n / a", "see above for the plan", "Click"):
        assert not cells(text), text
    assert cell_key("\u2018N/A\u2019.") == "n/a"  # curly quotes are straight ones, then dropped at the ends
    assert cell_key("£") == "" and cell_key("x") == "x"


def test_each_vocabulary_keeps_only_its_own_meaning_of_empty():
    """What is empty in one box only stays in that box's list: the shared lists hold the rest."""
    spend, statutory, targets = spend_voc(BASE), empty_cells(BASE, "statutory.empty_answers"), empty_cells(
        BASE, "targets.placeholders")
    assert spend.cost_empty("Quote awaited") and not spend.impact_empty("Quote awaited")
    assert spend.impact_empty("See target") and not spend.cost_empty("See target")
    assert statutory("No.") and not targets("No") and not spend.impact_empty("No")
    assert targets("X") and not statutory("X")
    for cells in (spend.cost_empty, spend.impact_empty, statutory, targets):  # the shared meaning reaches all
        assert cells("TBC") and cells("Click or tap here to enter text.") and cells("See above.")


def test_the_check_specific_lists_still_decide():
    (f,) = run("PP012", {"pp_spend[0].intended_impact": "See targets."})
    assert "does not say what it is meant to change" in f.message
    assert run("AS001", {"aspirations": "No."})
    assert run("ST004", {**WHO_ONLY, "targets[0].who": "x"})
    (f,) = run("PV001", {"pupil_voice.text": "Pupil voice:"})
    assert "placeholder" in f.message


def test_pupil_voice_na_is_a_non_answer_not_an_empty_box():
    """Coventry: 'N/A' is never acceptable (PV002), which is not the same as a box left unfilled (PV001)."""
    for text in ("N/A", "None", "TBC", "See above"):
        assert run("PV001", {"pupil_voice.text": text}) == [], text
    assert run("PV002", {"pupil_voice.text": "N/A"})
    assert run("PV001", {"pupil_voice.text": "Click here to enter text."})
    assert run("PV002", {"pupil_voice.text": "Click here to enter text."}) == []


def test_an_authoritys_empty_answer_is_empty_in_every_box_but_the_voice(authority):
    """One entry in the authority's empty.toml, and every check that reads a whole cell treats it as empty."""
    ctx = authority(empty='empty_answers = ["awaiting review", "see section 2"]\n')
    said = "Awaiting review"
    assert not run("AS001", {"aspirations": said}) and run("AS001", {"aspirations": said}, ctx)
    sen = {"sen_status": "sen_support", "sen_details": said}
    assert not run("SN002", sen) and run("SN002", sen, ctx)
    ex = {"exclusions": [{"kind": "Suspension", "date": "2025-10-01", "days": 2, "support": said}]}
    assert not run("AT002", ex) and run("AT002", ex, ctx)
    who = {**WHO_ONLY, "targets[0].who": said}
    assert not run("ST004", who) and run("ST004", who, ctx)
    outcome = {"previous_targets[0].outcome": said, "previous_targets[0].status": None}
    assert not run("ST006", outcome) and run("ST006", outcome, ctx)
    review = {"pp_impact_review": said}
    assert [f.severity for f in run("PP010", review)] == [Severity.should_fix]  # a review that names no change
    assert [f.severity for f in run("PP010", review, ctx)] == [Severity.must_fix]  # no review at all
    impact = {"pp_spend[0].intended_impact": said}
    assert all("does not say what it is meant to change" not in f.message for f in run("PP012", impact))
    assert any("does not say what it is meant to change" in f.message for f in run("PP012", impact, ctx))
    cost = {"pp_spend[0].cost": None, "pp_spend[0].cost_text": "See section 2", "pp_requested": None}
    assert not run("PP005", cost) and run("PP005", cost, ctx)  # a figure, but the authority says it holds none
    assert not run("PV001", {"pupil_voice.text": said}, ctx)  # answers never make the voice empty


def test_an_authoritys_form_placeholder_is_empty_everywhere_the_voice_included(authority):
    ctx = authority(empty='form_placeholders = ["Insert comments from pupil meeting"]\n')
    text = "Insert comments from pupil meeting."
    assert not run("PV001", {"pupil_voice.text": text}) and run("PV001", {"pupil_voice.text": text}, ctx)
    assert not run("AS001", {"aspirations": text}) and run("AS001", {"aspirations": text}, ctx)
    assert empty_cells(ctx, "spend.empty_text")(text) and empty_cells(ctx, "targets.placeholders")(text)


def test_an_authority_removes_a_shared_entry_once(authority):
    ctx = authority(empty='empty_answers_remove = ["TBC"]\n')
    assert run("AS001", {"aspirations": "TBC"}) and not run("AS001", {"aspirations": "TBC"}, ctx)
    for own in ("statutory.empty_answers", "targets.placeholders", "spend.empty_text", "spend.cost_placeholders"):
        assert empty_cells(BASE, own)("TBC") and not empty_cells(ctx, own)("TBC"), own
        assert empty_cells(ctx, own)("N/A"), own


def test_every_check_reading_a_list_of_its_own_also_declares_the_shared_ones():
    """`pepqa explain` shows an authority the shared lists wherever a check judges a whole cell empty."""
    own = {"spend.cost_placeholders", "spend.empty_text", "statutory.empty_answers", "targets.placeholders",
           "voice.placeholders"}
    for c in all_checks():
        if own & set(c.vocab):
            assert "empty.form_placeholders" in c.vocab, c.code
            assert ("empty.empty_answers" in c.vocab) == (not c.code.startswith("PV")), c.code
