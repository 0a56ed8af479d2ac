"""Read-only list queries for screens: rows as tuples, filtered, sorted and paged in SQL.

The services (``supportdesk.services``) change data one user action at a time and return
full Views; these functions only read, and return small NamedTuples a table shows, so a
list of 100,000 advice talks can be shown a page at a time without loading it all.
Every function takes the filter as a frozen dataclass, a sort key from the module's
``SORT_KEYS``, ``descending``, ``offset`` and ``limit``; ``count_*`` gives the total.
"""
