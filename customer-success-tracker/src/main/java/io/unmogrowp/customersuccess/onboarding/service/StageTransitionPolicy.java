package io.unmogrowp.customersuccess.onboarding.service;

import io.unmogrowp.customersuccess.common.rest.ApiException;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;

/**
 * Customers move forward through the funnel (skipping stages is allowed: some pilots arrive already
 * integrated) or back exactly one stage when a reason is given, e.g. a failed test round.
 */
public final class StageTransitionPolicy {

    private StageTransitionPolicy() {
    }

    /** @throws ApiException 409 {@code invalid_stage_transition} when the move is not allowed */
    public static void check(OnboardingStage from, OnboardingStage to, String reason) {
        int steps = to.ordinal() - from.ordinal();
        if (steps == 0) {
            throw invalid("stage", "customer is already in stage " + to.wireName());
        }
        if (steps == -1 && (reason == null || reason.isBlank())) {
            throw invalid("reason", "moving back from " + from.wireName() + " to " + to.wireName() + " requires a reason");
        }
        if (steps < -1) {
            throw invalid("stage", "cannot move back from " + from.wireName() + " to " + to.wireName()
                    + ": stages only move forward, or back one stage with a reason");
        }
    }

    private static ApiException invalid(String field, String reason) {
        return ApiException.conflict("invalid_stage_transition", field, reason);
    }
}
