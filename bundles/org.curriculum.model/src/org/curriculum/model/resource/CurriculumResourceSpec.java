// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;

import org.curriculum.model.util.CurriculumResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The resource every curriculum, standards and mapping file is read and written with: XMI in UTF-8,
 * stable UUIDs as {@code xmi:id}, XML parsed without DOCTYPEs or external entities, and files saved
 * atomically (written beside the target, forced to disk, then renamed over it).
 */
public class CurriculumResourceSpec extends CurriculumResourceImpl {

    /** SAX features that make the parser refuse DOCTYPEs and never read anything outside the file. */
    public static final Map<String, Boolean> SECURE_PARSER_FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE,
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    /**
     * SAX parsers kept across loads (EMF's pool, thread-safe). Without it every load made a new parser factory
     * and parser and set each secure feature on it, a fixed cost that dominated loading small files. The pool
     * makes a parser with the features of {@code OPTION_PARSER_FEATURES} and keys its idle parsers by them,
     * so a reused parser is exactly as strict as a new one.
     */
    private static final XMLParserPool PARSER_POOL = new ForgetfulParserPool();

    /**
     * EMF's parser pool, except that a parser given back first forgets the handlers of its last load. A JAXP
     * parser keeps the handler it last parsed with, and EMF's handler holds the resource it filled: without
     * this, every idle pooled parser kept the last model it read (and its whole resource set) alive after the
     * editor or command that loaded it had let go, 150 MB for a national-scale mapping.
     */
    private static final class ForgetfulParserPool extends XMLParserPoolImpl {

        private static final DefaultHandler NO_HANDLER = new DefaultHandler();

        private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

        @Override
        public synchronized void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
                boolean useLexicalHandler) {
            try {
                XMLReader reader = parser.getXMLReader();
                reader.setContentHandler(NO_HANDLER);
                reader.setErrorHandler(NO_HANDLER);
                reader.setDTDHandler(NO_HANDLER);
                reader.setEntityResolver(NO_HANDLER);
                if (useLexicalHandler) {
                    reader.setProperty(LEXICAL_HANDLER, null);
                }
            } catch (SAXException | RuntimeException e) {
                // A parser that cannot be cleared is not pooled: the next load makes a new one.
                return;
            }
            super.release(parser, features, properties, useLexicalHandler);
        }
    }

    /**
     * Which feature an element or attribute name stands for in a class, shared by every load; the metamodel
     * is fixed, so the map stops growing after the first files. Synchronized because loads may run in parallel.
     */
    private static final Map<Object, Object> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

    /**
     * The deepest nesting of XML elements a model file may have. Real models nest fewer than a dozen levels
     * (framework, section, standard, element, criterion, with their properties).
     */
    public static final int MAX_DEPTH = 256;

    /** The parser's message for a file nested deeper than {@link #MAX_DEPTH}. */
    public static final String TOO_DEEP = "elements are nested more than " + MAX_DEPTH + " deep";

    public CurriculumResourceSpec(URI uri) {
        super(uri);
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SECURE_PARSER_FEATURES));
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        // The pool's parsers are namespace-aware, which EMF's handler needs when deprecated methods are off.
        load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        // One of EMF's documented load-speed options: the tree is attached to the resource in one go once the
        // file has been read, rather than element by element while it is being built.
        load.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
        save.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, null);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new CurriculumXmiLoad(createXMLHelper());
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new CurriculumXmiHelper(this);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /**
     * Saves a file: URI atomically, so that a crash or an error in the middle of a save never
     * damages the previous version of the file; other URIs are saved as EMF does by default.
     */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        URI uri = getURI();
        if (uri == null || !uri.isFile()) {
            super.save(options);
            return;
        }
        Path target = Path.of(uri.toFileString()).toAbsolutePath();
        Files.createDirectories(target.getParent());
        FileReplacement.write(target, ".saving", out -> save(out, options));
        setModified(false);
        setTimeStamp(Files.getLastModifiedTime(target).toMillis());
    }
}
