-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- The anonymisation plan of a dataset (issue 9, docs/anonymisation.md): one per dataset, the operations per field,
-- the quasi-identifiers and k as JSON (privacy.AnonymisationSpec); replaced when the steward saves it again.
create table anonymisation_plan (
    dataset_id  uuid                     not null primary key references dataset (id),
    plan        text                     not null,
    saved_by    varchar(200)             not null,
    saved_at    timestamp with time zone not null
);
