-- Sentence embeddings (issue 13): one vector per claim and per imported fact-check, so similar claims, duplicates
-- and "already checked by" find texts that say the same thing in other words. Kept apart from the rows they
-- describe: writing an embedding (at create, or later by the background filler) must not bump a claim's version
-- and turn an editor's save into a conflict. `model` names the encoder, so vectors of another model are
-- recomputed, never compared. 384 floats, little-endian (1,536 bytes). Portable SQL: bytea is also H2's name for
-- varbinary.
create table claim_embedding (
    claim_id   bigint primary key references claim (id) on delete cascade,
    model      varchar(64) not null,
    vector     bytea not null,
    created_at timestamp(6) with time zone not null
);
create table fact_check_embedding (
    fact_check_id bigint primary key references external_fact_check (id) on delete cascade,
    model         varchar(64) not null,
    vector        bytea not null,
    created_at    timestamp(6) with time zone not null
);
-- The background filler (EmbeddingFiller) embeds older claims and fact-checks a batch at a time: one server per turn.
insert into job_lease (name, holder, held_until) values ('embedding-fill', null, null);
