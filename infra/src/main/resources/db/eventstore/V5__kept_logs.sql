create table eventstore.kept_log (
  kind      text        not null,
  id        text        not null,
  attempt   int         not null default 0,
  replica   int         not null default 0,
  log       text        not null,
  truncated boolean     not null,
  kept_at   timestamptz not null,
  primary key (kind, id, attempt, replica)
);
