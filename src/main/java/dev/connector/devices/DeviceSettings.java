package dev.connector.devices;

/**
 * The local set-up of a device that its commands carry to the integration: printer driver and port, the address
 * of a key cutter's server, and free custom data (JSON text) the integration configured. Unused fields are null.
 */
public record DeviceSettings(String printerDriverName, String printerPortName, String apiUrl, String customData) {

    public static final DeviceSettings NONE = new DeviceSettings(null, null, null, null);
}
