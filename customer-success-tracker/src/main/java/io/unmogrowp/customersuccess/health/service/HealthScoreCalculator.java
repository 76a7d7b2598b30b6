package io.unmogrowp.customersuccess.health.service;

import io.unmogrowp.customersuccess.config.CstConfig;
import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.health.CustomerSignals;
import io.unmogrowp.customersuccess.health.HealthComponent;
import io.unmogrowp.customersuccess.health.HealthScore;
import io.unmogrowp.customersuccess.tickets.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Health score = sum of weight x value over five components (weights add up to 100, values are 0..1);
 * docs/customer-success.md explains each one. A component without data yet (no survey, no cost
 * comparison) counts as a neutral 0.5 so a new pilot is neither healthy nor failing by default.
 */
@ApplicationScoped
public class HealthScoreCalculator {

    public static final int SATISFACTION_WEIGHT = 30;
    public static final int ONBOARDING_WEIGHT = 25;
    public static final int SUPPORT_WEIGHT = 15;
    public static final int SUCCESS_WEIGHT = 15;
    public static final int COST_SAVINGS_WEIGHT = 15;

    static final double NO_DATA_VALUE = 0.5;
    static final double URGENT_TICKET_PENALTY = 0.5;
    static final double HIGH_TICKET_PENALTY = 0.25;
    static final double LATE_LAUNCH_VALUE = 0.5;

    private final CstConfig config;

    public HealthScoreCalculator(CstConfig config) {
        this.config = config;
    }

    public HealthScore compute(CustomerSignals signals, LocalDate today) {
        List<HealthComponent> components = List.of(
                satisfaction(signals),
                onboarding(signals.customer(), today),
                support(signals),
                success(signals.customer()),
                costSavings(signals));
        double total = components.stream().mapToDouble(component -> component.weight() * component.value()).sum();
        return new HealthScore(signals.customer().id(), round(total, 1), components);
    }

    /** Mean survey score in the window / 10. */
    private HealthComponent satisfaction(CustomerSignals signals) {
        if (signals.satisfactionAverage().isEmpty()) {
            return component("satisfaction", SATISFACTION_WEIGHT, NO_DATA_VALUE,
                    "no survey responses in the last " + config.metrics().satisfactionWindowDays() + " days");
        }
        double average = signals.satisfactionAverage().getAsDouble();
        return component("satisfaction", SATISFACTION_WEIGHT, average / 10,
                String.format(Locale.ROOT, "average score %.2f/10 from %d responses in the last %d days",
                        average, signals.surveyResponses(), config.metrics().satisfactionWindowDays()));
    }

    /**
     * Funnel progress against the schedule. Launched on or before the target date: 1; launched late: 0.5.
     * Otherwise progress (discovery 0.2 ... testing 0.8) divided by the share of the planned pilot time
     * already used, capped at 1; a customer ahead of schedule scores 1.
     */
    private HealthComponent onboarding(Customer customer, LocalDate today) {
        LocalDate start = LocalDate.ofInstant(customer.pilotStartedAt(), ZoneOffset.UTC);
        if (customer.launched()) {
            LocalDate launchDate = LocalDate.ofInstant(customer.launchedAt(), ZoneOffset.UTC);
            boolean onTime = !launchDate.isAfter(customer.targetLaunchDate());
            return component("onboarding", ONBOARDING_WEIGHT, onTime ? 1.0 : LATE_LAUNCH_VALUE,
                    "launched " + (onTime ? "on or before" : "after") + " the target date " + customer.targetLaunchDate());
        }
        long plannedDays = ChronoUnit.DAYS.between(start, customer.targetLaunchDate());
        long elapsedDays = Math.max(0, ChronoUnit.DAYS.between(start, today));
        double expectedProgress = plannedDays <= 0 ? (elapsedDays > 0 ? 1.0 : 0.0) : Math.min(1.0, elapsedDays / (double) plannedDays);
        double progress = customer.stage().progress();
        double value = expectedProgress == 0 ? 1.0 : Math.min(1.0, progress / expectedProgress);
        return component("onboarding", ONBOARDING_WEIGHT, value,
                String.format(Locale.ROOT, "stage %s (progress %.2f) after %d of %d planned days (expected progress %.2f)",
                        customer.stage().wireName(), progress, elapsedDays, plannedDays, expectedProgress));
    }

    /** 1 minus 0.5 per open urgent ticket and 0.25 per open high-priority ticket, floored at 0. */
    private HealthComponent support(CustomerSignals signals) {
        int urgent = signals.openTickets(TicketPriority.URGENT);
        int high = signals.openTickets(TicketPriority.HIGH);
        double value = Math.max(0.0, 1.0 - URGENT_TICKET_PENALTY * urgent - HIGH_TICKET_PENALTY * high);
        return component("support", SUPPORT_WEIGHT, value,
                urgent + " open urgent and " + high + " open high-priority tickets");
    }

    /** Half for the technical success flag, half for the business success flag. */
    private HealthComponent success(Customer customer) {
        double value = (customer.technicalSuccess() ? 0.5 : 0.0) + (customer.businessSuccess() ? 0.5 : 0.0);
        return component("success", SUCCESS_WEIGHT, value,
                "technical success " + customer.technicalSuccess() + ", business success " + customer.businessSuccess());
    }

    /** Latest savings percent / the 30 % minimum target, clamped to 0..1. */
    private HealthComponent costSavings(CustomerSignals signals) {
        double target = config.targets().costSavingsMinPercent();
        if (signals.savingsPercent().isEmpty()) {
            return component("cost_savings", COST_SAVINGS_WEIGHT, NO_DATA_VALUE, "no cost comparison recorded");
        }
        double savings = signals.savingsPercent().getAsDouble();
        double value = Math.max(0.0, Math.min(1.0, savings / target));
        return component("cost_savings", COST_SAVINGS_WEIGHT, value,
                String.format(Locale.ROOT, "saves %.2f %% against a %.0f %% target", savings, target));
    }

    private static HealthComponent component(String name, int weight, double value, String detail) {
        return new HealthComponent(name, weight, round(value, 4), round(weight * value, 2), detail);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
