package dev.connector.loyalty;

import static dev.connector.testing.ApiClient.body;
import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Loyalty programs, their tiers and memberships: shapes, rules, no events, on both stores. */
class LoyaltyTest extends BothStoresTest {

    @Test
    void a_program_is_added_renamed_and_deleted_without_events() {
        long before = OutboxRow.lastPosition(server);
        String programId = addProgram("Riverside Rewards", "RR-" + UUID.randomUUID().toString().substring(0, 6));

        ObjectNode update = body(ApiClient.UK);
        ObjectNode change = update.putArray("LoyaltyProgramUpdates").addObject().put("LoyaltyProgramId", programId);
        change.putObject("Name").put("Value", "Riverside Rewards Plus");
        change.putObject("Subscription").put("Value", "Paid");
        JsonNode updated = ok("loyaltyPrograms/update", update).json().get("LoyaltyPrograms").get(0);
        assertThat(updated.get("Name").asText()).isEqualTo("Riverside Rewards Plus");
        assertThat(updated.get("Subscription").asText()).isEqualTo("Paid");

        ObjectNode delete = body(ApiClient.UK);
        delete.putArray("LoyaltyProgramIds").add(programId);
        assertThat(client().operation("loyaltyPrograms/delete", delete).status()).isEqualTo(200);
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("LoyaltyProgramIds").add(programId);
        read.putArray("ActivityStates").add("Active");
        // Not checked against the schema: it asks for at least one program even in a getAll result.
        assertThat(client().operation("loyaltyPrograms/getAll", read).json().get("LoyaltyPrograms")).isEmpty();
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void a_program_code_is_unique_in_the_chain_and_a_program_with_members_stays() {
        ObjectNode duplicate = body(ApiClient.UK);
        duplicate.putArray("LoyaltyPrograms").addObject().put("Name", "Copy").put("Code", "THAMES");
        ObjectNode delete = body(ApiClient.UK);
        delete.putArray("LoyaltyProgramIds").add(id("uk/loyalty-program/1"));

        assertThat(client().operation("loyaltyPrograms/add", duplicate).status()).isEqualTo(403);
        ApiResponse refused = client().operation("loyaltyPrograms/delete", delete);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("Message").asText()).contains("active memberships");
    }

    @Test
    void tiers_have_their_own_code_and_ordering_within_a_program() {
        String programId = addProgram("Tiered", "TIER-" + UUID.randomUUID().toString().substring(0, 6));
        String bronze = addTier(programId, "Bronze", "BR", 1);
        addTier(programId, "Silver", "SV", 2);
        ObjectNode sameCode = body(ApiClient.UK);
        sameCode.putArray("LoyaltyTiers").addObject().put("LoyaltyProgramId", programId).put("Name", "Other")
                .put("Code", "BR").put("Ordering", 3);
        ObjectNode sameOrder = body(ApiClient.UK);
        sameOrder.putArray("LoyaltyTiers").addObject().put("LoyaltyProgramId", programId).put("Name", "Other")
                .put("Code", "OT").put("Ordering", 2);
        assertThat(client().operation("loyaltyTiers/add", sameCode).status()).isEqualTo(403);
        assertThat(client().operation("loyaltyTiers/add", sameOrder).status()).isEqualTo(403);

        ObjectNode update = body(ApiClient.UK);
        ObjectNode change = update.putArray("LoyaltyTierUpdates").addObject().put("LoyaltyTierId", bronze);
        change.putObject("Ordering").put("Value", 5);
        assertThat(ok("loyaltyTiers/update", update).json().get("LoyaltyTiers").get(0).get("Ordering").asInt())
                .isEqualTo(5);

        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("LoyaltyProgramIds").add(programId);
        assertThat(ok("loyaltyTiers/getAll", read).json().get("LoyaltyTiers")).hasSize(2);
        ObjectNode delete = body(ApiClient.UK);
        delete.putArray("LoyaltyTierIds").add(bronze);
        assertThat(client().operation("loyaltyTiers/delete", delete).status()).isEqualTo(200);
        assertThat(ok("loyaltyTiers/getAll", read).json().get("LoyaltyTiers")).hasSize(1);
    }

    @Test
    void demo_memberships_and_tiers_are_listed() {
        ObjectNode tiers = limited(ApiClient.UK, 10);
        tiers.putArray("LoyaltyProgramIds").add(id("uk/loyalty-program/1"));
        ObjectNode memberships = limited(ApiClient.UK, 10);
        memberships.putArray("AccountIds").add(id("uk/customer/2"));

        assertThat(ids(ok("loyaltyTiers/getAll", tiers).json().get("LoyaltyTiers")))
                .containsExactly(id("uk/loyalty-tier/1"), id("uk/loyalty-tier/2"), id("uk/loyalty-tier/3"));
        JsonNode membership = ok("loyaltyMemberships/getAll", memberships).json().get("LoyaltyMemberships").get(0);
        assertThat(membership.get("LoyaltyTierId").asText()).isEqualTo(id("uk/loyalty-tier/2"));
        assertThat(membership.get("State").asText()).isEqualTo("Enrolled");
    }

