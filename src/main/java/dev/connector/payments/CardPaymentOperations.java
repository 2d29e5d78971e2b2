package dev.connector.payments;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.enterprises.Enterprise;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code payments/addCreditCard} (a card payment taken outside the system), {@code payments/addAlternative}
 * (iDEAL, Apple Pay, Google Pay, SEPA Direct Debit; pending until its processor answers) and {@code payments/refund}
 * (card and alternative payments only, in part or whole; the refund is a payment itself). Each writes a
 * PaymentUpdated for every payment it creates or changes.
 */
public final class CardPaymentOperations {

    /** In the sandbox, the processor declines alternative payments of this much or more. */
    public static final BigDecimal SANDBOX_DECLINE_FROM = new BigDecimal("10000");
    private static final Set<String> CARD_TYPES = Set.of("Visa", "MasterCard", "Amex", "Discover", "DinersClub",
            "Jcb", "EnRoute", "Maestro", "UnionPay");

    private final Transactions transactions;
    private final CardPayments payments;
    private final Supplier<UUID> ids;

    public CardPaymentOperations(Transactions transactions, CardPayments payments, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.payments = payments;
        this.ids = ids;
    }

    public record ExtendedAmountParameters(String currency, List<String> taxCodes, BigDecimal netValue,
                                           BigDecimal grossValue) {
    }

    public record CreditCardParameters(String type, String number, String expiration, String name) {
        public CreditCardParameters {
            Require.text(type, "CreditCard.Type");
            if (!CARD_TYPES.contains(type)) {
                throw new InvalidRequest("CreditCard.Type must be one of " + CARD_TYPES + ".");
            }
            Require.text(number, "CreditCard.Number");
            if (!number.matches("[0-9*]{4,19}") || visibleDigitsTooMany(number)) {
                throw new InvalidRequest("CreditCard.Number must be obfuscated: at most the first six and the last "
                        + "four digits, the others replaced with *. Never send a full card number.");
            }
            if (expiration != null && !expiration.matches("(0[1-9]|1[0-2])/[0-9]{4}")) {
                throw new InvalidRequest("CreditCard.Expiration must be MM/YYYY, such as 04/2030.");
            }
            Require.text(name, "CreditCard.Name");
        }
    }

    public record AddCreditCardRequest(UUID billId, UUID accountingCategoryId, UUID reservationId,
                                       ExtendedAmountParameters amount, String notes, UUID customerId,
                                       CreditCardParameters creditCard, String receiptIdentifier) {
        public AddCreditCardRequest {
            Require.present(customerId, "CustomerId");
            Require.present(amount, "Amount");
            Require.present(creditCard, "CreditCard");
        }
    }

    public record AddCreditCardResult(UUID creditCardId) {
    }

    public AddCreditCardResult addCreditCard(AddCreditCardRequest request, Caller caller) {
        ExtendedAmountParameters amount = request.amount();
        BigDecimal value = CardPayments.value(amount.currency(), amount.grossValue(), amount.netValue(), "Amount");
        UUID enterpriseId = caller.enterpriseId();
        return transactions.write(tx -> {
            Enterprise enterprise = payments.enterprise(tx.handle(), enterpriseId);
            CardPayments.requireCurrency(enterprise, amount.currency());
            payments.customer(tx.handle(), enterprise, request.customerId(), "CustomerId");
            CardPayments.Target target = new CardPayments.Target(request.customerId(), request.billId(),
                    request.reservationId(), request.accountingCategoryId(), value, request.notes(),
                    request.receiptIdentifier());
            payments.requireTarget(tx.handle(), enterprise, target);
            CreditCardParameters card = request.creditCard();
            CreditCard recorded = new CreditCard(ids.get(), enterpriseId, request.customerId(), true,
                    CreditCard.ENABLED, CreditCard.TERMINAL, "Physical", card.type(), card.number(),
                    card.expiration(), tx.now(), tx.now());
            payments.cards().insert(tx.handle(), recorded);
            Payment payment = payments.cardPayment(tx, enterprise, target, recorded.id());
            tx.emit(new DomainEvent.PaymentUpdated(enterpriseId, payment.id()));
            return new AddCreditCardResult(recorded.id());
        });
    }

    /** The alternative payment methods. */
    public enum AlternativeMethod {
        Ideal,
        ApplePay,
        GooglePay,
        SepaDirectDebit
    }

    public record SepaDirectDebitData(String iban, String name, String email, String userAgent,
                                      String remoteIpAddress) {
    }

    public record IdealData(String redirectUrl) {
    }

