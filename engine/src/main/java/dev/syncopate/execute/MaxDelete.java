package dev.syncopate.execute;

/**
 * What {@code /MAXDEL:n} weighs: the entries a run's purges would delete, each extra file and
 * each extra directory with everything it holds, since that is what leaves the disk. The log
 * shows an extra directory as one {@code *EXTRA Dir} line, so the refusal says how the count is
 * made of the log's lines.
 *
 * <pre>{@code
 * MaxDelete m = new MaxDelete(1, 1, 1, 1, false);
 * m.exceeded();   // true: 3 entries
 * m.message();    // ERROR : /MAXDEL:1 exceeded: purging the extras (1 *EXTRA File, 1 *EXTRA Dir holding 1 entry) ...
 * }</pre>
 *
 * @param limit     n of {@code /MAXDEL:n}
 * @param files     extra files approved for purging ({@code *EXTRA File} lines)
 * @param dirs      extra directories approved for purging ({@code *EXTRA Dir} lines)
 * @param inside    entries inside those directories, at any depth
 * @param uncounted true when a directory could not be walked to count it: then the run is refused
 */
record MaxDelete(long limit, long files, long dirs, long inside, boolean uncounted) {

    long entries() {
        return files + dirs + inside;
    }

    /** Refused when the count is over the limit, or unknown: too many is likelier than too few. */
    boolean exceeded() {
        return uncounted || entries() > limit;
    }

    /** The one-line refusal, in the log's terms. */
    String message() {
        StringBuilder what = new StringBuilder();
        if (files > 0) {
            what.append(files).append(" *EXTRA File");
        }
        if (dirs > 0) {
            what.append(what.isEmpty() ? "" : ", ").append(dirs).append(" *EXTRA Dir ")
                    .append(uncounted ? "that could not all be counted" : "holding " + count(inside));
        }
        String total = uncounted ? "an unknown number of entries" : count(entries());
        return "ERROR : /MAXDEL:" + limit + " exceeded: purging the extras (" + what + ") would delete " + total
                + "; nothing was deleted.";
    }

    private static String count(long n) {
        return n + (n == 1 ? " entry" : " entries");
    }
}
