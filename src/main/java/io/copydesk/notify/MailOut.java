package io.copydesk.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.copydesk.CopydeskConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** An email copy of a notification, sent only after the transaction committed, and only if mail is on. */
public record MailOut(String to, String subject, String text) {

    /** Sends queued mails; off unless {@code copydesk.mail.enabled=true} (and the mailer is configured). */
    @ApplicationScoped
    public static class Sender {
        private static final Logger LOG = Logger.getLogger(Sender.class);

        @Inject
        Mailer mailer;
        @Inject
        CopydeskConfig config;

        void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOut mail) {
            if (!config.mail().enabled()) {
                return;
            }
            try {
                mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()));
            } catch (RuntimeException e) {
                // The notification is in the inbox; a mail server outage must not fail the action.
                LOG.warnf("Could not send notification mail to %s: %s", mail.to(), e.getMessage());
            }
        }
    }
}
