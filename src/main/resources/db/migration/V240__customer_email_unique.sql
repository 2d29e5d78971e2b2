-- At most one active customer per email in a chain. The index refuses a second one whatever the order in which
-- concurrent writers commit, so adding a customer no longer locks the chain to check the email first. PostgreSQL's
-- refusal names the index and SQLite's its columns: both say email_key (CustomerStore.isDuplicateEmail).
CREATE UNIQUE INDEX customers_active_email_key ON customers (chain_id, email_key)
    WHERE is_active AND email_key IS NOT NULL;
