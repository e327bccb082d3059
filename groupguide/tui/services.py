"""What the App is built from: injected, so tests never touch the real home folder or clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from groupguide.domain.problems import Problem
from groupguide.domain.rules import DEFAULT_RULES, PlanningRules
from groupguide.library import Library


@dataclass
class Services:
    data_dir: Path
    store: object  # groupguide.store.Store, already open
    library: Library
    rules: PlanningRules = DEFAULT_RULES
    clock: Callable[[], datetime] = datetime.now
    demo: bool = False
    notices: list[Problem] = field(default_factory=list)  # shown once the app starts
