-- Seed story: the report on Musk–Putin contacts (shared/report/), so a fresh install opens on
-- real content. Claim statements are in our own words; verbatim text appears only in
-- attribution.quote. Anonymous sources keep the description the source gave them.
-- Every earliest/latest pair below is what FuzzyDate.parse computes for its EDTF text
-- (SeedMigrationTest checks this, and that each quote from the tracked report is verbatim).

insert into story (slug, title, summary) values
('musk-putin-contacts',
 'Musk–Putin contacts and the Starlink/Taiwan request',
 'A report, building on a Wall Street Journal investigation of 24 October 2024, that Elon Musk has been in '
 || 'regular contact with Vladimir Putin since late 2022; that Putin asked him not to activate Starlink over '
 || 'Taiwan; the Kremlin''s denial; and Musk''s response on X.');

insert into actor (slug, name, kind, description) values
('elon-musk', 'Elon Musk', 'PERSON', 'Chief executive of SpaceX and Tesla; owner of X.'),
('vladimir-putin', 'Vladimir Putin', 'PERSON', 'President of Russia.'),
('xi-jinping', 'Xi Jinping', 'PERSON', 'President of China.'),
('kremlin', 'The Kremlin', 'GOVERNMENT_BODY', 'The Russian presidential administration.'),
('dmitry-peskov', 'Dmitry Peskov', 'PERSON', 'Kremlin spokesman.'),
('pentagon', 'The Pentagon', 'GOVERNMENT_BODY', 'U.S. Department of Defense.'),
('wall-street-journal', 'The Wall Street Journal', 'NEWS_OUTLET', 'U.S. newspaper owned by News Corp.'),
('new-york-times', 'The New York Times', 'NEWS_OUTLET', 'U.S. newspaper.'),
('spacex', 'SpaceX', 'COMPANY', 'U.S. space company led by Elon Musk; operates Starlink.'),
('rupert-murdoch', 'Rupert Murdoch', 'PERSON', 'Media owner whose News Corp owns The Wall Street Journal.'),
('tass', 'TASS', 'NEWS_OUTLET', 'Russian state news agency.'),
('politico-europe', 'Politico Europe', 'NEWS_OUTLET', 'European edition of Politico.'),
('x-platform', 'X', 'PLATFORM', 'Social network formerly called Twitter, owned by Elon Musk.');

insert into source (kind, title, publisher_id, author, url, archive_url,
                    published_edtf, published_earliest, published_latest, published_label) values
('NEWS_REPORT', 'The tracked report: a write-up of the WSJ investigation (publisher not named)',
 null, null, null, null, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),
('NEWS_REPORT', 'Wall Street Journal investigation of Musk–Putin contacts',
 (select id from actor where slug = 'wall-street-journal'), null, null, null,
 '2024-10-24', '2024-10-24', '2024-10-24', null),
('SOCIAL_POST', 'Elon Musk''s posts on X responding to the WSJ report',
 (select id from actor where slug = 'x-platform'), 'Elon Musk', null, null,
 '2024-10', '2024-10-01', '2024-10-31', 'October 2024'),
('WIRE_REPORT', 'Kremlin spokesman Peskov on the WSJ report, as reported by TASS',
 (select id from actor where slug = 'tass'), null, 'https://tass.com/politics/1862383', null,
 '2024-10-25', '2024-10-25', '2024-10-25', null),
('NEWS_REPORT', 'Politico Europe summary of the WSJ report on Musk and Putin',
 (select id from actor where slug = 'politico-europe'), null,
 'https://www.politico.eu/article/elon-musk-in-secret-contact-vladimir-putin-since-2022-claims-wall-street-journal-report-us-ukraine-russia-war-starlink/',
 null, '2024-10-25', '2024-10-25', '2024-10-25', null);

-- Claims, in the order of the report's inventory (1–14).
insert into claim (story_id, slug, statement, status, status_reason,
                   event_edtf, event_earliest, event_latest, event_label)
