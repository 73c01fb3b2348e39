package dev.syncopate.remote.smb;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Files.readAttributes(p, "basic:size,lastModifiedTime")} and
 * {@code Files.setAttribute(p, "lastModifiedTime", t)} for SMB paths: the string forms of the
 * {@code basic} view, the only one a share offers here.
 *
 * <pre>{@code
 * Map<String, Object> m = BasicAttributeNames.select(attributes, "basic:*");
 * BasicAttributeNames.set(view, "basic:lastModifiedTime", FileTime.fromMillis(0));
 * }</pre>
 */
final class BasicAttributeNames {
    private BasicAttributeNames() {
    }

    /** The named attributes ({@code *} for all) of a {@code view:names} or plain {@code names} string. */
    static Map<String, Object> select(BasicFileAttributes a, String attributes) {
        int colon = attributes.indexOf(':');
        String view = colon < 0 ? "basic" : attributes.substring(0, colon);
        if (!view.equals("basic")) {
            throw new UnsupportedOperationException("SMB paths have no '" + view + "' attributes");
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("lastModifiedTime", a.lastModifiedTime());
        all.put("lastAccessTime", a.lastAccessTime());
        all.put("creationTime", a.creationTime());
        all.put("size", a.size());
        all.put("isRegularFile", a.isRegularFile());
        all.put("isDirectory", a.isDirectory());
        all.put("isSymbolicLink", a.isSymbolicLink());
        all.put("isOther", a.isOther());
        all.put("fileKey", a.fileKey());
        String names = attributes.substring(colon + 1);
        if (names.equals("*")) {
            return all;
        }
        Map<String, Object> wanted = new LinkedHashMap<>();
        for (String n : names.split(",")) {
            if (!all.containsKey(n)) {
                throw new IllegalArgumentException("no basic attribute '" + n + "'");
            }
            wanted.put(n, all.get(n));
        }
        return wanted;
    }

    /** Sets one of the three times; the others are not settable. */
    static void set(BasicFileAttributeView view, String attribute, Object value) throws IOException {
        String name = attribute.startsWith("basic:") ? attribute.substring(6) : attribute;
        if (!(value instanceof FileTime t)) {
            throw new UnsupportedOperationException("cannot set '" + attribute + "' on an SMB path");
        }
        switch (name) {
            case "lastModifiedTime" -> view.setTimes(t, null, null);
            case "lastAccessTime" -> view.setTimes(null, t, null);
            case "creationTime" -> view.setTimes(null, null, t);
            default -> throw new UnsupportedOperationException("cannot set '" + attribute + "' on an SMB path");
        }
    }
}
