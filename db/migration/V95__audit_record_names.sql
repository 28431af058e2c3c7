-- arch: owned by the audit module (ADR 0175). The name a clerk knows each audited record by, and the plan it belongs
-- to, so the audit log shows "Hồ sơ đề nghị khen thưởng – Công an tỉnh – 12/KH-BATGT ngày 10/6/2024" instead of
-- "Dossier #4" and can be filtered by plan. A read-only view over the owners' tables, maintained here because it
-- exists only for the audit trail; the Java code of the audit module reads this view, never the tables.
create view audit_record_name as
select 'Plan'::varchar as record_type, p.id as record_id, p.title::varchar as name, p.id as plan_id
from plan p
union all
select 'SubPlan', s.id, a.name, s.plan_id from subplan s join agency a on a.id = s.agency_id
union all
select 'Dossier', d.id, a.name, d.plan_id from dossier d join agency a on a.id = d.agency_id
union all
select 'YearEndReport', r.id, a.name, r.plan_id from year_end_report r join agency a on a.id = r.agency_id
union all
select 'ConsolidatedSubmission', c.id, c.decision_number, c.plan_id from consolidated_submission c
union all
select 'AccidentFigures', f.id, a.name || ' – ' || f.period_year, null from accident_figures f
  join agency a on a.id = f.agency_id
union all
select 'Inspection', i.id, a.name || ' – ' || i.team, null from inspection i join agency a on a.id = i.agency_id
union all
select 'ExemplaryModel', m.id, m.subject, null from exemplary_model m
union all
select 'AwardForm', w.id, w.name, null from award_form w
union all
select 'UserAccount', u.id, u.full_name || ' (' || u.username || ')', null from user_account u
union all
select 'Agency', g.id, g.name, null from agency g
union all
select 'OutboxEmail', o.id, o.subject, null from outbox_email o;
