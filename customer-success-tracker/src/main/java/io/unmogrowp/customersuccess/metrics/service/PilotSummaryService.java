package io.unmogrowp.customersuccess.metrics.service;

import io.unmogrowp.customersuccess.config.CstConfig;
import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.health.CustomerSignals;
import io.unmogrowp.customersuccess.health.service.HealthScoreService;
import io.unmogrowp.customersuccess.metrics.PilotSummary;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import io.unmogrowp.customersuccess.tickets.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Programme-level figures. Each customer weighs the same: satisfaction is the mean of the customers'
 * own averages, so one very vocal customer cannot dominate; success rate is over all pilot customers.
 */
@ApplicationScoped
public class PilotSummaryService {

    private final HealthScoreService health;
    private final CstConfig config;

    public PilotSummaryService(HealthScoreService health, CstConfig config) {
        this.health = health;
        this.config = config;
    }

    public PilotSummary summary() {
        List<CustomerSignals> customers = health.allSignals();
        int total = customers.size();
        Map<String, Integer> byStage = new LinkedHashMap<>();
        Arrays.stream(OnboardingStage.values()).forEach(stage -> byStage.put(stage.wireName(), 0));
        customers.forEach(signals -> byStage.merge(signals.customer().stage().wireName(), 1, Integer::sum));

        int successful = (int) customers.stream().map(CustomerSignals::customer).filter(Customer::successful).count();
        List<Customer> launched = customers.stream().map(CustomerSignals::customer).filter(Customer::launched).toList();
        OptionalDouble satisfaction = customers.stream()
                .map(CustomerSignals::satisfactionPercent).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
        int withSurveys = (int) customers.stream().filter(signals -> signals.satisfactionAverage().isPresent()).count();
        OptionalDouble savings = customers.stream()
                .map(CustomerSignals::savingsPercent).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
        int withSavings = (int) customers.stream().filter(signals -> signals.savingsPercent().isPresent()).count();
        OptionalDouble timeToLaunch = launched.stream().mapToInt(Customer::timeToLaunchDays).average();
        OptionalDouble healthAverage = customers.stream().mapToDouble(signals -> health.compute(signals).score()).average();
        int openTickets = customers.stream()
                .mapToInt(signals -> Arrays.stream(TicketPriority.values()).mapToInt(signals::openTickets).sum())
                .sum();
        Double successRate = total == 0 ? null : round(100.0 * successful / total);

        CstConfig.PilotTargets goals = config.targets();
        PilotSummary.Targets targets = new PilotSummary.Targets(goals.pilotCustomers(), goals.satisfactionPercent(),
                goals.costSavingsMinPercent(), goals.costSavingsMaxPercent(), goals.timeToLaunchDays(), goals.successRatePercent());
        PilotSummary.TargetsMet met = new PilotSummary.TargetsMet(
                total >= goals.pilotCustomers(),
                satisfaction.isPresent() ? satisfaction.getAsDouble() >= goals.satisfactionPercent() : null,
                savings.isPresent() ? savings.getAsDouble() >= goals.costSavingsMinPercent() : null,
                timeToLaunch.isPresent() ? timeToLaunch.getAsDouble() <= goals.timeToLaunchDays() : null,
                successRate == null ? null : successRate >= goals.successRatePercent());

        return new PilotSummary(total, launched.size(), successful, byStage,
                roundOrNull(satisfaction), withSurveys, successRate, roundOrNull(savings), withSavings,
                roundOrNull(timeToLaunch), roundOrNull(healthAverage), openTickets, targets, met);
    }

    private static Double roundOrNull(OptionalDouble value) {
        return value.isPresent() ? round(value.getAsDouble()) : null;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
