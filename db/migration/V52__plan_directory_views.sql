-- arch: owned by the plan module. The published read model of plans and their participants: other modules join
-- these views (plan_directory through the immutable entity vn.atgt.thidua.plan.PlanEntry in JPQL), never the plan
-- tables themselves, so the plan aggregate's tables can change behind stable views.
create view plan_directory as
select id, year, title, status, number, doc_type_symbol, body_symbol
from plan;

create view plan_participant_directory as
select plan_id, agency_id
from plan_participant;
