package dev.connector.identitydocuments;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.identitydocuments.IdentityDocument.DocumentType;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code identityDocuments/add|update|delete|getAll|clear}. Documents belong to customers and so to a chain; each
 * change writes one CustomerUpdated per customer whose documents changed.
 */
public final class IdentityDocumentOperations {

    private final Transactions transactions;
    private final IdentityDocumentStore store;
    private final ChainAccess access;
    private final Supplier<UUID> ids;

    public IdentityDocumentOperations(Transactions transactions, IdentityDocumentStore store, ChainAccess access,
                                      Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.access = access;
        this.ids = ids;
    }

    public record AddData(UUID customerId, DocumentType type, String number, LocalDate expirationDate,
                          LocalDate issuanceDate, String issuingCountryCode, String issuingCity,
                          String identityDocumentSupportNumber) {
    }

    public record AddRequest(UUID chainId, List<AddData> identityDocuments) {
        public AddRequest {
            Require.notEmpty(identityDocuments, "IdentityDocuments");
            Require.atMost(identityDocuments, 10, "IdentityDocuments");
            for (int i = 0; i < identityDocuments.size(); i++) {
                String field = "IdentityDocuments[" + i + "]";
                AddData data = Require.present(identityDocuments.get(i), field);
                Require.present(data.customerId(), field + ".CustomerId");
                Require.present(data.type(), field + ".Type");
                Require.present(data.number(), field + ".Number");
                checkDocument(field, data.number(), data.expirationDate(), data.issuanceDate(),
                        data.issuingCountryCode());
            }
        }
    }

    public record WriteResult(List<IdentityDocument> identityDocuments) {
    }

    public WriteResult add(AddRequest request, Caller caller) {
        return transactions.write(tx -> {
            ChainAccess.Acting acting = access.acting(tx.handle(), caller, request.chainId());
            List<IdentityDocument> added = new ArrayList<>();
            for (int i = 0; i < request.identityDocuments().size(); i++) {
                AddData data = request.identityDocuments().get(i);
                access.customer(tx.handle(), acting.chainId(), data.customerId(),
                        "IdentityDocuments[" + i + "].CustomerId");
                IdentityDocument document = new IdentityDocument(ids.get(), data.customerId(), data.type(),
                        data.number().trim(), data.expirationDate(), data.issuanceDate(),
                        upper(data.issuingCountryCode()), data.issuingCity(), data.identityDocumentSupportNumber());
                store.insert(tx.handle(), acting.chainId(), document, tx.now());
                added.add(document);
            }
            customersUpdated(tx, acting, added.stream().map(IdentityDocument::customerId).toList());
            return new WriteResult(added);
        });
    }

    public record TypeUpdate(DocumentType value) {
    }

    public record UpdateData(UUID id, TypeUpdate type, UpdateValue<String> number, UpdateValue<String> expirationDate,
                             UpdateValue<String> issuanceDate, UpdateValue<String> issuingCountryCode,
                             UpdateValue<String> issuingCity, UpdateValue<String> identityDocumentSupportNumber) {
    }

    public record UpdateRequest(UUID chainId, List<UpdateData> identityDocuments) {
        public UpdateRequest {
            Require.notEmpty(identityDocuments, "IdentityDocuments");
            Require.atMost(identityDocuments, 10, "IdentityDocuments");
            for (int i = 0; i < identityDocuments.size(); i++) {
                Require.present(Require.present(identityDocuments.get(i), "IdentityDocuments[" + i + "]").id(),
                        "IdentityDocuments[" + i + "].Id");
            }
        }
    }

    public WriteResult update(UpdateRequest request, Caller caller) {
        return transactions.write(tx -> {
            ChainAccess.Acting acting = access.acting(tx.handle(), caller, request.chainId());
            List<UUID> requested = request.identityDocuments().stream().map(UpdateData::id).toList();
            Map<UUID, IdentityDocument> found = store.byIds(tx.handle(), acting.chainId(), requested).stream()
                    .collect(Collectors.toMap(IdentityDocument::id, Function.identity()));
            List<IdentityDocument> updated = new ArrayList<>();
            for (int i = 0; i < request.identityDocuments().size(); i++) {
                String field = "IdentityDocuments[" + i + "]";
                UpdateData change = request.identityDocuments().get(i);
                IdentityDocument current = found.get(change.id());
                if (current == null) {
                    throw new InvalidRequest(field + ".Id " + change.id() + " is not an identity document of the chain.");
                }
                DocumentType type = change.type() == null || change.type().value() == null
                        ? current.type() : change.type().value();
                String number = change.number() == null || change.number().value() == null
                        ? current.number() : change.number().value().trim();
                LocalDate expiration = date(change.expirationDate(), current.expirationDate(), field + ".ExpirationDate");
                LocalDate issuance = date(change.issuanceDate(), current.issuanceDate(), field + ".IssuanceDate");
                String country = upper(UpdateValue.apply(change.issuingCountryCode(), current.issuingCountryCode()));
                checkDocument(field, number, expiration, issuance, country);
                IdentityDocument document = new IdentityDocument(current.id(), current.customerId(), type, number,
                        expiration, issuance, country, UpdateValue.apply(change.issuingCity(), current.issuingCity()),
                        UpdateValue.apply(change.identityDocumentSupportNumber(),
                                current.identityDocumentSupportNumber()));
                store.update(tx.handle(), document, tx.now());
                found.put(document.id(), document);
                updated.add(document);
            }
            customersUpdated(tx, acting, updated.stream().map(IdentityDocument::customerId).toList());
            return new WriteResult(updated);
        });
    }

