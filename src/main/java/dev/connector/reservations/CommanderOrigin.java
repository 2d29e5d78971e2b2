package dev.connector.reservations;

/** How a reservation made by the hotel staff (origin Commander) reached them. */
public enum CommanderOrigin {
    InPerson,
    Channel,
    Phone,
    Email,
    Website,
    Message,
    CallCenter
}
