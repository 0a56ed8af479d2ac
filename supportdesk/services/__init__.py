"""One function per user action. Each runs in one transaction (``Database.write``),
takes and returns plain values (dataclasses, str ids), and raises domain errors.

Modules: ``local_governments``, ``contacts``, ``team`` (team members, themes, tools),
``advice`` (advice talks), ``follow_ups``, ``trajectories`` (with ``contact_moments``),
``focus_groups``, ``feedback``, ``targets``, ``attachments``; what several of them use
inside their transaction lives in the shared ``_*`` modules. Ids in and out are
public ids; Inputs are frozen dataclasses whose attribute names are also the field
names of a ``ValidationError``; Views carry ``id`` and ``version`` and name related
records as ``Ref(id, name)``; updates take ``expected_version`` (ConflictError when
someone saved in between).
"""
