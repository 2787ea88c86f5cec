-- Local builds: the request of each build (kept from BuildRequested), run once the queue admits it.
create table eventstore.local_build (
  build_id   text        primary key,
  request    text        not null,
  status     text        not null default 'queued',
  updated_at timestamptz not null default now()
);
create index local_build_admitted on eventstore.local_build (status) where status = 'admitted';

-- Models as local compute needs them (the shim loads file and function), and each deployment's wanted replicas.
create table eventstore.local_model (
  model_id   text primary key,
  file       text not null,
  function   text not null,
  runtime_id text
);

create table eventstore.local_deployment (
  deployment_id    text    primary key,
  model_id         text    not null,
  project_id       text    not null,
  owner_id         text    not null,
  memory_mib       bigint  not null default 0,
  epoch            int     not null default 1,
  model_version    int     not null,
  image            text,
  replicas         int     not null,
  canary_version   int,
  canary_image     text,
  canary_replicas  int     not null default 0,
  running          boolean not null default true
);
