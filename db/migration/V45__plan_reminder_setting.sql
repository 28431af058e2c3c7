-- Issue 6: reminder days before each deadline and the overdue interval, per plan (overrides app.notification.*).
create table plan_reminder_setting (
    plan_id            bigint      primary key references plan (id),
    days_before        varchar(200) not null,
    overdue_every_days int         not null check (overdue_every_days between 1 and 30),
    updated_at         timestamptz not null,
    updated_by         varchar(200)
);
