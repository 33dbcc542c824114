-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- Per-dataset grants (issue 6, owned by the access module): who, beyond what their roles allow, may read a dataset
-- of level intern or beperkt (a user group, a partner organisation or an account) or vertrouwelijk (an account only).
-- dataset_id is opaque to the access module, so there is no foreign key to dataset.
create table dataset_grant (
    dataset_id   uuid         not null,
    grantee_kind varchar(20)  not null,
    grantee_id   varchar(200) not null,
    granted_by   varchar(200) not null,
    granted_at   timestamp with time zone not null,
    constraint dataset_grant_pk primary key (dataset_id, grantee_kind, grantee_id),
    constraint dataset_grant_kind check (grantee_kind in ('group', 'organisation', 'account'))
);
-- A caller's grants are looked up by grantee, for every listing.
create index dataset_grant_grantee_idx on dataset_grant (grantee_kind, grantee_id);

-- The account that created a dataset owns it: it gets an account grant, also for datasets created before.
insert into dataset_grant (dataset_id, grantee_kind, grantee_id, granted_by, granted_at)
select id, 'account', created_by, created_by, created_at from dataset;
