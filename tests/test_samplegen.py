"""The fictional PEP factory: deterministic, realistic, and its poor PEPs really carry their flaws."""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # samplegen is a repo-level dev package

from pepqa.model import PART_KEYS, PEP  # noqa: E402
from pepqa.values import key_stage_for, parse_money, phase_for  # noqa: E402
from samplegen import __main__ as cmd  # noqa: E402
from samplegen import jsonform  # noqa: E402
from samplegen.content import FLAWS, PHASES, QUALITIES, make_case, make_pep  # noqa: E402

SEEDS = range(40)
MATHS = re.compile(r"math|numera|number|times table", re.I)
ENGLISH = re.compile(r"english|read|writ|phonic|spell|literacy|communication", re.I)
SLIPS = re.compile(r"\bLAC\b|placement|contact with|challenging behaviour|abscond", re.I)


def _cases(quality, phases=PHASES, seeds=SEEDS):
    return [make_case(s, ph, quality) for ph in phases for s in seeds]


def _has(targets, pattern):
    return any(pattern.search(f"{t.area or ''} {t.text}") for t in targets)


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def _narrative(pep: PEP) -> str:
    bits = [pep.wellbeing, pep.pupil_voice.text, pep.aspirations, pep.transition, pep.alternative_provision,
            pep.sen_details, pep.pp_impact_review]
    bits += [f"{t.text} {t.actions or ''}" for t in pep.targets] + [s.description for s in pep.pp_spend]
    return " ".join(b for b in bits if b)


def test_same_seed_gives_identical_json_and_seeds_differ():
    for ph in PHASES:
        for q in QUALITIES:
            a = make_pep(7, ph, q).model_dump_json()
            assert a == make_pep(7, ph, q).model_dump_json()
            assert a != make_pep(8, ph, q).model_dump_json()


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        make_pep(1, "infant", "good")
    with pytest.raises(ValueError):
        make_pep(1, "primary", "excellent")


@pytest.mark.parametrize("quality", QUALITIES)
def test_child_school_and_dates_are_consistent(quality):
    for c in _cases(quality):
        p, y = c.pep, c.pep.child.year_group
        assert p.child.phase.value == c.phase == phase_for(y)
        assert p.child.key_stage == key_stage_for(y)
        assert date(2020 - y, 9, 1) <= p.child.date_of_birth <= date(2021 - y, 8, 31)
        assert p.child.date_of_birth < p.child.date_entered_care < p.meeting_date
        assert re.fullmatch(r"VS-\d{6}", p.child.identifier)
        assert date(2025, 9, 1) <= p.meeting_date <= date(2026, 3, 31) and p.academic_year == "2025-26"
        assert p.term.value == ("autumn" if p.meeting_date.month >= 9 else "spring")
        assert p.completed_date > p.meeting_date
        assert p.meeting_date.weekday() < 5
        assert set(p.sections) == {"social_worker", "designated_teacher", "pupil_voice", "virtual_school", "qa"}
        assert p.parts == {k: "read" for k in PART_KEYS}
        kind = p.school.type.value
        if c.phase == "post16":
            assert kind == "post16_provider"
        elif y == -1:
            assert kind == "early_years_setting"
        else:
            assert kind in {"mainstream", "special", "alternative_provision", "independent_special"}
        assert (kind == "independent_special") == ("pp_independent_special" in c.flaws)
        assert 3 <= len(p.targets) <= 5 or "too_few_targets" in c.flaws
        assert (p.roni is not None) == (p.child.key_stage in ("KS3", "KS4") and "no_roni" not in c.flaws)
        assert c.flaws <= set(FLAWS)


def test_every_string_survives_whitespace_normalisation():
    for q in QUALITIES:
        for c in _cases(q, seeds=range(15)):
            for s in _strings(c.pep.model_dump(mode="json")):
                assert s and " ".join(s.split()) == s, repr(s)


