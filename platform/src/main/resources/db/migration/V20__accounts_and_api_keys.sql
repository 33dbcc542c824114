-- SPDX-License-Identifier: EUPL-1.2
-- Local accounts, user groups, API keys and the one-time setup link of the first administrator (issue 6).
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.

create table user_group (
    id         varchar(64)  not null primary key,
    name       varchar(200) not null,
    created_at timestamp with time zone not null
);

create table account (
    id              varchar(64)  not null primary key,
    name            varchar(200) not null,
    email           varchar(320),
    -- DelegatingPasswordEncoder form: {argon2}$argon2id$...
    password_hash   varchar(500) not null,
    -- the partner organisation (id of a catalogue organisation); set iff the account has role partner
    organisation    varchar(200),
    enabled         boolean      not null,
    failed_attempts integer      not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null
);

create table account_role (
    account_id varchar(64) not null references account (id) on delete cascade,
    role       varchar(64) not null,
    primary key (account_id, role)
);

create table account_group (
    account_id varchar(64) not null references account (id) on delete cascade,
    group_id   varchar(64) not null references user_group (id),
    primary key (account_id, group_id)
);
create index account_group_group_idx on account_group (group_id);

create table api_key (
    id            varchar(32)  not null primary key,
    account_id    varchar(64)  not null references account (id) on delete cascade,
    name          varchar(100) not null,
    scope         varchar(10)  not null,
    -- hex SHA-256 of the secret part of the key; the key itself is never stored
    secret_sha256 varchar(64)  not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    last_used_at  timestamp with time zone
);
create index api_key_account_idx on api_key (account_id);

create table setup_token (
    token_sha256 varchar(64) not null primary key,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone
);
