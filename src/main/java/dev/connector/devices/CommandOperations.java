package dev.connector.devices;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Conflict;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The device command queue. Any integration of an enterprise may add a command for one of its devices; only the
 * integration the device is linked to sees the command and moves it through its states. Adding a command and
 * every change of its state emit {@code DeviceCommandUpdated} for that integration, in the same transaction.
 */
public final class CommandOperations {

    static final int MAX_COPIES = 100;
    static final int MAX_KEYS = 10;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> RESERVATION_STATES_WITHOUT_KEYS = Set.of("Canceled", "Processed");

    /** Request of {@code commands/getAllActive}: nothing beyond the tokens. */
    public record GetAllActive() {
    }

    /** Request of {@code commands/getAllByIds}; Limitation is optional here. */
    public record GetAllByIds(List<UUID> commandIds, Limitation limitation) {
        public GetAllByIds {
            Require.atMost(Require.notEmpty(commandIds, "CommandIds"), Limitation.MAX_COUNT, "CommandIds");
        }
    }

    public record AddPrinter(UUID enterpriseId, UUID printerId, String data, Integer copyCount) {
        public AddPrinter {
            Require.present(printerId, "PrinterId");
            Require.text(data, "Data");
            Require.present(copyCount, "CopyCount");
            if (copyCount < 1 || copyCount > MAX_COPIES) {
                throw new InvalidRequest("CopyCount must be between 1 and " + MAX_COPIES + ", but was " + copyCount + ".");
            }
            try {
                // Line breaks are tolerated (some encoders wrap at 76 characters); anything else must be Base64.
                Base64.getDecoder().decode(data.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("Data must be the document encoded in Base64.", e.getMessage());
            }
        }
    }

    public record AddKeyCutter(UUID enterpriseId, UUID keyCutterId, UUID reservationId, Integer keyCount) {
        public AddKeyCutter {
            Require.present(keyCutterId, "KeyCutterId");
            Require.present(reservationId, "ReservationId");
            Require.present(keyCount, "KeyCount");
            if (keyCount < 1 || keyCount > MAX_KEYS) {
                throw new InvalidRequest("KeyCount must be between 1 and " + MAX_KEYS + ", but was " + keyCount + ".");
            }
        }
    }

    /** Whether the terminal takes the money now or only reserves it. */
    public enum PaymentType {
        Payment,
        Preauthorization
    }

    /** The amount of a payment terminal command (the API's older currency value; Net, Tax, TaxRate are not used). */
    public record CurrencyValue(String currency, BigDecimal value, BigDecimal net, BigDecimal tax, BigDecimal taxRate) {
    }

    public record AddPaymentTerminal(UUID enterpriseId, PaymentType type, UUID terminalId, UUID customerId,
                                     CurrencyValue amount, UUID billId, UUID paymentRequestId, UUID reservationId) {
        public AddPaymentTerminal {
            Require.present(type, "Type");
            Require.present(terminalId, "TerminalId");
            Require.present(customerId, "CustomerId");
            Require.present(amount, "Amount");
            if (amount.currency() == null || !CURRENCY.matcher(amount.currency()).matches()) {
                throw new InvalidRequest("Amount.Currency must be an ISO 4217 code such as EUR.");
            }
            Require.present(amount.value(), "Amount.Value");
            if (amount.value().signum() <= 0) {
                throw new InvalidRequest("Amount.Value must be greater than zero.");
            }
        }
    }

    public record AddResult(UUID commandId) {
    }

    public record Update(UUID commandId, CommandState state, Double progress, String notes) {
        public Update {
            Require.present(commandId, "CommandId");
            Require.present(state, "State");
            if (progress != null && (!Double.isFinite(progress) || progress < 0)) {
                throw new InvalidRequest("Progress must be a finite number, not negative.");
            }
        }
    }

    public record Result(List<DeviceCommand> commands, UUID cursor) {
    }

    private final Transactions transactions;
    private final DeviceStore store;
    private final CommandSubjects subjects;
    private final Supplier<UUID> ids;

