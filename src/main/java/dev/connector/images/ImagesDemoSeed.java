package dev.connector.images;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.services.CatalogueIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two pictures per room type of each demo hotel ({@code image/<room type>/1} and {@code /2}), each 800 x 600 except
 * the suite's lounge (600 x 800), assigned to the room type; an older picture of the standard double is no longer
 * shown (an inactive assignment). Seeded quietly: images have no events.
 */
public final class ImagesDemoSeed implements DemoSeed {

    private record Picture(String roomType, String name, Image.Motif motif, int width, int height, int wall,
                           int accent) {
    }

    private static final List<Picture> PICTURES = List.of(
            new Picture("standard-double", "Standard Double bedroom", Image.Motif.Bedroom, 800, 600, 0xE4D5B7,
                    0x4F6D7A),
            new Picture("standard-double", "Standard Double bathroom", Image.Motif.Bathroom, 800, 600, 0xDDE6EA,
                    0x8FA9B5),
            new Picture("deluxe-king", "Deluxe King bedroom", Image.Motif.Bedroom, 800, 600, 0xC9B79C, 0x7A3E48),
            new Picture("deluxe-king", "Deluxe King bathroom", Image.Motif.Bathroom, 800, 600, 0xE8E2D5, 0x6B8F71),
            new Picture("junior-suite", "Junior Suite bedroom", Image.Motif.Bedroom, 800, 600, 0xB8C4A8, 0x3D405B),
            new Picture("junior-suite", "Junior Suite lounge", Image.Motif.Lounge, 600, 800, 0xF2E9DC, 0xA0522D));

    private final ImageStore store;

    ImagesDemoSeed(ImageStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant created = tx.now().minus(Duration.ofDays(20));
        int number = 0;
        String previousType = "";
        for (Picture picture : PICTURES) {
            number = picture.roomType().equals(previousType) ? number + 1 : 1;
            previousType = picture.roomType();
            UUID imageId = hotel.id("image/" + picture.roomType() + "/" + number);
            store.insert(tx.handle(), new Image(imageId, hotel.enterpriseId(), picture.name(), picture.width(),
                    picture.height(), picture.wall(), picture.accent(), picture.motif()));
            store.insert(tx.handle(), hotel.enterpriseId(), new ResourceCategoryImageAssignment(
                    hotel.id("resource-category-image-assignment/" + picture.roomType() + "/" + number), true,
                    CatalogueIds.of(hotel.enterpriseId(), "resource-category/" + picture.roomType()), imageId,
                    created, created));
        }
        UUID oldImageId = hotel.id("image/standard-double/old");
        store.insert(tx.handle(), new Image(oldImageId, hotel.enterpriseId(), "Standard Double before renovation",
                800, 600, 0xB0A48A, 0x5C4033, Image.Motif.Bedroom));
        store.insert(tx.handle(), hotel.enterpriseId(), new ResourceCategoryImageAssignment(
                hotel.id("resource-category-image-assignment/standard-double/old"), false,
                CatalogueIds.of(hotel.enterpriseId(), "resource-category/standard-double"), oldImageId,
                created.minus(Duration.ofDays(300)), tx.now().minus(Duration.ofDays(5))));
    }
}
