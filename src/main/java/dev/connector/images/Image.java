package dev.connector.images;

import java.util.UUID;

/**
 * An image the server draws itself (the stored document): a simple picture of a room in two colours at its
 * original size. Demo data needs real pictures that any client can download, without shipping binary files.
 *
 * @param wall   RGB colour of the walls, e.g. {@code 0xD9C7A7}
 * @param accent RGB colour of the furniture
 */
public record Image(UUID id, UUID enterpriseId, String name, int width, int height, int wall, int accent,
                    Motif motif) {

    /** What the picture shows. */
    public enum Motif {
        Bedroom,
        Bathroom,
        Lounge
    }
}
