-- Uploaded files in PostgreSQL (issue 11 item 3): every instance sees them and pg_dump backs them up.
-- A file is split in chunks of 256 KiB so it is written and read as a stream; its name, type, size and SHA-256
-- stay in the owner's row (subplan_attachment, report_attachment, dossier_part) next to storage_key.
create table stored_file_chunk (
    storage_key  varchar(64) not null,
    seq          integer     not null check (seq >= 0),
    data         bytea       not null,
    primary key (storage_key, seq)
);
-- the chunks are already compressed files (PDF, DOCX, JPEG, PNG): do not spend CPU trying to compress them again
alter table stored_file_chunk alter column data set storage external;
