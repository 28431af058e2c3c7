-- arch: owned by the agency module. The published read model of the agency registry: other modules join this
-- view (through the immutable entity vn.atgt.thidua.agency.AgencyEntry in JPQL) to show and sort by an agency's
-- name, never the agency table itself, so the registry's table can change behind a stable view.
create view agency_directory as
select id, name, short_name, kind, active
from agency;
