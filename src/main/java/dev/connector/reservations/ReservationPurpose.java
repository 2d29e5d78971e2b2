package dev.connector.reservations;

/** Why the guest travels. */
public enum ReservationPurpose {
    Leisure,
    Business,
    Student
}
