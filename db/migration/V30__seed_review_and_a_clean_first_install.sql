-- The seed story after a second editorial review against shared/report/ (issue 26), and a fresh
-- install that carries no corrections it never made.
--
-- Part 1 corrects the seed where its rows still hold what the seed (or an earlier seed correction)
-- wrote, as V18 does: each fix names its row and the value it expects, and seed_corrections_apply
-- (V17) makes the fixes that still apply, lists each as a public correction in plain words, and
-- leaves the rest for an admin (/admin/upgrade) with what an editor saved instead.
--
-- Part 2: a database that never served the earlier seed shows no correction of it. A first install
-- runs every migration in one transaction (spring.flyway.group), so the seed's own migration (V2)
-- has no record from before this transaction's start (Flyway records a group's migrations as it
-- commits them, at that start) exactly when this install is new: no reader can have seen the seed
-- before its corrections. Then each seed correction is folded into the seed (its
-- rows' history starts as corrected; the corrections and their revisions go), and /corrections
-- opens empty. A database upgraded from a release that served the seed keeps every correction.

create temporary table v30_seed_claim on commit drop as
select a.id, a.slug from claim_aud a join revision r on r.id = a.rev
where r.username = 'seed migration' and a.revtype = 0;
create temporary table v30_seed_actor on commit drop as
select a.id, a.slug from actor_aud a join revision r on r.id = a.rev
where r.username = 'seed migration' and a.revtype = 0;
create temporary table v30_seed_source on commit drop as
select a.id, a.title from source_aud a join revision r on r.id = a.rev
where r.username = 'seed migration' and a.revtype = 0;
-- The seed's attributions, and the WSJ's own account of the Taiwan request that V18 (or, before
-- it, 0dd8f84's V12) added.
create temporary table v30_seed_attribution on commit drop as
select a.id, c.slug || '/' || a.source_id || '/' || coalesce(sp.slug, '') as row_key
from attribution_aud a
  join revision r on r.id = a.rev and a.revtype = 0
                 and r.username in ('seed migration', 'seed correction (V12)', 'seed correction (V18)')
  join v30_seed_claim c on c.id = a.claim_id
  left join v30_seed_actor sp on sp.id = a.speaker_id;
create temporary table v30_seed_link on commit drop as
select a.id, f.slug || '>' || t.slug as row_key
from claim_link_aud a
  join revision r on r.id = a.rev and r.username = 'seed migration' and a.revtype = 0
  join v30_seed_claim f on f.id = a.from_claim_id
  join v30_seed_claim t on t.id = a.to_claim_id;
-- The seed's sources by what they are, whatever their titles now.
create temporary table v30_source_key on commit drop as
select s.id, k.key from v30_seed_source s
  join (values ('The tracked report%', 'TRACKED'), ('Wall Street Journal investigation%', 'WSJ'),
               ('Elon Musk''s posts on X%', 'X_POST'), ('Kremlin spokesman Peskov%', 'TASS'),
               ('Politico Europe summary%', 'POLITICO')) k(pattern, key) on s.title like k.pattern;

create temporary table v30_fix (
    fix         text not null,
    kind        text not null,   -- claim | actor | attribution | claim_link
    row_key     text not null,   -- claim or actor slug; claim/SOURCE KEY/speaker; from>to
    column_name text,            -- null: the fix deletes the row
    seed_value  text,
    new_value   text,
    claim       text,            -- the claim the correction is listed on (slug), or null
    subject     text not null,
    reason      text not null
) on commit drop;

insert into v30_fix values
-- Claim 2.
('claim 2 period label', 'claim', 'musk-and-putin-in-regular-contact-since-late-2022', 'event_label',
 'late 2022 into October 2024', 'late 2022 into 2024',
 'musk-and-putin-in-regular-contact-since-late-2022', 'When',
 'The dates read late 2022 into October 2024. The report says the contact continued "into this year", in October 2024, and not until when. They now read late 2022 into 2024.'),
('claim 2 not detailed by the request for comment', 'claim_link',
 'musk-did-not-respond-to-requests-for-comment>musk-and-putin-in-regular-contact-since-late-2022', 'type',
 'DETAILS', 'DETAILS', 'musk-and-putin-in-regular-contact-since-late-2022', 'Related claims',
 'This claim was shown as detailed by the claim that Musk did not answer requests for comment. Not answering adds no detail to it, so the link is removed.'),
('claim 2 not detailed by the request for comment', 'claim_link',
 'musk-did-not-respond-to-requests-for-comment>musk-and-putin-in-regular-contact-since-late-2022', null,
 null, null, 'musk-and-putin-in-regular-contact-since-late-2022', 'Related claims', 'as above'),
-- Claim 3.
('claim 3 wording and status', 'claim', 'musk-putin-talks-covered-personal-business-and-geopolitics', 'statement',
 'The reported conversations covered personal topics, business and geopolitical tensions.',
 'The conversations reportedly touched on personal topics, business and geopolitical tensions.',
 'musk-putin-talks-covered-personal-business-and-geopolitics', 'Claim statement and status',
 'The claim said the conversations covered these topics; the report says they "allegedly touched on" them. It was also marked disputed, though no one is recorded disputing it. It now says they reportedly touched on them, and is marked reported.'),
('claim 3 period label', 'claim', 'musk-putin-talks-covered-personal-business-and-geopolitics', 'event_label',
 'late 2022 into October 2024', 'late 2022 into 2024',
 'musk-putin-talks-covered-personal-business-and-geopolitics', 'When',
 'The dates read late 2022 into October 2024. The report says the contact continued "into this year", in October 2024, and not until when. They now read late 2022 into 2024.'),
('claim 3 wording and status', 'claim', 'musk-putin-talks-covered-personal-business-and-geopolitics', 'status',
 'DISPUTED', 'REPORTED', null, 'x', 'x'),
('claim 3 wording and status', 'claim', 'musk-putin-talks-covered-personal-business-and-geopolitics', 'status_reason',
 'Rests on the same anonymous officials as the regular-contact claim; the Kremlin denies any regular communication.',
 null, null, 'x', 'x'),
-- Claim 4.
('claim 4 wording', 'claim', 'musk-did-not-respond-to-requests-for-comment', 'statement',
 'Musk did not answer requests for comment on the report.', 'Musk did not respond to requests for comment.',
 'musk-did-not-respond-to-requests-for-comment', 'Claim statement',
 'The claim said Musk did not answer requests for comment on the report; the report says only that he "didn’t respond to requests for comment".'),
('claim 4 date', 'claim', 'musk-did-not-respond-to-requests-for-comment', 'event_edtf', '2024-10', null,
 'musk-did-not-respond-to-requests-for-comment', 'When',
 'The claim was dated October 2024; the report does not say when comment was requested. It now has no date.'),
('claim 4 date', 'claim', 'musk-did-not-respond-to-requests-for-comment', 'event_earliest', '2024-10-01', null, null, 'x', 'x'),
('claim 4 date', 'claim', 'musk-did-not-respond-to-requests-for-comment', 'event_latest', '2024-10-31', null, null, 'x', 'x'),
('claim 4 date', 'claim', 'musk-did-not-respond-to-requests-for-comment', 'event_label', 'October 2024', null, null, 'x', 'x'),
('claim 4 sourcing', 'attribution', 'musk-did-not-respond-to-requests-for-comment/WSJ/wall-street-journal', 'quote',
 null, null, 'musk-did-not-respond-to-requests-for-comment', 'Sourcing',
 'The Wall Street Journal was listed as a second source for this, though we have not read its article and no source we have says it. Only the report says it now.'),
('claim 4 sourcing', 'attribution', 'musk-did-not-respond-to-requests-for-comment/WSJ/wall-street-journal', null,
 null, null, null, 'x', 'x'),
-- Claim 5 and 6: the Kremlin and its spokesman are one speaker.
('Peskov speaks for the Kremlin', 'actor', 'dmitry-peskov', 'speaks_for_id', null, 'KREMLIN',
 'kremlin-acknowledges-one-call-before-2022', 'Sourcing',
 'The Kremlin (in the report) and its spokesman Dmitry Peskov (in TASS) were counted as two independent sources of the same statement. They are one: Peskov speaks for the Kremlin. The same holds for the claim that the Kremlin denies regular communication.'),
-- Claim 7.
('claim 7 wording', 'claim', 'contacts-raise-national-security-questions', 'statement',
 'The tracked report argues that the reported contacts raise national-security questions because of Musk''s business ties to U.S. military and intelligence agencies.',
 'The report says the contacts raise questions about national security, given Musk''s close business ties to U.S. military and intelligence agencies.',
 'contacts-raise-national-security-questions', 'Claim statement',
 'The claim said the report argues this; the report "raises questions". It also left out that the report calls Musk''s business ties close.'),
-- Claim 11.
('claim 11 not detailed by Starlink in Taiwan', 'claim_link',
 'starlink-still-unavailable-in-taiwan>putin-asked-musk-not-to-activate-starlink-over-taiwan', 'type',
 'DETAILS', 'DETAILS', 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'Related claims',
 'This claim was shown as detailed by the claim that Starlink is still not available in Taiwan, though the report draws no link between the two. The link is removed.'),
('claim 11 not detailed by Starlink in Taiwan', 'claim_link',
 'starlink-still-unavailable-in-taiwan>putin-asked-musk-not-to-activate-starlink-over-taiwan', null,
 null, null, null, 'x', 'x'),
('claim 11 the WSJ''s sources', 'attribution', 'putin-asked-musk-not-to-activate-starlink-over-taiwan/WSJ/',
 'speaker_description',
 'anonymous sources (the WSJ''s article was not retrieved; the reports that relay it describe them differently)',
 'people the WSJ does not name', 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'Sourcing',
 'The speaker was shown with a note of ours in its place. The Wall Street Journal''s sources are people it does not name: the report describes one, a former Russian intelligence officer; Politico Europe describes two people briefed on the request.'),
-- Claim 13.
('claim 13 basis', 'attribution', 'musk-calls-nyt-and-wsj-left-wing/X_POST/elon-musk', 'basis',
 'his own opinion', null, 'musk-calls-nyt-and-wsj-left-wing', 'Sourcing',
 'Gave his own opinion as Musk''s basis, which no source says. No basis is given now.');

-- Actor descriptions no source gives.
insert into v30_fix
select 'description of ' || slug, 'actor', slug, 'description', d, null, null, 'Description of ' || name,
       'Its description (' || rtrim(d, '.') || ') came from no source we cite, so it is removed.'
from (values ('politico-europe', 'Politico Europe', 'European edition of Politico.'),
             ('kremlin', 'The Kremlin', 'The Russian presidential administration.'),
             ('pentagon', 'The Pentagon', 'U.S. Department of Defense.'),
             ('wall-street-journal', 'The Wall Street Journal', 'U.S. newspaper.'),
             ('new-york-times', 'The New York Times', 'U.S. newspaper.'),
             ('tass', 'TASS', 'News agency.'),
             ('x-platform', 'X', 'Social network.')) v(slug, name, d);

-- The fixes resolved to the seed's rows. A value 'KREMLIN' is the seed's Kremlin.
insert into seed_correction (migration, fix, table_name, row_id, column_name, seed_value, new_value, claim_id, subject, reason)
select 'V30', f.fix, f.kind, r.id, f.column_name, f.seed_value,
       case when f.new_value = 'KREMLIN' then (select id::text from v30_seed_actor where slug = 'kremlin') else f.new_value end,
       (select c.id from claim c where c.id = (select id from v30_seed_claim where slug = f.claim)),
       (array_agg(f.subject) over (partition by f.fix order by f.claim nulls last))[1],
       (array_agg(f.reason) over (partition by f.fix order by f.claim nulls last))[1]
from v30_fix f
  join lateral (
    select id from v30_seed_claim where f.kind = 'claim' and slug = f.row_key
    union all select id from v30_seed_actor where f.kind = 'actor' and slug = f.row_key
    union all select a.id from v30_seed_attribution a
                join v30_source_key k on a.row_key like '%/' || k.id || '/%'
              where f.kind = 'attribution'
                and replace(a.row_key, '/' || k.id || '/', '/' || k.key || '/') = f.row_key
    union all select id from v30_seed_link where f.kind = 'claim_link' and row_key = f.row_key) r on true
where (select id from v30_seed_actor where slug = 'kremlin') is not null or f.new_value is distinct from 'KREMLIN';

-- A fix's correction is listed on the claim it names; the rows of a fix carry it once.
update seed_correction s set claim_id = c.claim_id, subject = c.subject, reason = c.reason
from (select distinct on (fix) fix, claim_id, subject, reason from seed_correction
      where migration = 'V30' and reason <> 'x' and reason <> 'as above' order by fix, id) c
where s.migration = 'V30' and s.fix = c.fix;

select seed_corrections_apply('V30', 'seed correction (V30)');

-- Part 2: a first install folds every seed correction into the seed.
do $$
declare
    seed_revision bigint := (select id from revision where username = 'seed migration' order by id limit 1);
    audited text;
begin
    if seed_revision is null
       or exists (select 1 from flyway_schema_history where version = '2' and installed_on < localtimestamp) then
        return;
    end if;
    create temporary table v30_folded on commit drop as
    select id from revision where username like 'seed correction (%)';
    foreach audited in array array['claim', 'attribution', 'claim_link', 'actor', 'source'] loop
        -- Each row the corrections touched keeps one history entry, as the seed now has it: the
        -- last one, as the seed's creation; a row a correction deleted keeps none.
        execute format($q$
            with touched as (select distinct id from %1$I where rev in (select id from v30_folded)),
                 last as (select distinct on (a.id) a.id, a.rev, a.revtype from %1$I a join touched t on t.id = a.id
                          order by a.id, a.rev desc)
            delete from %1$I a using last
            where a.id = last.id and (a.rev <> last.rev or last.revtype = 2)$q$, audited || '_aud');
        execute format('update %I set rev = $1, revtype = 0 where rev in (select id from v30_folded)',
                       audited || '_aud') using seed_revision;
    end loop;
    delete from correction where revision_id in (select id from v30_folded);
    delete from revision where id in (select id from v30_folded);
end
$$;

set constraints all immediate;
