"""groupguide's benchmarks: ``python -m benchmarks [--quick]`` prints a table.

Each module ``<area>_bench.py`` has ``run(quick: bool) -> list[dict]`` returning rows
``{name, value, unit, baseline, target}``; the baseline is measured in the same run, so a shared,
noisy machine compares like with like. Targets are reported, never asserted in unit tests.
"""
