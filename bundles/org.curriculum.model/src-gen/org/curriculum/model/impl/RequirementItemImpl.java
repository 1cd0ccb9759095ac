/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.RequirementItem;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Requirement Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class RequirementItemImpl extends MappableItemImpl implements RequirementItem {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RequirementItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.REQUIREMENT_ITEM;
	}

} //RequirementItemImpl