    public CommandOperations(Transactions transactions, DeviceStore store, CommandSubjects subjects, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.subjects = subjects;
        this.ids = ids;
    }

    public Result getAllActive(GetAllActive request, Caller caller) {
        Filter filter = Filter.where()
                .in("c.enterprise_id", caller.enterpriseIds())
                .in("c.state", List.of(CommandState.Pending, CommandState.Received));
        return new Result(transactions.read(handle -> store.commands(handle, caller.integrationId(), filter)), null);
    }

    public Result getAllByIds(GetAllByIds request, Caller caller) {
        Filter filter = Filter.where()
                .in("c.enterprise_id", caller.enterpriseIds())
                .in("c.id", request.commandIds());
        // At most 1000 ids may be asked for, so without a Limitation one page of 1000 holds them all.
        Limitation limitation = request.limitation() == null
                ? new Limitation(Limitation.MAX_COUNT, null) : request.limitation();
        Page<DeviceCommand> page = transactions.read(
                handle -> store.commands(handle, caller.integrationId(), filter, limitation));
        return new Result(page.items(), page.cursor());
    }

    public AddResult addPrinter(AddPrinter request, Caller caller) {
        UUID enterpriseId = enterpriseOf(request.enterpriseId(), caller);
        return transactions.write(tx -> {
            DeviceStore.StoredDevice printer = device(tx, enterpriseId, request.printerId(), "PrinterId", DeviceType.Printer);
            DeviceSettings settings = printer.settings();
            CommandData data = new CommandData.Printer(request.copyCount(), "application/pdf", request.data(),
                    printer.device().name(),
                    orDefault(settings.printerDriverName(), "Generic PDF"),
                    orDefault(settings.printerPortName(), "LPT1"));
            return add(tx, printer, data);
        });
    }

    public AddResult addKeyCutter(AddKeyCutter request, Caller caller) {
        UUID enterpriseId = enterpriseOf(request.enterpriseId(), caller);
        return transactions.write(tx -> {
            DeviceStore.StoredDevice cutter = device(tx, enterpriseId, request.keyCutterId(), "KeyCutterId", DeviceType.KeyCutter);
            CommandSubjects.ReservationKey reservation = subjects.reservations().find(tx.handle(), enterpriseId, request.reservationId())
                    .orElseThrow(() -> new InvalidRequest("ReservationId " + request.reservationId()
                            + " does not identify a reservation of the enterprise."));
            if (RESERVATION_STATES_WITHOUT_KEYS.contains(reservation.state())) {
                throw new Forbidden("Keys cannot be cut for a reservation that is " + reservation.state().toLowerCase() + ".");
            }
            if (reservation.lockIds().isEmpty()) {
                throw new Forbidden("The reservation has no room assigned yet, so no key can be cut for it.");
            }
            DeviceSettings settings = cutter.settings();
            CommandData data = new CommandData.KeyCutter(identifierOf(cutter.device()), settings.apiUrl(),
                    settings.customData(), request.keyCount(), reservation.lockIds(), reservation.startUtc(),
                    reservation.endUtc(), reservation.firstName(), reservation.lastName(),
                    normalized(reservation.firstName()), normalized(reservation.lastName()), reservation.telephone(),
                    reservation.email(), reservation.reservationId(), reservation.number());
            return add(tx, cutter, data);
        });
    }

    public AddResult addPaymentTerminal(AddPaymentTerminal request, Caller caller) {
        UUID enterpriseId = enterpriseOf(request.enterpriseId(), caller);
        return transactions.write(tx -> {
            DeviceStore.StoredDevice terminal = device(tx, enterpriseId, request.terminalId(), "TerminalId",
                    DeviceType.PaymentTerminal);
            String fullName = subjects.customers().fullName(tx.handle(), enterpriseId, request.customerId())
                    .orElseThrow(() -> new InvalidRequest("CustomerId " + request.customerId()
                            + " does not identify a customer of the enterprise."));
            CommandData data = new CommandData.PaymentTerminal(identifierOf(terminal.device()), request.customerId(),
                    request.customerId(), fullName, request.billId(), null, null,
                    CommandData.Amount.untaxed(request.amount().currency(), request.amount().value()), null,
                    terminalInstructions(request), CommandData.AccountData.customer(fullName));
            return add(tx, terminal, data);
        });
    }

