package io.unmogrowp.customersuccess.surveys;

import java.time.Instant;

/** One satisfaction survey answer on a 0-10 scale. */
public record SurveyResponse(long id, String customerId, int score, String comment, Instant submittedAt) {
}
