package dev.connector.orders;

import java.util.UUID;

/** The order item data coproduct for an ordered product: {@code {"Discriminator": "Product", "Product": {...}}}. */
record OrderItemData(String discriminator, ProductData product) {

    /** The product an item orders. */
    record ProductData(UUID productId) {
    }

    static OrderItemData product(UUID productId) {
        return new OrderItemData("Product", new ProductData(productId));
    }
}
