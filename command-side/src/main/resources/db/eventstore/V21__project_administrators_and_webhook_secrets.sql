-- Who holds which role in which project (owner and collaborators), for rules outside the Project aggregate
-- such as registering a project's webhooks. Kept by a subscribing processor in the same transaction as the events;
-- the INSERT below fills it from the events stored before this table existed.
CREATE TABLE project_membership (
    project_id VARCHAR(64) NOT NULL,
    user_id    VARCHAR(64) NOT NULL,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

INSERT INTO project_membership (project_id, user_id, role)
SELECT aggregateidentifier, convert_from(payload, 'UTF8')::jsonb ->> 'ownerId', 'OWNER'
FROM domainevententry
WHERE payloadtype = 'io.kiln.domain.project.ProjectCreatedEvent';

INSERT INTO project_membership (project_id, user_id, role)
SELECT project_id, user_id, role
FROM (SELECT DISTINCT ON (aggregateidentifier, convert_from(payload, 'UTF8')::jsonb ->> 'userId')
             aggregateidentifier                              AS project_id,
             convert_from(payload, 'UTF8')::jsonb ->> 'userId' AS user_id,
             convert_from(payload, 'UTF8')::jsonb ->> 'role'   AS role,
             payloadtype
      FROM domainevententry
      WHERE payloadtype IN ('io.kiln.domain.project.CollaboratorAddedEvent',
                            'io.kiln.domain.project.CollaboratorRoleChangedEvent',
                            'io.kiln.domain.project.CollaboratorRemovedEvent')
      ORDER BY aggregateidentifier, convert_from(payload, 'UTF8')::jsonb ->> 'userId', globalindex DESC) latest
WHERE payloadtype <> 'io.kiln.domain.project.CollaboratorRemovedEvent'
ON CONFLICT DO NOTHING;

-- Webhook signing secrets, never in events: written by the command that sets them, in its transaction.
CREATE TABLE webhook_secret (
    webhook_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(256) NOT NULL
);
