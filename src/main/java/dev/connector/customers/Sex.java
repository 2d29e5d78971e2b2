package dev.connector.customers;

/** Sex of a customer as the API names it. */
public enum Sex {
    Male,
    Female
}
