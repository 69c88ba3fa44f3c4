-- A draft verdict is the desk's own (issue 22): saving one moved the content version, so every
-- reader's ETag and Last-Modified changed and anyone polling a page could tell a draft had been
-- saved. Only what readers see of a verdict (the published rating, explanation, reviewers and
-- date) moves it now. Schema only.
drop trigger content_version_on_verdict on verdict;
create constraint trigger content_version_on_published_verdict_insert after insert on verdict
    deferrable initially deferred for each row when (new.rating is not null)
    execute function content_version_bump();
create constraint trigger content_version_on_published_verdict_update after update on verdict
    deferrable initially deferred for each row
    when ((old.rating, old.explanation, old.reviewed_by, old.approved_by, old.published_at)
          is distinct from (new.rating, new.explanation, new.reviewed_by, new.approved_by, new.published_at))
    execute function content_version_bump();
create constraint trigger content_version_on_published_verdict_delete after delete on verdict
    deferrable initially deferred for each row when (old.rating is not null)
    execute function content_version_bump();
