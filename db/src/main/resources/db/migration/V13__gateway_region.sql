-- The region a gateway serves, so that one instance serves several regions: a gateway with a
-- region answers only devices of that region; null (the default) serves every region.
alter table gateway add column region varchar(10);