select s.id, c.slug, c.statement, c.status, c.status_reason, c.edtf, c.earliest::date, c.latest::date, c.label
from story s,
     (values
      (1, 'musk-says-he-spoke-with-putin-once-in-2021',
       'Musk has said he spoke with Putin only once, about space, around April 2021.',
       'REPORTED', null, '2021-04~', '2021-04-01', '2021-04-30', 'around April 2021'),
      (2, 'musk-and-putin-in-regular-contact-since-late-2022',
       'Musk and Putin have been in regular contact since late 2022, continuing into 2024.',
       'DISPUTED', 'Rests on anonymous officials; the Kremlin denies any regular communication.',
       '2022-39/2024', '2022-09-01', '2024-12-31', 'late 2022 into 2024'),
      (3, 'musk-putin-talks-covered-personal-business-and-geopolitics',
       'The Musk–Putin conversations covered personal matters, business and geopolitical tensions.',
       'REPORTED', null, '2022-39/2024', '2022-09-01', '2024-12-31', 'late 2022 into 2024'),
      (4, 'musk-did-not-respond-to-requests-for-comment',
       'Musk did not answer requests for comment on the report.',
       'REPORTED', null, '2024-10', '2024-10-01', '2024-10-31', 'October 2024'),
      (5, 'kremlin-acknowledges-one-call-before-2022',
       'The Kremlin acknowledges a single phone call between Putin and Musk, about space and technology, before 2022.',
       'REPORTED', null, '../2021', null, '2021-12-31', 'before 2022'),
      (6, 'kremlin-denies-regular-musk-putin-communication',
       'The Kremlin says there has been no regular communication between Putin and Musk.',
       'REPORTED', null, '2024-10-25', '2024-10-25', '2024-10-25', null),
      (7, 'contacts-raise-national-security-questions',
       'The contacts raise national-security questions because of Musk''s business ties to U.S. military and intelligence agencies.',
       'REPORTED', null, null, null, null, null),
      (8, 'spacex-won-classified-contract-in-2021',
       'SpaceX won a classified U.S. government contract worth $1.8 billion in 2021.',
       'REPORTED', null, '2021', '2021-01-01', '2021-12-31', null),
      (9, 'musk-holds-a-security-clearance',
       'Musk holds a security clearance that gives him access to some classified information.',
       'REPORTED', null, null, null, null, null),
      (10, 'pentagon-declined-to-comment-on-clearances',
       'The Pentagon declined to comment on any individual''s security clearance.',
       'REPORTED', null, '2024-10', '2024-10-01', '2024-10-31', 'October 2024'),
      (11, 'putin-asked-musk-not-to-activate-starlink-over-taiwan',
       'Putin asked Musk not to switch on Starlink over Taiwan, as a favour to Xi Jinping.',
       'REPORTED', null, '2023-39', '2023-09-01', '2023-12-31', 'late 2023'),
      (12, 'starlink-still-unavailable-in-taiwan',
       'Starlink is still not available in Taiwan, and no date for a change is known.',
       'REPORTED', null, '2024-10', '2024-10-01', '2024-10-31', 'as of October 2024'),
      (13, 'musk-calls-nyt-and-wsj-left-wing',
       'Musk replied on X that the NYT is left-wing propaganda and that the WSJ, like most legacy outlets, is run by its journalists'' union rather than by Rupert Murdoch.',
       'REPORTED', null, '2024-10', '2024-10-01', '2024-10-31', 'October 2024'),
      (14, 'musk-did-not-dispute-specific-information',
       'Musk''s posts did not dispute any specific information in the report.',
       'REPORTED', null, '2024-10', '2024-10-01', '2024-10-31', 'October 2024'))
         as c(n, slug, statement, status, status_reason, edtf, earliest, latest, label)
where s.slug = 'musk-putin-contacts'
order by c.n;

