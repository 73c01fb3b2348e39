package dev.syncopate.options;

import java.util.List;

/**
 * Which files and directories take part: names, classes, sizes, ages, attributes and links.
 *
 * @param filePatterns      positional file patterns ({@code *.*} when empty)
 * @param excludeFiles      /XF names, paths or wildcards
 * @param excludeDirs       /XD names, paths or wildcards
 * @param excludeChanged    /XC
 * @param excludeNewer      /XN
 * @param excludeOlder      /XO
 * @param excludeExtra      /XX: do not report or purge extras
 * @param excludeLonely     /XL: do not copy new files or directories
 * @param includeSame       /IS
 * @param includeTweaked    /IT
 * @param maxSize           /MAX:n bytes, or -1
 * @param minSize           /MIN:n bytes, or -1
 * @param maxAge            /MAXAGE, or null
 * @param minAge            /MINAGE, or null
 * @param fatTimes          /FFT: two-second time tolerance
 * @param dstTolerance      /DST: forgive exactly one hour
 * @param excludeDirLinks   /XJ or /XJD: skip links to directories
 * @param excludeFileLinks  /XJ or /XJF: skip links to files
 * @param archiveOnly       /A or /M: only files with the archive attribute
 * @param resetArchive      /M: clear the archive attribute of copied source files
 * @param includeAttributes /IA mask: only files with any of these ({@link dev.syncopate.scan.Attribute#bit()}), 0 = all
 * @param excludeAttributes /XA mask: not files with any of these, 0 = none
 * @param checksum          /CHECKSUM: compare content when size and time match
 * @param timeGranularity   the coarsest time either side keeps (a remote file system's), or NONE
 */
public record Selection(List<String> filePatterns, List<String> excludeFiles, List<String> excludeDirs,
                        boolean excludeChanged, boolean excludeNewer, boolean excludeOlder, boolean excludeExtra,
                        boolean excludeLonely, boolean includeSame, boolean includeTweaked, long maxSize,
                        long minSize, AgeLimit maxAge, AgeLimit minAge, boolean fatTimes, boolean dstTolerance,
                        boolean excludeDirLinks, boolean excludeFileLinks, boolean archiveOnly,
                        boolean resetArchive, int includeAttributes, int excludeAttributes, boolean checksum,
                        TimeGranularity timeGranularity) {

    public Selection {
        filePatterns = List.copyOf(filePatterns);
        excludeFiles = List.copyOf(excludeFiles);
        excludeDirs = List.copyOf(excludeDirs);
        timeGranularity = timeGranularity == null ? TimeGranularity.NONE : timeGranularity;
    }
}
