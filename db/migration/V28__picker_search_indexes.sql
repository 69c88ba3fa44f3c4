-- The pickers find a source by part of its title, address or publisher, and an actor by part of
-- a name (issue 25), as editors type them: "%kre%". Without an index each find read every source
-- and actor (21-25 ms at 20,000 sources); trigram indexes answer such patterns, so a find costs
-- under a millisecond at any size. Only indexes: no row changes.
create index source_title_trgm_idx on source using gin (lower(title) gin_trgm_ops);
create index source_url_trgm_idx on source using gin (lower(coalesce(url, '')) gin_trgm_ops);
create index actor_name_trgm_idx on actor using gin (lower(name) gin_trgm_ops);
