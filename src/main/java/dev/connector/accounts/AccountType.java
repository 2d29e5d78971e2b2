package dev.connector.accounts;

/** The two kinds of account: a customer (a guest profile) or a company. */
public enum AccountType {
    Company,
    Customer
}
