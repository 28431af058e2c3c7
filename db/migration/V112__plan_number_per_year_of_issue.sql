-- Issue 13.3: a plan's number is unique per issuing body, document type and YEAR OF ISSUE (sổ đăng ký văn bản đi),
-- not per plan year: a 2025 plan issued in June 2024 takes the next number of 2024's register.
drop index if exists plan_number_uq;
create unique index plan_number_uq on plan (body_symbol, doc_type_symbol, (extract(year from issue_date)), number)
    where number is not null;
