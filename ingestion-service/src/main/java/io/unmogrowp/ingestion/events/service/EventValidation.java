package io.unmogrowp.ingestion.events.service;

import io.unmogrowp.core.validation.EventValidator;
import io.unmogrowp.core.validation.ValidationLimits;
import io.unmogrowp.ingestion.config.IngestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The core validator with this deployment's accepted event age. */
@ApplicationScoped
public class EventValidation {

    @Produces
    @Singleton
    EventValidator validator(IngestionConfig config) {
        return new EventValidator(ValidationLimits.defaults().withMaxPast(config.limits().maxEventAge()));
    }
}
