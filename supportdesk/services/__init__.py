"""One function per user action. Each runs in one transaction (``Database.write``),
takes and returns plain values (dataclasses, str ids), and raises domain errors.
"""
