package io.unmogrowp.customersuccess.health;

/**
 * One weighted part of the health score.
 *
 * @param value  how well the customer does on this part, 0 (worst) to 1 (best)
 * @param points {@code weight x value}: this part's contribution to the 0-100 score
 * @param detail the inputs behind the value, for the person reading the score
 */
public record HealthComponent(String name, int weight, double value, double points, String detail) {
}
