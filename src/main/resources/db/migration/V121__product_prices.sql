-- A product's price on one enterprise-local night (time unit) where it differs from the product's own price, as the
-- enterprise states prices (gross or net).
CREATE TABLE product_prices (
    product_id  TEXT NOT NULL REFERENCES products (id),
    night       TEXT NOT NULL,
    amount      NUMERIC(18, 4) NOT NULL,
    updated_utc BIGINT NOT NULL,
    PRIMARY KEY (product_id, night)
);
