package io.unmogrowp.customersuccess.surveys.service;

import io.unmogrowp.customersuccess.common.rest.ApiException;
import io.unmogrowp.customersuccess.customers.repository.CustomerRepository;
import io.unmogrowp.customersuccess.customers.service.CustomerService;
import io.unmogrowp.customersuccess.surveys.SurveyResponse;
import io.unmogrowp.customersuccess.surveys.repository.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

@ApplicationScoped
public class SurveyService {

    /** Tolerates clock drift between the caller and this service. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final SurveyRepository surveys;
    private final CustomerRepository customers;
    private final Clock clock;

    public SurveyService(SurveyRepository surveys, CustomerRepository customers, Clock clock) {
        this.surveys = surveys;
        this.customers = customers;
        this.clock = clock;
    }

    /** {@code submittedAt} lets answers collected elsewhere be imported with their real date; null means now. */
    @Transactional
    public SurveyResponse submit(String customerId, int score, String comment, Instant submittedAt) {
        if (!customers.exists(customerId)) {
            throw CustomerService.notFound(customerId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = submittedAt == null ? now : submittedAt.truncatedTo(ChronoUnit.MICROS);
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw ApiException.invalid("submitted_at", "must not be in the future");
        }
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        return surveys.insert(customerId, score, cleanComment, at);
    }

    public List<SurveyResponse> list(String customerId) {
        if (!customers.exists(customerId)) {
            throw CustomerService.notFound(customerId);
        }
        return surveys.list(customerId);
    }
}
