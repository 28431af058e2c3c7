-- The agency's year-end report as a signable Decree 30 document (issue 13.2): the particulars its author edits
-- before submitting, printed exactly as stored (ADR 0180).
alter table year_end_report
    add column doc_parent_body    varchar(200),
    add column doc_issuing_body   varchar(200),
    add column doc_number         int,
    add column doc_symbol         varchar(40),
    add column doc_place          varchar(100),
    add column doc_issue_date     date,
    add column doc_sign_authority varchar(8),
    add column doc_head_title     varchar(120),
    add column doc_signer_title   varchar(120),
    add column doc_signer_name    varchar(120),
    add column doc_recipients     varchar(4000),
    add constraint year_end_report_doc_number check (doc_number is null or doc_number > 0);
