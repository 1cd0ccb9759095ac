/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.util.CurriculumResourceFactoryImpl
 * @generated
 */
public class CurriculumResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public CurriculumResourceImpl(URI uri) {
		super(uri);
	}

} //CurriculumResourceImpl
