package dev.connector.reservations;

/** Where a reservation came from; reservations made through this API are {@link #Connector}. */
public enum ReservationOrigin {
    Distributor,
    ChannelManager,
    Commander,
    Import,
    Connector,
    Navigator
}
