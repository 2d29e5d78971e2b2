package dev.connector.reservations;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The state of a reservation. The 2017 shapes spell {@link #Inquired} as "Enquired"; both spellings are read, and
 * {@link #oldName()} gives the one those shapes write.
 */
public enum ServiceOrderState {
    @JsonAlias("Enquired")
    Inquired,
    Requested,
    Optional,
    Confirmed,
    Started,
    Processed,
    Canceled;

    /** The name in the 2017 shapes (reservations/getAll, reservations/add responses). */
    public String oldName() {
        return this == Inquired ? "Enquired" : name();
    }

    /** A state in which the reservation still holds its room category for its nights. */
    public boolean holdsInventory() {
        return this != Canceled;
    }
}
