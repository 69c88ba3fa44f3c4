-- Claims that say nearly the same as a new one are shown before it is saved (issue 25): trigram
-- similarity of statements, as claim-matching tools do it. pg_trgm ships with PostgreSQL and is a
-- trusted extension: a database owner without superuser rights may create it.
create extension if not exists pg_trgm;

create index claim_statement_trgm_idx on claim using gin (statement gin_trgm_ops);
