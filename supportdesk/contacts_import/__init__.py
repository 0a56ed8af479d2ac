"""Contact persons from a spreadsheet (.xlsx or .csv): read, map columns, preview, import.

The steps mirror the dialog: ``read_table`` gives the sheets of a file; ``guess_mapping``
proposes which column holds which field; ``plan_import`` says per row what would happen
(new, update, possible duplicate, error with the reason) without writing; then
``import_contacts`` writes the rows the person chose, in one transaction.
"""

from supportdesk.contacts_import.apply import Decision, ImportResult, import_contacts
from supportdesk.contacts_import.mapping import FIELDS, Mapping, guess_mapping
from supportdesk.contacts_import.plan import Outcome, RowPlan, plan_import
from supportdesk.contacts_import.reading import Sheet, TableFileError, read_table

__all__ = [
    "FIELDS",
    "Decision",
    "ImportResult",
    "Mapping",
    "Outcome",
    "RowPlan",
    "Sheet",
    "TableFileError",
    "guess_mapping",
    "import_contacts",
    "plan_import",
    "read_table",
]
