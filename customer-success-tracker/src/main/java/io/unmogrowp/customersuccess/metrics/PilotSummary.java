package io.unmogrowp.customersuccess.metrics;

import java.util.Map;

/**
 * The pilot programme at a glance, next to its goals. Averages are null while no customer has the
 * data they are computed from; {@code targets_met} entries are null in that case too.
 */
public record PilotSummary(
        int totalPilotCustomers,
        int launchedCustomers,
        int successfulPilotCustomers,
        Map<String, Integer> customersByStage,
        Double satisfactionAveragePercent,
        int customersWithSurveys,
        Double successRatePercent,
        Double costSavingsAveragePercent,
        int customersWithCostSavings,
        Double timeToLaunchAverageDays,
        Double healthScoreAverage,
        int openTickets,
        Targets targets,
        TargetsMet targetsMet) {

    public record Targets(int pilotCustomers, double satisfactionPercent, double costSavingsMinPercent,
                          double costSavingsMaxPercent, int timeToLaunchDays, double successRatePercent) {
    }

    public record TargetsMet(Boolean pilotCustomers, Boolean satisfaction, Boolean costSavings, Boolean timeToLaunch,
                             Boolean successRate) {
    }
}
