"""The shape issue 15 asked of the checks: small modules, wording in data, every list findable from `explain`."""
from pathlib import Path

from pepqa.checks import CHECK_MODULES
from pepqa.checks.registry import all_checks
from pepqa.vocab import VOCAB_DIR, load_vocab

CHECKS = Path(__file__).resolve().parents[1] / "pepqa" / "checks"


def test_no_check_module_is_over_500_lines():
    sizes = {p.relative_to(CHECKS).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in list(CHECKS.glob("*.py")) + list(CHECKS.glob("lib/*.py"))}
    assert {k: n for k, n in sizes.items() if n > 500} == {}


def test_every_check_module_is_registered_and_lib_holds_no_checks():
    listed = set(CHECK_MODULES)
    with_checks = {p.stem for p in CHECKS.glob("*.py") if "@check(" in p.read_text(encoding="utf-8")}
    assert with_checks == listed
    for p in CHECKS.glob("lib/*.py"):
        assert "@check(" not in p.read_text(encoding="utf-8"), f"{p.name}: checks live in pepqa/checks/, helpers in lib/"


def test_check_modules_do_not_borrow_each_others_private_helpers():
    for p in CHECKS.glob("*.py"):
        for line in p.read_text(encoding="utf-8").splitlines():
            if (line.startswith("from .") and not line.startswith(("from .lib", "from .registry", "from .."))
                    and " _" in line.split(" import ", 1)[1]):
                raise AssertionError(f"{p.name} imports another check module's private helper: {line}")


def test_every_vocabulary_list_is_declared_by_a_check():
    """An authority reading `pepqa explain CODE` finds every list it may extend."""
    declared = {ref for c in all_checks() for ref in c.vocab}
    # [slots] serve the patterns of the file's lists and `<list>_exclude` its list (data/vocab/README.md)
    undeclared = [f"{f.stem}.{k}" for f in sorted(VOCAB_DIR.glob("*.toml")) for k in load_vocab(f.stem)
                  if f"{f.stem}.{k}" not in declared and k != "slots" and not k.endswith("_exclude")]
    assert undeclared == []
