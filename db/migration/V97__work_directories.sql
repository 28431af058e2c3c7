-- The published read models of the start pages "Việc cần làm" (ADR 0176): each view is owned by the module whose
-- table it reads, and other modules read the view, never the table.

-- arch: owned by the subplan module.
create view subplan_directory as
select id, plan_id, agency_id, status, submitted_at, return_reasons, reviewed_at
from subplan;

-- arch: owned by the report module.
create view year_end_report_directory as
select id, plan_id, agency_id, status, submitted_at, return_reason
from year_end_report;

-- arch: owned by the nomination module. The missing items of the latest return, for the agency to see why.
create view dossier_directory as
select d.id, d.plan_id, d.agency_id, d.status, d.submitted_at, d.received_on, d.appraisal_due_on,
       (select r.missing_items from dossier_return r where r.dossier_id = d.id
        order by r.round desc limit 1) as last_return_items
from dossier d;

-- arch: owned by the nomination module. A reviewer's dossiers: how many nominees still lack the reviewer's opinion.
create view dossier_review_directory as
select a.dossier_id, a.reviewer_id, a.assigned_at,
       (select count(*) from nominee n where n.dossier_id = a.dossier_id) as nominees,
       (select count(*) from nominee n where n.dossier_id = a.dossier_id
          and not exists (select 1 from review_opinion o where o.nominee_id = n.id
                            and o.reviewer_id = a.reviewer_id)) as nominees_without_opinion
from dossier_reviewer a;
