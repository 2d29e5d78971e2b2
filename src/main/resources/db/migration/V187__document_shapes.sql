-- The shape version of each stored document that answers may carry as it is (store/DocumentShape). Documents
-- written before have shape 0, which is never current: they are read through their record until next saved.
ALTER TABLE customers ADD COLUMN doc_shape INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reservations ADD COLUMN doc_shape INTEGER NOT NULL DEFAULT 0;
ALTER TABLE services ADD COLUMN doc_shape INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resources ADD COLUMN doc_shape INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rates ADD COLUMN doc_shape INTEGER NOT NULL DEFAULT 0;

-- Changes with every change to what configuration/get answers for the enterprise (its settings, its services), to
-- a value never used before, so that every node can tell whether the configuration it remembers is still current.
ALTER TABLE enterprises ADD COLUMN configuration_version BIGINT NOT NULL DEFAULT 0;
