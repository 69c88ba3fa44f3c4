-- The desk's queue, filtered by work state (and story, assignee) and paged newest claim first.
create index claim_work_state_idx on claim_work (state, claim_id desc);

-- When each editor last looked at My desk: what changed on their claims since is listed there.
-- The desk's own, internal, like claim_work.
create table desk_visit (
    username varchar(60) primary key,
    seen_at  timestamptz not null
);