    public record AlternativePaymentsData(AlternativeMethod discriminator, SepaDirectDebitData sepaDirectDebit,
                                          IdealData ideal) {
        public AlternativePaymentsData {
            Require.present(discriminator, "Data.Discriminator");
            switch (discriminator) {
                case Ideal -> {
                    Require.present(ideal, "Data.Ideal");
                    requireUrl(ideal.redirectUrl(), "Data.Ideal.RedirectUrl");
                }
                case SepaDirectDebit -> {
                    Require.present(sepaDirectDebit, "Data.SepaDirectDebit");
                    requireIban(Require.text(sepaDirectDebit.iban(), "Data.SepaDirectDebit.Iban"));
                    Require.text(sepaDirectDebit.name(), "Data.SepaDirectDebit.Name");
                    if (!Require.text(sepaDirectDebit.email(), "Data.SepaDirectDebit.Email").matches("[^@\\s]+@[^@\\s]+")) {
                        throw new InvalidRequest("Data.SepaDirectDebit.Email must be an email address.");
                    }
                    Require.text(sepaDirectDebit.userAgent(), "Data.SepaDirectDebit.UserAgent");
                    Require.text(sepaDirectDebit.remoteIpAddress(), "Data.SepaDirectDebit.RemoteIpAddress");
                }
                case ApplePay, GooglePay -> {
                    // Wallet payments need no further data.
                }
            }
        }
    }

    /**
     * The amount of an alternative payment. The spec's shared schema lists TaxCodes as required, but the reference
     * documents this amount as a plain amount value and its example leaves TaxCodes out: a payment carries no tax.
     */
    public record AmountParameters(String currency, List<String> taxCodes, BigDecimal netValue,
                                   BigDecimal grossValue) {
        public AmountParameters {
            Require.text(currency, "Currency");
        }
    }

    /** The deprecated way to choose the method of an alternative payment, replaced by {@code Data}. */
    public enum AlternativePaymentMethod {
        Ideal,
        ApplePay,
        GooglePay
    }

    public record AddAlternativeRequest(UUID customerId, AmountParameters amount, AlternativePaymentMethod method,
                                        String redirectUrl, UUID reservationId, AlternativePaymentsData data) {
        public AddAlternativeRequest {
            Require.present(customerId, "CustomerId");
            Require.present(amount, "Amount");
            if (data == null && method != null) {
                data = switch (method) {
                    case Ideal -> {
                        requireUrl(redirectUrl, "RedirectUrl");
                        yield new AlternativePaymentsData(AlternativeMethod.Ideal, null, new IdealData(redirectUrl));
                    }
                    case ApplePay -> new AlternativePaymentsData(AlternativeMethod.ApplePay, null, null);
                    case GooglePay -> new AlternativePaymentsData(AlternativeMethod.GooglePay, null, null);
                };
            }
            Require.present(data, "Data");
        }
    }

    public record NextAction(String discriminator, String value) {
    }

    public record AddAlternativeResult(UUID paymentId, NextAction nextAction) {
    }

    public AddAlternativeResult addAlternative(AddAlternativeRequest request, Caller caller) {
        AmountParameters amount = request.amount();
        BigDecimal value = CardPayments.value(amount.currency(), amount.grossValue(), amount.netValue(), "Amount");
        UUID enterpriseId = caller.enterpriseId();
        return transactions.write(tx -> {
            Enterprise enterprise = payments.enterprise(tx.handle(), enterpriseId);
            CardPayments.requireCurrency(enterprise, amount.currency());
            payments.customer(tx.handle(), enterprise, request.customerId(), "CustomerId");
            CardPayments.Target target = new CardPayments.Target(request.customerId(), null, request.reservationId(),
                    null, value, null, null);
            payments.requireTarget(tx.handle(), enterprise, target);
            Payment payment = payments.alternativePayment(tx, enterprise, target);
            AlternativeMethod method = request.data().discriminator();
            String outcome = value.compareTo(SANDBOX_DECLINE_FROM) >= 0 ? CardPayments.FAILED : Payment.CHARGED;
            payments.cards().awaitAnswer(tx.handle(), payment.id(), enterpriseId, method.name(), outcome,
                    tx.now().plus(answerDelay(method)));
            tx.emit(new DomainEvent.PaymentUpdated(enterpriseId, payment.id()));
            NextAction next = method == AlternativeMethod.Ideal
                    ? new NextAction("RedirectToUrl", withPaymentId(request.data().ideal().redirectUrl(), payment.id()))
                    : null;
            return new AddAlternativeResult(payment.id(), next);
        });
    }

