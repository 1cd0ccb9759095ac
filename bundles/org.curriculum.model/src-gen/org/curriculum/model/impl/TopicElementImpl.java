/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.TopicElement;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topic Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TopicElementImpl extends MappableItemImpl implements TopicElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopicElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.TOPIC_ELEMENT;
	}

} //TopicElementImpl
