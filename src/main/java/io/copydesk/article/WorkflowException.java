package io.copydesk.article;

/** A move the workflow or the user's role does not allow; its message is shown to the user as is. */
public class WorkflowException extends RuntimeException {
    public WorkflowException(String message) {
        super(message);
    }
}
