-- Work that must happen once however many servers run Factdesk (feed polling) first takes its job's lease: the
-- server whose update of the row succeeds holds it until held_until, and the others skip that turn. A server
-- that dies holds it no longer than that; the next turn goes to whoever asks first (JobLeases). Portable SQL.
create table job_lease (
    name       varchar(64) primary key,
    holder     varchar(200),
    held_until timestamp(6) with time zone
);
insert into job_lease (name, holder, held_until) values ('feed-poll', null, null);
