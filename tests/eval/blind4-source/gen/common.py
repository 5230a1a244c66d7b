import copy
from profiles import profile, T, S, PT, attendees, MAYA_TARGETS, MAYA_SPEND

FRAGS = []

def frag(fid, prof, over, expect, note):
    patch = profile(prof)
    patch.update(copy.deepcopy(over))
    FRAGS.append({"id": fid, "patch": patch, "expect": expect, "split": "blind4", "note": note})

def absent(prof="maya", how=None, by=None):
    """Patch marking the child as not attending the meeting."""
    p = profile(prof)
    if prof == "maya":
        att = attendees("Maya Thompson", "Sam Okafor", "Helen Price", "Lorraine Bell", child_attended=False)
    else:
        att = copy.deepcopy(p["attendees"]); att[0]["attended"] = False
    out = {"attendees": att, "pupil_voice.child_attended": False}
    if how is not None:
        out["pupil_voice.captured_how"] = how
    if by is not None:
        out["pupil_voice.captured_by"] = by
    return out

def mt(i, **kw):
    """Copy of Maya's baseline target i (1-based) with fields replaced."""
    t = copy.deepcopy(MAYA_TARGETS[i - 1]); t.update(kw); return t
