package dev.connector.customers;

/** Classifications a customer profile can carry (what a receptionist sees as tags). */
public enum CustomerClassification {
    PaymasterAccount,
    Blacklist,
    Media,
    LoyaltyProgram,
    PreviousComplaint,
    Returning,
    Staff,
    FriendOrFamily,
    TopManagement,
    Important,
    VeryImportant,
    Problematic,
    Cashlist,
    DisabledPerson,
    Military,
    Airline,
    HealthCompliant,
    InRoom,
    WaitingForRoom,
    Student
}
