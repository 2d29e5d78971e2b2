package dev.connector.customers;

import static dev.connector.customers.Profile.changed;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.Operation;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import dev.connector.events.DomainEvent.CustomerUpdated;
import dev.connector.events.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code customers/update}: changes the personal data of a customer of the caller's chains and returns it. As
 * the reference says, a field left out or blank keeps its value (Notes, which is overwritten, and the Italian
 * codes, which are update values, excepted). A new email already used by another active customer of the chain
 * is refused. Emits CustomerUpdated.
 */
public final class UpdateCustomer implements Operation<UpdateCustomer.Request> {

    /** The request body; EnterpriseId (our addition) names the acting enterprise of a portfolio token. */
    public record Request(
            UUID chainId,
            UUID customerId,
            Title title,
            String firstName,
            String lastName,
            String secondLastName,
            String nationalityCode,
            Sex sex,
            LocalDate birthDate,
            String birthPlace,
            String occupation,
            String email,
            String phone,
            String loyaltyCode,
            String notes,
            String carRegistrationNumber,
            String dietaryRequirements,
            String taxIdentificationNumber,
            UUID companyId,
            AddressParameters address,
            DocumentParameters identityCard,
            DocumentParameters passport,
            DocumentParameters visa,
            DocumentParameters driversLicense,
            List<CustomerClassification> classifications,
            List<CustomerOption> options,
            UpdateValue<String> italianDestinationCode,
            UpdateValue<String> italianFiscalCode,
            UUID enterpriseId) {

        public Request {
            Require.present(customerId, "CustomerId");
            email = email == null || email.isBlank() ? null : email.strip();
            ProfileChecks.email(email, "Email");
            ProfileChecks.country(nationalityCode == null || nationalityCode.isBlank() ? null : nationalityCode,
                    "NationalityCode");
            ProfileChecks.textLengths(firstName, lastName, secondLastName, birthPlace, occupation, phone, loyaltyCode,
                    notes, carRegistrationNumber, dietaryRequirements, taxIdentificationNumber);
            if (italianDestinationCode != null) {
                ProfileChecks.maxLength(italianDestinationCode.value(), "ItalianDestinationCode.Value");
            }
            if (italianFiscalCode != null) {
                ProfileChecks.maxLength(italianFiscalCode.value(), "ItalianFiscalCode.Value");
            }
            classifications = ProfileChecks.distinct(classifications, "Classifications");
            options = ProfileChecks.distinct(options, "Options");
        }

        Profile applyTo(Profile current, UUID addressId) {
            return new Profile(changed(title, current.title()), changed(sex, current.sex()),
                    changed(firstName, current.firstName()), changed(lastName, current.lastName()),
                    changed(secondLastName, current.secondLastName()),
                    changed(nationalityCode, current.nationalityCode()), current.preferredLanguageCode(),
                    changed(birthDate, current.birthDate()), changed(birthPlace, current.birthPlace()),
                    changed(occupation, current.occupation()), changed(email, current.email()),
                    changed(phone, current.phone()),
                    changed(taxIdentificationNumber, current.taxIdentificationNumber()),
                    changed(loyaltyCode, current.loyaltyCode()), notes != null ? notes : current.notes(),
                    changed(carRegistrationNumber, current.carRegistrationNumber()),
                    changed(dietaryRequirements, current.dietaryRequirements()),
                    address == null ? current.address() : address.applyTo(current.address(), addressId),
                    changed(classifications, current.classifications()), changed(options, current.options()),
                    current.preferredSpaceFeatures(),
                    UpdateValue.apply(italianDestinationCode, current.italianDestinationCode()),
                    UpdateValue.apply(italianFiscalCode, current.italianFiscalCode()),
                    changed(companyId, current.companyId()));
        }
    }

    private final Transactions transactions;
    private final CustomerStore store;
    private final ChainScope scope;
    private final Supplier<UUID> newId;

    UpdateCustomer(Transactions transactions, CustomerStore store, ChainScope scope, Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.scope = scope;
        this.newId = newId;
    }

    @Override
    public Object handle(Request request, Caller caller) {
        List<UUID> chains = scope.chains(caller, request.chainId() == null ? null : List.of(request.chainId()));
        return transactions.write(tx -> {
            // A customer of another chain reads exactly like one that does not exist: nothing about it leaks.
            Customer current = store.find(tx.handle(), chains, request.customerId())
                    .orElseThrow(() -> new Forbidden("The customer " + request.customerId() + " was not found."));
            ChainScope.Acting acting = scope.actingIn(tx.handle(), caller, current.chainId(), request.enterpriseId());
            boolean newEmail = request.email() != null
                    && !request.email().equalsIgnoreCase(String.valueOf(current.email()));
            if (newEmail
                    && store.activeWithEmail(tx.handle(), current.chainId(), request.email(), current.id()).isPresent()) {
                throw emailInUse(request);
            }
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            Customer updated = current.withProfile(request.applyTo(current.profile(), newId.get()), now,
                    caller.integrationId());
            if (newEmail) {
                // Another writer may take the email between the check and this update: the unique index decides.
                if (!store.updateWithNewEmail(tx.handle(), updated)) {
                    throw emailInUse(request);
                }
            } else {
                store.update(tx.handle(), updated);
            }
            tx.emit(new CustomerUpdated(acting.enterpriseId(), updated.id()));
            return updated;
        });
    }

    private static Forbidden emailInUse(Request request) {
        return new Forbidden("Another customer already uses the email " + request.email() + ".");
    }
}
