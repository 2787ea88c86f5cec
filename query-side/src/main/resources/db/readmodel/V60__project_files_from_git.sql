-- A project made from a git URL: its files' state (ready, cloning, failed), where they come from, why a clone failed.
ALTER TABLE readmodel.project ADD COLUMN files_state TEXT NOT NULL DEFAULT 'ready';
ALTER TABLE readmodel.project ADD COLUMN git_url TEXT;
ALTER TABLE readmodel.project ADD COLUMN git_ref TEXT;
ALTER TABLE readmodel.project ADD COLUMN git_commit TEXT;
ALTER TABLE readmodel.project ADD COLUMN files_reason TEXT;
