-- arch: owned by the plan module. The published plan view gains the issue date and the deadlines, so other modules
-- cite a plan as clerks do ("12/KH-BATGT ngày 10/6/2024", ADR 0175) and the start pages (ADR 0176) show what is
-- due when. Columns added at the end keep every reader working.
create or replace view plan_directory as
select id, year, title, status, number, doc_type_symbol, body_symbol, issue_date, subplan_due_date,
       report_due_date, nomination_due_date
from plan;
