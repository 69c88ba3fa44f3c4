-- Stories are edited in the application since issue 14 (V14), so their revisions are kept again,
-- as claims', sources' and actors' are: who changed the title, summary, order or featuring, and when.
-- Existing stories have no revision yet; their history begins with their next change.
create table story_aud (
    id          bigint not null,
    rev         bigint not null references revision (id),
    revtype     smallint,
    slug        varchar(120),
    title       text,
    summary     text,
    claim_order varchar(20),
    featured    boolean,
    primary key (id, rev)
);
