/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.StandardElement#getPerformanceCriteria <em>Performance Criteria</em>}</li>
 *   <li>{@link org.curriculum.model.StandardElement#getKnowledgeItems <em>Knowledge Items</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getStandardElement()
 * @model
 * @generated
 */
public interface StandardElement extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Performance Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.PerformanceCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performance Criteria</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getStandardElement_PerformanceCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerformanceCriterion> getPerformanceCriteria();

	/**
	 * Returns the value of the '<em><b>Knowledge Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.KnowledgeItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knowledge Items</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getStandardElement_KnowledgeItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnowledgeItem> getKnowledgeItems();

} // StandardElement