    @Test
    void a_membership_takes_a_tier_of_its_own_program_only() {
        String programId = addProgram("Other Club", "OC-" + UUID.randomUUID().toString().substring(0, 6));
        ObjectNode add = body(ApiClient.UK);
        add.putArray("LoyaltyMemberships").addObject().put("AccountId", id("uk/customer/30"))
                .put("LoyaltyProgramId", programId).put("IsPrimary", true)
                .put("LoyaltyTierId", id("uk/loyalty-tier/1"));

        ApiResponse response = client().operation("loyaltyMemberships/add", add);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("Message").asText()).contains("not a tier of the program");
    }

    @Test
    void a_new_primary_membership_makes_the_previous_one_secondary() {
        String customerId = id("uk/customer/31");
        String first = addMembership(customerId, true, null);
        String second = addMembership(customerId, true, "Pending");

        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("AccountIds").add(customerId);
        JsonNode memberships = ok("loyaltyMemberships/getAll", read).json().get("LoyaltyMemberships");

        assertThat(ids(memberships)).containsExactly(first, second);
        assertThat(memberships.get(0).get("IsPrimary").asBoolean()).isFalse();
        assertThat(memberships.get(0).get("State").asText()).isEqualTo("Enrolled");
        assertThat(memberships.get(1).get("IsPrimary").asBoolean()).isTrue();
        assertThat(memberships.get(1).get("State").asText()).isEqualTo("Pending");
    }

    @Test
    void a_membership_is_updated_with_update_values_and_deleted() {
        String membershipId = addMembership(id("uk/customer/32"), false, null);
        ObjectNode update = body(ApiClient.UK);
        ObjectNode change = update.putArray("LoyaltyMembershipUpdates").addObject()
                .put("LoyaltyMembershipId", membershipId);
        change.putObject("State").put("Value", "Declined");
        change.putObject("Points").put("Value", 42);
        change.putObject("LoyaltyTierId").put("Value", id("uk/loyalty-tier/3"));
        change.putObject("ExpirationDate").put("Value", "2030-01-31");

        JsonNode updated = ok("loyaltyMemberships/update", update).json().get("LoyaltyMemberships").get(0);

        assertThat(updated.get("State").asText()).isEqualTo("Declined");
        assertThat(updated.get("Points").asInt()).isEqualTo(42);
        assertThat(updated.get("ExpirationDate").asText()).isEqualTo("2030-01-31T00:00:00Z");
        ObjectNode delete = body(ApiClient.UK);
        delete.putArray("LoyaltyMembershipIds").add(membershipId);
        assertThat(client().operation("loyaltyMemberships/delete", delete).status()).isEqualTo(200);
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("LoyaltyMembershipIds").add(membershipId);
        assertThat(ok("loyaltyMemberships/getAll", read).json().get("LoyaltyMemberships")).isEmpty();
    }

    private String addMembership(String customerId, boolean primary, String state) {
        ObjectNode add = body(ApiClient.UK);
        ObjectNode membership = add.putArray("LoyaltyMemberships").addObject().put("AccountId", customerId)
                .put("LoyaltyProgramId", id("uk/loyalty-program/1")).put("IsPrimary", primary)
                .put("Code", "M-" + UUID.randomUUID().toString().substring(0, 8));
        if (state != null) {
            membership.put("State", state);
        }
        return ok("loyaltyMemberships/add", add).json().get("LoyaltyMemberships").get(0).get("Id").asText();
    }

    private String addProgram(String name, String code) {
        ObjectNode add = body(ApiClient.UK);
        add.putArray("LoyaltyPrograms").addObject().put("Name", name).put("Code", code).put("Type", "Hotel");
        return ok("loyaltyPrograms/add", add).json().get("LoyaltyPrograms").get(0).get("Id").asText();
    }

    private String addTier(String programId, String name, String code, int ordering) {
        ObjectNode add = body(ApiClient.UK);
        add.putArray("LoyaltyTiers").addObject().put("LoyaltyProgramId", programId).put("Name", name)
                .put("Code", code).put("Ordering", ordering);
        return ok("loyaltyTiers/add", add).json().get("LoyaltyTiers").get(0).get("Id").asText();
    }

    private ApiResponse ok(String operation, JsonNode request) {
        ApiResponse response = client().operation(operation, request);
        assertThat(response.status()).as(operation + ": " + response.json()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response;
    }

    private static String id(String name) {
        return DemoIds.of(name).toString();
    }
}
