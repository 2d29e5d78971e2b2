package dev.connector.customers;

import static dev.connector.customers.Profile.changed;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.Operation;
import dev.connector.api.Require;
import dev.connector.events.DomainEvent.CustomerAdded;
import dev.connector.events.DomainEvent.CustomerUpdated;
import dev.connector.events.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * {@code customers/add}: adds a customer to the caller's chain and returns it. An email already used by an active
 * customer of the chain is refused, unless OverwriteExisting asks to overwrite that customer's personal data.
 * A new customer emits CustomerAdded and CustomerUpdated; an overwritten one CustomerUpdated.
 */
public final class AddCustomer implements Operation<AddCustomer.Request> {

    /** The request body; EnterpriseId (our addition) names the acting enterprise of a portfolio token. */
    public record Request(
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
            UUID chainId,
            Boolean overwriteExisting,
            String italianDestinationCode,
            String italianFiscalCode,
            UUID enterpriseId) {

        public Request {
            Require.text(lastName, "LastName");
            Require.present(overwriteExisting, "OverwriteExisting");
            email = email == null || email.isBlank() ? null : email.strip();
            ProfileChecks.email(email, "Email");
            nationalityCode = nationalityCode == null || nationalityCode.isBlank() ? null : nationalityCode;
            ProfileChecks.country(nationalityCode, "NationalityCode");
            ProfileChecks.textLengths(firstName, lastName, secondLastName, birthPlace, occupation, phone, loyaltyCode,
                    notes, carRegistrationNumber, dietaryRequirements, taxIdentificationNumber);
            ProfileChecks.maxLength(italianDestinationCode, "ItalianDestinationCode");
            ProfileChecks.maxLength(italianFiscalCode, "ItalianFiscalCode");
            classifications = ProfileChecks.distinct(classifications, "Classifications");
            options = ProfileChecks.distinct(options, "Options");
        }

        /** The profile of a new customer; {@code addressId} identifies its address when it has one. */
        Profile profile(UUID addressId) {
            return new Profile(title, sex, firstName, lastName, secondLastName, nationalityCode, null, birthDate,
                    birthPlace, occupation, email, phone, taxIdentificationNumber, loyaltyCode, notes,
                    carRegistrationNumber, dietaryRequirements, address == null ? null : address.create(addressId),
                    classifications, options, List.of(), italianDestinationCode, italianFiscalCode, companyId);
        }

        /** An existing customer's profile overwritten with every value this request carries. */
        Profile overwrite(Profile current, UUID addressId) {
            return new Profile(changed(title, current.title()), changed(sex, current.sex()),
                    changed(firstName, current.firstName()), changed(lastName, current.lastName()),
                    changed(secondLastName, current.secondLastName()),
                    changed(nationalityCode, current.nationalityCode()), current.preferredLanguageCode(),
                    changed(birthDate, current.birthDate()), changed(birthPlace, current.birthPlace()),
                    changed(occupation, current.occupation()), current.email(), changed(phone, current.phone()),
                    changed(taxIdentificationNumber, current.taxIdentificationNumber()),
                    changed(loyaltyCode, current.loyaltyCode()), changed(notes, current.notes()),
                    changed(carRegistrationNumber, current.carRegistrationNumber()),
                    changed(dietaryRequirements, current.dietaryRequirements()),
                    address == null ? current.address() : address.applyTo(current.address(), addressId),
                    changed(classifications, current.classifications()), changed(options, current.options()),
                    current.preferredSpaceFeatures(), changed(italianDestinationCode, current.italianDestinationCode()),
                    changed(italianFiscalCode, current.italianFiscalCode()), changed(companyId, current.companyId()));
        }
    }

    private final Transactions transactions;
    private final CustomerStore store;
    private final CustomerNumbers numbers;
    private final ChainScope scope;
    private final Supplier<UUID> newId;

    AddCustomer(Transactions transactions, CustomerStore store, CustomerNumbers numbers, ChainScope scope,
                Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.numbers = numbers;
        this.scope = scope;
        this.newId = newId;
    }

    @Override
    public Object handle(Request request, Caller caller) {
        UUID chainId = scope.chainForNewCustomer(caller, request.chainId());
        try {
            return add(request, caller, chainId);
        } catch (RuntimeException e) {
            if (!store.isDuplicateEmail(e)) {
                throw e;
            }
            // A concurrent add with the same email committed first: the check below saw nothing, the unique index
            // refused the insert. Refused as if the other had been first, or, when asked, that customer is
            // overwritten now that it can be seen.
            if (!request.overwriteExisting()) {
                throw alreadyExists(request);
            }
            return add(request, caller, chainId);
        }
    }

    private static Forbidden alreadyExists(Request request) {
        return new Forbidden("A customer with the email " + request.email() + " already exists.");
    }

    private Customer add(Request request, Caller caller, UUID chainId) {
        Function<Handle, String> number = numbers.reserve(chainId);
        return transactions.write(tx -> {
            ChainScope.Acting acting = scope.actingIn(tx.handle(), caller, chainId, request.enterpriseId());
            // The API's times have whole seconds; storing them so keeps filters and documents in agreement.
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            Optional<Customer> existing = request.email() == null
                    ? Optional.empty()
                    : store.activeWithEmail(tx.handle(), chainId, request.email(), null);
            if (existing.isPresent()) {
                if (!request.overwriteExisting()) {
                    throw alreadyExists(request);
                }
                Customer current = existing.get();
                Customer overwritten = current.withProfile(request.overwrite(current.profile(), newId.get()), now,
                        caller.integrationId());
                store.update(tx.handle(), overwritten);
                tx.emit(new CustomerUpdated(acting.enterpriseId(), overwritten.id()));
                return overwritten;
            }
            Customer customer = Customer.create(newId.get(), chainId, number.apply(tx.handle()),
                    request.profile(newId.get()), now,
                    caller.integrationId());
            store.insert(tx.handle(), customer);
            tx.emit(new CustomerAdded(acting.enterpriseId(), customer.id()));
            tx.emit(new CustomerUpdated(acting.enterpriseId(), customer.id()));
            return customer;
        });
    }
}
