"""The import plan: per table, rows new / changed / removed / unchanged, local entries replaced."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

NEW, CHANGED, REMOVED, UNCHANGED, REPLACED, KEPT = (
    "new",
    "changed",
    "removed",
    "unchanged",
    "replaced",
    "kept",
)
OUTCOMES = (NEW, CHANGED, REMOVED, UNCHANGED, REPLACED, KEPT)
OUTCOME_LABELS = {
    NEW: "thêm mới",
    CHANGED: "thay đổi",
    REMOVED: "xóa",
    UNCHANGED: "không đổi",
    REPLACED: "thay thế số liệu tại đây",
    KEPT: "giữ nguyên",
}
MAX_EXAMPLES = 15


@dataclass
class TablePlan:
    table: str
    label: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    examples: list[str] = field(default_factory=list)

    def add(self, outcome: str, example: str | None = None) -> None:
        self.counts[outcome] += 1
        if example and outcome not in (UNCHANGED, KEPT) and len(self.examples) < MAX_EXAMPLES:
            self.examples.append(f"{OUTCOME_LABELS[outcome]}: {example}")

    def wants_example(self) -> bool:
        """Whether an example would still be kept (describing a row costs; most are counted)."""
        return len(self.examples) < MAX_EXAMPLES

    @property
    def changes(self) -> int:
        return sum(self.counts[o] for o in (NEW, CHANGED, REMOVED, REPLACED))


@dataclass
class Plan:
    """What applying the package does (the dry run shows it before "Áp dụng")."""

    tables: dict[str, TablePlan] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def table(self, name: str, label: str) -> TablePlan:
        if name not in self.tables:
            self.tables[name] = TablePlan(name, label)
        return self.tables[name]

    @property
    def changes(self) -> int:
        return sum(t.changes for t in self.tables.values())

    def replaced_here(self) -> tuple[dict[str, int], list[tuple[str, str]]]:
        """The rows entered at this office that applying would replace or remove: the count per
        table (by label) and the examples naming them, each with its table's label (what the
        second confirmation shows)."""
        counts = {t.label: t.counts[REPLACED] for t in self.tables.values() if t.counts[REPLACED]}
        prefix = OUTCOME_LABELS[REPLACED]
        examples = [
            (t.label, example)
            for t in self.tables.values()
            for example in t.examples
            if example.startswith(prefix)
        ]
        return counts, examples

    def totals(self) -> dict[str, int]:
        return {o: sum(t.counts[o] for t in self.tables.values()) for o in OUTCOMES}

    def summary_json(self) -> str:
        return json.dumps(
            {name: t.counts for name, t in self.tables.items()}, ensure_ascii=False, sort_keys=True
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "tables": [
                {"table": t.table, "label": t.label, **t.counts, "examples": t.examples}
                for t in self.tables.values()
            ],
            "totals": self.totals(),
            "warnings": self.warnings,
        }
