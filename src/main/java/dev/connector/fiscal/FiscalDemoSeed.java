package dev.connector.fiscal;

import dev.connector.api.Limitation;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoIds;
import dev.connector.demo.DemoSeed;
import dev.connector.devices.CommandState;
import dev.connector.devices.Device;
import dev.connector.devices.DeviceSettings;
import dev.connector.devices.DeviceStore;
import dev.connector.devices.DeviceType;
import dev.connector.events.Tx;
import dev.connector.payments.Bill;
import dev.connector.payments.BillingStore;
import dev.connector.store.Filter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Per demo hotel: a fiscal machine linked to the fourth demo application's integration (so that the first
 * application's devices stay as they are) with two commands for the hotel's first bills: one processed, one still
 * pending. Seeded after the reservations, whose bills it fiscalises; quiet, like the rest of the demo world.
 */
public final class FiscalDemoSeed implements DemoSeed {

    private static final String API_URL = "http://127.0.0.1:8710/fiscal";

    private final DeviceStore devices;
    private final BillingStore bills;
    private final FiscalCommandStore store;

    FiscalDemoSeed(DeviceStore devices, BillingStore bills, FiscalCommandStore store) {
        this.devices = devices;
        this.bills = bills;
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        UUID integrationId = DemoIds.of("application/4/integration/" + hotel.key());
        String tag = hotel.key().toUpperCase();
        String machineData = "{\"PrinterPort\":\"COM1\",\"BaudRate\":9600}";
        Device machine = new Device(hotel.id("device/fiscal-machine"), DeviceType.FiscalMachine, "Fiscal printer",
                "FM-" + tag + "-1");
        devices.insertDevice(tx.handle(), new DeviceStore.StoredDevice(machine, hotel.enterpriseId(), integrationId,
                new DeviceSettings(null, null, API_URL, machineData)), tx.now());
        List<Bill> issued = bills.bills(tx.handle(), Filter.where().eq("b.enterprise_id", hotel.enterpriseId()),
                new Limitation(2, null)).items();
        FiscalMachineCommand.ProfileData creator = new FiscalMachineCommand.ProfileData("Enterprise",
                new FiscalMachineCommand.EnterpriseProfile(hotel.id("profile/front-desk")));
        for (int i = 0; i < issued.size(); i++) {
            Bill bill = issued.get(i);
            boolean processed = i == 0;
            FiscalMachineCommand.AdditionalData data = processed
                    ? new FiscalMachineCommand.AdditionalData("ItalianFiscalMachineData",
                            new FiscalMachineCommand.ItalianData(false, null, null, null, "SN-" + tag + "-0001"), null)
                    : new FiscalMachineCommand.AdditionalData("ItalianFiscalMachinePayload", null,
                            new FiscalMachineCommand.ItalianPayload(Base64.getEncoder().encodeToString(
                                    ("<receipt bill=\"" + bill.id() + "\"/>").getBytes(StandardCharsets.UTF_8))));
            store.insert(tx.handle(), hotel.enterpriseId(), integrationId, new FiscalMachineCommand(
                    hotel.id("fiscal-command/" + (i + 1)), processed ? CommandState.Processed : CommandState.Pending,
                    tx.now().minus(Duration.ofMinutes(30L - 20L * i)), creator, machine.identifier(), API_URL,
                    machineData, hotel.key().equals("uk") ? "GB123456789" : "US-12-3456789", machine,
                    FiscalMachineCommand.BillSnapshot.of(bill), data));
        }
    }
}
