package dev.syncopate.robocopy;

/** The sections of {@code syncopate robocopy --help}, in Robocopy's order. */
enum Group {
    SCOPE("Copy scope"),
    SELECTION("File selection"),
    COPYING("Copying"),
    RETRY("Retries"),
    LOGGING("Logging"),
    JOB("Job files (YAML)"),
    BEYOND("Beyond Robocopy"),
    IGNORED("Accepted for compatibility, with a warning");

    final String title;

    Group(String title) {
        this.title = title;
    }
}
