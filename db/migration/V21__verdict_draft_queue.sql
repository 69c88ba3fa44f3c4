-- The desk's review queue lists draft verdicts newest first (VerdictRows.drafts): an index of the
-- rows that hold a draft, so the queue reads its page off it whatever the number of verdicts.
create index verdict_draft_idx on verdict (id desc) where draft_rating is not null;
