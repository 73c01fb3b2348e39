/**
 * What a {@link java.nio.file.FileSystem} provider (SFTP, SMB) can tell the engine about itself, by
 * implementing these interfaces. They depend on nothing, so every stage may ask them and a provider
 * module needs no stage of the pipeline to declare them.
 */
package dev.syncopate.fs;
