-- The instance running a roster import or an obligation run stamps its row every 15 seconds; any
-- instance marks a job whose stamp is older than two minutes failed, its server having stopped.
-- A job left running by an instance that died before this version is stamped with its start, so
-- the first sweep finds it.
ALTER TABLE roster_import ADD COLUMN heartbeat_at DATETIME(3) NULL;
UPDATE roster_import SET heartbeat_at = started_at;
ALTER TABLE roster_import MODIFY COLUMN heartbeat_at DATETIME(3) NOT NULL;

ALTER TABLE obligation_run ADD COLUMN heartbeat_at DATETIME(3) NULL,
  ADD COLUMN failure VARCHAR(1000) NULL;
UPDATE obligation_run SET heartbeat_at = started_at;
ALTER TABLE obligation_run MODIFY COLUMN heartbeat_at DATETIME(3) NOT NULL;
