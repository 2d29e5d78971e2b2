-- A delivered or abandoned message has no next attempt: the due index keeps only messages still to be sent, so that
-- finishing a message removes its entry instead of adding one for its null time.
DROP INDEX webhook_messages_due;
CREATE INDEX webhook_messages_due ON webhook_messages (next_attempt_utc) WHERE next_attempt_utc IS NOT NULL;
-- On PostgreSQL, room left in each page lets a claim (which changes no indexed column) rewrite its row in place
-- without new entries in the table's six indexes.
${webhook_messages_room}
