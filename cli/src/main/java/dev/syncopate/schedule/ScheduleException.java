package dev.syncopate.schedule;

/**
 * A schedule that cannot be made: a bad time, expression, duration or name, a format that cannot
 * express the schedule, or an install step that failed. The message is the whole story, written for
 * the person who typed the command; the CLI prints it as {@code syncopate: <message>} and exits 16.
 *
 * <pre>{@code
 * throw new ScheduleException("--daily 25:00: the hour must be 0-23");
 * }</pre>
 */
public final class ScheduleException extends RuntimeException {
    public ScheduleException(String message) {
        super(message);
    }
}
