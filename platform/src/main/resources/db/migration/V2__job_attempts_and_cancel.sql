-- SPDX-License-Identifier: EUPL-1.2
-- How often a job has been started: more than 1 means it was resumed after its node stopped.
alter table job add column attempts integer not null default 0;
-- A cancel request for a running job; the job stops at its next progress report.
alter table job add column cancel_requested boolean not null default false;
