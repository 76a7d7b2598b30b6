package io.unmogrowp.customersuccess.health;

import java.util.List;

/** A customer's 0-100 health score (one decimal) and the components it is the sum of. */
public record HealthScore(String customerId, double score, List<HealthComponent> components) {
}
