-- Rates can be filtered by the identifier an external system gave them.
ALTER TABLE rates ADD COLUMN external_identifier TEXT;
