package dev.connector.enterprises;

/** Subscription details of an enterprise: the tax identifier it is registered with. */
public record EnterpriseSubscription(String taxIdentifier) {
}
