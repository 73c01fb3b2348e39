package dev.syncopate.plan;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DirectoryContextTest {

    @Test
    void childrenExtendPathsAndDepth() {
        DirectoryContext root = new DirectoryContext("", Path.of("/srv"), Path.of("/mnt/b"), 0, true);
        DirectoryContext docs = root.child("docs");
        DirectoryContext deeper = docs.child("2024");
        assertEquals(new DirectoryContext("docs", Path.of("/srv/docs"), Path.of("/mnt/b/docs"), 1, true), docs);
        assertEquals(new DirectoryContext("docs/2024", Path.of("/srv/docs/2024"), Path.of("/mnt/b/docs/2024"), 2,
                true), deeper);
        assertEquals("a.txt", root.childPath("a.txt"));
        assertEquals("docs/2024/a.txt", deeper.childPath("a.txt"));
    }

    @Test
    void anIncompleteSourceStaysIncompleteBelow() {
        DirectoryContext root = new DirectoryContext("", Path.of("/srv"), Path.of("/mnt/b"), 0, false);
        assertEquals(false, root.child("a").child("b").sourceComplete());
    }
}
