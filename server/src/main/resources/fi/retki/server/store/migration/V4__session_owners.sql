-- Several servers share this database. Each open session is owned by one node at a time: the node
-- that runs it (its SessionHost). owner_epoch fences it: a node writes a session's events only
-- while the row still holds the node and the epoch it took the session with; a node that takes a
-- session over (its owner died) bumps the epoch, so the old owner, if it is only cut off and not
-- dead, can write nothing more. Sessions opened before this have no owner until a server restores
-- them.
ALTER TABLE class_session ADD COLUMN owner_node VARCHAR(64);
ALTER TABLE class_session ADD COLUMN owner_epoch BIGINT DEFAULT 0 NOT NULL;

-- The codes of open sessions (the letter code as normalized, and the picture code's key), unique
-- across every server: a row is added with the session and deleted when it ends.
CREATE TABLE open_code (
  code       VARCHAR(64) PRIMARY KEY,
  session_id VARCHAR(40) NOT NULL REFERENCES class_session (id)
);

CREATE INDEX open_code_session ON open_code (session_id);

-- Which session issued each pupil's resume token (only its SHA-256 is kept, as in the events), so
-- that any server can send a returning pupil to the node that runs their class.
CREATE TABLE resume_token (
  token_hash VARCHAR(64) PRIMARY KEY,
  session_id VARCHAR(40) NOT NULL REFERENCES class_session (id)
);

CREATE INDEX resume_token_session ON resume_token (session_id);