    /** Moves a command of the caller's devices to a new state; the state machine decides what is allowed. */
    public Object update(Update request, Caller caller) {
        transactions.write(tx -> {
            DeviceStore.StoredCommand stored = store.command(tx.handle(), request.commandId())
                    .filter(command -> command.integrationId().equals(caller.integrationId()))
                    .filter(command -> caller.enterpriseIds().contains(command.enterpriseId()))
                    // Commands of other integrations' devices are not theirs to see, so they read as unknown.
                    .orElseThrow(() -> new InvalidRequest("CommandId " + request.commandId()
                            + " does not identify a command of this integration's devices."));
            CommandState current = stored.command().state();
            CommandState next = request.state();
            current.requireMoveTo(next);
            Double progress = next == CommandState.Processing ? request.progress() : null;
            String notes = next.isEnded() ? request.notes() : null;
            if (!store.updateState(tx.handle(), request.commandId(), current, next, progress, notes, tx.now())) {
                throw new Conflict("The command was changed at the same time by another request; read it and try again.");
            }
            if (next != current) {
                tx.emit(new DomainEvent.DeviceCommandUpdated(stored.enterpriseId(), request.commandId(), next.name(),
                        stored.integrationId()));
            }
            return null;
        });
        return null;
    }

    private AddResult add(Tx tx, DeviceStore.StoredDevice device, CommandData data) {
        UUID commandId = ids.get();
        store.insertCommand(tx.handle(), commandId, device.enterpriseId(), device.device().id(), CommandState.Pending,
                null, data, tx.now());
        tx.emit(new DomainEvent.DeviceCommandUpdated(device.enterpriseId(), commandId, CommandState.Pending.name(),
                device.integrationId()));
        return new AddResult(commandId);
    }

    /** Portfolio tokens name the enterprise; for a single-enterprise token the reference ignores EnterpriseId. */
    private static UUID enterpriseOf(UUID requested, Caller caller) {
        return caller.isPortfolio() ? caller.enterpriseId(requested) : caller.enterpriseId();
    }

    private DeviceStore.StoredDevice device(Tx tx, UUID enterpriseId, UUID deviceId, String field, DeviceType expected) {
        DeviceStore.StoredDevice device = store.device(tx.handle(), enterpriseId, deviceId)
                .orElseThrow(() -> new InvalidRequest(field + " " + deviceId + " does not identify a device of the enterprise."));
        if (device.device().type() != expected) {
            throw new Forbidden("The device " + device.device().name() + " is " + device.device().type().spoken()
                    + ", not " + expected.spoken() + ".");
        }
        return device;
    }

    /** What the terminal needs beyond the Data shape: the kind of payment and what it pays for. */
    private String terminalInstructions(AddPaymentTerminal request) {
        Map<String, Object> instructions = new java.util.LinkedHashMap<>();
        instructions.put("Type", request.type().name());
        instructions.put("ReservationId", request.reservationId());
        instructions.put("PaymentRequestId", request.paymentRequestId());
        return store.toJson(instructions);
    }

    private static String identifierOf(Device device) {
        return device.identifier() == null || device.identifier().isBlank() ? device.id().toString() : device.identifier();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A name in plain letters for encoders that cannot print accents: "Zoë Ødegård" becomes "Zoe Odegard". */
    static String normalized(String name) {
        if (name == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder plain = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            switch (c) {
                case 'Ø' -> plain.append('O');
                case 'ø' -> plain.append('o');
                case 'Ł' -> plain.append('L');
                case 'ł' -> plain.append('l');
                case 'ß' -> plain.append("ss");
                case 'Æ' -> plain.append("AE");
                case 'æ' -> plain.append("ae");
                default -> {
                    if ((c < 128 && (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\''))) {
                        plain.append(c);
                    }
                }
            }
        }
        return plain.toString();
    }
}
