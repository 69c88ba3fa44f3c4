-- Stories are created and edited in the application (issue 14): each says how its page orders
-- its claims, and one may be featured on the home page (the seed story, until an editor picks another).
alter table story
    add column claim_order varchar(20) not null default 'EVENT_DATE'
        check (claim_order in ('EVENT_DATE', 'AS_ADDED')),
    add column featured boolean not null default false;

-- At most one featured story.
create unique index story_one_featured_idx on story (featured) where featured;

update story set featured = true where slug = 'musk-putin-contacts';

-- A story's claims by the date of the event, undated last: the story page's keyset, read off this index.
create index claim_story_event_idx on claim (story_id, coalesce(event_earliest, event_latest, '9999-12-31'::date), id);
