-- A claim's page reads when each piece of its evidence was shown publicly or made internal from the evidence audit,
-- by claim (ClaimHistoryService.evidenceShown): without this index every claim page, and the answer to every save
-- through the API, read the whole audit table, which grows with every piece of evidence a newsroom ever added.
create index ix_evidence_aud_claim on evidence_aud (claim_id, rev);
