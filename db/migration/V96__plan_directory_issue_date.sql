-- arch: owned by the plan module. The published plan view gains the issue date, so other modules cite a plan as
-- clerks do ("12/KH-BATGT ngày 10/6/2024", ADR 0175). A column added at the end keeps every reader working.
create or replace view plan_directory as
select id, year, title, status, number, doc_type_symbol, body_symbol, issue_date
from plan;
