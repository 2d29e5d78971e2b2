package dev.connector.payments;

/** How an external payment (one tracked outside the system) was made. */
public enum ExternalPaymentType {
    Unspecified, BadDebts, Bacs, WireTransfer, Invoice, ExchangeRateDifference, Complimentary, Reseller,
    ExchangeRoundingDifference, Barter, Commission, BankCharges, CrossSettlement, Cash, CreditCard, Prepayment, Cheque,
    Bancontact, IDeal, PayPal, GiftCard, LoyaltyPoints, ChequeVacances, OnlinePayment, CardCheck,
    PaymentHubRedirection, Voucher, MasterCard, Visa, Amex, Discover, DinersClub, Jcb, UnionPay, Twint, Reka,
    LoyaltyCard, PosDiningAndSpaReward, DirectDebit, DepositCheck, DepositCash, DepositCreditCard, DepositWireTransfer
}