insert into claim_subject (claim_id, actor_id)
select c.id, a.id
from (values
      ('musk-says-he-spoke-with-putin-once-in-2021', 'elon-musk'),
      ('musk-says-he-spoke-with-putin-once-in-2021', 'vladimir-putin'),
      ('musk-and-putin-in-regular-contact-since-late-2022', 'elon-musk'),
      ('musk-and-putin-in-regular-contact-since-late-2022', 'vladimir-putin'),
      ('musk-putin-talks-covered-personal-business-and-geopolitics', 'elon-musk'),
      ('musk-putin-talks-covered-personal-business-and-geopolitics', 'vladimir-putin'),
      ('musk-did-not-respond-to-requests-for-comment', 'elon-musk'),
      ('kremlin-acknowledges-one-call-before-2022', 'vladimir-putin'),
      ('kremlin-acknowledges-one-call-before-2022', 'elon-musk'),
      ('kremlin-denies-regular-musk-putin-communication', 'vladimir-putin'),
      ('kremlin-denies-regular-musk-putin-communication', 'elon-musk'),
      ('contacts-raise-national-security-questions', 'elon-musk'),
      ('spacex-won-classified-contract-in-2021', 'spacex'),
      ('musk-holds-a-security-clearance', 'elon-musk'),
      ('pentagon-declined-to-comment-on-clearances', 'pentagon'),
      ('putin-asked-musk-not-to-activate-starlink-over-taiwan', 'vladimir-putin'),
      ('putin-asked-musk-not-to-activate-starlink-over-taiwan', 'elon-musk'),
      ('putin-asked-musk-not-to-activate-starlink-over-taiwan', 'xi-jinping'),
      ('putin-asked-musk-not-to-activate-starlink-over-taiwan', 'spacex'),
      ('starlink-still-unavailable-in-taiwan', 'spacex'),
      ('musk-calls-nyt-and-wsj-left-wing', 'new-york-times'),
      ('musk-calls-nyt-and-wsj-left-wing', 'wall-street-journal'),
      ('musk-calls-nyt-and-wsj-left-wing', 'rupert-murdoch'),
      ('musk-did-not-dispute-specific-information', 'elon-musk'))
         as cs(claim_slug, actor_slug)
         join claim c on c.slug = cs.claim_slug
         join actor a on a.slug = cs.actor_slug;

-- Attributions. Source keys: TRACKED (the report), WSJ, X_POST, TASS, POLITICO.
insert into attribution (claim_id, source_id, speaker_id, speaker_description, anonymous, source_count, basis,
                         stance, quote, stated_edtf, stated_earliest, stated_latest, stated_label)
select c.id, s.id, sp.id, a.speaker_description, a.anonymous, a.source_count, a.basis, a.stance, a.quote,
       a.edtf, a.earliest::date, a.latest::date, a.label
