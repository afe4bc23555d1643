-- Evidence is internal to the desk unless the desk chooses to show it on the public fact-check
-- (Evidence.shownPublicly). Every existing row stays internal. Portable SQL (H2 and PostgreSQL).
alter table evidence add column shown_publicly boolean default false not null;
-- Envers keeps the field's history like the other evidence fields. Every piece was internal until now, and
-- its earlier revisions say so too.
alter table evidence_aud add column shown_publicly boolean;
update evidence_aud set shown_publicly = false where shown_publicly is null;
