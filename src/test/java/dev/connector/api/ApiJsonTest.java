package dev.connector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

    record Sample(UUID enterpriseId, Instant createdUtc, Integer count, String name, Boolean isActive,
                  List<UUID> customerIds, Limitation limitation) {
    }

    private final ObjectMapper json = ApiJson.create();

    @Test
    void reads_pascal_case_into_records_and_writes_it_back() throws Exception {
        Sample sample = json.readValue("""
                {"EnterpriseId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "CreatedUtc": "2026-01-02T03:04:05.678+01:00",
                 "Count": 3, "Name": "x", "IsActive": true, "CustomerIds": [], "Limitation": {"Count": 10}}""", Sample.class);

        assertThat(sample.enterpriseId()).isEqualTo(UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        assertThat(sample.createdUtc()).isEqualTo(Instant.parse("2026-01-02T02:04:05.678Z"));
        assertThat(sample.limitation().count()).isEqualTo(10);
        assertThat(json.writeValueAsString(sample))
                .contains("\"EnterpriseId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"")
                .contains("\"CreatedUtc\":\"2026-01-02T02:04:05Z\"")
                .contains("\"IsActive\":true");
    }

    @Test
    void accepts_a_numeric_string_for_a_number() throws Exception {
        assertThat(json.readValue("{\"Count\": \"12\"}", Sample.class).count()).isEqualTo(12);
    }

    @Test
    void refuses_numbers_for_text_text_for_booleans_and_instants_without_offset() {
        assertThatThrownBy(() -> json.readValue("{\"Name\": 5}", Sample.class)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> json.readValue("{\"IsActive\": \"yes\"}", Sample.class)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> json.readValue("{\"CreatedUtc\": \"2026-01-02T03:04:05\"}", Sample.class))
                .isInstanceOf(Exception.class);
        assertThatThrownBy(() -> json.readValue("{\"EnterpriseId\": \"not-a-guid\"}", Sample.class))
                .isInstanceOf(Exception.class);
        assertThatThrownBy(() -> json.readValue("{\"EnterpriseId\": \"\"}", Sample.class)).isInstanceOf(Exception.class);
    }

    @Test
    void refuses_a_fraction_for_a_whole_number() {
        assertThatThrownBy(() -> json.readValue("{\"Count\": 1.5}", Sample.class)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> json.readValue("{\"Count\": \"1.5\"}", Sample.class)).isInstanceOf(Exception.class);
    }

    @Test
    void limitation_out_of_range_names_the_field() {
        assertThatThrownBy(() -> new Limitation(0, null)).hasMessageContaining("Limitation.Count");
        assertThatThrownBy(() -> new Limitation(1001, null)).hasMessageContaining("Limitation.Count");
        assertThatThrownBy(() -> new Limitation(10, "nope")).hasMessageContaining("Limitation.Cursor");
    }

    @Test
    void instants_are_written_in_whole_utc_seconds_for_every_year() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
        assertThat(ApiJson.format(Instant.parse("2026-01-02T03:04:05.678Z"))).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(ApiJson.format(Instant.parse("0000-01-01T00:00:00Z"))).isEqualTo("0000-01-01T00:00:00Z");
        assertThat(ApiJson.format(Instant.parse("9999-12-31T23:59:59.999Z"))).isEqualTo("9999-12-31T23:59:59Z");
        for (String outside : new String[] {"+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"}) {
            Instant instant = Instant.parse(outside);
            assertThat(ApiJson.format(instant)).as(outside).isEqualTo(pattern.format(instant));
        }
    }

    @Test
    void utc_and_offset_forms_of_the_same_moment_read_alike() {
        assertThat(ApiJson.parse("2026-01-02T03:04:05Z")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(ApiJson.parse(" 2026-01-02T05:04:05+02:00 ")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThatThrownBy(() -> ApiJson.parse("2026-01-02T03:04:05")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ApiJson.parse("2026-02-30T03:04:05Z")).isInstanceOf(DateTimeParseException.class);
    }
}
