package dev.connector.webhooks;

/** Settings of webhook delivery, from the command line ({@code --webhook-*}). */
public record WebhookSettings() {

    public static WebhookSettings defaults() {
        return new WebhookSettings();
    }
}
