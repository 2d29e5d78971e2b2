package dev.connector.devices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The Data of a command, one shape per device type, with the property names the API uses. */
public sealed interface CommandData {

    /** A document to print. */
    record Printer(int copyCount, String fileType, String fileData, String printerName, String printerDriverName,
                   String printerPortName) implements CommandData {
    }

    /** Keys to encode for a reservation's rooms; names are normalised to plain letters for encoders. */
    record KeyCutter(String keyCutterId, String apiUrl, String keyCutterData, int keyCount, List<String> lockIds,
                     Instant startUtc, Instant endUtc, String firstName, String lastName, String normalizedFirstName,
                     String normalizedLastName, String telephone, String email, UUID reservationId,
                     String reservationNumber) implements CommandData {
    }

    /** A payment or preauthorisation to take on a terminal. */
    record PaymentTerminal(String paymentTerminalId, UUID customerId, UUID accountId, String fullName, UUID billId,
                           UUID paymentId, UUID preauthorizationId, Amount amount, Amount fee,
                           String paymentTerminalData, AccountData accountData) implements CommandData {
    }

    /** An amount with its tax split (the API's extended amount). */
    record Amount(String currency, BigDecimal netValue, BigDecimal grossValue, List<TaxValue> taxValues,
                  Breakdown breakdown, BigDecimal value, BigDecimal net, BigDecimal tax, BigDecimal taxRate) {

        /** An amount with no tax in it: what a terminal is asked to charge as given. */
        public static Amount untaxed(String currency, BigDecimal value) {
            return new Amount(currency, value, value, List.of(),
                    new Breakdown(List.of(new BreakdownItem(null, value, BigDecimal.ZERO))),
                    value, value, BigDecimal.ZERO, null);
        }
    }

    record TaxValue(String code, BigDecimal value) {
    }

    record Breakdown(List<BreakdownItem> items) {
    }

    record BreakdownItem(String taxRateCode, BigDecimal netValue, BigDecimal taxValue) {
    }

    /** Whose account is charged; only customers are charged through commands here. */
    record AccountData(String discriminator, CustomerData customer, CompanyData company) {

        public static AccountData customer(String fullName) {
            return new AccountData("Customer", new CustomerData(fullName), null);
        }
    }

    record CustomerData(String fullName) {
    }

    record CompanyData(String name) {
    }
}
