package dev.connector.availabilityblocks;

import dev.connector.api.InvalidRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rolling release offset (ISO 8601 duration such as {@code P-3D} or {@code P0M-2DT0H0M0S}) in milliseconds: the
 * time from the start of a night to the moment its units are released (negative: before the night starts).
 */
public final class ReleaseOffsets {

    private static final Pattern DURATION = Pattern.compile(
            "(-)?P(?:(-?\\d+)Y)?(?:(-?\\d+)M)?(?:(-?\\d+)W)?(?:(-?\\d+)D)?"
                    + "(?:T(?:(-?\\d+)H)?(?:(-?\\d+)M)?(?:(-?\\d+(?:\\.\\d+)?)S)?)?");
    private static final long SECOND = 1000L;
    private static final long DAY = 24 * 3600 * SECOND;

    private ReleaseOffsets() {
    }

    /** The offset in milliseconds, or null when none is given; years and months count as 365 and 30 days. */
    public static Long millis(String offset) {
        if (offset == null) {
            return null;
        }
        Matcher matcher = DURATION.matcher(offset);
        if (!matcher.matches() || offset.equals("P") || offset.endsWith("T")) {
            throw new InvalidRequest("RollingReleaseOffset must be an ISO 8601 duration such as P-3D, not " + offset
                    + ".");
        }
        double total = part(matcher, 2) * 365 * DAY + part(matcher, 3) * 30 * DAY + part(matcher, 4) * 7 * DAY
                + part(matcher, 5) * DAY + part(matcher, 6) * 3600 * SECOND + part(matcher, 7) * 60 * SECOND
                + part(matcher, 8) * SECOND;
        return (long) (matcher.group(1) == null ? total : -total);
    }

    private static double part(Matcher matcher, int group) {
        return matcher.group(group) == null ? 0 : Double.parseDouble(matcher.group(group));
    }
}
