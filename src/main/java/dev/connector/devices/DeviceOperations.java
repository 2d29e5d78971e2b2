package dev.connector.devices;

import dev.connector.api.Caller;
import dev.connector.events.Transactions;
import java.util.List;

/** {@code devices/getAll}: every device of the enterprises the token reaches, whichever integration it is linked to. */
public final class DeviceOperations {

    /** Request of {@code devices/getAll}: nothing beyond the tokens. */
    public record GetAll() {
    }

    public record Result(List<Device> devices) {
    }

    private final Transactions transactions;
    private final DeviceStore store;

    public DeviceOperations(Transactions transactions, DeviceStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public Result getAll(GetAll request, Caller caller) {
        return new Result(transactions.read(handle -> store.devices(handle, caller.enterpriseIds())));
    }
}
