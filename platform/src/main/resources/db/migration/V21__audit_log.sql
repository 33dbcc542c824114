-- The tamper-evident audit log (issue 6; docs/audit-log.md). Append-only: the application only ever inserts into
-- audit_entry and moves audit_head forward, in one transaction; it never updates or deletes an entry. There is no
-- trigger refusing UPDATE/DELETE: this one script serves H2 and PostgreSQL, H2 triggers are Java classes and
-- PostgreSQL's are PL/pgSQL, and whoever can change rows can also drop a trigger. Tampering is made evident by the
-- hash chain instead (AuditVerifier); on PostgreSQL an operator may in addition
--   REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM <application role>;
create table audit_entry (
    -- 1, 2, 3, ... without gaps: the position in the chain
    seq         bigint        not null primary key,
    at          timestamp with time zone not null,
    -- the account id, "anonymous", or "cli" / "system"
    actor       varchar(200)  not null,
    -- the actor's role codes, sorted, comma-separated; empty for the public
    actor_roles varchar(500)  not null,
    -- the client's IP address, or "cli" / "system"
    origin      varchar(100)  not null,
    -- what happened: http.change, login.succeeded, dataset.read, cli.command, ...
    action      varchar(100)  not null,
    dataset_id  uuid,
    version_id  uuid,
    -- "POST /v1/datasets" (method and path, never the query string), "cli" or "system"
    channel     varchar(600)  not null,
    -- the HTTP status, "ok", or a command's exit code
    outcome     varchar(20)   not null,
    -- a small JSON object of strings, keys sorted; never data values, passwords or tokens
    details     varchar(4000) not null,
    prev_hash   char(64)      not null,
    hash        char(64)      not null
);
create index audit_entry_at on audit_entry (at);
create index audit_entry_dataset on audit_entry (dataset_id, seq);
create index audit_entry_actor on audit_entry (actor, seq);

-- The end of the chain, one row: appends lock it (select ... for update), which serialises them across threads and
-- nodes, and the verifier compares the last entry with it, which reveals entries added or removed at the end.
create table audit_head (
    id   integer  not null primary key,
    seq  bigint   not null,
    hash char(64) not null
);
insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