def test_attainment_matches_the_phase():
    ey = make_pep(3, "early_years", "good")
    assert {r.current for r in ey.attainment} <= {"Emerging", "Expected"}
    assert "Communication and language" in {r.subject for r in ey.attainment}
    sec = [make_pep(s, "secondary", "good") for s in range(10)]
    assert all(r.current.isdigit() and 1 <= int(r.current) <= 9 for p in sec for r in p.attainment)
    post = [make_pep(s, "post16", "mixed") for s in range(10)]
    assert all(any("resit" in r.subject for r in p.attainment) for p in post)


def test_good_peps_are_good():
    for c in _cases("good"):
        p = c.pep
        assert not c.flaws
        assert _has(p.targets, ENGLISH) and _has(p.targets, MATHS), p.targets
        assert all(t.who and t.by_when and t.success_criteria for t in p.targets)
        assert p.pupil_voice.text and re.search(r"(^|\. )I ", p.pupil_voice.text)
        assert p.pupil_voice.child_attended or p.pupil_voice.captured_how
        assert p.pupil_voice.previous_text != p.pupil_voice.text
        assert all(pt.outcome and pt.status for pt in p.previous_targets)
        assert (p.pp_requested or 0) == sum(s.cost for s in p.pp_spend) <= 600
        for line in p.pp_spend:
            assert line.target_ref and line.intended_impact
            assert parse_money(line.cost_text) == line.cost
        assert (p.pp_impact_review or p.child.phase == "post16") and p.next_pep_date
        assert (p.completed_date - p.meeting_date).days <= 21
        assert all(s.completed for k, s in p.sections.items() if k != "qa")
        assert not SLIPS.search(_narrative(p)), _narrative(p)
        if p.sen_status.value != "none":
            assert any(a.role.value == "senco" for a in p.attendees)
        if c.phase in ("secondary", "post16"):
            assert p.aspirations
        if p.part_time_timetable:
            assert p.provision_review_date
        assert all(e.support for e in p.exclusions)


def test_poor_peps_contain_their_flaws():
    cases = _cases("poor")
    peps = [c.pep for c in cases]
    assert all(len(c.flaws) >= 5 for c in cases)
    assert any(not _has(p.targets, MATHS) for p in peps)
    assert any(p.pupil_voice.text == "No pupil views shared" for p in peps)
    assert any(p.pupil_voice.text == "See last PEP" for p in peps)
    assert any(p.pupil_voice.text and "is happy at school and everything is fine" in p.pupil_voice.text for p in peps)
    assert any(t.text in ("To improve behaviour", "Try to be more confident") for p in peps for t in p.targets)
    assert any(s.description in ("School uniform", "Taxi to school") for p in peps for s in p.pp_spend)
    assert any((p.pp_requested or 0) > 600 for p in peps)
    assert any(p.school.type.value == "independent_special" and p.pp_spend for p in peps)
    assert any((p.completed_date - p.meeting_date).days > 21 for p in peps)
    assert any(p.next_pep_date is None for p in peps)
    assert any(p.pp_impact_review is None for p in peps)
    assert any(pt.outcome is None for p in peps for pt in p.previous_targets)
    assert any(SLIPS.search(_narrative(p)) for p in peps)
    for c in cases:  # every poor voice is weak and the child's view was not captured another way
        v = c.pep.pupil_voice
        assert not v.child_attended and not v.captured_how
        assert v.text is None or not re.search(r"(^|\. )I ", v.text) or v.text == v.previous_text


def test_flaw_labels_match_content():
    for q in ("poor", "mixed"):
        for c in _cases(q):
            p = c.pep
            if "no_maths_target" in c.flaws:
                assert not _has(p.targets, MATHS), p.targets
            if "no_english_target" in c.flaws:
                assert not _has(p.targets, ENGLISH), p.targets
            if "pp_arithmetic" in c.flaws:
                assert any(_wrong_sum(s.cost_text) for s in p.pp_spend)
            if "late_completion" in c.flaws:
                assert (p.completed_date - p.meeting_date).days > 21
            if "part_time_no_review" in c.flaws:
                assert p.part_time_timetable and p.provision_review_date is None
            if "suspension_no_support" in c.flaws:
                assert p.exclusions and all(e.support is None for e in p.exclusions)
            if "language_slips" in c.flaws:
                assert SLIPS.search(_narrative(p))
            else:
                assert not SLIPS.search(_narrative(p))


