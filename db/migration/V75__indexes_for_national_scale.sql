-- Issue 17 (benchmark branch): indexes the national-scale benchmark showed were missing (docs/performance.md).

-- audit search by person, without regard to diacritics: fold_vi(actor) LIKE fold_vi('%…%') uses this trigram index
create index audit_event_actor_fold_trgm on audit_event using gin (fold_vi(actor) gin_trgm_ops);
-- audit search by agency: entries by the agency's staff
create index audit_event_agency on audit_event (agency_id, occurred_at desc, id desc) where agency_id is not null;
-- the audit page's order (newest first, id breaking ties) straight from the index, no sort over a million rows
create index audit_event_time_id on audit_event (occurred_at desc, id desc);
drop index audit_event_time;
-- agency search matches the name or the short name; with both indexed the planner can combine them (BitmapOr)
create index agency_short_name_fold_trgm on agency using gin (fold_vi(coalesce(short_name, '')) gin_trgm_ops);
