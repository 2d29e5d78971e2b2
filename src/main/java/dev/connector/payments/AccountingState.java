package dev.connector.payments;

/** Where an order item or payment is in accounting: open on a bill, closed with it, or canceled. */
public enum AccountingState {
    Open,
    Closed,
    Inactive,
    Canceled
}