from (values
      (1, 'musk-says-he-spoke-with-putin-once-in-2021', 'TRACKED', 'elon-musk', null, false, null::int,
       'his own public statement', 'ASSERTS',
       'In October 2022, Elon Musk publicly admitted that he had spoken to Putin, although only once—around April 2021.',
       '2022-10', '2022-10-01', '2022-10-31', 'October 2022'),

      (2, 'musk-and-putin-in-regular-contact-since-late-2022', 'WSJ', null,
       'several current and former U.S., European and Russian officials', true, null, 'officials and intelligence sources',
       'ASSERTS', null, '2024-10-24', '2024-10-24', '2024-10-24', null),
      (3, 'musk-and-putin-in-regular-contact-since-late-2022', 'TRACKED', null,
       'several current and former U.S., European, and Russian officials and intelligence sources', true, null,
       'officials and intelligence sources, as cited by the WSJ', 'ASSERTS',
       'However, a new report by The Wall Street Journal claims that SpaceX, Tesla, and X chief executive officer has been in regular contact with Russian President Vladimir Putin since late 2022 and into this year.',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),
      (4, 'musk-and-putin-in-regular-contact-since-late-2022', 'TASS', 'dmitry-peskov',
       'Kremlin spokesman', false, null, 'speaking for the Kremlin to reporters', 'DENIES', null,
       '2024-10-25', '2024-10-25', '2024-10-25', null),
      (5, 'musk-and-putin-in-regular-contact-since-late-2022', 'TRACKED', 'elon-musk', null, false, null, null,
       'DID_NOT_RESPOND', 'Elon Musk didn’t respond to requests for comment .',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),

      (6, 'musk-putin-talks-covered-personal-business-and-geopolitics', 'WSJ', null,
       'several current and former U.S., European and Russian officials', true, null, 'officials and intelligence sources',
       'ASSERTS', null, '2024-10-24', '2024-10-24', '2024-10-24', null),
      (7, 'musk-putin-talks-covered-personal-business-and-geopolitics', 'TRACKED', null,
       'several current and former U.S., European, and Russian officials and intelligence sources', true, null,
       'officials and intelligence sources, as cited by the WSJ', 'ASSERTS',
       'The discussions allegedly touched on personal topics, business, and geopolitical tensions.',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),

      (8, 'musk-did-not-respond-to-requests-for-comment', 'TRACKED', null,
       'the tracked report, in its own voice', false, null, 'its own reporting', 'ASSERTS',
       'Elon Musk didn’t respond to requests for comment .',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),
      (9, 'musk-did-not-respond-to-requests-for-comment', 'WSJ', 'wall-street-journal', null, false, null,
       'its own requests for comment', 'ASSERTS', null, '2024-10-24', '2024-10-24', '2024-10-24', null),

      (10, 'kremlin-acknowledges-one-call-before-2022', 'TRACKED', 'kremlin', null, false, null, null, 'ASSERTS',
       'the Kremlin only admitted one phone call between Musk and Putin—on the topic of space and technologies',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),
      (11, 'kremlin-acknowledges-one-call-before-2022', 'TASS', 'dmitry-peskov', 'Kremlin spokesman', false, null,
       'speaking for the Kremlin to reporters', 'ASSERTS', null, '2024-10-25', '2024-10-25', '2024-10-25', null),

      (12, 'kremlin-denies-regular-musk-putin-communication', 'TASS', 'dmitry-peskov', 'Kremlin spokesman', false,
       null, 'speaking for the Kremlin to reporters', 'ASSERTS', null, '2024-10-25', '2024-10-25', '2024-10-25', null),
      (13, 'kremlin-denies-regular-musk-putin-communication', 'TRACKED', 'kremlin', null, false, null, null, 'ASSERTS',
       'denied any regular communication between the two',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),

      (14, 'contacts-raise-national-security-questions', 'TRACKED', null, 'the tracked report, in its own voice',
       false, null, 'its own analysis', 'ASSERTS',
       'The report raises questions about national security due to Musk’s close business ties with the U.S. military and intelligence agencies.',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),

      (15, 'spacex-won-classified-contract-in-2021', 'TRACKED', null, 'the tracked report, in its own voice',
       false, null, 'its own reporting', 'ASSERTS',
       'The founder of SpaceX, which won a $1.8 billion classified contract in 2021 for the U.S. government',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),

      (16, 'musk-holds-a-security-clearance', 'TRACKED', null, 'the tracked report, in its own voice',
       false, null, 'its own reporting', 'ASSERTS',
       'has a security clearance that allows him access to certain classified information',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),
      (17, 'musk-holds-a-security-clearance', 'TRACKED', 'pentagon', 'a Pentagon spokesman', false, null, null,
       'DECLINES_TO_COMMENT',
       'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.',
       '2024-10', '2024-10-01', '2024-10-31', 'October 2024'),

      (18, 'pentagon-declined-to-comment-on-clearances', 'TRACKED', null, 'the tracked report, in its own voice',
       false, null, 'its own reporting', 'ASSERTS',
       'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),

      (19, 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'TRACKED', null,
       'a former Russian intelligence officer briefed on the situation', true, 1, 'briefed on the situation',
       'ASSERTS',
       'The request came late last year, The Wall Street Journal reports citing a former Russian intelligence officer briefed on the situation.',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),
      (20, 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'POLITICO', null,
       'two people briefed on the request', true, 2, 'briefed on the request', 'ASSERTS',
       'two people briefed on the request', '2024-10-25', '2024-10-25', '2024-10-25', null),

      (21, 'starlink-still-unavailable-in-taiwan', 'TRACKED', null, 'the tracked report, in its own voice',
       false, null, 'its own reporting', 'ASSERTS',
       'Starlink is currently still unavailable in Taiwan. There is no information on when this might change.',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'),

      (22, 'musk-calls-nyt-and-wsj-left-wing', 'X_POST', 'elon-musk', null, false, null, 'his own opinion',
       'ASSERTS',
       'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.',
       '2024-10', '2024-10-01', '2024-10-31', 'October 2024'),
      (23, 'musk-calls-nyt-and-wsj-left-wing', 'TRACKED', 'elon-musk', null, false, null, 'his post on X, quoted',
       'ASSERTS',
       'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.',
       '2024-10', '2024-10-01', '2024-10-31', 'October 2024'),

      (24, 'musk-did-not-dispute-specific-information', 'TRACKED', null, 'the tracked report, in its own voice',
       false, null, 'its own reading of Musk''s posts', 'ASSERTS',
       'In his tweets, he didn’t question any specific information contained in the report.',
       '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024'))
         as a(n, claim_slug, source_key, speaker_slug, speaker_description, anonymous, source_count, basis, stance,
              quote, edtf, earliest, latest, label)
         join claim c on c.slug = a.claim_slug
         join source s on s.title = case a.source_key
             when 'TRACKED' then 'The tracked report: a write-up of the WSJ investigation (publisher not named)'
             when 'WSJ' then 'Wall Street Journal investigation of Musk–Putin contacts'
             when 'X_POST' then 'Elon Musk''s posts on X responding to the WSJ report'
             when 'TASS' then 'Kremlin spokesman Peskov on the WSJ report, as reported by TASS'
             when 'POLITICO' then 'Politico Europe summary of the WSJ report on Musk and Putin' end
         left join actor sp on sp.slug = a.speaker_slug
order by a.n;

insert into claim_link (from_claim_id, to_claim_id, type, note)
select f.id, t.id, l.type, l.note
from (values
      ('kremlin-denies-regular-musk-putin-communication', 'musk-and-putin-in-regular-contact-since-late-2022',
       'CONTRADICTS', 'The Kremlin denies the regular contact the WSJ reports.'),
      ('kremlin-acknowledges-one-call-before-2022', 'musk-says-he-spoke-with-putin-once-in-2021',
       'SUPPORTS', 'Both speak of a single call about space.'),
      ('musk-says-he-spoke-with-putin-once-in-2021', 'musk-and-putin-in-regular-contact-since-late-2022',
       'CONTRADICTS', 'One call in 2021 against regular contact from late 2022.'),
      ('musk-putin-talks-covered-personal-business-and-geopolitics', 'musk-and-putin-in-regular-contact-since-late-2022',
       'DETAILS', null),
      ('musk-did-not-respond-to-requests-for-comment', 'musk-and-putin-in-regular-contact-since-late-2022',
       'RESPONDS_TO', null),
      ('spacex-won-classified-contract-in-2021', 'contacts-raise-national-security-questions', 'SUPPORTS', null),
      ('musk-holds-a-security-clearance', 'contacts-raise-national-security-questions', 'SUPPORTS', null),
      ('pentagon-declined-to-comment-on-clearances', 'musk-holds-a-security-clearance', 'RESPONDS_TO', null),
      ('putin-asked-musk-not-to-activate-starlink-over-taiwan', 'contacts-raise-national-security-questions',
       'SUPPORTS', null),
      ('starlink-still-unavailable-in-taiwan', 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'DETAILS',
       null),
      ('musk-calls-nyt-and-wsj-left-wing', 'musk-and-putin-in-regular-contact-since-late-2022', 'RESPONDS_TO',
       'Musk''s post answers the WSJ report.'),
      ('musk-did-not-dispute-specific-information', 'musk-calls-nyt-and-wsj-left-wing', 'DETAILS', null))
         as l(from_slug, to_slug, type, note)
         join claim f on f.slug = l.from_slug
         join claim t on t.slug = l.to_slug;
