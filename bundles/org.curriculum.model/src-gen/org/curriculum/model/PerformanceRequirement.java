/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Performance Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.PerformanceRequirement#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getPerformanceRequirement()
 * @model
 * @generated
 */
public interface PerformanceRequirement extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.RequirementItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getPerformanceRequirement_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<RequirementItem> getItems();

} // PerformanceRequirement
