-- Teachers, their logins, live class sessions as logs of events, and pupils' snapshots.
-- Standard SQL only, so that PostgreSQL can run it as it is: instants are epoch milliseconds
-- (BIGINT), JSON bodies VARCHAR(1000000) (H2's largest VARCHAR; PostgreSQL takes it too).

CREATE TABLE teacher (
  id            VARCHAR(40)  PRIMARY KEY,
  name          VARCHAR(80)  NOT NULL UNIQUE,
  password_hash VARCHAR(200) NOT NULL,
  created_at    BIGINT       NOT NULL
);

-- Only the SHA-256 of a login token is kept: a copy of the database does not let anyone in.
CREATE TABLE teacher_login (
  token_hash VARCHAR(64) PRIMARY KEY,
  teacher_id VARCHAR(40) NOT NULL REFERENCES teacher (id),
  csrf       VARCHAR(64) NOT NULL,
  expires_at BIGINT      NOT NULL
);

CREATE TABLE class_session (
  id         VARCHAR(40) PRIMARY KEY,
  teacher_id VARCHAR(40) NOT NULL REFERENCES teacher (id),
  code       VARCHAR(6)  NOT NULL,
  scene_id   VARCHAR(80) NOT NULL,
  preset     VARCHAR(80) NOT NULL,
  language   VARCHAR(8)  NOT NULL,
  status     VARCHAR(8)  NOT NULL CHECK (status IN ('OPEN', 'ENDED')),
  opened_at  BIGINT      NOT NULL,
  ended_at   BIGINT
);

CREATE INDEX class_session_teacher ON class_session (teacher_id);
CREATE INDEX class_session_status ON class_session (status);

CREATE TABLE session_event (
  session_id VARCHAR(40)      NOT NULL REFERENCES class_session (id),
  seq        BIGINT           NOT NULL,
  type       VARCHAR(40)      NOT NULL,
  body       VARCHAR(1000000) NOT NULL,
  at         BIGINT           NOT NULL,
  PRIMARY KEY (session_id, seq)
);

-- The PNG bytes live in the content store, named by their sha256.
CREATE TABLE snapshot (
  id         VARCHAR(40) PRIMARY KEY,
  session_id VARCHAR(40) NOT NULL REFERENCES class_session (id),
  pupil_id   VARCHAR(40) NOT NULL,
  sha256     VARCHAR(64) NOT NULL,
  bytes      BIGINT      NOT NULL,
  at         BIGINT      NOT NULL
);

CREATE INDEX snapshot_session ON snapshot (session_id);
