"""Fictional PEP factory and sample-set writers.

Why: pepqa must be tested and benchmarked on realistic PEPs, but real PEPs are confidential.
`samplegen.content` makes fictional ones (good, poor, mixed) deterministically from a seed;
the layout writers (`wordform`, `narrative`, `epep_pdf`, `jsonform`) render them as the files a
Virtual School receives and return the parse a reader is expected to produce.
"""
from samplegen.content import LAYOUTS, PHASES, QUALITIES, Case, make_case, make_pep

__all__ = ["LAYOUTS", "PHASES", "QUALITIES", "Case", "make_case", "make_pep", "generate", "make_many"]


def __getattr__(name):
    # generate/make_many live in samplegen.__main__ (the command); import it only when asked.
    if name in ("generate", "make_many"):
        from samplegen import __main__ as cmd
        return getattr(cmd, name)
    raise AttributeError(name)
