-- Stories are not audited: no page ever showed a story's history, and stories are not edited in
-- the application. Claims' revisions keep their story's id (claim_aud.story_id) as before.
drop table story_aud;
