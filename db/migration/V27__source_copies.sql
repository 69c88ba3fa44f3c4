-- A source's saved copy: the page's readable text as retrieved (or as an editor pasted it), which
-- verbatim quotes are checked against (issue 25). One per source, replaced whole when saved again.
create table source_copy (
    source_id    bigint primary key references source (id) on delete cascade,
    text         text        not null check (length(text) between 1 and 200000),
    retrieved_at timestamptz not null,
    saved_by     text        not null,
    pasted       boolean     not null
);

-- Readers see what a check found ("found in the page as retrieved on …"): a new copy moves the
-- content version, as every table readers' pages are made from does.
create constraint trigger content_version_on_source_copy after insert or update or delete on source_copy
    deferrable initially deferred for each row execute function content_version_bump();
