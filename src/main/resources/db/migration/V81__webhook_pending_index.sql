-- Messages still to be sent, by application: claiming reads one application's due messages in order, and finding
-- the applications with messages to send probes this index once per application, however long the backlogs are.
CREATE INDEX webhook_messages_pending ON webhook_messages (application_id, next_attempt_utc, seq)
    WHERE next_attempt_utc IS NOT NULL;
