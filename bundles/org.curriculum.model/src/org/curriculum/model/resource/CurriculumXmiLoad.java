// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.resource;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * EMF's XMI load, except that the SAX parser is taken from a small set kept across loads instead of a new
 * parser factory and parser being made for every file, a fixed cost that showed in the profile of loading
 * small files. EMF sets the secure parser features ({@code OPTION_PARSER_FEATURES}) on the parser at every
 * load, reused or not, so a reused parser refuses a DOCTYPE exactly as a new one does; a parser whose load
 * failed is not kept. (EMF's own parser pool is not used because its parsers are namespace-aware, which its
 * handler then needs: that scanner costs more per element than the plain one an unpooled EMF load uses.)
 */
class CurriculumXmiLoad extends XMILoadImpl {

    /** At most this many idle parsers are kept: enough for the loads that run at the same time. */
    private static final int IDLE_PARSER_LIMIT = 4;

    private static final ConcurrentLinkedDeque<SAXParser> IDLE_PARSERS = new ConcurrentLinkedDeque<>();

    /** Handlers that hold nothing, set on an idle parser so that it does not keep the last model reachable. */
    private static final DefaultHandler NO_HANDLER = new DefaultHandler();

    /** The parser this load took, given back when the load succeeds. */
    private SAXParser parser;

    CurriculumXmiLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
        SAXParser idle = IDLE_PARSERS.pollFirst();
        parser = idle != null ? idle : super.makeParser();
        return parser;
    }

    @Override
    public void load(XMLResource resource, InputSource inputSource, Map<?, ?> options) throws IOException {
        super.load(resource, inputSource, options);
        SAXParser used = parser;
        parser = null;
        if (used != null) {
            giveBack(used);
        }
    }

    private static void giveBack(SAXParser parser) {
        try {
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(NO_HANDLER);
            reader.setErrorHandler(NO_HANDLER);
            reader.setDTDHandler(NO_HANDLER);
            reader.setEntityResolver(NO_HANDLER);
        } catch (SAXException e) {
            return; // a parser that cannot be cleared is simply not kept
        }
        if (IDLE_PARSERS.size() < IDLE_PARSER_LIMIT) {
            IDLE_PARSERS.offerFirst(parser);
        }
    }
}
