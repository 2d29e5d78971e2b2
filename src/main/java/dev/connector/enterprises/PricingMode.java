package dev.connector.enterprises;

/** Whether an enterprise's prices include tax (Gross) or not (Net). */
public enum PricingMode {
    Gross,
    Net
}
