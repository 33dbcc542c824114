-- A distribution made on first download (a version's data.csv) has no size until it is made: null, not a sentinel.
alter table distribution alter column byte_size drop not null;
update distribution set byte_size = null where byte_size = -1;
