-- Webhooks ask the project-access lookup who administers a project; this copy of it is no longer kept.
DROP TABLE IF EXISTS project_membership;
