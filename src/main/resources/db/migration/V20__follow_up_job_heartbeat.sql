-- The instance confirming follow-up training stamps its job every 15 seconds, as roster imports and
-- obligation runs are stamped (V19); any instance marks a job whose stamp is older than two minutes
-- failed, its server having stopped. A job left running before this version gets its start.
ALTER TABLE follow_up_job ADD COLUMN heartbeat_at DATETIME(3) NULL;
UPDATE follow_up_job SET heartbeat_at = started_at;
ALTER TABLE follow_up_job MODIFY COLUMN heartbeat_at DATETIME(3) NOT NULL;
