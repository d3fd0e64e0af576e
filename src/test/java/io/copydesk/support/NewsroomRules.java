package io.copydesk.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The demo's rules: two approvals, edits of up to three words keep approvals, notification mail on
 * (to the mock mailer). Tests of these rules share this profile, so the app restarts only once for them.
 */
public class NewsroomRules implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "copydesk.review.required-approvals", "2",
                "copydesk.review.minor-edit-words", "3",
                "copydesk.mail.enabled", "true");
    }
}
