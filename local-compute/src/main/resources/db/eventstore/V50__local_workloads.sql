-- Local compute: what should run as a process on this machine, and what runs (pid + the process's start time, so a
-- restarted Kiln adopts what is still alive and never starts a workload twice).
create table eventstore.local_workload (
  workload_key       text        primary key,
  kind               text        not null,
  owner_id           text        not null,
  generation         int         not null default 0,
  route              text,
  spec               text        not null,
  wanted             boolean     not null default true,
  status             text        not null default 'pending',
  pid                bigint,
  process_started_at timestamptz,
  port               int,
  launched_at        timestamptz,
  exit_code          int,
  reason             text,
  restarts           int         not null default 0,
  updated_at         timestamptz not null default now()
);
create index local_workload_owner on eventstore.local_workload (owner_id);
create index local_workload_active on eventstore.local_workload (status) where status in ('pending', 'launching', 'running', 'ready');

create table eventstore.local_runtime (
  runtime_id     text primary key,
  editor         text,
  image          text,
  local_command  text,
  editor_command text
);
