-- Hibernate Search's outbox-polling coordination (factdesk.search.coordination=outbox-polling, several servers on
-- one OpenSearch): every indexing change is written to HSEARCH_OUTBOX_EVENT in the transaction that made it, and
-- the servers' agents, registered in HSEARCH_AGENT, share the events out and index each once. The tables are the
-- ones Hibernate Search 7.2 maps (its schema export, made portable: bytea is also H2's name for varbinary);
-- without coordination they stay empty. Portable SQL.
create table HSEARCH_OUTBOX_EVENT (
    id           uuid not null primary key,
    entityName   varchar(256) not null,
    entityId     varchar(256) not null,
    entityIdHash integer not null,
    tenantId     varchar(255),
    payload      bytea not null,
    retries      integer not null,
    processAfter timestamp(6) with time zone not null,
    status       varchar(16) not null check (status in ('ABORTED', 'PENDING'))
);
create index ix_hsearch_outbox_hash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index ix_hsearch_outbox_status on HSEARCH_OUTBOX_EVENT (status);
create index ix_hsearch_outbox_after on HSEARCH_OUTBOX_EVENT (processAfter);

create table HSEARCH_AGENT (
    id                uuid not null primary key,
    type              varchar(64) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name              varchar(255) not null,
    tenantId          varchar(255),
    expiration        timestamp(6) with time zone not null,
    state             varchar(16) not null check (state in ('RUNNING', 'SUSPENDED', 'WAITING')),
    totalShardCount   integer,
    assignedShardIndex integer,
    payload           bytea
);

-- Servers sharing one index build a missing index once: the first to start takes this lease (JobLeases).
insert into job_lease (name, holder, held_until) values ('search-build', null, null);
