package dev.syncopate.schedule;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The JDK's XML parser and schema validator against {@code task-scheduler-subset.xsd}, the part of
 * Microsoft's Task Scheduler schema (MS-TSCH 2.5) that Syncopate writes.
 *
 * <pre>{@code
 * Document doc = TaskSchema.parse(Files.readAllBytes(xml));   // throws AssertionError with the parser's reason
 * }</pre>
 */
public final class TaskSchema {
    private static final Schema SCHEMA = load();

    private TaskSchema() {
    }

    /** Parses the file's bytes (the parser reads the byte order mark and the declared encoding) and validates them. */
    public static Document parse(byte[] file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(file));
            SCHEMA.newValidator().validate(new DOMSource(doc));
            return doc;
        } catch (SAXException e) {
            throw new AssertionError("not a valid task definition: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema load() {
        URL xsd = TaskSchema.class.getResource("task-scheduler-subset.xsd");
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("task-scheduler-subset.xsd is not a valid schema: " + e.getMessage(), e);
        }
    }
}
