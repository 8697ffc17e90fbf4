-- Cheongnabi: database and users.
--
-- Works on MySQL 8.0+ and MariaDB 10.11+. Run it once, as an administrative
-- user (root), on the database server:
--
--     mysql -uroot -p < create-database.sql
--
-- BEFORE RUNNING: replace both passwords below. 'change-me-migrate' and
-- 'change-me-app' are deliberately fake values and must never reach a real
-- server. Use long random strings, e.g. from `openssl rand -base64 24`.
--
-- The users are allowed to connect from any host ('%'). If the application
-- servers have fixed addresses, replace '%' with them (for example
-- 'cheongnabi_app'@'10.0.1.%') in every statement below.
--
-- Two users:
--   cheongnabi_migrate  owns the schema; Flyway uses it at application
--                       start-up to create and alter tables
--                       (DB_MIGRATION_USER / DB_MIGRATION_PASSWORD).
--   cheongnabi_app      what the application uses for everything else: data
--                       only, no DDL (DB_USER / DB_PASSWORD).
--
-- The script can be run again: it creates only what is missing and repeats
-- the grants. It never changes the password of an existing user.

-- utf8mb4_unicode_ci exists on both MySQL and MariaDB (utf8mb4_0900_ai_ci is
-- MySQL-only), so a dump can move between the two servers.
CREATE DATABASE IF NOT EXISTS cheongnabi
  CHARACTER SET utf8mb4
  COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'cheongnabi_migrate'@'%' IDENTIFIED BY 'change-me-migrate';
CREATE USER IF NOT EXISTS 'cheongnabi_app'@'%'     IDENTIFIED BY 'change-me-app';

-- Schema owner: DDL plus the DML that migrations need to fill or fix data.
GRANT SELECT, INSERT, UPDATE, DELETE,
      CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, TRIGGER
  ON cheongnabi.* TO 'cheongnabi_migrate'@'%';

-- Application: rows only. No DDL, no EXECUTE, nothing outside `cheongnabi`.
GRANT SELECT, INSERT, UPDATE, DELETE
  ON cheongnabi.* TO 'cheongnabi_app'@'%';

-- The hours ledger (table ledger_entry) is append-only, also for the
-- application's user. MySQL and MariaDB cannot take UPDATE and DELETE on one
-- table away from a user who holds them on the whole schema, and listing every
-- other table here would have to change with every migration. So the
-- migration V5 gives ledger_entry two triggers that refuse every UPDATE and
-- DELETE (SQLSTATE 45000, "ledger_entry is append-only"), whoever sends it.
-- What keeps the application's user from removing them is that it holds no
-- TRIGGER, DROP or ALTER privilege (TRUNCATE needs DROP): never grant it one
-- of these, nor SUPER or ALL PRIVILEGES.
--
-- The migration user creates the triggers, which needs TRIGGER (granted
-- above). On MySQL with binary logging (the default of MySQL 8), creating a
-- trigger without the SUPER privilege also needs, once, as root:
--     SET PERSIST log_bin_trust_function_creators = ON;
-- (MariaDB with binary logging: SET GLOBAL, and log_bin_trust_function_creators
-- = 1 in the server's configuration.) Otherwise V5 fails with error 1419.
--
-- Check after the first start:
--     SELECT trigger_name, event_manipulation FROM information_schema.triggers
--      WHERE trigger_schema = 'cheongnabi' AND event_object_table = 'ledger_entry';
-- lists ledger_entry_no_update (UPDATE) and ledger_entry_no_delete (DELETE).
