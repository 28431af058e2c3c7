-- arch: Spring Modulith's event publication registry (the schema spring-modulith-events-jpa 2.1 maps, as in its
-- own PostgreSQL script). A row is written in the business transaction for each listener of a domain event and
-- completed when that listener succeeded; an incomplete row is resubmitted (see AuditTrailListener, ADR 0101).
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer                  not null default 0,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
