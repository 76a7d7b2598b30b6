package io.unmogrowp.customersuccess.metrics.service;

import com.clickhouse.client.api.Client;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.unmogrowp.customersuccess.config.CstConfig;
import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.health.CustomerSignals;
import io.unmogrowp.customersuccess.health.service.HealthScoreService;
import io.unmogrowp.customersuccess.metrics.repository.EventVolumeRepository;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import io.unmogrowp.customersuccess.onboarding.TimeToLaunch;
import io.unmogrowp.customersuccess.tickets.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes the customer-success gauges. Values are recomputed from the database on a schedule and
 * registered as MultiGauge rows with overwrite, so a deleted customer's series disappear at the
 * next refresh instead of lingering with their last value.
 */
@ApplicationScoped
public class CustomerMetricsPublisher {

    private static final Logger LOG = Logger.getLogger(CustomerMetricsPublisher.class);

    private final HealthScoreService health;
    private final EventVolumeRepository eventVolumes;
    private final Client clickHouse;
    private final CstConfig config;
    private final Clock clock;

    private final MultiGauge satisfaction;
    private final MultiGauge costSavings;
    private final MultiGauge healthScore;
    private final MultiGauge onboardingStage;
    private final MultiGauge timeToLaunch;
    private final MultiGauge ticketsOpen;
    private final MultiGauge technicalSuccess;
    private final MultiGauge businessSuccess;
    private final MultiGauge eventVolume;
    private final AtomicInteger totalCustomers = new AtomicInteger();
    private final AtomicInteger successfulCustomers = new AtomicInteger();
    private final AtomicInteger postgresUp = new AtomicInteger();
    private final AtomicInteger clickHouseUp = new AtomicInteger();

    /** Last event volumes per customer, kept while ClickHouse is unreachable so the series do not flap. */
    private Map<String, Long> lastEventVolumes = Map.of();

