-- A stance's group (for, against, silent), stored with each attribution so a query asks for a
-- group by its name (stance_group = 'ASSERTS') instead of listing which stances belong to it.
-- The same mapping as Stance.group() in Java; StanceGroupColumnTest checks that they agree for
-- every stance. Generated, so no form, import or earlier release can set it wrong, and adding it
-- changes no editor's row (a generated column is computed, not written by anyone).
alter table attribution add column stance_group varchar(10) not null generated always as (
    case stance
        when 'ASSERTS' then 'ASSERTS'
        when 'CONFIRMS' then 'ASSERTS'
        when 'DENIES' then 'DENIES'
        when 'DISPUTES' then 'DENIES'
        when 'DECLINES_TO_COMMENT' then 'DECLINES'
        when 'DID_NOT_RESPOND' then 'DECLINES'
    end) stored;
