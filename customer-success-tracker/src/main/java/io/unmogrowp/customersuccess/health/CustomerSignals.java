package io.unmogrowp.customersuccess.health;

import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.tickets.TicketPriority;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Everything the health score and the customer gauges are computed from, loaded in one query.
 *
 * @param satisfactionAverage mean survey score (0-10) inside the satisfaction window, empty without responses
 * @param openTickets         open support tickets per priority (every priority present, zero when none)
 * @param savingsPercent      savings of the latest cost comparison, empty when none was recorded
 */
public record CustomerSignals(
        Customer customer,
        OptionalDouble satisfactionAverage,
        int surveyResponses,
        Map<TicketPriority, Integer> openTickets,
        OptionalDouble savingsPercent) {

    public int openTickets(TicketPriority priority) {
        return openTickets.getOrDefault(priority, 0);
    }

    /** Satisfaction on the dashboards' 0-100 scale (average score x 10). */
    public OptionalDouble satisfactionPercent() {
        return satisfactionAverage.isPresent() ? OptionalDouble.of(satisfactionAverage.getAsDouble() * 10) : OptionalDouble.empty();
    }
}
