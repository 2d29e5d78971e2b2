package dev.connector.reservations;

/** Why a reservation was canceled. */
public enum CancellationReason {
    Other,
    ConfirmationMissed,
    BookedElsewhere,
    ForceMajeure,
    GuestComplaint,
    NoShow,
    PriceTooHigh,
    ServiceNotAvailable,
    InputError,
    InvalidPayment,
    TravelAgency,
    RequestedByGuest,
    Update,
    BookingAbandoned,
    RequestedByBooker
}
