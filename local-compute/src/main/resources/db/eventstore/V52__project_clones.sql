-- Projects made from git: each clone wanted (written with the event that asked for it), its outcome once it ended,
-- and whether that outcome was reported. A clone still 'wanted' when Kiln stops is done again when it starts.
create table eventstore.project_clone (
  project_id   uuid        primary key,
  url          text        not null,
  ref          text,
  status       text        not null default 'wanted',
  commit_id    text,
  reason       text,
  reported     boolean     not null default false,
  requested_at timestamptz not null default now(),
  finished_at  timestamptz
);
create index project_clone_open on eventstore.project_clone (status, reported);
