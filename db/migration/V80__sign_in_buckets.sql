-- Sign-in throttling shared by every instance (ADR 0160): Bucket4j's token buckets kept in PostgreSQL, one row per
-- key ("a|<address>", "p|<name>|<address>", "u|<name>"), its state serialised by Bucket4j, locked with
-- SELECT … FOR UPDATE while a token is taken. expires_at (epoch milliseconds) is when the bucket is full again:
-- a row past it is the same as no row, and the scheduled clean-up deletes it in bounded batches.
create table sign_in_bucket (
    id          varchar(300) primary key,
    state       bytea,
    expires_at  bigint
);
create index sign_in_bucket_expires on sign_in_bucket (expires_at);
