package dev.connector.creditcards;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.enterprises.Enterprise;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.payments.CardPayments;
import dev.connector.payments.CreditCard;
import dev.connector.payments.Payment;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code creditCards/getAll}, {@code addTokenized}, {@code charge} (gateway cards only; a card payment on the
 * owner's open bill, with its PaymentUpdated), the restricted {@code disable} and the deprecated
 * {@code getAllByIds} and {@code getAllByCustomers}.
 */
public final class CreditCardOperations {

    private final Transactions transactions;
    private final CardPayments payments;
    private final Supplier<UUID> ids;

    public CreditCardOperations(Transactions transactions, CardPayments payments, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.payments = payments;
        this.ids = ids;
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> creditCardIds,
                                List<UUID> customerIds, TimeInterval updatedUtc) {
        public GetAllRequest {
            Require.atMost(enterpriseIds, 1000, "EnterpriseIds");
            Require.atMost(creditCardIds, 1000, "CreditCardIds");
            Require.atMost(customerIds, 1000, "CustomerIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            if (creditCardIds == null && customerIds == null && updatedUtc == null) {
                throw new InvalidRequest("One of CreditCardIds, CustomerIds or UpdatedUtc is required.");
            }
        }
    }

    public record Result(List<CreditCard> creditCards, UUID cursor) {
    }

    public Result getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Filter filter = Filter.where()
                .in("c.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("c.id", request.creditCardIds())
                .in("c.customer_id", request.customerIds())
                .within("c.updated_utc", request.updatedUtc());
        Page<CreditCard> page = transactions.read(handle -> payments.cards().cards(handle, filter, limitation));
        return new Result(page.items(), page.cursor());
    }

    public record ByIdsRequest(List<UUID> creditCardIds) {
        public ByIdsRequest {
            Require.atMost(creditCardIds, 1000, "CreditCardIds");
        }
    }

    /** The deprecated lists answer without paging. */
    public record ListResult(List<CreditCard> creditCards) {
    }

    public ListResult getAllByIds(ByIdsRequest request, Caller caller) {
        List<UUID> cardIds = request.creditCardIds() == null ? List.of() : request.creditCardIds();
        Filter filter = Filter.where().in("c.enterprise_id", caller.enterpriseIds()).in("c.id", cardIds);
        return new ListResult(transactions.read(handle -> payments.cards().allCards(handle, filter)));
    }

    public record ByCustomersRequest(List<UUID> customerIds) {
        public ByCustomersRequest {
            Require.notEmpty(customerIds, "CustomerIds");
            Require.atMost(customerIds, 1000, "CustomerIds");
        }
    }

    public ListResult getAllByCustomers(ByCustomersRequest request, Caller caller) {
        Filter filter = Filter.where().in("c.enterprise_id", caller.enterpriseIds())
                .in("c.customer_id", request.customerIds());
        return new ListResult(transactions.read(handle -> payments.cards().allCards(handle, filter)));
    }

    public record CreditCardData(String maskedStorageData, String storageData, String obfuscatedNumber,
                                 String expiration) {
    }

    public record AddTokenizedRequest(UUID customerId, CreditCardData creditCardData) {
        public AddTokenizedRequest {
            Require.present(customerId, "CustomerId");
            Require.present(creditCardData, "CreditCardData");
            Require.text(creditCardData.storageData(), "CreditCardData.StorageData");
            Require.text(creditCardData.expiration(), "CreditCardData.Expiration");
        }
    }

    public record AddTokenizedResult(UUID creditCardId) {
    }

    public AddTokenizedResult addTokenized(AddTokenizedRequest request, Caller caller) {
        CreditCardData data = request.creditCardData();
        YearMonth expiration = expiration(data.expiration());
        String masked = data.maskedStorageData() != null ? data.maskedStorageData() : data.obfuscatedNumber();
        UUID enterpriseId = caller.enterpriseId();
        return transactions.write(tx -> {
            Enterprise enterprise = payments.enterprise(tx.handle(), enterpriseId);
            payments.customer(tx.handle(), enterprise, request.customerId(), "CustomerId");
            if (expiration.isBefore(YearMonth.from(tx.now().atZone(java.time.ZoneOffset.UTC)))) {
                throw new Forbidden("The card expired in " + expiration + "; it cannot be stored.");
            }
            CreditCard card = new CreditCard(ids.get(), enterpriseId, request.customerId(), true, CreditCard.ENABLED,
                    CreditCard.GATEWAY, "Virtual", cardType(masked), obfuscated(masked),
                    String.format("%02d/%d", expiration.getMonthValue(), expiration.getYear()), tx.now(), tx.now());
            payments.cards().insert(tx.handle(), card);
            return new AddTokenizedResult(card.id());
        });
    }

    public record ExtendedAmountParameters(String currency, List<String> taxCodes, BigDecimal netValue,
                                           BigDecimal grossValue) {
    }

    public record ChargeRequest(UUID billId, UUID accountingCategoryId, UUID reservationId,
                                ExtendedAmountParameters amount, String notes, UUID creditCardId,
                                String receiptIdentifier) {
        public ChargeRequest {
            Require.present(creditCardId, "CreditCardId");
            Require.present(amount, "Amount");
        }
    }

    public record ChargeResult(UUID paymentId) {
    }

    public ChargeResult charge(ChargeRequest request, Caller caller) {
        ExtendedAmountParameters amount = request.amount();
        BigDecimal value = CardPayments.value(amount.currency(), amount.grossValue(), amount.netValue(), "Amount");
        return transactions.write(tx -> {
            CreditCard card = payments.cards().card(tx.handle(), caller.enterpriseIds(), request.creditCardId())
                    .orElseThrow(() -> new InvalidRequest("CreditCardId " + request.creditCardId()
                            + " is not a payment card of the enterprise."));
            if (!CreditCard.GATEWAY.equals(card.kind())) {
                throw new Forbidden("Only cards stored with the payment gateway can be charged; this card was "
                        + "presented at a terminal.");
            }
            if (!card.isActive()) {
                throw new Forbidden("The card is disabled and cannot be charged.");
            }
            Enterprise enterprise = payments.enterprise(tx.handle(), card.enterpriseId());
            CardPayments.requireCurrency(enterprise, amount.currency());
            payments.customer(tx.handle(), enterprise, card.customerId(), "CreditCardId's owner");
            CardPayments.Target target = new CardPayments.Target(card.customerId(), request.billId(),
                    request.reservationId(), request.accountingCategoryId(), value, request.notes(),
                    request.receiptIdentifier());
            payments.requireTarget(tx.handle(), enterprise, target);
            Payment payment = payments.cardPayment(tx, enterprise, target, card.id());
            tx.emit(new DomainEvent.PaymentUpdated(enterprise.id(), payment.id()));
            return new ChargeResult(payment.id());
        });
    }

    public record DisableRequest(UUID enterpriseId, UUID creditCardId) {
        public DisableRequest {
            Require.present(creditCardId, "CreditCardId");
        }
    }

    public Object disable(DisableRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            CreditCard card = payments.cards().card(tx.handle(), List.of(enterpriseId), request.creditCardId())
                    .orElseThrow(() -> new InvalidRequest("CreditCardId " + request.creditCardId()
                            + " is not a payment card of the enterprise."));
            if (!CreditCard.GATEWAY.equals(card.kind())) {
                throw new Forbidden("Only cards stored with the payment gateway can be disabled.");
            }
            if (card.isActive()) {
                payments.cards().update(tx.handle(), card.disabled(tx.now()));
            }
            return null;
        });
    }

    private static YearMonth expiration(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return YearMonth.parse(text, java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
            } catch (DateTimeParseException again) {
                throw new InvalidRequest("CreditCardData.Expiration must be yyyy-MM, such as 2030-04.");
            }
        }
    }

    /** The masked number as the API shows it: digits beyond the first six and last four become *. */
    private static String obfuscated(String masked) {
        if (masked == null || masked.isBlank()) {
            return null;
        }
        String digits = masked.replaceAll("[^0-9*]", "");
        if (digits.length() <= 10) {
            return digits;
        }
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    /** The card brand from the leading digits, when they are known. */
    private static String cardType(String masked) {
        if (masked == null || masked.isEmpty() || !Character.isDigit(masked.charAt(0))) {
            return null;
        }
        return switch (masked.charAt(0)) {
            case '4' -> "Visa";
            case '5', '2' -> "MasterCard";
            case '3' -> "Amex";
            case '6' -> "Discover";
            default -> null;
        };
    }
}
