ALTER TABLE readmodel.runtime ADD COLUMN local_command VARCHAR(500);
ALTER TABLE readmodel.runtime ADD COLUMN editor_command VARCHAR(500);
