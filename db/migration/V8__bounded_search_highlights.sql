-- Search highlights read at most two matching quotes of a claim, each cut to its first
-- 2,000 characters (ClaimSearch). Finding the matching quotes must not parse every quote of a
-- claim with thousands of attributions on each search: each quote keeps its own vector.
alter table attribution add column quote_vector tsvector
    generated always as (to_tsvector('english', coalesce(quote, ''))) stored;
