"""Realistic Dutch demo data for trying the app and for benchmarks (``supportdesk demo``)."""

from supportdesk.bulk import NotEmptyError
from supportdesk.demo.generate import DEFAULT_SEED, DemoSummary, generate_demo

__all__ = ["DEFAULT_SEED", "DemoSummary", "NotEmptyError", "generate_demo"]
