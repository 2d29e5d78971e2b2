package dev.connector.websockets;

/** Settings of the real-time channel, from the command line ({@code --ws-*}). */
public record WebSocketSettings() {

    public static WebSocketSettings defaults() {
        return new WebSocketSettings();
    }
}
