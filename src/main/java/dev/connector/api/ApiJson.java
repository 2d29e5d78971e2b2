package dev.connector.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The JSON conventions of the Connector API in one mapper: PascalCase names, UTC instants written as
 * {@code YYYY-MM-DDThh:mm:ssZ}, any ISO 8601 instant with an offset read, unknown properties ignored,
 * no silent coercion of numbers or booleans into text, and in requests no null items in lists.
 */
public final class ApiJson {

    /** How deeply JSON values may nest; no request shape comes close, and a parser stack must stay bounded. */
    public static final int MAX_NESTING_DEPTH = 64;

    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant FIRST_FOUR_DIGIT_YEAR = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant FIRST_FIVE_DIGIT_YEAR = Instant.parse("+10000-01-01T00:00:00Z");

    private ApiJson() {
    }

    public static ObjectMapper create() {
        return create(true);
    }

    /**
     * The mapper for what this server stored itself (documents, outbox events): the same shapes, but property
     * names matched exactly, which is much cheaper than the case-insensitive matching requests get.
     */
    public static ObjectMapper forStoredJson() {
        return create(false);
    }

    private static ObjectMapper create(boolean requests) {
        SimpleModule instants = new SimpleModule("ConnectorInstants");
        instants.addSerializer(Instant.class, new InstantWriter());
        instants.addDeserializer(Instant.class, new InstantReader());
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, requests)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // 1.5 where a whole number is expected is a client bug, not a request for 1.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .addModule(new JavaTimeModule())
                .addModule(instants)
                // Generated accessors instead of reflection: reading and writing entity records is most of a page.
                .addModule(new BlackbirdModule())
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(1_000_000)
                .build());
        // A number or boolean where text is expected is a client bug; a numeric string for a number is accepted.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // "" is not a number, and Jackson would otherwise read it as a number left out.
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.OtherScalar)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.POJO)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // A date is text such as 2026-01-31; a number would otherwise be read as a count of days since 1970.
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        if (requests) {
            // In a request, [null] is never a list of something: refuse it rather than hand operations a null item.
            // Stored JSON keeps the default, as it was written by this server and is read back as it was written.
            mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        return mapper;
    }

    /** Writes an instant the way the API does: UTC, whole seconds. */
    public static String format(Instant instant) {
        Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
        // ISO_INSTANT writes exactly yyyy-MM-ddTHH:mm:ssZ for whole seconds in four-digit years, and is far faster.
        boolean fourDigitYear = !seconds.isBefore(FIRST_FOUR_DIGIT_YEAR) && seconds.isBefore(FIRST_FIVE_DIGIT_YEAR);
        return fourDigitYear ? DateTimeFormatter.ISO_INSTANT.format(seconds) : UTC_SECONDS.format(seconds);
    }

    /** Reads any ISO 8601 date-time with an offset (or Z); a missing offset is refused. */
    public static Instant parse(String text) {
        String trimmed = text.trim();
        if (isPlainUtc(trimmed)) {
            return Instant.parse(trimmed);
        }
        return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    /** yyyy-MM-ddTHH:mm:ssZ, the form the API writes, which the faster instant parser reads the same. */
    private static boolean isPlainUtc(String text) {
        if (text.length() != 20 || text.charAt(19) != 'Z' || text.charAt(10) != 'T') {
            return false;
        }
        for (int i = 0; i < 19; i++) {
            char c = text.charAt(i);
            boolean expected = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!expected) {
                return false;
            }
        }
        return true;
    }

    private static final class InstantWriter extends StdScalarSerializer<Instant> {
        InstantWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value));
        }
    }

    private static final class InstantReader extends StdScalarDeserializer<Instant> {
        InstantReader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "expected an ISO 8601 date and time with an offset, such as 2026-01-31T12:00:00Z");
            }
        }
    }
}
