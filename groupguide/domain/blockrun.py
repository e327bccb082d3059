"""One block's record during a run (run mode), with its stored form: the seconds on its clock,
when its clock first ran, the reflection phase and the seconds in each, who has spoken in this
phase's round, the buzz pairs, and the audit figures (sorted, so their order tells nothing)
with, while a collection from phones is going on, the phones' proofs (``audit_proofs``: hashes
that let a phone change what it sent after a restart; see ``phone.audit_server``) and where its
form is served (``audit_serving``: host, port and token, ``domain.serving``), so that a restarted
app serves it again at the same address and the QR code and the phones' open pages keep working.
``runstate.RunState`` keeps one per block, so going back to a block restores it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from groupguide.domain.serving import parse_serving

PROOF = re.compile(r"[0-9a-f]{64}")


@dataclass
class BlockRun:
    """What happened in one block during the run."""

    seconds: float = 0.0  # accumulated, not counting the segment running now
    phase: int = 0
    phase_seconds: dict[int, float] = field(default_factory=dict)
    spoken: list[str] = field(default_factory=list)  # participant ids, in this phase's round
    pairs: list[list[str]] = field(default_factory=list)
    pairs_recorded: bool = False  # appended to the group's pair history
    audit: dict[str, list[float]] = field(default_factory=dict)  # measure → sorted figures
    started_at: float | None = None  # wall-clock seconds when this block's clock first ran
    # one hash per phone whose figures are in the collection going on (sorted; names no one)
    audit_proofs: list[str] = field(default_factory=list)
    audit_serving: dict[str, Any] | None = None  # where the collection is served while open

    def remember_proof(self, proof: str) -> None:
        if PROOF.fullmatch(proof) and proof not in self.audit_proofs:
            self.audit_proofs.append(proof)
            self.audit_proofs.sort()  # the order must not tell who sent first

    def forget_proof(self, proof: str) -> None:
        if proof in self.audit_proofs:
            self.audit_proofs.remove(proof)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "seconds": self.seconds,
            "started_at": self.started_at,
            "phase": self.phase,
            "phase_seconds": {str(k): v for k, v in self.phase_seconds.items()},
            "spoken": list(self.spoken),
            "pairs": [list(p) for p in self.pairs],
            "pairs_recorded": self.pairs_recorded,
            "audit": {k: list(v) for k, v in self.audit.items()},
        }
        if self.audit_proofs:
            data["audit_proofs"] = list(self.audit_proofs)
        if self.audit_serving is not None:
            data["audit_serving"] = dict(self.audit_serving)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BlockRun:
        started = data.get("started_at")
        return cls(
            seconds=max(0.0, float(data.get("seconds", 0.0))),
            started_at=None if started is None else float(started),
            phase=max(0, int(data.get("phase", 0))),
            phase_seconds={
                int(k): max(0.0, float(v)) for k, v in dict(data.get("phase_seconds", {})).items()
            },
            spoken=[str(p) for p in data.get("spoken", [])],
            pairs=[[str(m) for m in p] for p in data.get("pairs", [])],
            pairs_recorded=bool(data.get("pairs_recorded", False)),
            audit={
                str(k): sorted(float(x) for x in v) for k, v in dict(data.get("audit", {})).items()
            },
            audit_proofs=sorted(
                {
                    p
                    for p in data.get("audit_proofs") or []
                    if isinstance(p, str) and PROOF.fullmatch(p)
                }
            ),
            audit_serving=parse_serving(data.get("audit_serving")),
        )
