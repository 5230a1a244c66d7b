"""Term over term: a store of each child's PEPs, so this term's PEP can be read beside last term's.

Data still flows one way. The caller (pipeline, batch) looks up the child's latest earlier PEP in
the store *before* the checks run and hands it to them as :class:`Previous` on the check context;
checks never open the database. After checking, the caller records the PEP's reading and results.

Modules: :mod:`.terms` (which term a PEP belongs to), :mod:`.store` (the SQLite file: schema,
migrations, transactions), :mod:`.compare` (text similarity), :mod:`.hook` (what pipeline and batch
call), :mod:`.views` (``pepqa history`` and the trends workbook).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # the CLI imports this package at start-up: no pydantic import here
    from ..model import PEP


@dataclass
class Previous:
    """The child's latest PEP before this one, as recorded in the store."""

    pep: "PEP"
    term: str  # "summer 2024-25"
    term_key: int
    sha: str  # the recorded version's content hash (cache validation)
    pp_decision: Optional[str] = None  # "release" / "withhold" / None: was last term's spend funded?
    earlier: list[tuple[str, Optional[float]]] = field(default_factory=list)
    """(term, attendance %) of the PEPs before ``pep``, newest first (for trends over more than two terms)."""

    def cite(self, path: Optional[str] = None) -> str:
        """'last term's PEP (summer 2024-25, page 3, table 2 row 2)': where a value was in the previous PEP."""
        where = ""
        if path:
            prov = self.pep.where(path)
            if prov is not None:
                d = prov.describe()
                if d != "location unknown":
                    where = f", {d}"
        return f"the previous PEP ({self.term}{where})"
