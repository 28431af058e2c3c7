-- arch: owned by the agency module. The directory also says until when an agency existed, so the follow-up board
-- and its export can mark an agency that has ceased (issue 14.4). Columns are only appended.
create or replace view agency_directory as
select id, name, short_name, kind, active, valid_to
from agency;
