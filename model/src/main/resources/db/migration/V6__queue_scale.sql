-- Queues at 1,000,000 claims: filters, sorts and counts are answered by the search index; the database
-- reads only the rows shown. The dashboard's "waiting for my approval" list reads claims of one status,
-- newest change first, straight from this index instead of sorting every claim of that status.
create index ix_claim_status_modified on claim (status, modified_at);
-- Start-up compares the latest change in the database with the latest in the search index.
create index ix_claim_modified on claim (modified_at);