    public record DeleteRequest(UUID chainId, List<UUID> identityDocumentIds) {
        public DeleteRequest {
            Require.notEmpty(identityDocumentIds, "IdentityDocumentIds");
            Require.atMost(identityDocumentIds, 100, "IdentityDocumentIds");
        }
    }

    public Object delete(DeleteRequest request, Caller caller) {
        return transactions.write(tx -> {
            ChainAccess.Acting acting = access.acting(tx.handle(), caller, request.chainId());
            List<IdentityDocument> found = store.byIds(tx.handle(), acting.chainId(), request.identityDocumentIds());
            Set<UUID> foundIds = found.stream().map(IdentityDocument::id).collect(Collectors.toSet());
            for (UUID id : request.identityDocumentIds()) {
                if (!foundIds.contains(id)) {
                    throw new InvalidRequest("IdentityDocumentIds contains " + id
                            + ", which is not an identity document of the chain.");
                }
            }
            found.forEach(document -> store.delete(tx.handle(), document.id()));
            customersUpdated(tx, acting, found.stream().map(IdentityDocument::customerId).toList());
            return null;
        });
    }

    public record ClearRequest(UUID chainId, List<UUID> customerIds) {
        public ClearRequest {
            Require.notEmpty(customerIds, "CustomerIds");
            Require.atMost(customerIds, 10, "CustomerIds");
        }
    }

    public Object clear(ClearRequest request, Caller caller) {
        return transactions.write(tx -> {
            ChainAccess.Acting acting = access.acting(tx.handle(), caller, request.chainId());
            for (UUID customerId : request.customerIds()) {
                access.customer(tx.handle(), acting.chainId(), customerId, "CustomerIds");
            }
            List<IdentityDocument> found = store.ofCustomers(tx.handle(), acting.chainId(), request.customerIds());
            found.forEach(document -> store.delete(tx.handle(), document.id()));
            customersUpdated(tx, acting, found.stream().map(IdentityDocument::customerId).toList());
            return null;
        });
    }

    public record GetAllRequest(Limitation limitation, List<UUID> chainIds, List<UUID> identityDocumentIds,
                                List<UUID> customerIds, List<DocumentType> types) {
        public GetAllRequest {
            Require.notEmpty(customerIds, "CustomerIds");
            Require.atMost(customerIds, 100, "CustomerIds");
            Require.atMost(identityDocumentIds, 100, "IdentityDocumentIds");
            Require.atMost(chainIds, 1000, "ChainIds");
        }
    }

    public record GetAllResult(List<IdentityDocument> identityDocuments, UUID cursor) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        List<UUID> chains = caller.isPortfolio() ? caller.chains(request.chainIds()) : caller.chainIds();
        Filter filter = Filter.where()
                .in("d.chain_id", chains)
                .in("d.customer_id", request.customerIds())
                .in("d.id", request.identityDocumentIds())
                .in("d.type", request.types());
        Page<IdentityDocument> page = transactions.read(handle -> store.page(handle, filter, limitation));
        return new GetAllResult(page.items(), page.cursor());
    }

    private static void customersUpdated(Tx tx, ChainAccess.Acting acting, List<UUID> customerIds) {
        for (UUID customerId : new LinkedHashSet<>(customerIds)) {
            tx.emit(new DomainEvent.CustomerUpdated(acting.enterpriseId(), customerId));
        }
    }

    private static void checkDocument(String field, String number, LocalDate expiration, LocalDate issuance,
                                      String country) {
        Require.maxLength(number, 255, field + ".Number");
        if (expiration != null && issuance != null && !expiration.isAfter(issuance)) {
            throw new InvalidRequest(field + ".ExpirationDate (" + expiration + ") must be after IssuanceDate ("
                    + issuance + ").");
        }
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new InvalidRequest(field + ".IssuingCountryCode must be an ISO 3166-1 two-letter code, such as GB.");
        }
    }

    private static LocalDate date(UpdateValue<String> update, LocalDate current, String field) {
        if (update == null) {
            return current;
        }
        if (update.value() == null || update.value().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(update.value());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + " must be a date like 2030-12-31.");
        }
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }
}
