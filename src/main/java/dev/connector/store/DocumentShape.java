package dev.connector.store;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The shape version of a stored document type: a checksum of the property names and types its JSON has, as the
 * mapper writes them, through nested records, lists and the records a sealed interface permits. Adding, removing,
 * renaming or retyping a property anywhere in the document changes it, so documents written before such a change
 * are recognised as older and read through their record again instead of being served as they are.
 */
final class DocumentShape {

    /** The shape of documents written before shapes were stored, or by SQL alone: never current. */
    static final int UNKNOWN = 0;

    private DocumentShape() {
    }

    static int of(ObjectMapper json, Class<?> type) {
        StringBuilder description = new StringBuilder();
        describe(json.getSerializationConfig(), json.constructType(type), description, new HashSet<>());
        CRC32 checksum = new CRC32();
        checksum.update(description.toString().getBytes(StandardCharsets.UTF_8));
        int shape = (int) checksum.getValue();
        return shape == UNKNOWN ? 1 : shape;
    }

    private static void describe(SerializationConfig config, JavaType type, StringBuilder description, Set<Class<?>> seen) {
        Class<?> raw = type.getRawClass();
        description.append(raw.getName());
        if (type.isContainerType()) {
            description.append('<');
            if (type.getKeyType() != null) {
                describe(config, type.getKeyType(), description, seen);
                description.append(',');
            }
            describe(config, type.getContentType(), description, seen);
            description.append('>');
            return;
        }
        // Only this server's own types have a shape of their own; a type met again is named, not described again.
        if (!raw.getName().startsWith("dev.connector.") || raw.isEnum() || !seen.add(raw)) {
            return;
        }
        if (raw.isSealed()) {
            description.append('[');
            for (Class<?> permitted : raw.getPermittedSubclasses()) {
                describe(config, config.constructType(permitted), description, seen);
                description.append('|');
            }
            description.append(']');
            return;
        }
        description.append('{');
        for (BeanPropertyDefinition property : config.introspect(type).findProperties()) {
            if (property.couldSerialize()) {
                description.append(property.getName()).append(':');
                describe(config, property.getPrimaryType(), description, seen);
                description.append(',');
            }
        }
        description.append('}');
    }
}
