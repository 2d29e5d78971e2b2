-- Test clocks of the sandbox: an enterprise with a row here lives at its own time, shared by every node of the
-- store. The enterprise's time is now_utc while frozen, else now_utc plus the real time passed since set_at_utc.
-- state is Ready or Advancing (an advance runs its time-driven effects); updated_utc is real time, so an advance
-- left behind by a stopped node can be taken over.

CREATE TABLE enterprise_clocks (
    enterprise_id TEXT NOT NULL PRIMARY KEY REFERENCES enterprises (id),
    now_utc       BIGINT NOT NULL,
    set_at_utc    BIGINT NOT NULL,
    frozen        BOOLEAN NOT NULL,
    state         TEXT NOT NULL,
    updated_utc   BIGINT NOT NULL
);
