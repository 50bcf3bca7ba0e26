"""Import events (each event with who came, guests and children) through the one CSV
import dialog: every row checked first, each bad row named with its line and column,
nothing written unless all are good."""

from __future__ import annotations

from safehouse.services import events_csv
from safehouse.services.dto.imports import ImportResult
from safehouse.ui.csv_import_dialog import CsvImportDialog


class ImportEventsDialog(CsvImportDialog):
    def title(self) -> str:
        return self.tr("Import events")

    def run_import(self, data: bytes, *, dry_run: bool) -> ImportResult:
        return events_csv.import_events(self._ctx.db, self._ctx.actor, data,
                                        dry_run=dry_run)

    def created_text(self, result: ImportResult) -> str:
        return self.tr("%n new events", "", result.created)

    def updated_text(self, result: ImportResult) -> str:
        return self.tr("%n corrected", "", result.updated)

    def ready_text(self, result: ImportResult) -> str:
        return self.tr("%n rows are ready", "", result.rows)

    def problems_text(self, count: int) -> str:
        return self.tr("%n problems were found. Nothing was imported: correct the file and "
                       "try again.", "", count)

    def unchanged_text(self, result: ImportResult) -> str:
        return self.tr("%n rows checked: every event is already as the file says. There is "
                       "nothing to import.", "", result.rows)
