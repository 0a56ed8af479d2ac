"""Allowed values of the coded columns, stored as short English codes.

The Dutch (and English) labels belong to the interface; the core keeps the codes.
"""

from __future__ import annotations

LG_KINDS = ("municipality", "partnership", "organisation")
STARTING_POSITIONS = ("starting", "growing", "experienced")  # startend, groeiend, ervaren
CHANNELS = ("email", "phone", "online", "on_site")
CONTACT_FORMS = ("on_site", "online", "phone", "email")
TRAJECTORY_STATUSES = ("request", "intake", "running", "finished", "stopped")
# gepland, gehouden, geannuleerd; only "held" counts (supportdesk/indicators.py)
FOCUS_GROUP_STATUSES = ("planned", "held", "cancelled")
ATTENDANCE = ("invited", "present", "absent", "excused")
INDICATORS = ("advice_talks", "trajectories", "focus_groups")
