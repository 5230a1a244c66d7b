"""The shape issue 15 asked of the checks: small modules, wording in data, every list findable from `explain`."""
import ast
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
    for p in list(CHECKS.glob("*.py")) + list(CHECKS.glob("lib/*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            # a relative import of a sibling check module (level 1 from checks/, level 1 or 2 from lib/ reaching up)
            if isinstance(node, ast.ImportFrom) and node.level and (node.module or "") not in ("", "registry"):
                sibling_check = (p.parent == CHECKS and node.level == 1 and not (node.module or "").startswith("lib")) \
                    or (p.parent != CHECKS and node.level == 2 and not (node.module or "").startswith("lib"))
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not (sibling_check and private), f"{p.name} imports {private} from check module {node.module}"


def test_every_vocabulary_list_is_declared_by_a_check():
    """An authority reading `pepqa explain CODE` finds every list it may extend."""
    declared = {ref for c in all_checks() for ref in c.vocab}
    # [slots] serve the patterns of the file's lists and `<list>_exclude` its list (data/vocab/README.md)
    undeclared = [f"{f.stem}.{k}" for f in sorted(VOCAB_DIR.glob("*.toml")) for k in load_vocab(f.stem)
                  if f"{f.stem}.{k}" not in declared and k != "slots" and not k.endswith("_exclude")]
    assert undeclared == []