def _wrong_sum(cost_text: str) -> bool:
    m = re.fullmatch(r"£(\d+)/hr x (\d+) weeks = £(\d+)", cost_text or "")
    return bool(m) and int(m[1]) * int(m[2]) != int(m[3])


def test_mixed_sits_between_good_and_poor():
    mixed = _cases("mixed")
    assert all(1 <= len(c.flaws - {"pp_post16"}) <= 3 for c in mixed)
    assert sum(_has(c.pep.targets, MATHS) for c in mixed) > len(mixed) // 2


def test_plan_covers_every_phase_in_every_layout_and_all_qualities():
    items = cmd.plan()
    docs = [i for i in items if i[0] != "json"]
    assert len(docs) >= 24 and sum(1 for i in items if i[0] == "json") == 2
    for layout in cmd.LAYOUTS:
        assert {ph for lay, ph, _, _ in docs if lay == layout} == set(PHASES)
    for ph in PHASES:
        assert {q for _, p, q, _ in docs if p == ph} == set(QUALITIES)
    assert len({s for *_, s in items}) == len(items)
    assert items == cmd.plan()


def test_make_many_mixes_layouts_phases_and_qualities():
    pairs = list(cmd.make_many(72, seed=3))
    assert len(pairs) == 72
    assert {lay for lay, _ in pairs} == set(cmd.LAYOUTS)
    assert {p.child.phase.value for _, p in pairs} == set(PHASES)
    assert [p.model_dump_json() for _, p in pairs[:5]] == [p.model_dump_json() for _, p in cmd.make_many(5, seed=3)]


def test_jsonform_round_trips(tmp_path):
    pep = make_pep(11, "secondary", "mixed")
    path = tmp_path / "x.json"
    expected = jsonform.write(pep, path)
    assert PEP.model_validate_json(path.read_text(encoding="utf-8")).comparable() == expected.comparable()
    from samplegen.content import expected_statuses

    pep.parts = expected_statuses(pep)  # the generator's True/False become read / empty / not_found
    assert expected.comparable() == pep.comparable()


def _fake_write(pep, path):
    path.write_text("fake " + pep.child.name, encoding="utf-8")
    out = pep.model_copy(deep=True)
    out.child.ethnicity = None  # the fake layout does not show it
    return out


def test_generate_writes_samples_and_expected_atomically(tmp_path, monkeypatch):
    monkeypatch.setitem(cmd._writers, "wordform", _fake_write)
    monkeypatch.setitem(cmd.MODULES, "narrative", "samplegen._no_such_writer")
    monkeypatch.delitem(cmd._writers, "narrative", raising=False)
    with pytest.warns(UserWarning, match="narrative"):
        paths = cmd.generate(tmp_path, 4, seed=5, layouts=("wordform", "narrative"))
    names = [p.name for p in paths]
    assert names == ["01-word-early-years-good.docx", "02-word-primary-poor.docx", "03-word-secondary-mixed.docx",
                     "04-word-post16-good.docx", "09-json-primary-good.json", "10-json-secondary-poor.json"]
    assert sorted(f.name for f in tmp_path.iterdir()) == sorted(
        names + [n.rsplit(".", 1)[0] + ".expected.json" for n in names])  # no temp files left behind
    exp = json.loads((tmp_path / "01-word-early-years-good.expected.json").read_text(encoding="utf-8"))
    assert exp["child"]["ethnicity"] is None and "provenance" not in exp and "source_file" not in exp
    assert (tmp_path / "01-word-early-years-good.docx").read_text(encoding="utf-8") == "fake " + exp["child"]["name"]
    again = tmp_path / "again"
    cmd.generate(again, 4, seed=5, layouts=("wordform",))
    assert (again / "05-json-primary-good.json").read_bytes() != b""
    assert (again / "02-word-primary-poor.expected.json").read_text() == \
        (tmp_path / "02-word-primary-poor.expected.json").read_text()


def test_many_peps_are_fast():
    import time
    t = time.perf_counter()
    list(cmd.make_many(300, seed=1))
    assert time.perf_counter() - t < 10
