-- The words of a published fact-check's address, fixed at its first publication (Claim.publicSlug).
alter table claim add column public_slug varchar(60);
