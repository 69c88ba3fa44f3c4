-- The seed story corrected after a fact-check editor's review against shared/report/ (issue 13),
-- made only where the seed's rows still hold what the seed wrote (issue 21). Until 0dd8f84 these
-- corrections were V12's and overwrote editors' work. Each fix below names the seed row it
-- corrects (by its place in the seed, read from the seed's own revision), the value the seed gave
-- each column it touches and the value it writes; seed_corrections_apply (V17) makes the fixes that
-- still apply, lists each made fix as a public correction, and leaves the others for an admin
-- (/admin/upgrade) with what an editor saved instead.
--
-- Where 0dd8f84's V12 already corrected the seed, nothing is corrected again; instead every value
-- that V12 replaced after an editor had changed it is listed for the admin, from the history.

create temporary table already_corrected on commit drop as
select exists (select 1 from revision where username = 'seed correction (V12)') as yes;

-- The seed's rows as the seed wrote them (revision 'seed migration', created), whatever editors
-- did since: a fix finds its row here and checks the row's present values itself.
create temporary table seed_claim on commit drop as
select a.id, a.slug from claim_aud a join revision r on r.id = a.rev
where r.username = 'seed migration' and a.revtype = 0;
create temporary table seed_actor on commit drop as
select a.id, a.slug from actor_aud a join revision r on r.id = a.rev
where r.username = 'seed migration' and a.revtype = 0;
create temporary table seed_source on commit drop as
select a.id, a.title from source_aud a join revision r on r.id = a.rev
where r.username = 'seed migration' and a.revtype = 0;
create temporary table seed_attribution on commit drop as
select a.id, c.slug as claim, s.title as source, sp.slug as speaker, a.claim_id, a.source_id, a.speaker_id
from attribution_aud a
  join revision r on r.id = a.rev and r.username = 'seed migration' and a.revtype = 0
  join seed_claim c on c.id = a.claim_id
  join seed_source s on s.id = a.source_id
  left join seed_actor sp on sp.id = a.speaker_id;
create temporary table seed_link on commit drop as
select a.id, f.slug as from_claim, t.slug as to_claim, a.type
from claim_link_aud a
  join revision r on r.id = a.rev and r.username = 'seed migration' and a.revtype = 0
  join seed_claim f on f.id = a.from_claim_id
  join seed_claim t on t.id = a.to_claim_id;

-- Source titles as the seed wrote them.
create temporary table seed_title on commit drop as
select * from (values
    ('TRACKED', 'The tracked report: a write-up of the WSJ investigation (publisher not named)'),
    ('WSJ', 'Wall Street Journal investigation of Musk–Putin contacts'),
    ('X_POST', 'Elon Musk''s posts on X responding to the WSJ report'),
    ('TASS', 'Kremlin spokesman Peskov on the WSJ report, as reported by TASS'),
    ('POLITICO', 'Politico Europe summary of the WSJ report on Musk and Putin')) t(key, title);

-- The fixes, one row per column: (fix, seed row, column, seed value, new value; equal values only
-- check), with the correction readers see for it.
create temporary table fix (
    fix         text not null,
    kind        text not null,   -- claim | actor | source | attribution | claim_link
    row_key     text not null,   -- claim or actor slug; source key; claim/source/speaker; from>to>type
    column_name text,            -- null: the fix deletes the row
    seed_value  text,
    new_value   text,
    claim       text,            -- the claim the correction is listed on (slug), or null
    subject     text not null,
    reason      text not null
) on commit drop;

insert into fix values
-- Claim statements: words no source gives, and hedges the report keeps.
('claim 1 statement', 'claim', 'musk-says-he-spoke-with-putin-once-in-2021', 'statement',
 'Musk has said he spoke with Putin only once, about space, around April 2021.',
 'Musk said in October 2022 that he had spoken with Putin only once, around April 2021.',
 'musk-says-he-spoke-with-putin-once-in-2021', 'Claim statement',
 'Said "about space", which no source says of Musk''s statement; now as the tracked report has it.'),
('claim 11 statement', 'claim', 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'statement',
 'Putin asked Musk not to switch on Starlink over Taiwan, as a favour to Xi Jinping.',
 'Putin asked Musk not to switch on Starlink over Taiwan, reportedly as a favour to Xi Jinping.',
 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'Claim statement',
 'Dropped the report''s hedge: the request was "reportedly" a favour to Xi Jinping.'),
('claim 13 statement', 'claim', 'musk-calls-nyt-and-wsj-left-wing', 'statement',
 'Musk replied on X that the NYT is left-wing propaganda and that the WSJ, like most legacy outlets, is run by its journalists'' union rather than by Rupert Murdoch.',
 'Musk replied on X that the NYT is a left-wing propaganda machine and that the WSJ, like almost all legacy news organisations, is controlled by "the (left-wing) journalists union" rather than by Rupert Murdoch.',
 'musk-calls-nyt-and-wsj-left-wing', 'Claim statement',
 'Musk wrote "almost all" legacy outlets and "the (left-wing) journalists union"; the statement said "most" and "its journalists'' union".'),
('claim 10 statement', 'claim', 'pentagon-declined-to-comment-on-clearances', 'statement',
 'The Pentagon declined to comment on any individual''s security clearance.',
 'The Pentagon declined to comment on any individual''s security clearance, review, or status.',
 'pentagon-declined-to-comment-on-clearances', 'Claim statement',
 'The spokesman declined to comment on "security clearance, review, or status", not on clearances alone.'),
('claim 14 statement', 'claim', 'musk-did-not-dispute-specific-information', 'statement',
 'Musk''s posts did not dispute any specific information in the report.',
 'Musk''s posts did not dispute any specific information in the WSJ report.',
 'musk-did-not-dispute-specific-information', 'Claim statement', 'The report in question is the WSJ''s.'),
('claim 7 statement', 'claim', 'contacts-raise-national-security-questions', 'statement',
 'The contacts raise national-security questions because of Musk''s business ties to U.S. military and intelligence agencies.',
 'The tracked report argues that the reported contacts raise national-security questions because of Musk''s business ties to U.S. military and intelligence agencies.',
 'contacts-raise-national-security-questions', 'Claim statement',
 'This is the tracked report''s own analysis, not an established fact; the statement now says whose it is.');

-- Claim 3: alleged, not established; the period ends at the report's month.
insert into fix
select 'claim 3 statement and status', 'claim', 'musk-putin-talks-covered-personal-business-and-geopolitics', c, s, n,
       'musk-putin-talks-covered-personal-business-and-geopolitics', 'Claim statement and status',
       'Stated as fact what the report calls alleged ("allegedly touched on"); now "reported", and disputed for the same reason as the regular-contact claim.'
from (values
    ('statement', 'The Musk–Putin conversations covered personal matters, business and geopolitical tensions.',
     'The reported conversations covered personal topics, business and geopolitical tensions.'),
    ('status', 'REPORTED', 'DISPUTED'),
    ('status_reason', null,
     'Rests on the same anonymous officials as the regular-contact claim; the Kremlin denies any regular communication.'),
    ('event_edtf', '2022-39/2024', '2022-39/2024-10'),
    ('event_latest', '2024-12-31', '2024-10-31'),
    ('event_label', 'late 2022 into 2024', 'late 2022 into October 2024')) v(c, s, n);

-- Claim 2: "into this year" ends at the report's month, not at the end of 2024.
insert into fix
select 'claim 2 period', 'claim', 'musk-and-putin-in-regular-contact-since-late-2022', c, s, n,
       'musk-and-putin-in-regular-contact-since-late-2022', 'When',
       'Ended on 31 December 2024; the report, from October 2024, says "into this year", so the period ends in October 2024.'
from (values
    ('event_edtf', '2022-39/2024', '2022-39/2024-10'),
    ('event_latest', '2024-12-31', '2024-10-31'),
    ('event_label', 'late 2022 into 2024', 'late 2022 into October 2024')) v(c, s, n);

-- Whose words: every seed quote but Musk's post is the tracked report's sentence about what someone
-- said or did (the default since V12), as long as the quote is still the seed's.
insert into fix values
('claim 1 whose words', 'attribution', 'musk-says-he-spoke-with-putin-once-in-2021/TRACKED/elon-musk', 'quote',
 'In October 2022, Elon Musk publicly admitted that he had spoken to Putin, although only once—around April 2021.',
 'In October 2022, Elon Musk publicly admitted that he had spoken to Putin, although only once—around April 2021.',
 'musk-says-he-spoke-with-putin-once-in-2021', 'Attribution to Elon Musk: whose words',
 'The quote is the tracked report''s sentence about what Musk said, not his own words.'),
('claim 2 whose words', 'attribution', 'musk-and-putin-in-regular-contact-since-late-2022/TRACKED/elon-musk', 'quote',
 'Elon Musk didn’t respond to requests for comment .', 'Elon Musk didn’t respond to requests for comment .',
 'musk-and-putin-in-regular-contact-since-late-2022', 'Attribution to Elon Musk: whose words',
 'The quote is the tracked report''s sentence saying Musk did not respond, not his own words.'),
('claim 5 whose words', 'attribution', 'kremlin-acknowledges-one-call-before-2022/TRACKED/kremlin', 'quote',
 'the Kremlin only admitted one phone call between Musk and Putin—on the topic of space and technologies',
 'the Kremlin only admitted one phone call between Musk and Putin—on the topic of space and technologies',
 'kremlin-acknowledges-one-call-before-2022', 'Attribution to the Kremlin: whose words',
 'The quote is the tracked report''s sentence about the Kremlin, not the Kremlin''s own words.'),
('claim 6 whose words', 'attribution', 'kremlin-denies-regular-musk-putin-communication/TRACKED/kremlin', 'quote',
 'denied any regular communication between the two', 'denied any regular communication between the two',
 'kremlin-denies-regular-musk-putin-communication', 'Attribution to the Kremlin: whose words',
 'The quote is the tracked report''s sentence about the Kremlin, not the Kremlin''s own words.'),
('claim 9 whose words', 'attribution', 'musk-holds-a-security-clearance/TRACKED/pentagon', 'quote',
 'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.',
 'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.',
 'musk-holds-a-security-clearance', 'Attribution to the Pentagon: whose words',
 'The quote is the tracked report''s sentence about a Pentagon spokesman, not the spokesman''s own words.');

-- Musk's post, quoted word for word (on X and in the tracked report), is his own words.
insert into fix
select 'claim 13 own words', 'attribution', 'musk-calls-nyt-and-wsj-left-wing/' || k || '/elon-musk', c, s, n,
       'musk-calls-nyt-and-wsj-left-wing', 'Attribution to Elon Musk: whose words',
       'The quote is Musk''s post on X word for word: it now says it is his own words.'
from (values ('X_POST'), ('TRACKED')) k(k),
     (values ('quote', 'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.',
              'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.'),
             ('wording', 'SOURCE', 'OWN')) v(c, s, n);

insert into fix values
('X post title', 'source', 'X_POST', 'title', 'Elon Musk''s posts on X responding to the WSJ report',
 'Elon Musk''s posts on X responding to the WSJ report (as quoted by the tracked report; post not retrieved)',
 'musk-calls-nyt-and-wsj-left-wing', 'Source: Musk''s posts on X',
 'The post''s text is as quoted by the tracked report; the post itself was not retrieved.'),
('tracked report date', 'source', 'TRACKED', 'published_label', 'late October 2024',
 'late October 2024 (inferred from its text: it follows the WSJ report of 24 October)',
 null, 'Source date: the tracked report',
 'The report carries no date; its date range is inferred from its text, and now says so.');

-- None of the seed's source titles is the source's headline: each is the editors' description.
insert into fix
select 'source title ' || t.key, 'source', t.key, c, s, n, null, 'Source title: ' || t.title,
       'This title is the editors'' description of the source, not its headline (which was not recorded); it now shows in [square brackets].'
from seed_title t,
     lateral (values ('title', t.title, t.title), ('title_is_description', 'false', 'true')) v(c, s, n);

-- Links.
insert into fix values
('claim 1 link removed', 'claim_link', 'musk-says-he-spoke-with-putin-once-in-2021>musk-and-putin-in-regular-contact-since-late-2022>CONTRADICTS',
 'note', 'One call in 2021 against regular contact from late 2022.', 'One call in 2021 against regular contact from late 2022.',
 'musk-says-he-spoke-with-putin-once-in-2021', 'Link removed: contradicts the regular-contact claim',
 'Musk spoke in October 2022 of one call in 2021; the alleged regular contact began in late 2022. The two do not contradict each other.'),
('claim 1 link removed', 'claim_link', 'musk-says-he-spoke-with-putin-once-in-2021>musk-and-putin-in-regular-contact-since-late-2022>CONTRADICTS',
 null, null, null,
 'musk-says-he-spoke-with-putin-once-in-2021', 'Link removed: contradicts the regular-contact claim',
 'Musk spoke in October 2022 of one call in 2021; the alleged regular contact began in late 2022. The two do not contradict each other.'),
('claim 5 link note', 'claim_link', 'kremlin-acknowledges-one-call-before-2022>musk-says-he-spoke-with-putin-once-in-2021>SUPPORTS',
 'note', 'Both speak of a single call about space.', 'Both speak of a single call.',
 'kremlin-acknowledges-one-call-before-2022', 'Link note: supports Musk''s single call',
 'Said "a single call about space"; no source says Musk spoke of space.'),
('claim 12 link note', 'claim_link', 'starlink-still-unavailable-in-taiwan>putin-asked-musk-not-to-activate-starlink-over-taiwan>DETAILS',
 'note', null, 'Context only: the report draws no causal link between the request and Starlink''s absence from Taiwan.',
 'starlink-still-unavailable-in-taiwan', 'Link note: details the Taiwan request',
 'The report gives Starlink''s absence from Taiwan as context, with no causal link to the request.');
insert into fix
select 'claim 4 link type', 'claim_link', 'musk-did-not-respond-to-requests-for-comment>musk-and-putin-in-regular-contact-since-late-2022>RESPONDS_TO',
       c, s, n, 'musk-did-not-respond-to-requests-for-comment', 'Link: responds to the regular-contact claim',
       'Not answering requests for comment is not a response; the link now says it adds detail.'
from (values ('type', 'RESPONDS_TO', 'DETAILS'),
             ('note', null, 'Musk did not answer requests for comment on the report; that is not a response to it.')) v(c, s, n);

-- Bases the report never gives, each where the attribution still has it.
insert into fix
select 'basis of ' || k, 'attribution', k, 'basis', b, 'not stated', split_part(k, '/', 1), 'Attribution: basis',
       'The basis "' || b || '" is one the report never gives; it now reads "not stated".'
from (values
    ('musk-did-not-respond-to-requests-for-comment/TRACKED/', 'its own reporting'),
    ('spacex-won-classified-contract-in-2021/TRACKED/', 'its own reporting'),
    ('musk-holds-a-security-clearance/TRACKED/', 'its own reporting'),
    ('pentagon-declined-to-comment-on-clearances/TRACKED/', 'its own reporting'),
    ('starlink-still-unavailable-in-taiwan/TRACKED/', 'its own reporting'),
    ('musk-did-not-respond-to-requests-for-comment/WSJ/wall-street-journal', 'its own requests for comment'),
    ('contacts-raise-national-security-questions/TRACKED/', 'its own analysis'),
    ('musk-did-not-dispute-specific-information/TRACKED/', 'its own reading of Musk''s posts')) v(k, b);

-- The WSJ's full descriptor of its sources.
insert into fix
select 'WSJ sources on ' || k, 'attribution', k || '/WSJ/', 'speaker_description',
       'several current and former U.S., European and Russian officials',
       'several current and former U.S., European and Russian officials and intelligence sources',
       k, 'Attribution to the WSJ''s officials: who',
       'The WSJ''s sources are "several current and former U.S., European and Russian officials and intelligence sources"; "and intelligence sources" was missing.'
from (values ('musk-and-putin-in-regular-contact-since-late-2022'),
             ('musk-putin-talks-covered-personal-business-and-geopolitics')) v(k);

-- Actor descriptions: only what a source says.
insert into fix
select 'description of ' || slug, 'actor', slug, 'description', s, n, null, 'Actor description: ' || name, r
from (values
    ('wall-street-journal', 'The Wall Street Journal', 'U.S. newspaper owned by News Corp.', 'U.S. newspaper.',
     'Removed "owned by News Corp", which no source gives.'),
    ('x-platform', 'X', 'Social network formerly called Twitter, owned by Elon Musk.', 'Social network.',
     'Removed "formerly called Twitter, owned by Elon Musk", which no source gives.'),
    ('tass', 'TASS', 'Russian state news agency.', 'News agency.', 'Removed "Russian state", which no source gives.'),
    ('elon-musk', 'Elon Musk', 'Chief executive of SpaceX and Tesla; owner of X.',
     'Chief executive of SpaceX, Tesla and X, as the tracked report describes him.',
     'Removed "owner of X", which no source gives; now as the tracked report describes him.'),
    ('rupert-murdoch', 'Rupert Murdoch', 'Media owner whose News Corp owns The Wall Street Journal.',
     'Named in Musk''s post on X as not controlling the WSJ.',
     'Removed "whose News Corp owns The Wall Street Journal", which no source gives; now what Musk''s post says of him.'),
    ('spacex', 'SpaceX', 'U.S. space company led by Elon Musk; operates Starlink.',
     'Space company founded by Elon Musk; its Starlink service is named in the report.',
     'Now says only what the tracked report says of it.')) v(slug, name, s, n, r);

-- Provenance: the tracked report relays the WSJ's officials, and its quote of Musk's post relays the
-- post. Each relay is made only where both the relaying and the relayed attribution are the seed's.
insert into fix
select 'sourcing of ' || p.claim, 'attribution', v.row_key, v.c, v.s, v.n, p.claim, 'Sourcing', p.r
from (values
    ('musk-and-putin-in-regular-contact-since-late-2022', 'TRACKED', null::text, 'WSJ',
     'The tracked report''s anonymous officials are the WSJ''s, relayed; they were counted as a second anonymous source.'),
    ('musk-putin-talks-covered-personal-business-and-geopolitics', 'TRACKED', null, 'WSJ',
     'The tracked report''s anonymous officials are the WSJ''s, relayed; they were counted as a second anonymous source.'),
    ('musk-calls-nyt-and-wsj-left-wing', 'TRACKED', 'elon-musk', 'X_POST',
     'The tracked report''s quote of Musk''s post relays the post; it was counted as a second origin.')) p(claim, relay, speaker, origin, r)
  join seed_title rt on rt.key = p.relay
  join seed_attribution ra on ra.claim = p.claim and ra.source = rt.title and ra.speaker is not distinct from p.speaker
  join seed_title ot on ot.key = p.origin
  join seed_attribution oa on oa.claim = p.claim and oa.source = ot.title and oa.speaker is not distinct from p.speaker
  cross join lateral (
    select p.claim || '/' || p.relay || '/' || coalesce(p.speaker, '') as row_key, x.*
    from (values ('relays_id', null, oa.id::text), ('source_id', ra.source_id::text, ra.source_id::text)) x(c, s, n)
    union all
    select p.claim || '/' || k.key || '/' || coalesce(p.speaker, ''), 'anonymous', a, a
    from (values (p.relay), (p.origin)) k(key), (select (p.speaker is null)::text as a) anon) v(row_key, c, s, n);

-- The Taiwan request: the tracked report's former intelligence officer and Politico's two people
-- briefed both relay the WSJ's reporting, which gets an attribution of its own, provided both
-- accounts are still the seed's and no one has added the WSJ's own attribution since.
create temporary table taiwan on commit drop as
select (select id from seed_claim where slug = 'putin-asked-musk-not-to-activate-starlink-over-taiwan') as claim_id,
       (select s.id from seed_source s join seed_title t on t.title = s.title where t.key = 'WSJ') as wsj_source,
       null::bigint as origin;
with accounts as (
    select count(*) as still_seed
    from seed_attribution sa join attribution a on a.id = sa.id join seed_title t on t.title = sa.source
    where sa.claim = 'putin-asked-musk-not-to-activate-starlink-over-taiwan' and sa.speaker is null
      and t.key in ('TRACKED', 'POLITICO')
      and a.anonymous and a.relays_id is null and a.withdrawn_at is null
      and a.speaker_description in ('a former Russian intelligence officer briefed on the situation',
                                    'two people briefed on the request')),
     inserted as (
    insert into attribution (claim_id, source_id, speaker_id, speaker_description, anonymous, source_count, basis,
                             stance, quote, wording, stated_edtf, stated_earliest, stated_latest, stated_label)
    select t.claim_id, t.wsj_source, null,
           'anonymous sources (the WSJ''s article was not retrieved; the reports that relay it describe them differently)',
           true, null, 'not stated', 'ASSERTS', null, 'SOURCE', '2024-10-24', '2024-10-24', '2024-10-24', null
    from taiwan t, accounts
    where not (select yes from already_corrected) and accounts.still_seed = 2 and t.claim_id is not null
      and t.wsj_source is not null and exists (select 1 from source where id = t.wsj_source)
      and not exists (select 1 from attribution a where a.claim_id = t.claim_id and a.source_id = t.wsj_source)
    returning id)
update taiwan set origin = (select id from inserted);
insert into fix
select 'sourcing of putin-asked-musk-not-to-activate-starlink-over-taiwan', 'attribution',
       'putin-asked-musk-not-to-activate-starlink-over-taiwan/' || k || '/', c, s, n,
       'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'Sourcing',
       'Both accounts (one former Russian intelligence officer in the tracked report, two people briefed in Politico) relay the WSJ''s reporting, which had no attribution of its own.'
from (values ('TRACKED', 'a former Russian intelligence officer briefed on the situation'),
             ('POLITICO', 'two people briefed on the request')) a(k, d),
     taiwan t,
     lateral (values ('relays_id', null, t.origin::text), ('anonymous', 'true', 'true'),
                     ('speaker_description', a.d, a.d)) v(c, s, n);

-- The fixes, resolved to the seed's rows.
insert into seed_correction (migration, fix, table_name, row_id, column_name, seed_value, new_value, claim_id, subject, reason)
select 'V18', f.fix, f.kind, r.id, f.column_name, f.seed_value, f.new_value,
       (select c.id from claim c where c.id = (select id from seed_claim where slug = f.claim)), f.subject, f.reason
from fix f
  join lateral (
    select id from seed_claim where f.kind = 'claim' and slug = f.row_key
    union all select id from seed_actor where f.kind = 'actor' and slug = f.row_key
    union all select s.id from seed_source s join seed_title t on t.title = s.title
              where f.kind = 'source' and t.key = f.row_key
    union all select a.id from seed_attribution a join seed_title t on t.title = a.source
              where f.kind = 'attribution'
                and a.claim || '/' || t.key || '/' || coalesce(a.speaker, '') = f.row_key
    union all select id from seed_link where f.kind = 'claim_link'
                and from_claim || '>' || to_claim || '>' || type = f.row_key) r on true
where not (select yes from already_corrected)
order by f.fix;

-- Fixes that cannot be made whatever the rows hold.
update seed_correction set note = 'An editor''s "adds detail to" link already relates these two claims.'
where migration = 'V18' and fix = 'claim 4 link type'
  and exists (select 1 from claim_link l
              where l.from_claim_id = (select id from seed_claim where slug = 'musk-did-not-respond-to-requests-for-comment')
                and l.to_claim_id = (select id from seed_claim where slug = 'musk-and-putin-in-regular-contact-since-late-2022')
                and l.type = 'DETAILS');
update seed_correction set note = 'The WSJ''s own attribution was not added: one is there already, or an account that relays it was changed.'
where migration = 'V18' and fix = 'sourcing of putin-asked-musk-not-to-activate-starlink-over-taiwan'
  and (select origin from taiwan) is null;

select seed_corrections_apply('V18', 'seed correction (V18)');

-- The WSJ's new attribution enters the history with the corrections.
insert into attribution_aud (id, rev, revtype, claim_id, source_id, speaker_id, speaker_description, anonymous,
                             source_count, basis, stance, quote, stated_edtf, stated_earliest, stated_latest,
                             stated_label, withdrawn_reason, withdrawn_at, wording, relays_id)
select a.id, (select max(id) from revision where username = 'seed correction (V18)'), 0, a.claim_id, a.source_id,
       a.speaker_id, a.speaker_description, a.anonymous, a.source_count, a.basis, a.stance, a.quote, a.stated_edtf,
       a.stated_earliest, a.stated_latest, a.stated_label, a.withdrawn_reason, a.withdrawn_at, a.wording, a.relays_id
from attribution a
where a.id = (select origin from taiwan)
  and exists (select 1 from revision where username = 'seed correction (V18)');

-- Where 0dd8f84's V12 made the corrections: every value it replaced after an editor had changed
-- it, from the history. For each row V12 wrote, the row's revision before V12's is compared with
-- V12's; a column counts where V12 changed it and an editor had set it (the row is an editor's,
-- or the column no longer held the seed's value).
do $$
declare
    v12 bigint := (select id from revision where username = 'seed correction (V12)');
    audited text;
begin
    if v12 is null then
        return;
    end if;
    foreach audited in array array['claim', 'attribution', 'claim_link', 'actor', 'source'] loop
        execute format($q$
            insert into seed_correction (migration, fix, table_name, row_id, column_name, seed_value, new_value,
                                         outcome, found_value, row_found, claim_id, subject, reason)
            select 'V12', 'V12 overwrote ' || %1$L || ' ' || after.id, %1$L, after.id,
                   change.key, change.seed_value, change.v12_value, 'OVERWRITTEN', change.editors_value,
                   after.revtype <> 2,
                   (select c.id from claim c
                    where c.id = coalesce(to_jsonb(after) ->> 'claim_id', to_jsonb(after) ->> 'from_claim_id',
                                          case when %1$L = 'claim' then after.id::text end)::bigint),
                   case when after.revtype = 2 then 'Removed by the upgrade to 0dd8f84 after an editor''s change'
                        else 'Changed by the upgrade to 0dd8f84 after an editor''s change' end,
                   'The seed correction of release 0dd8f84 (migration V12) replaced what ' || before_rev.username
                       || ' had saved on ' || to_char(to_timestamp(before_rev.timestamp / 1000.0), 'YYYY-MM-DD HH24:MI UTC')
                       || '. Nothing was changed back: what the editor had saved is shown here.'
            from %2$I after
              join lateral (select b.* from %2$I b where b.id = after.id and b.rev < after.rev
                            order by b.rev desc limit 1) before on true
              join revision before_rev on before_rev.id = before.rev
              left join lateral (select s.* from %2$I s join revision r on r.id = s.rev
                                 where s.id = after.id and s.revtype = 0 and r.username = 'seed migration') seed on true
              join lateral (
                select null as key, null as seed_value, null as v12_value, null as editors_value
                where after.revtype = 2
                union all
                select e.key, to_jsonb(seed) ->> e.key, to_jsonb(after) ->> e.key, e.value
                from jsonb_each_text(to_jsonb(before) - 'rev' - 'revtype') e
                where after.revtype <> 2
                  and (to_jsonb(after) ->> e.key) is distinct from e.value
                  and (seed.id is null or (to_jsonb(seed) ->> e.key) is distinct from e.value)
                  -- No value before V12 added the column: its default is not an overwrite.
                  and not (e.value is null and e.key in ('wording', 'title_is_description'))) change on true
            where after.rev = %3$s and before_rev.username <> 'seed migration'
            $q$, audited, audited || '_aud', v12);
    end loop;
end
$$;

-- The deferred triggers (content version, V9) fire now rather than at commit: a later migration of
-- the same upgrade (one transaction) may then alter the tables changed here.
set constraints all immediate;
