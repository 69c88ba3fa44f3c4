-- A migration that fails after every real one has run (ReleaseMigrationsTest): the upgrade must
-- leave the database exactly as the earlier release wrote it.
do $$ begin raise exception 'an upgrade that fails at its last step'; end $$;
