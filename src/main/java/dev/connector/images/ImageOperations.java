package dev.connector.images;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code images/getUrls}: where to download images of the caller's enterprises, served by {@link ImageRoutes};
 * {@code resourceCategoryImageAssignments/getAll}: which images show which room type. Read-only.
 */
public final class ImageOperations {

    /** The path images are served at, followed by the image id. */
    static final String PATH = "/media/images/";

    public record ImageSizeParameters(UUID imageId, Integer width, Integer height, ResizeMode resizeMode) {
    }

    public record GetUrls(List<ImageSizeParameters> images) {
        public GetUrls {
            Require.notEmpty(images, "Images");
            Require.atMost(images, Limitation.MAX_COUNT, "Images");
            for (int i = 0; i < images.size(); i++) {
                ImageSizeParameters image = Require.present(images.get(i), "Images[" + i + "]");
                Require.present(image.imageId(), "Images[" + i + "].ImageId");
                side(image.width(), "Images[" + i + "].Width");
                side(image.height(), "Images[" + i + "].Height");
            }
        }
    }

    public record ImageUrl(UUID imageId, String url) {
    }

    public record UrlResult(List<ImageUrl> imageUrls) {
    }

    public record GetAllAssignments(Limitation limitation, List<UUID> enterpriseIds,
                                    List<UUID> resourceCategoryImageAssignmentIds, List<UUID> resourceCategoryIds,
                                    TimeInterval updatedUtc, List<ActivityState> activityStates) {
        public GetAllAssignments {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(resourceCategoryImageAssignmentIds, "ResourceCategoryImageAssignmentIds");
            RequestChecks.requiredList(resourceCategoryIds, "ResourceCategoryIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record AssignmentResult(List<ResourceCategoryImageAssignment> resourceCategoryImageAssignments,
                                   UUID cursor) {
    }

    private final Transactions transactions;
    private final ImageStore store;

    ImageOperations(Transactions transactions, ImageStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public UrlResult getUrls(GetUrls request, Caller caller) {
        List<UUID> ids = request.images().stream().map(ImageSizeParameters::imageId).distinct().toList();
        Map<UUID, Image> found = transactions.read(handle -> store.find(handle, ids, caller.enterpriseIds())).stream()
                .collect(Collectors.toMap(Image::id, Function.identity()));
        List<ImageUrl> urls = new ArrayList<>();
        for (int i = 0; i < request.images().size(); i++) {
            ImageSizeParameters image = request.images().get(i);
            if (!found.containsKey(image.imageId())) {
                throw new InvalidRequest("Images[" + i + "].ImageId " + image.imageId()
                        + " is not an image of the enterprise.");
            }
            urls.add(new ImageUrl(image.imageId(), url(caller.baseUrl(), image)));
        }
        return new UrlResult(urls);
    }

    public AssignmentResult assignments(GetAllAssignments request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("category_id", request.resourceCategoryIds())
                .in("id", request.resourceCategoryImageAssignmentIds())
                .within("updated_utc", request.updatedUtc())
                .eq("is_active", RequestChecks.isActive(request.activityStates(), null));
        Page<ResourceCategoryImageAssignment> page = transactions.read(handle ->
                store.assignments(handle, filter, request.limitation()));
        return new AssignmentResult(page.items(), page.cursor());
    }

    /** The address of the image at the requested size, absolute when the caller's base address is known. */
    static String url(String baseUrl, ImageSizeParameters image) {
        StringBuilder url = new StringBuilder(baseUrl == null ? "" : baseUrl).append(PATH).append(image.imageId());
        List<String> query = new ArrayList<>();
        if (image.resizeMode() != null) {
            query.add("Mode=" + image.resizeMode().name());
        }
        if (image.width() != null) {
            query.add("Width=" + image.width());
        }
        if (image.height() != null) {
            query.add("Height=" + image.height());
        }
        if (!query.isEmpty()) {
            url.append('?').append(String.join("&", query));
        }
        return url.toString();
    }

    static void side(Integer value, String field) {
        if (value != null && (value < 1 || value > ImageRenderer.MAX_SIDE)) {
            throw new InvalidRequest(field + " must be between 1 and " + ImageRenderer.MAX_SIDE + ", but was "
                    + value + ".");
        }
    }
}
