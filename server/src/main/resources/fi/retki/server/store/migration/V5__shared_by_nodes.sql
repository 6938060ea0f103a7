-- What the servers of a cluster share beyond sessions: snapshot bytes and secrets.
--
-- On a database the servers share, a snapshot's PNG is kept here too, so that whichever server a
-- teacher's request reaches can show it, and a server that dies takes none with it. Standard SQL has
-- no binary type that H2 and PostgreSQL both take, so the bytes are base64 text in parts of at most
-- 750,000 characters (a 5 MiB snapshot is 10 parts). The embedded database of a single server keeps
-- no rows here: its snapshots are in its content store only.
CREATE TABLE snapshot_part (
  sha256 VARCHAR(64)      NOT NULL,
  part   INTEGER          NOT NULL,
  data   VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (sha256, part)
);

-- Secrets every node of a cluster must share, by name: the key that signs known devices' cookies
-- (base64), so that a device one node knows is known to all. A single server keeps its key in a
-- file in its data directory instead.
CREATE TABLE server_secret (
  name   VARCHAR(40)  PRIMARY KEY,
  secret VARCHAR(200) NOT NULL
);
