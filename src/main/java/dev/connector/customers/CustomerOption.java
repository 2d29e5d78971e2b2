package dev.connector.customers;

/** Consents and billing options of a customer profile. */
public enum CustomerOption {
    SendMarketingEmails,
    Invoiceable,
    BillAddressObjection,
    SendMarketingPostalMail,
    SendPartnerMarketingEmails,
    SendPartnerMarketingPostalMail,
    WithdrawCardConsent,
    GuestPhotoConsent,
    IdPhotosConsent
}
