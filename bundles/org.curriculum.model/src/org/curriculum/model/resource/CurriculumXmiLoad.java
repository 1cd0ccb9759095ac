// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.resource;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/** EMF's XMI load with {@link CurriculumXmiHandler} as its SAX handler. */
class CurriculumXmiLoad extends XMILoadImpl {

    CurriculumXmiLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new CurriculumXmiHandler(resource, helper, options);
    }
}
