-- Issue 17 (benchmark branch): an agency's own dossiers (`/nominations`) are looked up by agency alone; the unique
-- index (plan_id, agency_id) cannot serve that, so at 20,000 dossiers the list scanned the table.
create index dossier_agency on dossier (agency_id);
