package dev.connector.devices;

/** Kinds of on-premise device; the kind decides the shape of a command's Data. */
public enum DeviceType {
    Printer,
    PaymentTerminal,
    KeyCutter,
    FiscalMachine,
    PassportScanner;

    /** How a receptionist would name the kind, for messages. */
    String spoken() {
        return switch (this) {
            case Printer -> "a printer";
            case PaymentTerminal -> "a payment terminal";
            case KeyCutter -> "a key cutter";
            case FiscalMachine -> "a fiscal machine";
            case PassportScanner -> "a passport scanner";
        };
    }
}
