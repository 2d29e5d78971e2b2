package dev.connector.webhooks;

import dev.connector.events.GeneralEventKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An integration's selection of General Webhook events as the admin API receives it and the store keeps it: the
 * kinds' names, in the reference's order (an {@link EnumSet} iterates in declaration order).
 */
final class GeneralEvents {

    private GeneralEvents() {
    }

    /** The named kinds, refusing unknown names with a message naming them. */
    static Set<GeneralEventKind> parse(List<String> names) {
        Set<GeneralEventKind> selected = EnumSet.noneOf(GeneralEventKind.class);
        for (String name : names) {
            selected.add(GeneralEventKind.named(name).orElseThrow(() -> new IllegalArgumentException(
                    "Events contains '" + name + "', which is not one of " + List.of(GeneralEventKind.values()) + ".")));
        }
        return selected;
    }

    /** The selection as the store keeps it: the names, comma separated. */
    static String stored(Set<GeneralEventKind> selection) {
        return selection.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** A stored selection; a name this version does not know (written by a newer one) selects nothing. */
    static Set<GeneralEventKind> fromStored(String text) {
        Set<GeneralEventKind> selection = EnumSet.noneOf(GeneralEventKind.class);
        Arrays.stream(text.split(",")).map(GeneralEventKind::named).flatMap(Optional::stream)
                .forEach(selection::add);
        return selection;
    }
}
