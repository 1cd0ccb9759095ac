// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.resource;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * EMF's XMI handler, except for cross-file references ({@code href="file.curriculum#_id"}), of which a
 * mapping file holds two per link. EMF parses each whole reference into a URI and resolves it against the
 * file's own URI; here the file part is parsed and resolved once per referenced file, and each reference
 * only adds its fragment to that. The proxy URIs are the same as EMF's; anything unusual goes to EMF.
 */
class CurriculumXmiHandler extends SAXXMIHandler {

    /** Mapping files refer to two or three files; more than this many are simply resolved as EMF does. */
    private static final int REMEMBERED_FILES = 8;

    private final String[] files = new String[REMEMBERED_FILES];
    private final URI[] resolvedFiles = new URI[REMEMBERED_FILES];
    private int remembered;

    /** How deeply elements are nested at the current point of the file. */
    private int depth;

    private Locator place;

    CurriculumXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        place = locator;
        super.setDocumentLocator(locator);
    }

    /**
     * Refuses a file nested deeper than {@link CurriculumResourceSpec#MAX_DEPTH} where it gets too deep: EMF
     * finds each new element's resource by walking up its containers, so a crafted file nested 200,000 deep
     * would take hours to load and then overflow the stack of every recursive step after it.
     */
    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        if (++depth > CurriculumResourceSpec.MAX_DEPTH) {
            throw new SAXParseException(CurriculumResourceSpec.TOO_DEEP, place);
        }
        super.startElement(uri, localName, name, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        depth--;
        super.endElement(uri, localName, name);
    }

    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        int hash = uriLiteral.indexOf('#');
        if (hash <= 0 || oldStyleProxyURIs || uriHandler != null || extendedMetaData != null || !resolve) {
            super.handleProxy(proxy, uriLiteral);
            return;
        }
        URI file = resolvedFile(uriLiteral, hash);
        if (file == null) {
            super.handleProxy(proxy, uriLiteral);
            return;
        }
        proxy.eSetProxyURI(file.appendFragment(uriLiteral.substring(hash + 1)));
        if (file.equals(resourceURI)) {
            sameDocumentProxies.add(proxy);
        }
    }

    /** The resolved URI of the file part of a reference, or null when too many files are referred to. */
    private URI resolvedFile(String uriLiteral, int hash) {
        for (int i = 0; i < remembered; i++) {
            String file = files[i];
            if (file.length() == hash && uriLiteral.startsWith(file)) {
                return resolvedFiles[i];
            }
        }
        if (remembered == REMEMBERED_FILES) {
            return null;
        }
        String file = uriLiteral.substring(0, hash);
        URI uri = URI.createURI(file);
        if (uri.hasFragment()) {
            return null;
        }
        // The same test as EMF's: a relative path that is not the namespace of a registered package.
        if (uri.isRelative() && uri.hasRelativePath() && !packageRegistry.containsKey(file)) {
            uri = helper.resolve(uri, resourceURI);
        }
        files[remembered] = file;
        resolvedFiles[remembered] = uri;
        remembered++;
        return uri;
    }
}
