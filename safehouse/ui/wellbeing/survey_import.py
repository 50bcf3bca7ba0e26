"""Import surveys (the yearly check-in's paper records, one row a response) through the
one CSV import dialog: every row checked first, each bad row named with its line and
column, nothing written unless all are good."""

from __future__ import annotations

from safehouse.services import survey_csv
from safehouse.services.dto.imports import ImportResult
from safehouse.ui.csv_import_dialog import CsvImportDialog


class ImportSurveysDialog(CsvImportDialog):
    def title(self) -> str:
        return self.tr("Import surveys")

    def run_import(self, data: bytes, *, dry_run: bool) -> ImportResult:
        return survey_csv.import_surveys(self._ctx.db, self._ctx.actor, data,
                                         dry_run=dry_run)

    def created_text(self, result: ImportResult) -> str:
        return self.tr("%n new responses", "", result.created)

    def updated_text(self, result: ImportResult) -> str:
        return self.tr("%n corrected", "", result.updated)

    def ready_text(self, result: ImportResult) -> str:
        return self.tr("%n rows are ready", "", result.rows)

    def problems_text(self, count: int) -> str:
        return self.tr("%n problems were found. Nothing was imported: correct the file and "
                       "try again.", "", count)

    def unchanged_text(self, result: ImportResult) -> str:
        return self.tr("%n rows checked: every response is already recorded. There is "
                       "nothing to import.", "", result.rows)
