"""Timing helpers shared by the benchmark scripts: wall and CPU time side by side.

The machine these run on is often shared, so the wall clock also counts time spent
waiting for a processor; the CPU time of this process says more. Each figure is given
with median, p95 and max, and where a baseline was measured in the same run, the ratio
to it (so a loaded machine slows both alike).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Samples:
    """Wall and CPU milliseconds of repeated runs of one thing."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, wall_ms: float, cpu_ms: float) -> None:
        self.wall.append(wall_ms)
        self.cpu.append(cpu_ms)

    @contextmanager
    def timing(self) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.add((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)

    def extend(self, other: Samples) -> None:
        self.wall += other.wall
        self.cpu += other.cpu

    @staticmethod
    def _p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def stats(self, which: str = "wall") -> tuple[float, float, float]:
        values = self.wall if which == "wall" else self.cpu
        return statistics.median(values), self._p95(values), max(values)

    def line(self, unit: str = "ms", baseline: Samples | None = None) -> str:
        scale = 1000.0 if unit == "s" else 1.0
        wm, wp, wx = (v / scale for v in self.stats("wall"))
        cm, cp, cx = (v / scale for v in self.stats("cpu"))
        fmt = "{:.2f}" if unit == "s" else "{:.1f}"
        text = (
            f"median {fmt.format(wm)} / p95 {fmt.format(wp)} / max {fmt.format(wx)} {unit} "
            f"(CPU {fmt.format(cm)} / {fmt.format(cp)} / {fmt.format(cx)}; n={len(self.wall)})"
        )
        if baseline is not None and baseline.wall:
            bw = statistics.median(baseline.wall)
            bc = statistics.median(baseline.cpu)
            text += (
                f"; {statistics.median(self.wall) / bw:.1f}x baseline wall, "
                f"{statistics.median(self.cpu) / max(bc, 1e-6):.1f}x CPU"
            )
        return text


def repeat(fn: Callable[[], Any], n: int) -> Samples:
    out = Samples()
    for _ in range(n):
        with out.timing():
            fn()
    return out
