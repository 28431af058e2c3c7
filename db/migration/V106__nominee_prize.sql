-- The prize money fixed by the recorded decision (ADR 0186): the amount and the coefficient and base salary it was
-- computed from, stored per awarded nominee and never recomputed when the rates change later. Null: no decision
-- yet, not awarded, or no rate in force on the decision date.
alter table nominee add column prize_amount bigint check (prize_amount > 0);
alter table nominee add column prize_coefficient numeric(4,2);
alter table nominee add column prize_base_salary bigint;
