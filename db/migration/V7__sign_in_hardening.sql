-- Sign-in hardening (penetration test, issue 10).

-- One canonical form of a username (ASCII lower case), computed in Java (Usernames) and stored
-- as such, so storage, look-up, sessions and throttling agree: no Unicode case rule (İ) can
-- make two spellings of one name.
update account set username = lower(username);
drop index account_username_idx;
alter table account add constraint account_username_unique unique (username);
-- Names from before this rule are not checked; every new or changed name is.
alter table account add constraint account_username_canonical
    check (username ~ '^[a-z0-9._-]{3,60}$') not valid;

-- Failed sign-ins are counted per name and client address (a short lock for that address
-- only), and per name from everywhere (a growing delay, never a lock-out that anyone could
-- trigger against a public editor name).
drop table sign_in_throttle;
create table sign_in_failure (
    username_key    varchar(60) not null,
    client_address  varchar(64) not null,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz,
    primary key (username_key, client_address)
);
create table sign_in_account_failure (
    username_key    varchar(60) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null
);
create index sign_in_failure_age_idx on sign_in_failure (last_failure_at);
create index sign_in_account_failure_age_idx on sign_in_account_failure (last_failure_at);

-- Sessions are found by the canonical name to end them when an account is disabled or its
-- password changes. Sessions from before carry the name as typed: everyone signs in once more.
delete from spring_session;
