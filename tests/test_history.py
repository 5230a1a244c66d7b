"""Term over term: the samples re-generated as a second term, the store, and the history commands.

The second terms are made here from each sample's reading (not hand-written snapshots): an honest
second term (new voice, new targets, last term's targets reviewed, last term's spend reviewed) must
give no history finding; each flaw QA officers find by opening two PEPs must be found and must cite
the previous PEP's term.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from pepqa.checks import run_checks
from pepqa.checks.baseline import BASELINE, PREVIOUS, apply_patch
from pepqa.history.compare import words
from pepqa.history.hook import History
from pepqa.history.store import SCHEMA_VERSION, Store, StoreBusy, StoreError
from pepqa.history.terms import label, term_of
from pepqa.model import PEP
from pepqa.pipeline import check_pep
from pepqa.policy import load_policy
from pepqa.readers import read_pep

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
POLICY = load_policy(None)
TODAY = date(2026, 7, 1)
NEXT = {"autumn": "spring", "spring": "summer", "summer": "autumn"}

VOICES = [
    "Since my last PEP I have joined the drama club on Thursdays and I have made two new friends there. Spelling "
    "tests are going better because I practise them at home every evening. I still get nervous about reading aloud "
    "in assemblies. Next year I would like to help in the school garden.",
    "This term the best thing has been the science project about volcanoes, because we built a model in a team. I "
    "find the long division in maths confusing and I would like more help with it before the test. At breaktime I "
    "play basketball. When I am older I want to design computer games.",
]
TARGETS = [
    "{n} will complete stage {i} of the {a} programme, scoring 8 out of 10 on the end-of-unit check by the next PEP.",
    "{n} will present a short project in {a} to a small group and answer two questions about it before half-term.",
]


def _hs(findings):
    return [f for f in findings if f.code.startswith("HS")]


def next_term(pep: PEP, gen: int = 0) -> PEP:
    """The same child's honest PEP one term later: new voice and targets, last term's reviewed."""
    d = pep.model_dump(mode="json")
    first = pep.child.first_name or "The pupil"
    old = d["term"] or "autumn"
    d["term"] = NEXT[old]
    if old == "summer":
        start = int((d["academic_year"] or "2025-26")[:4]) + 1
        d["academic_year"] = f"{start}-{(start + 1) % 100:02d}"
    for k in ("meeting_date", "completed_date", "next_pep_date"):
        if d.get(k):
            d[k] = (date.fromisoformat(d[k]) + timedelta(days=91)).isoformat()
    d["pupil_voice"] = {**d["pupil_voice"], "text": VOICES[gen % 2], "previous_text": None}
    d["wellbeing"] = "Settled and happy with the new routine at home."
    d["previous_targets"] = [
        {"number": t.number, "area": t.area, "text": t.text, "status": "partly_achieved",
         "outcome": "Partly achieved: 6 of the 10 steps are secure; the next step is in this term's targets."}
        for t in pep.targets]
    d["targets"] = [
        {"number": i + 1, "area": t.area, "text": TARGETS[gen % 2].format(n=first, i=i + 2, a=(t.area or "reading")),
         "actions": "Weekly session with the class teacher.", "success_criteria": "8/10 on the check.",
         "who": "Class teacher", "by_when": "Next PEP", "term": "short"}
        for i, t in enumerate(pep.targets or [None] * 3) if True] if pep.targets else d["targets"]
    if pep.pp_spend or pep.pp_requested:
        d["pp_impact_review"] = "; ".join(
            f"{line.description}" + (f" (£{line.cost:g})" if line.cost is not None else "") +
            f": {first}'s check score went from 4/10 to 7/10" for line in pep.pp_spend) or \
            f"Last term's PP+ (£{pep.pp_requested:g}): {first}'s check score went from 4/10 to 7/10."
    else:
        d["pp_impact_review"] = "No PP+ was requested last term."
    d["pp_spend"] = [{"number": 1, "description": "Small-group phonics booster with the teaching assistant",
                      "cost": 150.0, "cost_text": "£150", "target_ref": "Target 1",
                      "intended_impact": "8/10 on the end-of-unit check."}]
    d["pp_requested"] = 150.0
    d["provenance"] = {}
    d["source_file"] = f"second-term-{gen}.json"
    return PEP.model_validate(d)


def _with(pep: PEP, **changes) -> PEP:
    d = pep.model_dump(mode="json")
    for path, value in changes.items():
        d = apply_patch(d, {path.replace("__", "."): value})
    return PEP.model_validate(d)


@pytest.fixture(scope="module")
def first_terms():
    """Every sample that names its child (the narrative samples do not: they cannot be recorded)."""
    peps = {}
    for p in sorted(SAMPLES.iterdir()):
        if p.suffix in (".docx", ".pdf", ".json") and not p.name.endswith((".expected.json", ".findings.json")):
            pep = read_pep(str(p))
            if pep.child.identifier:
                peps[p.name] = pep
    assert len(peps) >= 15
    return peps


@pytest.fixture(scope="module")
def store_with_first_terms(first_terms, tmp_path_factory):
    hist = History(tmp_path_factory.mktemp("store") / "h.sqlite", POLICY)
    for pep in first_terms.values():
        prev, info = hist.lookup(pep)
        assert prev is None and info["status"] == "compared"
        findings, verdict = check_pep(pep, POLICY, TODAY)
        assert hist.record(pep, findings, verdict, info)["status"] == "recorded"
    return hist


def _compare(hist, pep):
    prev, info = hist.lookup(pep)
    assert prev is not None, "the first term is found as the previous PEP"
    return prev, run_checks(pep, POLICY, TODAY, previous=prev)


def test_honest_second_term_has_no_history_findings(first_terms, store_with_first_terms):
    for name, pep in first_terms.items():
        prev, findings = _compare(store_with_first_terms, next_term(pep))
        assert prev.term == term_of(pep, POLICY)[1]
        assert not _hs(findings), (name, [(f.code, f.message) for f in _hs(findings)])


def _copied_voice(pep, t2):
    v = pep.pupil_voice.text or ""
    if len(words(v)) < 12:
        return None
    return _with(t2, pupil_voice__text=v.rsplit(" ", 1)[0] + " really.")  # near, not equal


def _repeated_target(pep, t2):
    if not pep.targets or len(words(pep.targets[0].text)) < 4:
        return None
    return _with(t2, **{"targets[0]": {**t2.targets[0].model_dump(mode="json"), "text": pep.targets[0].text}})


def _previous_target_never_set(pep, t2):
    if not t2.previous_targets:
        return None
    return _with(t2, **{"previous_targets[0].text": "To swim 25 metres unaided at the leisure centre by the summer."})


def _spend_never_requested(pep, t2):
    return _with(t2, pp_impact_review=(t2.pp_impact_review or "") +
                 ". A laptop for homework (£475) means homework is now handed in every week.")


def _funded_spend_unreviewed(pep, t2):
    return _with(t2, pp_impact_review="Last term went well for everybody.") if pep.pp_spend else None


MUTATIONS = [
    ("voice copied", _copied_voice, {"HS001"}),
    ("target repeated", _repeated_target, {"HS002"}),
    ("previous target never set", _previous_target_never_set, {"HS004", "HS003"}),
    ("spend reviewed never requested", _spend_never_requested, {"HS005"}),
    ("funded spend unreviewed", _funded_spend_unreviewed, {"HS006"}),
]


@pytest.mark.parametrize("what,mutate,codes", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_second_term_flaws_are_found(first_terms, store_with_first_terms, what, mutate, codes):
    tried = 0
    for name, pep in first_terms.items():
        bad = mutate(pep, next_term(pep))
        if bad is None:
            continue
        prev, findings = _compare(store_with_first_terms, bad)
        if "HS006" in codes and prev.pp_decision == "withhold":
            continue  # last term's PP+ was not released: nothing was funded to review
        tried += 1
        hs = _hs(findings)
        assert codes <= {f.code for f in hs}, (name, what, [(f.code, f.message) for f in hs])
        for f in hs:
            assert prev.term in f.message, "each finding cites the previous PEP's term"
            assert f.suggestion
        if prev.pep.provenance:
            assert any("page" in f.message or "paragraph" in f.message or "table" in f.message for f in hs
                       if f.code in ("HS001", "HS002")) or not codes & {"HS001", "HS002"}, \
                "where in the previous PEP"
    assert tried >= 4, f"{what}: applies to too few samples ({tried})"


def test_attendance_falling_two_terms_running(first_terms, tmp_path):
    hist = History(tmp_path / "h.sqlite", POLICY)
    tried = 0
    for name, pep in first_terms.items():
        if pep.attendance_percent is None or pep.attendance_percent < 5:
            continue
        a = pep.attendance_percent
        t2 = _with(next_term(pep, 0), attendance_percent=a - 1.0)
        for p in (pep, t2):
            prev, info = hist.lookup(p)
            findings, verdict = check_pep(p, POLICY, TODAY, prev)
            hist.record(p, findings, verdict, info)
        falling = _with(next_term(t2, 1), attendance_percent=a - 2.5)
        rising = _with(next_term(t2, 1), attendance_percent=a)
        prev, found = _compare(hist, falling)
        assert prev.earlier and prev.earlier[0][1] == a
        assert "HS007" in {f.code for f in found}, (name, [(f.code, f.message) for f in _hs(found)])
        assert not _hs(_compare(hist, rising)[1]), name
        tried += 1
    assert tried >= 10


# -- the store ---------------------------------------------------------------------------------
def _baseline(patch=None) -> PEP:
    return PEP.model_validate(apply_patch(BASELINE, patch or {}))


def _record(st: Store, pep: PEP) -> int:
    key, lab = term_of(pep, POLICY)
    return st.record(pep.child.identifier, key, lab, pep, {"grade": "Green"})


def test_store_is_idempotent_and_keeps_superseded_versions(tmp_path):
    with Store(tmp_path / "h.sqlite") as st:
        first = _record(st, _baseline())
        assert _record(st, _baseline()) == first, "the same PEP again is not a new row"
        resub = _baseline({"completed_date": "2025-10-20", "pupil_voice.text": "A new voice, asked again."})
        second = _record(st, resub)
        assert second != first
        rows = st.child("VS-100001", include_superseded=True)
        assert [(r["id"], r["superseded_by"]) for r in rows] == [(first, second), (second, None)]
        assert [r["id"] for r in st.child("VS-100001")] == [second]
        late_old = _baseline({"completed_date": "2025-10-10", "pupil_voice.text": "An older draft."})
        _record(st, late_old)  # an older version arriving later does not replace the newer one
        assert [r["id"] for r in st.child("VS-100001")] == [second]
        assert st.check_integrity() == []
        assert st.version() == SCHEMA_VERSION
    assert oct((tmp_path / "h.sqlite").stat().st_mode & 0o777) == "0o600"


def test_forget_and_prune(tmp_path):
    with Store(tmp_path / "h.sqlite") as st:
        _record(st, PEP.model_validate(PREVIOUS))
        _record(st, _baseline())
        _record(st, _baseline({"child.identifier": "VS-2", "child.name": "Other Child"}))
        assert st.forget("VS-100001") == 2
        assert st.child("VS-100001", include_superseded=True) == []
        assert len(st.child("VS-2")) == 1
        _record(st, PEP.model_validate(PREVIOUS))
        assert st.prune(1) == 1  # summer 2024-25 is one term before autumn 2025-26
    for f in tmp_path.glob("h.sqlite*"):  # the database and its WAL journal
        assert b"VS-100001" not in f.read_bytes(), f"a deleted child's records do not linger in {f.name}"


def test_store_refuses_newer_schema_and_non_stores(tmp_path):
    p = tmp_path / "h.sqlite"
    Store(p).close()
    c = sqlite3.connect(p)
    c.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="newer pepqa"):
        Store(p)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a pepqa history store"):
        Store(junk)


def test_busy_store_gives_one_line(tmp_path):
    p = tmp_path / "h.sqlite"
    Store(p).close()
    lock = sqlite3.connect(p, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreBusy, match="busy"):
            with Store(p, timeout=0.2) as st:
                _record(st, _baseline())
    finally:
        lock.execute("ROLLBACK")
        lock.close()


def test_terms():
    assert term_of(_baseline(), POLICY) == (2025 * 3, "autumn 2025-26")
    undated = _baseline({"term": None, "academic_year": None, "meeting_date": "2026-02-10"})
    assert term_of(undated, POLICY)[1] == "spring 2025-26"
    assert term_of(_baseline({"term": None, "academic_year": None, "meeting_date": "2026-06-10"}), POLICY)[1] == \
        "summer 2025-26"
    assert term_of(_baseline({"term": None, "academic_year": None, "meeting_date": None}), POLICY) is None
    assert label(2024 * 3 + 2) == "summer 2024-25"


# -- any text ----------------------------------------------------------------------------------
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(voice=_TEXT, prev_voice=_TEXT, target=_TEXT, prev_target=_TEXT, review=_TEXT, spend=_TEXT,
       att=st.one_of(st.none(), st.floats(0, 100)))
def test_history_checks_take_any_text(voice, prev_voice, target, prev_target, review, spend, att):
    from pepqa.checks.baseline import previous_for

    pep = _baseline({"pupil_voice.text": voice, "targets[0].text": target, "previous_targets[0].text": target,
                     "pp_impact_review": review, "attendance_percent": att})
    prev = previous_for({"pupil_voice.text": prev_voice, "targets[0].text": prev_target,
                         "pp_spend[0].description": spend, "@earlier": [["spring 2024-25", 99.0]]})
    for f in run_checks(pep, POLICY, TODAY, previous=prev):
        assert f.message and f.suggestion
