"""Which learning goals a term's gatherings plan and which were actually held."""

from __future__ import annotations

from dataclasses import dataclass, field

from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Block, Gathering, Group


@dataclass
class GatheringCoverage:
    gathering: Gathering
    planned: dict[str, list[Block]] = field(default_factory=dict)  # goal code → blocks
    held: dict[str, list[Block]] = field(default_factory=dict)


@dataclass
class Coverage:
    per_gathering: list[GatheringCoverage]
    recommended: list[str]  # canonical codes, document order

    @property
    def planned(self) -> set[str]:
        return {code for g in self.per_gathering for code in g.planned}

    @property
    def held(self) -> set[str]:
        return {code for g in self.per_gathering for code in g.held}

    @property
    def recommended_planned(self) -> list[str]:
        planned = self.planned
        return [c for c in self.recommended if c in planned]

    @property
    def recommended_missing(self) -> list[str]:
        planned = self.planned
        return [c for c in self.recommended if c not in planned]

    @property
    def recommended_held(self) -> list[str]:
        held = self.held
        return [c for c in self.recommended if c in held]

    @property
    def planned_share(self) -> float:
        return len(self.recommended_planned) / len(self.recommended) if self.recommended else 1.0

    @property
    def held_share(self) -> float:
        return len(self.recommended_held) / len(self.recommended) if self.recommended else 1.0

    def cell(self, code: str, gathering_id: str) -> tuple[list[Block], list[Block]]:
        """The (planned, held) blocks behind one goal × gathering cell."""
        for item in self.per_gathering:
            if item.gathering.id == gathering_id:
                return item.planned.get(code, []), item.held.get(code, [])
        return [], []


def coverage(group: Group, goals: GoalCatalogue) -> Coverage:
    """Goal codes are matched through the catalogue, so "LM-02" and "FKM LM-02" count as one."""
    per_gathering = []
    for gathering in group.gatherings:
        item = GatheringCoverage(gathering)
        for block in gathering.blocks:
            for raw in block.goals:
                code = goals.canonical(raw) or raw
                item.planned.setdefault(code, []).append(block)
                if block.held:
                    item.held.setdefault(code, []).append(block)
        per_gathering.append(item)
    return Coverage(per_gathering, [g.code for g in goals.recommended])