    /** How long the sandbox's processor takes to answer: wallets at once, a bank redirect or a debit later. */
    static Duration answerDelay(AlternativeMethod method) {
        return switch (method) {
            case ApplePay, GooglePay -> Duration.ofSeconds(5);
            case Ideal -> Duration.ofMinutes(1);
            case SepaDirectDebit -> Duration.ofMinutes(10);
        };
    }

    public record RefundRequest(UUID enterpriseId, UUID paymentId, UUID accountId, String reason,
                                BigDecimal valueToRefund) {
        public RefundRequest {
            Require.present(paymentId, "PaymentId");
            Require.present(accountId, "AccountId");
            Require.text(reason, "Reason");
            if (valueToRefund != null && valueToRefund.signum() <= 0) {
                throw new InvalidRequest("ValueToRefund must be a positive amount.");
            }
        }
    }

    public record CurrencyValue(String currency, BigDecimal value) {
    }

    public record RefundResult(UUID paymentId, UUID refundId, String type, CurrencyValue amount, String state) {
    }

    public RefundResult refund(RefundRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = payments.enterprise(tx.handle(), enterpriseId);
            payments.cards().lockPayment(tx.handle(), request.paymentId());
            Payment original = payments.cards().payment(tx.handle(), enterpriseId, request.paymentId())
                    .orElseThrow(() -> new InvalidRequest("PaymentId " + request.paymentId()
                            + " is not a payment of the enterprise."));
            if (!original.accountId().equals(request.accountId())) {
                throw new InvalidRequest("AccountId " + request.accountId() + " is not the account of the payment.");
            }
            boolean refundable = CardPayments.CREDIT_CARD_PAYMENT.equals(original.type())
                    || CardPayments.ALTERNATIVE_PAYMENT.equals(original.type());
            if (!refundable) {
                throw new Forbidden("Only card and alternative payments can be refunded; this one is "
                        + original.type() + ".");
            }
            if (original.kind() != null && !"Payment".equals(original.kind())) {
                throw new Forbidden("This payment is itself a " + original.kind().toLowerCase(Locale.ROOT)
                        + " and cannot be refunded.");
            }
            if (!Payment.CHARGED.equals(original.state())) {
                throw new Forbidden("The payment is " + original.state() + "; only a charged payment can be refunded.");
            }
            BigDecimal paid = original.amount().grossValue().negate();
            BigDecimal remaining = paid.subtract(payments.cards().refunded(tx.handle(), original.id()))
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal value = (request.valueToRefund() == null ? remaining : request.valueToRefund())
                    .setScale(2, RoundingMode.HALF_UP);
            if (remaining.signum() <= 0) {
                throw new Forbidden("The payment has already been refunded in full.");
            }
            if (value.compareTo(remaining) > 0) {
                throw new Forbidden("Only " + remaining.toPlainString() + " " + enterprise.currencyCode()
                        + " of this payment can still be refunded, not " + value.toPlainString() + ".");
            }
            Payment refund = payments.refund(tx, enterprise, original, value, request.reason());
            payments.cards().insertRefund(tx.handle(), ids.get(), original.id(), refund.id(), value, tx.now());
            payments.cards().updateState(tx.handle(), CardPayments.touched(original, tx.now()));
            tx.emit(new DomainEvent.PaymentUpdated(enterpriseId, refund.id()));
            tx.emit(new DomainEvent.PaymentUpdated(enterpriseId, original.id()));
            return new RefundResult(original.id(), refund.id(), original.type(),
                    new CurrencyValue(enterprise.currencyCode(), value), refund.state());
        });
    }

    static boolean visibleDigitsTooMany(String number) {
        int firstStar = number.indexOf('*');
        if (firstStar < 0) {
            return number.length() > 4;
        }
        int lastStar = number.lastIndexOf('*');
        return firstStar > 6 || number.length() - lastStar - 1 > 4
                || number.substring(firstStar, lastStar + 1).chars().anyMatch(Character::isDigit);
    }

    private static void requireUrl(String url, String field) {
        Require.text(url, field);
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new InvalidRequest(field + " must be an absolute http(s) URL.");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidRequest(field + " must be an absolute http(s) URL.");
        }
    }

    /** An IBAN: country, check digits and account, valid by its mod-97 check. */
    private static void requireIban(String iban) {
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")) {
            throw new InvalidRequest("Data.SepaDirectDebit.Iban is not an IBAN.");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
            throw new InvalidRequest("Data.SepaDirectDebit.Iban has wrong check digits.");
        }
    }

    private static String withPaymentId(String url, UUID paymentId) {
        return url + (url.contains("?") ? "&" : "?") + "paymentId=" + paymentId;
    }
}