    public CustomerMetricsPublisher(HealthScoreService health, EventVolumeRepository eventVolumes, Client clickHouse,
                                    CstConfig config, Clock clock, MeterRegistry registry) {
        this.health = health;
        this.eventVolumes = eventVolumes;
        this.clickHouse = clickHouse;
        this.config = config;
        this.clock = clock;
        satisfaction = multiGauge(registry, "customer_satisfaction_score",
                "Average survey score x 10 over the satisfaction window (0-100); absent without responses");
        costSavings = multiGauge(registry, "customer_cost_savings_percent", "Savings of the latest cost comparison, percent");
        healthScore = multiGauge(registry, "customer_health_score", "Weighted customer health score (0-100)");
        onboardingStage = multiGauge(registry, "customer_onboarding_stage", "1 for the customer's current onboarding stage, else 0");
        timeToLaunch = multiGauge(registry, "customer_time_to_launch_days",
                "Days from pilot start to launch; days elapsed so far while not launched");
        ticketsOpen = multiGauge(registry, "customer_support_tickets_open", "Open support tickets per priority");
        technicalSuccess = multiGauge(registry, "customer_technical_success", "1 when the pilot met its technical goals");
        businessSuccess = multiGauge(registry, "customer_business_success", "1 when the pilot met its business goals");
        eventVolume = multiGauge(registry, "customer_event_volume_total", "Raw events stored in ClickHouse for the customer's apps");
        Gauge.builder("total_pilot_customers", totalCustomers, AtomicInteger::get)
                .description("Pilot customers in the programme").register(registry);
        Gauge.builder("successful_pilot_customers", successfulCustomers, AtomicInteger::get)
                .description("Pilot customers with both technical and business success").register(registry);
        Gauge.builder("unmogrowp_dependency_up", postgresUp, AtomicInteger::get)
                .tag("dependency", "postgresql").description("1 when the dependency answered the last refresh").register(registry);
        Gauge.builder("unmogrowp_dependency_up", clickHouseUp, AtomicInteger::get)
                .tag("dependency", "clickhouse").description("1 when the dependency answered the last refresh").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    @Scheduled(every = "${cst.metrics.refresh-interval:15s}", delayed = "${cst.metrics.refresh-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Recomputes every gauge now; also called by tests that cannot wait for the schedule. */
    public synchronized void refresh() {
        List<CustomerSignals> customers;
        try {
            customers = health.allSignals();
            postgresUp.set(1);
        } catch (RuntimeException e) {
            postgresUp.set(0);
            LOG.warnf("customer metrics refresh skipped: PostgreSQL unavailable (%s)", e.getMessage());
            clickHouseUp.set(pingClickHouse() ? 1 : 0);
            return;
        }
        publishCustomerGauges(customers);
        publishEventVolumes(customers);
    }

    private void publishCustomerGauges(List<CustomerSignals> customers) {
        Instant now = clock.instant();
        List<MultiGauge.Row<?>> satisfactionRows = new ArrayList<>();
        List<MultiGauge.Row<?>> savingsRows = new ArrayList<>();
        List<MultiGauge.Row<?>> healthRows = new ArrayList<>();
        List<MultiGauge.Row<?>> stageRows = new ArrayList<>();
        List<MultiGauge.Row<?>> launchRows = new ArrayList<>();
        List<MultiGauge.Row<?>> ticketRows = new ArrayList<>();
        List<MultiGauge.Row<?>> technicalRows = new ArrayList<>();
        List<MultiGauge.Row<?>> businessRows = new ArrayList<>();
        int successful = 0;
        for (CustomerSignals signals : customers) {
            Customer customer = signals.customer();
            Tags id = Tags.of("customer_id", customer.id());
            signals.satisfactionPercent().ifPresent(percent ->
                    satisfactionRows.add(MultiGauge.Row.of(id.and("company_name", customer.companyName()), percent)));
            signals.savingsPercent().ifPresent(percent -> savingsRows.add(MultiGauge.Row.of(id, percent)));
            healthRows.add(MultiGauge.Row.of(id, health.compute(signals).score()));
            for (OnboardingStage stage : OnboardingStage.values()) {
                stageRows.add(MultiGauge.Row.of(id.and("stage", stage.wireName()), stage == customer.stage() ? 1 : 0));
            }
            int launchDays = customer.launched() ? customer.timeToLaunchDays() : TimeToLaunch.days(customer.pilotStartedAt(), now);
            launchRows.add(MultiGauge.Row.of(id, launchDays));
            for (TicketPriority priority : TicketPriority.values()) {
                ticketRows.add(MultiGauge.Row.of(id.and("priority", priority.wireName()), signals.openTickets(priority)));
            }
            technicalRows.add(MultiGauge.Row.of(id, customer.technicalSuccess() ? 1 : 0));
            businessRows.add(MultiGauge.Row.of(id, customer.businessSuccess() ? 1 : 0));
            if (customer.successful()) {
                successful++;
            }
        }
        satisfaction.register(satisfactionRows, true);
        costSavings.register(savingsRows, true);
        healthScore.register(healthRows, true);
        onboardingStage.register(stageRows, true);
        timeToLaunch.register(launchRows, true);
        ticketsOpen.register(ticketRows, true);
        technicalSuccess.register(technicalRows, true);
        businessSuccess.register(businessRows, true);
        totalCustomers.set(customers.size());
        successfulCustomers.set(successful);
    }

    private void publishEventVolumes(List<CustomerSignals> customers) {
        List<String> allAppIds = customers.stream().flatMap(signals -> signals.customer().appIds().stream()).toList();
        Map<String, Long> byCustomer = new HashMap<>();
        try {
            Map<String, Long> byApp = eventVolumes.countByAppId(allAppIds);
            // An empty app list sends no query, so readiness of ClickHouse is confirmed with a ping instead.
            clickHouseUp.set(allAppIds.isEmpty() ? (pingClickHouse() ? 1 : 0) : 1);
            for (CustomerSignals signals : customers) {
                long total = signals.customer().appIds().stream().distinct().mapToLong(appId -> byApp.getOrDefault(appId, 0L)).sum();
                byCustomer.put(signals.customer().id(), total);
            }
        } catch (EventVolumeRepository.EventVolumeUnavailableException e) {
            clickHouseUp.set(0);
            LOG.warnf("event volumes kept from the previous refresh: %s", e.getMessage());
            for (CustomerSignals signals : customers) {
                Long previous = lastEventVolumes.get(signals.customer().id());
                if (previous != null) {
                    byCustomer.put(signals.customer().id(), previous);
                }
            }
        }
        lastEventVolumes = Map.copyOf(byCustomer);
        eventVolume.register(byCustomer.entrySet().stream()
                .map(entry -> MultiGauge.Row.of(Tags.of("customer_id", entry.getKey()), entry.getValue()))
                .<MultiGauge.Row<?>>map(row -> row)
                .toList(), true);
    }

    private boolean pingClickHouse() {
        try {
            return clickHouse.ping(config.clickhouse().timeout().toMillis());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static MultiGauge multiGauge(MeterRegistry registry, String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }
}
