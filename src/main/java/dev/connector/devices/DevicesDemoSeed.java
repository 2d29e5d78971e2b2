package dev.connector.devices;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Per demo hotel: a printer, a key cutter and a payment terminal linked to the first demo application's
 * integration, with a few commands waiting for it (two pending, one received) and one it already processed.
 * No events are emitted: nobody is subscribed while the store is being seeded.
 */
public final class DevicesDemoSeed implements DemoSeed {

    /** A one-page PDF with no content, small enough to read in a log. */
    private static final String BLANK_PDF = Base64.getEncoder().encodeToString("""
            %PDF-1.4
            1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
            2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
            3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj
            trailer <</Root 1 0 R>>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII));

    private final DeviceStore store;
    private final CommandSubjects.Customers customers;

    /** {@code customers} names the demo customer the seeded terminal command charges, when that customer exists. */
    public DevicesDemoSeed(DeviceStore store, CommandSubjects.Customers customers) {
        this.store = store;
        this.customers = customers;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        UUID integrationId = hotel.firstApplicationIntegrationId();
        String tag = hotel.key().toUpperCase();
        Device printer = new Device(hotel.id("device/printer"), DeviceType.Printer, "Reception printer", "PRN-" + tag + "-1");
        Device keyCutter = new Device(hotel.id("device/key-cutter"), DeviceType.KeyCutter, "Front desk key encoder",
                "KEY-" + tag + "-1");
        Device terminal = new Device(hotel.id("device/payment-terminal"), DeviceType.PaymentTerminal,
                "Reception payment terminal", "TRM-" + tag + "-1");
        DeviceSettings printerSettings = new DeviceSettings("Generic PDF", "USB001", null, null);
        DeviceSettings keySettings = new DeviceSettings(null, null, "http://127.0.0.1:8700/encoder", "{\"Encoder\":\"Desk-1\"}");
        store.insertDevice(tx.handle(), new DeviceStore.StoredDevice(printer, hotel.enterpriseId(), integrationId, printerSettings), tx.now());
        store.insertDevice(tx.handle(), new DeviceStore.StoredDevice(keyCutter, hotel.enterpriseId(), integrationId, keySettings), tx.now());
        store.insertDevice(tx.handle(), new DeviceStore.StoredDevice(terminal, hotel.enterpriseId(), integrationId, DeviceSettings.NONE), tx.now());

        DeviceCommand.Creator receptionist = hotel.key().equals("uk")
                ? new DeviceCommand.Creator("Emma", "Clarke", null)
                : new DeviceCommand.Creator("Daniel", "Brooks", null);
        Instant now = tx.now();
        ZoneId zone = ZoneId.of(hotel.enterprise().timeZoneIdentifier());
        LocalDate today = LocalDate.ofInstant(now, zone);
        String currency = hotel.enterprise().currencyCode();

        store.insertCommand(tx.handle(), hotel.id("command/1"), hotel.enterpriseId(), printer.id(),
                CommandState.Processed, receptionist, printed(printer, printerSettings, 1), now.minus(Duration.ofDays(1)));
        store.insertCommand(tx.handle(), hotel.id("command/2"), hotel.enterpriseId(), printer.id(),
                CommandState.Pending, receptionist, printed(printer, printerSettings, 2), now.minus(Duration.ofMinutes(10)));
        store.insertCommand(tx.handle(), hotel.id("command/3"), hotel.enterpriseId(), keyCutter.id(),
                CommandState.Pending, receptionist, new CommandData.KeyCutter(keyCutter.identifier(), keySettings.apiUrl(),
                        keySettings.customData(), 2, List.of("101"),
                        today.atTime(14, 0).atZone(zone).toInstant(), today.plusDays(2).atTime(11, 0).atZone(zone).toInstant(),
                        "Zoë", "Ødegård",
                        CommandOperations.normalized("Zoë"), CommandOperations.normalized("Ødegård"),
                        "+44 20 7946 0123", "zoe.odegard@guest.example", null, null),
                now.minus(Duration.ofMinutes(5)));
        UUID customerId = hotel.id("customer/1");
        String customerName = customers.fullName(tx.handle(), hotel.enterpriseId(), customerId).orElse("Olivia Bennett");
        store.insertCommand(tx.handle(), hotel.id("command/4"), hotel.enterpriseId(), terminal.id(),
                CommandState.Received, receptionist, new CommandData.PaymentTerminal(terminal.identifier(), customerId,
                        customerId, customerName, null, null, null,
                        CommandData.Amount.untaxed(currency, new BigDecimal("120.00")), null,
                        "{\"Type\":\"Payment\",\"ReservationId\":null,\"PaymentRequestId\":null}",
                        CommandData.AccountData.customer(customerName)),
                now.minus(Duration.ofMinutes(2)));
    }

    private static CommandData printed(Device printer, DeviceSettings settings, int copies) {
        return new CommandData.Printer(copies, "application/pdf", BLANK_PDF, printer.name(),
                settings.printerDriverName(), settings.printerPortName());
    }
}
