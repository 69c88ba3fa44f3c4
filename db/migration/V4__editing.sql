-- What editors need beyond reading: topic tags, withdrawal instead of deletion, unique source URLs.

alter table claim add column topics text[] not null default '{}';
alter table claim add column withdrawn_reason text;
alter table claim add column withdrawn_at timestamptz;
alter table attribution add column withdrawn_reason text;
alter table attribution add column withdrawn_at timestamptz;

-- Withdrawn means "with a reason": the two columns are set or cleared together.
alter table claim add constraint claim_withdrawn_with_reason
    check ((withdrawn_at is null) = (coalesce(btrim(withdrawn_reason), '') = ''));
alter table attribution add constraint attribution_withdrawn_with_reason
    check ((withdrawn_at is null) = (coalesce(btrim(withdrawn_reason), '') = ''));

-- URLs are stored normalised (SourceUrl); one source per address.
create unique index source_url_idx on source (url) where url is not null;
create index claim_topics_idx on claim using gin (topics);

-- Topic tags for the seed story.
update claim set topics = '{musk-putin-contacts}' where slug in (
    'musk-says-he-spoke-with-putin-once-in-2021', 'musk-and-putin-in-regular-contact-since-late-2022',
    'musk-putin-talks-covered-personal-business-and-geopolitics', 'musk-did-not-respond-to-requests-for-comment',
    'kremlin-acknowledges-one-call-before-2022', 'kremlin-denies-regular-musk-putin-communication');
update claim set topics = '{national-security}' where slug in (
    'contacts-raise-national-security-questions', 'spacex-won-classified-contract-in-2021',
    'musk-holds-a-security-clearance', 'pentagon-declined-to-comment-on-clearances');
update claim set topics = '{starlink-taiwan,national-security}' where slug in (
    'putin-asked-musk-not-to-activate-starlink-over-taiwan');
update claim set topics = '{starlink-taiwan}' where slug = 'starlink-still-unavailable-in-taiwan';
update claim set topics = '{musk-response,media}' where slug in (
    'musk-calls-nyt-and-wsj-left-wing', 'musk-did-not-dispute-specific-information');
