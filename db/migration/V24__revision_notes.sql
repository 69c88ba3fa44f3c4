-- What a revision was, when one save makes many changes at once: "Imported from a spreadsheet into
-- …: 30 claim(s), …". Null for an ordinary save (every revision before this release).
alter table revision add column note varchar(500);
