"""QR matrices and the half-block drawing that scans from a terminal (tech-notes).

The glyphs paint the **light** modules, white on black: "█" both light, "▀" top light, "▄" bottom
light, " " both dark. Block glyphs do not fill the cell height in every font, so painting the
dark modules with the foreground colour fails to scan at larger sizes.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_L

QUIET_ZONE = 4
GLYPHS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


def qr_matrix(data: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """True = dark module; includes the quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_L, border=border)
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def half_block_lines(matrix: list[list[bool]]) -> list[str]:
    """Two module rows per text line; characters mark the light modules."""
    rows = [list(r) for r in matrix]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))  # one more light row below the quiet zone
    lines = []
    for top, bottom in zip(rows[0::2], rows[1::2], strict=True):
        lines.append("".join(GLYPHS[(not a, not b)] for a, b in zip(top, bottom, strict=True)))
    return lines


def ansi_lines(matrix: list[list[bool]]) -> list[str]:
    """For a plain terminal (the CLI): the half-block lines in white on black."""
    return [f"\x1b[97;40m{line}\x1b[0m" for line in half_block_lines(matrix)]


def svg(matrix: list[list[bool]], size_mm: float = 40.0) -> str:
    """A self-contained inline SVG (no fonts, no scripts) for printed slips."""
    n = len(matrix)
    path = "".join(
        f"M{x} {y}h1v1h-1z" for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" '
        f'width="{size_mm}mm" height="{size_mm}mm" shape-rendering="crispEdges">'
        f'<rect width="{n}" height="{n}" fill="#fff"/><path d="{path}" fill="#000"/></svg>'
    )
