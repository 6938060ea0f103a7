-- A session's picture code: four picture names joined by dashes (e.g. cat-apple-fish-sun), for
-- children who cannot read a letter code. Sessions opened before this have none until the server
-- restores them and draws one.
ALTER TABLE class_session ADD COLUMN picture_code VARCHAR(64);
