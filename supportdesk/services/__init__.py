"""One function per user action. Each runs in one transaction (``Database.write``),
takes and returns plain values (dataclasses, str ids), and raises domain errors.

Modules: ``organisations`` (local governments), ``contacts``, ``team`` (team members,
themes, tools), ``advice`` (advice talks), ``followups``, ``trajectories`` (with
``contact_moments``), ``focus_groups``, ``feedback``, ``targets``. Ids in and out are
public ids; Inputs are frozen dataclasses whose attribute names are also the field
names of a ``ValidationError``; Views carry ``id`` and ``version`` and name related
records as ``Ref(id, name)``; updates take ``expected_version`` (ConflictError when
someone saved in between).
"""
