-- The SHA-256 of a distribution's file (spdx:checksum in DCAT), hex, lowercase; null until the file is made.
alter table distribution add column sha256 varchar(64);
