-- SPDX-License-Identifier: EUPL-1.2
-- How the last fetch of a source went as a coded message (a FetchCode key and its facts as a JSON object), so that
-- GET /v1/datasets/{id}/source can say it in the reader's language. Null for fetches recorded before; their
-- last_message stays English.
alter table fetch_source add column last_message_code varchar(100);
alter table fetch_source add column last_message_arguments text;
