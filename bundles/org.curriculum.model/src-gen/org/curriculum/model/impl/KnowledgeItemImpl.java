/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.KnowledgeItem;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Knowledge Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class KnowledgeItemImpl extends MappableItemImpl implements KnowledgeItem {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KnowledgeItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.KNOWLEDGE_ITEM;
	}

} //KnowledgeItemImpl
