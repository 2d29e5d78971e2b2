package dev.connector.payments;

/**
 * The kinds of order item a client may filter {@code orderItems/getAll} by. Items are stored with the kind's name
 * as text (see {@link OrderItem#SPACE_ORDER}); this closed list is what a request may ask for.
 */
public enum OrderItemType {
    CancellationFee, NightRebate, ProductOrderRebate, AdditionalExpenseRebate, Deposit, ExchangeRateDifference,
    CustomItem, ServiceCharge, CityTax, CityTaxDiscount, SpaceOrder, ProductOrder, Surcharge, TaxCorrection,
    ResourceUpgradeFee, InvoiceFee, MulticurrencyFee, AllowanceDiscount, AllowanceBreakage, AllowanceContraBreakage
}
