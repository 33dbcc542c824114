-- SPDX-License-Identifier: EUPL-1.2
-- The facts of a failed job's error (positions, counts, field names; never cell values) as a JSON object, so that
-- the interface can say the error in the reader's language from error_code. Null for jobs that failed before.
alter table job add column error_arguments text;
